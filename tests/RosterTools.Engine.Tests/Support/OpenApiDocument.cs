using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RosterTools.Tests;

/// <summary>
/// The 1EdTech OneRoster 1.2 rostering OpenAPI document in ../shared/openapi (read in place), with a validator for
/// the part of JSON Schema it uses: $ref, type, properties, required, additionalProperties, items, minItems, enum,
/// anyOf, pattern, and the date and date-time formats. (OpenAPI 3.0 formats are annotations; date and date-time are
/// checked because OneRoster values depend on them, uri only as a URI reference.)
/// </summary>
internal sealed class OpenApiDocument
{
    private static readonly Regex Date = new(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex DateTime = new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant);
    private readonly JsonDocument _document;

    private OpenApiDocument(string path)
    {
        Path = path;
        _document = JsonDocument.Parse(File.ReadAllBytes(path));
    }

    public static OpenApiDocument Rostering { get; } = new(System.IO.Path.Combine(Paths.Shared, "openapi", "oneroster-1.2", "onerosterv1p2rostersservice_openapi3_v1p0.json"));

    public string Path { get; }

    public JsonElement Root => _document.RootElement;

    public JsonElement Schema(string name) => Root.GetProperty("components").GetProperty("schemas").GetProperty(name);

    /// <summary>The properties a schema declares.</summary>
    public IReadOnlyList<string> PropertiesOf(string schema) => Schema(schema).GetProperty("properties").EnumerateObject().Select(property => property.Name).ToList();

    /// <summary>What is wrong with <paramref name="value"/> as an instance of the schema <paramref name="schema"/>: each problem with its JSON path.</summary>
    public List<string> Validate(JsonElement value, string schema)
    {
        var errors = new List<string>();
        Validate(Schema(schema), value, "$", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Resolve(reference.GetString()!), value, path, errors);
            return;
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            if (!anyOf.EnumerateArray().Any(branch =>
            {
                var branchErrors = new List<string>();
                Validate(branch, value, path, branchErrors);
                return branchErrors.Count == 0;
            }))
            {
                errors.Add($"{path}: {value.GetRawText()} matches none of anyOf");
            }

            return;
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(allowed => allowed.GetRawText() == value.GetRawText()))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {values.GetRawText()}");
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "object":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"{path}: expected an object, found {value.ValueKind}");
                    return;
                }

                var properties = schema.TryGetProperty("properties", out var p) ? p : default;
                if (schema.TryGetProperty("required", out var required))
                {
                    foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(name => !value.TryGetProperty(name, out _)))
                    {
                        errors.Add($"{path}: required property '{name}' is missing");
                    }
                }

                foreach (var property in value.EnumerateObject())
                {
                    if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                    {
                        Validate(propertySchema, property.Value, path + "." + property.Name, errors);
                    }
                    else if (schema.TryGetProperty("additionalProperties", out var additional))
                    {
                        if (additional.ValueKind == JsonValueKind.False)
                        {
                            errors.Add($"{path}: property '{property.Name}' is not allowed");
                        }
                        else if (additional.ValueKind == JsonValueKind.Object)
                        {
                            Validate(additional, property.Value, path + "." + property.Name, errors);
                        }
                    }
                }

                break;
            case "array":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    errors.Add($"{path}: expected an array, found {value.ValueKind}");
                    return;
                }

                if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
                {
                    errors.Add($"{path}: fewer than {minItems.GetInt32()} items");
                }

                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Validate(schema.GetProperty("items"), item, $"{path}[{index++}]", errors);
                }

                break;
            case "string":
                if (value.ValueKind != JsonValueKind.String)
                {
                    errors.Add($"{path}: expected a string, found {value.ValueKind}");
                    return;
                }

                var text = value.GetString()!;
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.CultureInvariant))
                {
                    errors.Add($"{path}: '{text}' does not match {pattern.GetString()}");
                }

                var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                var formatOk = format switch
                {
                    "date" => Date.IsMatch(text) && System.DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    "date-time" => DateTime.IsMatch(text),
                    "uri" => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _),
                    _ => true,
                };
                if (!formatOk)
                {
                    errors.Add($"{path}: '{text}' is not a {format}");
                }

                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _))
                {
                    errors.Add($"{path}: expected an integer");
                }

                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add($"{path}: expected a boolean");
                }

                break;
        }
    }

    private JsonElement Resolve(string reference)
    {
        var element = Root;
        foreach (var part in reference.TrimStart('#', '/').Split('/'))
        {
            element = element.GetProperty(part);
        }

        return element;
    }
}
