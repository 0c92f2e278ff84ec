using RosterTools.Validation;

namespace RosterTools.Tests.Validation;

public class FindingCollectionTests
{
    [Fact]
    public void Past_the_limit_per_rule_findings_are_counted_and_summarised_not_listed()
    {
        var findings = new FindingCollection(maxPerRule: 3);
        for (var line = 2; line < 12; line++)
        {
            findings.Add(new Finding(Severity.Error, FindingCodes.BooleanCase, "'TRUE' should be 'true'", "users.csv", line, "enabledUser"));
        }

        findings.Add(new Finding(Severity.Warning, FindingCodes.ListSpacing, "spaces", "classes.csv", 2, "subjects"));

        Assert.Equal(10, findings.ErrorCount);
        Assert.Equal(1, findings.WarningCount);
        Assert.Equal(5, findings.Count);
        var summary = findings.Single(f => f.Message.Contains("more findings like this", StringComparison.Ordinal));
        Assert.StartsWith("7 more findings", summary.Message, StringComparison.Ordinal);
        Assert.Equal(5, summary.Line);
    }

    [Fact]
    public void Findings_are_listed_by_file_in_the_order_files_were_first_named_then_by_line()
    {
        var findings = new FindingCollection();
        findings.Add(new Finding(Severity.Error, "A", "m", "users.csv", 9));
        findings.Add(new Finding(Severity.Error, "B", "m", "orgs.csv", 3));
        findings.Add(new Finding(Severity.Error, "C", "m", "users.csv", 2));
        findings.Add(new Finding(Severity.Error, "D", "m"));

        Assert.Equal(new[] { "D", "C", "A", "B" }, findings.Select(f => f.Code));
    }

    [Fact]
    public void A_finding_reads_as_one_line_with_its_place()
    {
        var finding = new Finding(Severity.Error, FindingCodes.RequiredFieldMissing, "'title' is required but empty.", "courses.csv", 2, "title", "c1");

        Assert.Equal("courses.csv:2 [title] Error RequiredFieldMissing: 'title' is required but empty.", finding.ToString());
    }
}
