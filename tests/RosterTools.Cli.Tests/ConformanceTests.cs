using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary>
/// Every bundle of ../shared/conformance, read in place: validate and import run to the end (no crash, exit 0 or 1),
/// their JSON parses and has the contract's shape, the table and the JSON agree, and the exit code follows the errors.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly string[] Moodle = { "Test_minimal_data_set", "Test_full_data_set", "oneroster_test_data", "v1p2_full_dataset" };

    public static TheoryData<string> Bundles()
    {
        var data = new TheoryData<string>();
        foreach (var name in Moodle)
        {
            data.Add("moodle-enrol_oneroster/" + name);
            data.Add("moodle-enrol_oneroster/" + name + ".zip");
        }

        data.Add("oat-sa-oneroster-import/OneRosterv1p1BaseCSV");
        foreach (var folder in SdsFolders())
        {
            data.Add(folder);
        }

        return data;
    }

    public static TheoryData<string> ZippedBundles() => new(Moodle.Select(name => "moodle-enrol_oneroster/" + name));

    /// <summary>Every folder of sds-samples that holds CSV files (SDS v2.1, SDS v2, SDS Format/*, UK Format/*).</summary>
    private static string[] SdsFolders()
    {
        var root = Paths.Conformance("sds-samples");
        return Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Where(folder => Directory.EnumerateFiles(folder, "*.csv").Any())
            .Select(folder => Path.GetRelativePath(Paths.Conformance(string.Empty), folder).Replace('\\', '/'))
            .OrderBy(folder => folder, System.StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public void The_sds_samples_are_all_found()
    {
        var folders = SdsFolders();
        Assert.Contains("sds-samples/CSV Samples/SDS v2.1", folders);
        Assert.Contains("sds-samples/CSV Samples/SDS v2", folders);
        Assert.Contains("sds-samples/CSV Samples/SDS Format/100 Users", folders);
        Assert.Contains("sds-samples/CSV Samples/UK Format/Min Required Attributes", folders);
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Validate_and_import_agree_and_the_exit_code_follows_the_errors(string bundle)
    {
        var path = Paths.Conformance(bundle);
        Assert.True(File.Exists(path) || Directory.Exists(path), "missing conformance bundle " + path);

        var json = CliProcess.Run("validate", path, "--format", "json");
        Assert.True(json.ExitCode is 0 or 1, json.ToString());
        Assert.Equal(string.Empty, json.StdErr);
        var findings = FindingAssert.WellFormed(json);
        var listedErrors = findings.Count(finding => FindingAssert.Severity(finding) == "error");
        Assert.Equal(listedErrors > 0 ? 1 : 0, json.ExitCode);

        // The table: one line per finding, as file:line [column] Severity Code: message, then the totals.
        var table = CliProcess.Run("validate", path);
        Assert.Equal(json.ExitCode, table.ExitCode);
        Assert.Equal(string.Empty, table.StdErr);
        var lines = table.OutLines;
        Assert.Equal(findings.Count + 1, lines.Length);
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            var location = finding.GetProperty("file").GetString() is { } file
                ? file + (finding.GetProperty("line").ValueKind == JsonValueKind.Number ? ":" + finding.GetProperty("line").GetInt32() : string.Empty) + " "
                : string.Empty;
            var column = finding.GetProperty("column").GetString() is { } name ? $"[{name}] " : string.Empty;
            var severity = FindingAssert.Severity(finding) == "error" ? "Error" : "Warning";
            Assert.StartsWith($"{location}{column}{severity} {FindingAssert.Code(finding)}: ", lines[i]);
        }

        var totals = Regex.Match(lines[^1], @"^(?<errors>[\d,]+) errors?, (?<warnings>[\d,]+) warnings? in OneRoster (?<version>1\.[12]) bundle '(?<path>.*)': (?<verdict>valid|not valid)\.$");
        Assert.True(totals.Success, "totals line: " + lines[^1]);
        Assert.Equal(path, totals.Groups["path"].Value);
        Assert.Equal(json.ExitCode == 0 ? "valid" : "not valid", totals.Groups["verdict"].Value);

        // import --format json: the summary, with the same totals.
        var import = CliProcess.Run("import", path, "--format", "json");
        Assert.Equal(json.ExitCode, import.ExitCode);
        Assert.Equal(string.Empty, import.StdErr);
        var summary = SummaryAssert.WellFormed(import);
        Assert.Equal(totals.Groups["version"].Value, summary.GetProperty("version").GetString());
        Assert.Equal(int.Parse(totals.Groups["errors"].Value.Replace(",", string.Empty)), summary.GetProperty("errors").GetInt32());
        Assert.Equal(int.Parse(totals.Groups["warnings"].Value.Replace(",", string.Empty)), summary.GetProperty("warnings").GetInt32());
        Assert.True(summary.GetProperty("errors").GetInt32() >= listedErrors);
    }

    [Theory]
    [MemberData(nameof(ZippedBundles))]
    public void A_zip_gives_the_same_findings_as_its_folder(string bundle)
    {
        var folder = CliProcess.Run("validate", Paths.Conformance(bundle), "--format", "json");
        var zip = CliProcess.Run("validate", Paths.Conformance(bundle + ".zip"), "--format", "json");
        Assert.Equal(folder.ExitCode, zip.ExitCode);
        Assert.NotEmpty(FindingAssert.WellFormed(folder));
        Assert.Equal(folder.StdOut, zip.StdOut);
    }
}
