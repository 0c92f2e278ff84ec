using System.IO;
using System.Text.Json;
using RosterTools.Policy;
using RosterTools.Policy.Loading;

namespace RosterTools.Tests.Policy;

/// <summary>
/// The JSON Schema editors use (schemas/rostertools-policy.schema.json) and the loader know the same keys, the same
/// roles and the same enum values: a key added to one and not the other fails here.
/// </summary>
public sealed class PolicySchemaTests
{
    private const string RoleSegment = "<role>";
    private static readonly string SchemaPath = Path.Combine(Paths.Repository, "schemas", "rostertools-policy.schema.json");
    private static readonly Lazy<JsonDocument> Schema = new(() => JsonDocument.Parse(File.ReadAllText(SchemaPath)));

    private static JsonElement Root => Schema.Value.RootElement;

    [Fact]
    public void The_schema_is_draft_07_and_closed_at_the_top()
    {
        Assert.Equal("http://json-schema.org/draft-07/schema#", Root.GetProperty("$schema").GetString());
        Assert.False(Root.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Every_key_the_loader_knows_is_in_the_schema_and_every_key_of_the_schema_is_known_to_the_loader()
    {
        var schema = new SortedSet<string>(StringComparer.Ordinal);
        Walk(Root, string.Empty, schema);
        var loader = new SortedSet<string>(PolicySections.KeyPaths(), StringComparer.Ordinal);

        Assert.Empty(loader.Except(schema));
        Assert.Empty(schema.Except(loader));
        Assert.Contains("naming.<role>.collision.kind", loader);
        Assert.Contains("groups[].when.grades", loader);
        Assert.Contains("licenses.<role>", loader);
    }

    [Fact]
    public void Every_section_of_the_schema_refuses_unknown_keys()
    {
        foreach (var definition in Root.GetProperty("definitions").EnumerateObject())
        {
            if (definition.Value.TryGetProperty("properties", out _))
            {
                Assert.True(definition.Value.TryGetProperty("additionalProperties", out var additional) && !additional.GetBoolean(), definition.Name);
            }
        }
    }

    [Theory]
    [InlineData("naming")]
    [InlineData("placement")]
    [InlineData("passwords")]
    [InlineData("licenses")]
    public void By_role_sections_have_the_loader_roles_and_default(string section)
    {
        var map = Resolve(Root.GetProperty("properties").GetProperty(section));
        var keys = map.GetProperty("properties").EnumerateObject().Select(property => property.Name).ToList();

        Assert.Equal(PolicyVocabulary.RoleKeys, keys);
        Assert.Single(map.GetProperty("properties").EnumerateObject().Select(property => property.Value.GetProperty("$ref").GetString()).Distinct());
    }

    [Fact]
    public void Role_lists_in_the_schema_are_the_OneRoster_roles()
    {
        var roles = Definition("role").GetProperty("enum").EnumerateArray().Select(item => item.GetString()!).ToList();

        Assert.Equal(PolicyVocabulary.Roles, roles);
    }

    [Fact]
    public void Enum_values_in_the_schema_are_the_ones_the_loader_reads()
    {
        Assert.Equal(PolicyEnum<AnchorSource>.Names, Enum("identity", "anchor"));
        Assert.Equal(PolicyEnum<MatchRule>.Names, Enum("identity", "match"));
        Assert.Equal(PolicyEnum<CollisionKind>.Names, Enum("collisionRule", "kind"));
        Assert.Equal(PolicyEnum<RenameMode>.Names, Enum("namingRule", "rename"));
        Assert.Equal(PolicyEnum<GroupScope>.Names, Enum("groupRule", "per"));
        Assert.Equal(PolicyEnum<MembershipMode>.Names, Enum("groupRule", "membership"));
        Assert.Equal(PolicyEnum<PasswordKind>.Names, Enum("passwordRule", "kind"));
        Assert.Equal(PolicyEnum<LeavingReason>.Names, Enum("deprovision", "leavingWhen"));
        Assert.Equal(new[] { "upper", "lower", "digit", "symbol" }, Enum("passwordRule", "classes"));
    }

    [Fact]
    public void The_grade_pattern_takes_what_the_loader_takes()
    {
        var pattern = new System.Text.RegularExpressions.Regex(Definition("grade").GetProperty("anyOf")[0].GetProperty("pattern").GetString()!);

        foreach (var grade in new[] { "IT", "PR", "PK", "TK", "KG", "01", "09", "10", "13", "PS", "UG", "Other", "KG-02", "06 - 08", "PK-12" })
        {
            Assert.Matches(pattern, grade);
            PolicyLoader.Parse("scope:\n  grades: [\"" + grade + "\"]\n", "g.yaml");
        }

        foreach (var grade in new[] { "K", "1", "14", "Grade 3", "KG-UG", "kg" })
        {
            Assert.DoesNotMatch(pattern, grade);
            Assert.Throws<PolicyException>(() => PolicyLoader.Parse("scope:\n  grades: [\"" + grade + "\"]\n", "g.yaml"));
        }
    }

    [Fact]
    public void The_example_policy_points_editors_at_the_schema()
    {
        var example = Paths.Examples("policies", "district.policy.yaml");
        var first = File.ReadLines(example).First();

        Assert.Equal("# yaml-language-server: $schema=../../schemas/rostertools-policy.schema.json", first);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(example)!, "../../schemas/rostertools-policy.schema.json"))));
    }

    /// <summary>The key paths of a schema, spelled as the loader spells them.</summary>
    private static void Walk(JsonElement schema, string prefix, ISet<string> paths)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("properties", out var properties))
        {
            var names = properties.EnumerateObject().Select(property => property.Name).ToList();
            if (names.SequenceEqual(PolicyVocabulary.RoleKeys))
            {
                paths.Add(prefix + RoleSegment);
                Walk(properties.GetProperty(RosterPolicy.DefaultRole), prefix + RoleSegment + ".", paths);
            }
            else
            {
                foreach (var property in properties.EnumerateObject())
                {
                    paths.Add(prefix + property.Name);
                    Walk(property.Value, prefix + property.Name + ".", paths);
                }
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            Walk(items, prefix.TrimEnd('.') + "[].", paths);
        }
    }

    private static JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? Definition(reference.GetString()!.Substring("#/definitions/".Length)) : schema;

    private static JsonElement Definition(string name) => Root.GetProperty("definitions").GetProperty(name);

    private static IEnumerable<string> Enum(string definition, string key)
    {
        var property = Definition(definition).GetProperty("properties").GetProperty(key);
        var values = property.TryGetProperty("items", out var items) ? items : property;
        return values.GetProperty("enum").EnumerateArray().Select(item => item.GetString()!).ToList();
    }
}
