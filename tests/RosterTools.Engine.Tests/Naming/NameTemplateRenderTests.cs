using RosterTools.Naming;

namespace RosterTools.Tests.Naming;

/// <summary>Rendering: values, coalescing, each transform, escaping, and the report of what was missing or dropped.</summary>
public sealed class NameTemplateRenderTests
{
    private static readonly Dictionary<string, string?> Maria = new()
    {
        ["givenName"] = "María José",
        ["familyName"] = "García-López",
        ["middleName"] = "  ",
        ["preferredGivenName"] = null,
        ["identifier"] = "4521",
        ["gradYear"] = "2031",
        ["school.name"] = "Brookside Elementary, North",
    };

    [Theory]
    [InlineData("{givenName} {familyName}", "María José García-López")]
    [InlineData("{preferredGivenName,givenName}", "María José")]
    [InlineData("{middleName,preferredGivenName,familyName}", "García-López")]
    [InlineData("{nickname,middleName}", "")]
    [InlineData("x{preferredGivenName}y", "xy")]
    [InlineData("{givenName|first:1}", "M")]
    [InlineData("{givenName|first:4}", "Marí")]
    [InlineData("{givenName|first:100}", "María José")]
    [InlineData("{familyName|last:5}", "López")]
    [InlineData("{familyName|last:50}", "García-López")]
    [InlineData("{givenName|lower}", "maría josé")]
    [InlineData("{givenName|upper}", "MARÍA JOSÉ")]
    [InlineData("{familyName|ascii}", "Garcia-Lopez")]
    [InlineData("{familyName|alnum}", "GarcíaLópez")]
    [InlineData("{givenName|alnum}", "MaríaJosé")]
    [InlineData("{familyName|clean}", "Garcia-Lopez")]
    [InlineData("{givenName|clean}", "MariaJose")]
    [InlineData("{givenName|nospace}", "MaríaJosé")]
    [InlineData("{givenName|collapse}", "María-José")]
    [InlineData("{givenName|initials}{familyName|initials}", "MJGL")]
    [InlineData("{identifier|pad:6}", "004521")]
    [InlineData("{identifier|pad:2}", "4521")]
    [InlineData("{gradYear|last:2}", "31")]
    [InlineData("{givenName|ascii|lower|first:5}", "maria")]
    [InlineData("{givenName|first:5|ascii|lower}", "maria")]
    [InlineData("{givenName|initials|lower}.{familyName|alnum|ascii|lower}", "mj.garcialopez")]
    public void Renders(string template, string expected) =>
        Assert.Equal(expected, NameTemplate.Parse(template).Render(name => Maria.TryGetValue(name, out var value) ? value : null));

    [Theory]
    [InlineData("O'Brien", "{v|alnum}", "OBrien")]
    [InlineData("O'Brien", "{v|collapse}", "OBrien")]
    [InlineData("O’Brien", "{v|collapse}", "OBrien")]
    [InlineData("Smith-Jones", "{v|alnum|lower}", "smithjones")]
    [InlineData("Smith-Jones", "{v|collapse|lower}", "smith-jones")]
    [InlineData("De La  Cruz", "{v|collapse}", "De-La-Cruz")]
    [InlineData(" - Anne -- Marie _ ", "{v|collapse}", "Anne-Marie")]
    [InlineData("St. John", "{v|collapse}", "St-John")]
    [InlineData("Smith – Jones", "{v|collapse}", "Smith-Jones")]
    [InlineData("  Mary   Ann  ", "{v|trim}", "Mary Ann")]
    [InlineData("Mary\tAnn", "{v|nospace}", "MaryAnn")]
    [InlineData("Mary-Kate Ann", "{v|initials}", "MKA")]
    [InlineData("j.r.r. tolkien", "{v|initials|upper}", "JRRT")]
    [InlineData("Nguyễn Văn An", "{v|clean|lower}", "nguyenvanan")]
    [InlineData("Straße", "{v|ascii}", "Strasse")]
    [InlineData("Søren Ærø", "{v|ascii}", "Soren Aero")]
    [InlineData("José", "{v|first:3}", "Jos")]
    [InlineData("Jose\u0301", "{v|first:4}", "Jose\u0301")]
    [InlineData("Jose\u0301 Luis", "{v|last:6}", "e\u0301 Luis")]
    [InlineData("\U0001D49Cbc", "{v|first:2}", "\U0001D49Cb")]
    [InlineData("Ünal", "{v|lower}", "ünal")]
    [InlineData("王小明 Wang", "{v|alnum}", "王小明Wang")]
    [InlineData("王小明 Wang", "{v|clean}", "Wang")]
    public void Transforms(string value, string template, string expected) =>
        Assert.Equal(expected, NameTemplate.Parse(template).Render(_ => value));

