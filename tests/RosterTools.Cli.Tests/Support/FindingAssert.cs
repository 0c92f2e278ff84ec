using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace RosterTools.Tests.Cli.Support;

/// <summary>Checks on the findings JSON of <c>validate --format json</c>.</summary>
internal static class FindingAssert
{
    /// <summary>The keys of a finding, in order: the contract other tools parse.</summary>
    public static readonly string[] Keys = { "severity", "code", "file", "line", "column", "sourcedId", "message" };

    /// <summary>Codes about a cell of a row: they must name the file, the line and the column.</summary>
    public static readonly HashSet<string> CellCodes = new()
    {
        "RequiredFieldMissing", "InvalidDate", "InvalidDateTime", "DateTimeFormat", "InvalidBoolean", "BooleanCase", "EnumCase", "EnumValue",
        "UnresolvedReference", "BulkStatus", "BulkDateLastModified", "InactiveStatus", "ListSpacing", "InvalidUserId", "HeaderMisspelled",
        "HeaderLegacyName", "HeaderCase", "HeaderUnknownColumn", "HeaderMissingColumn", "HeaderMetadataPosition", "ManifestValueEmpty",
    };

    /// <summary>Codes about a row or a header: they must name the file and the line.</summary>
    public static readonly HashSet<string> LineCodes = new(CellCodes) { "RaggedRow", "HeaderEmptyName", "HeaderOrder", "HeaderDuplicate", "DuplicateSourcedId" };

    /// <summary>Every element is a finding with exactly the contract's keys and sensible values; returns them.</summary>
    public static IReadOnlyList<JsonElement> WellFormed(CliResult result)
    {
        var json = result.Json;
        Assert.True(json.ValueKind == JsonValueKind.Array, result.ToString());
        var findings = json.EnumerateArray().ToList();
        foreach (var finding in findings)
        {
            Assert.Equal(Keys, finding.EnumerateObject().Select(property => property.Name).ToArray());
            Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "error", "warning" });
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", finding.GetProperty("code").GetString());
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("message").GetString()), finding.ToString());
            foreach (var key in new[] { "file", "column", "sourcedId" })
            {
                Assert.Contains(finding.GetProperty(key).ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            }

            var line = finding.GetProperty("line");
            if (line.ValueKind != JsonValueKind.Null)
            {
                Assert.True(line.GetInt32() >= 1, finding.ToString());
                Assert.Equal(JsonValueKind.String, finding.GetProperty("file").ValueKind);
            }

            var code = finding.GetProperty("code").GetString()!;
            if (LineCodes.Contains(code))
            {
                Assert.True(finding.GetProperty("file").ValueKind == JsonValueKind.String && line.ValueKind == JsonValueKind.Number, $"{code} should name its file and line: {finding}");
            }

            if (CellCodes.Contains(code))
            {
                Assert.True(finding.GetProperty("column").ValueKind == JsonValueKind.String, $"{code} should name its column: {finding}");
            }
        }

        return findings;
    }

    /// <summary>The findings at a file and line, optionally of a column.</summary>
    public static List<JsonElement> At(IEnumerable<JsonElement> findings, string file, int line, string? column = null) =>
        findings.Where(finding => finding.GetProperty("file").GetString() == file
            && finding.GetProperty("line").ValueKind == JsonValueKind.Number && finding.GetProperty("line").GetInt32() == line
            && (column is null || finding.GetProperty("column").GetString() == column)).ToList();

    public static string Code(JsonElement finding) => finding.GetProperty("code").GetString()!;

    public static string Severity(JsonElement finding) => finding.GetProperty("severity").GetString()!;
}