    [Fact]
    public void Escape_applies_to_each_value_after_its_transforms_never_to_literal_text()
    {
        var template = NameTemplate.Parse("OU={school.name|upper},OU=Schools,DC=example,DC=org");

        var rendered = template.Render(name => Maria[name], DistinguishedNames.EscapeValue);

        Assert.Equal("OU=BROOKSIDE ELEMENTARY\\, NORTH,OU=Schools,DC=example,DC=org", rendered);
    }

    [Fact]
    public void Escape_is_not_called_for_missing_values()
    {
        var calls = 0;

        var rendered = NameTemplate.Parse("[{preferredGivenName}]").Render(_ => null, value => { calls++; return value; });

        Assert.Equal("[]", rendered);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void The_report_names_missing_placeholders_and_dropped_characters_once_each()
    {
        var report = new TemplateRenderReport();
        var template = NameTemplate.Parse("{preferredGivenName,middleName}{familyName|ascii}{familyName|ascii}{sis.email}");
        var values = new Dictionary<string, string?> { ["familyName"] = "李-Ω-Li" };

        var rendered = template.Render(name => values.TryGetValue(name, out var value) ? value : null, null, report);

        Assert.Equal("-O-Li-O-Li", rendered);
        Assert.Equal(new[] { "preferredGivenName,middleName", "sis.email" }, report.Missing);
        Assert.Equal(new[] { "李" }, report.Dropped);
        Assert.False(report.IsClean);
        report.Clear();
        Assert.True(report.IsClean);
    }

    [Fact]
    public void Astral_characters_are_dropped_whole()
    {
        var report = new TemplateRenderReport();

        var rendered = NameTemplate.Parse("{v|ascii}").Render(_ => "Ann\U0001F600e", null, report);

        Assert.Equal("Anne", rendered);
        Assert.Equal(new[] { "\U0001F600" }, report.Dropped);
    }

    [Theory]
    [InlineData(TemplateField.Username, "{givenName}.{familyName}", "Zoë", "O'Brien", "zoe.obrien")]
    [InlineData(TemplateField.Username, "{givenName|first:1}{familyName}", "Nguyễn Văn", "An", "nan")]
    [InlineData(TemplateField.Username, "{familyName}{givenName}", "An", "Nguyễn Văn", "nguyenvanan")]
    [InlineData(TemplateField.Username, "{givenName}.{familyName}", "Anne", "Smith-Jones", "anne.smith-jones")]
    [InlineData(TemplateField.Username, "{givenName|alnum}.{familyName|alnum}", "Anne", "Smith-Jones", "anne.smithjones")]
    [InlineData(TemplateField.Username, "{givenName}.{middleName}.{familyName}", "Jürgen", "Großmann", "jurgen.grossmann")]
    [InlineData(TemplateField.Username, ".{givenName}..{familyName}.", "Ann", "Lee", "ann.lee")]
    [InlineData(TemplateField.Username, "{givenName}.{familyName}", "王", "Wang", "wang")]
    [InlineData(TemplateField.UserPrincipalName, "{givenName}.{familyName}@Students.District.ORG", "Łukasz", "Wiśniewski", "lukasz.wisniewski@students.district.org")]
    [InlineData(TemplateField.Email, "{familyName}@{givenName}.org", "Ann", "O'Neil", "oneil@ann.org")]
    [InlineData(TemplateField.DisplayName, "{givenName} {middleName} {familyName}", " Ann ", "Lee", "Ann Lee")]
    [InlineData(TemplateField.GroupName, "  Staff  {givenName} ", "Ann", "Lee", "Staff Ann")]
    [InlineData(TemplateField.Placement, "OU={familyName} ,DC=x", "Ann", "Lee, Jr.", "OU=Lee, Jr. ,DC=x")]
    public void RenderField_cleans_the_result_as_the_field_needs(TemplateField field, string template, string given, string family, string expected)
    {
        var values = new Dictionary<string, string?> { ["givenName"] = given, ["familyName"] = family };

        var rendered = NameTemplate.Parse(template).RenderField(field, name => values.TryGetValue(name, out var value) ? value : null);

        Assert.Equal(expected, rendered);
    }

    [Fact]
    public void RenderField_reports_what_sanitising_dropped()
    {
        var report = new TemplateRenderReport();

        var username = NameTemplate.Parse("{givenName}{familyName}").RenderField(TemplateField.Username, name => name == "givenName" ? "Ann" : "김", null, report);

        Assert.Equal("ann", username);
        Assert.Equal(new[] { "김" }, report.Dropped);
    }
}
