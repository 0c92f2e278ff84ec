using System.Xml.Linq;

namespace RosterTools.Tests.Contract;

/// <summary>The compiled help (docs/help/*.md compiled to en-US/RosterTools.dll-Help.xml) against the cmdlets.</summary>
public sealed class HelpTests
{
    /// <summary>Parameters PowerShell adds to a cmdlet that supports ShouldProcess; its help documents them too.</summary>
    private static readonly string[] ShouldProcessParameters = { "WhatIf", "Confirm" };

    public static TheoryData<string> CmdletNames()
    {
        var data = new TheoryData<string>();
        foreach (var cmdlet in ModuleMetadata.Cmdlets)
        {
            data.Add(cmdlet.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_cmdlet_has_help_with_a_synopsis_a_description_and_two_examples(string name)
    {
        var help = Help(name);
        Assert.False(string.IsNullOrWhiteSpace(MamlHelp.Text(help.Element(MamlHelp.Command + "details")!.Element(MamlHelp.Maml + "description"))), $"{name}: no SYNOPSIS.");
        Assert.False(string.IsNullOrWhiteSpace(MamlHelp.Text(help.Element(MamlHelp.Maml + "description"))), $"{name}: no DESCRIPTION.");
        var examples = MamlHelp.Examples(help).ToList();
        Assert.True(examples.Count >= 2, $"{name} has {examples.Count} example(s) in docs/help/{name}.md; give at least two.");
        foreach (var example in examples)
        {
            var code = example.Element(MamlHelp.Dev + "code")?.Value ?? string.Empty;
            Assert.True(code.Contains(name, StringComparison.OrdinalIgnoreCase), $"{name}: the example '{example.Element(MamlHelp.Maml + "title")?.Value}' does not run {name}.");
        }
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_parameter_is_documented_and_nothing_else(string name)
    {
        var cmdlet = ModuleMetadata.Cmdlets.Single(c => c.Name == name);
        var declared = cmdlet.Parameters.Select(p => p.Name).Concat(cmdlet.SupportsShouldProcess ? ShouldProcessParameters : Array.Empty<string>()).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var documented = MamlHelp.Parameters(Help(name)).Select(MamlHelp.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.True(declared.SequenceEqual(documented), $"docs/help/{name}.md documents [{string.Join(", ", documented)}]; the cmdlet has [{string.Join(", ", declared)}].");
        foreach (var parameter in MamlHelp.Parameters(Help(name)))
        {
            Assert.False(string.IsNullOrWhiteSpace(MamlHelp.Text(parameter.Element(MamlHelp.Maml + "description"))), $"{name} -{MamlHelp.Name(parameter)} has no description.");
        }
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Documented_parameters_say_what_the_attributes_say(string name)
    {
        var cmdlet = ModuleMetadata.Cmdlets.Single(c => c.Name == name);
        foreach (var parameter in cmdlet.Parameters)
        {
            var doc = MamlHelp.Parameters(Help(name)).Single(p => MamlHelp.Name(p) == parameter.Name);
            var where = $"docs/help/{name}.md -{parameter.Name}";
            Assert.True(parameter.Sets.Any(s => s.Mandatory) == (doc.Attribute("required")?.Value == "true"), $"{where}: Required disagrees with the cmdlet.");
            var position = parameter.Sets.Select(s => s.Position).FirstOrDefault(p => p is not null);
            Assert.True((position?.ToString() ?? "named") == doc.Attribute("position")?.Value, $"{where}: Position should be {position?.ToString() ?? "Named"}.");
            var byValue = parameter.Sets.Any(s => s.ByValue);
            var byName = parameter.Sets.Any(s => s.ByPropertyName);
            var pipeline = doc.Attribute("pipelineInput")?.Value ?? string.Empty;
            Assert.True(byValue == pipeline.Contains("ByValue", StringComparison.Ordinal) && byName == pipeline.Contains("ByPropertyName", StringComparison.Ordinal), $"{where}: 'Accept pipeline input: {pipeline}' disagrees with the cmdlet (by value {byValue}, by property name {byName}).");
            var aliases = doc.Attribute("aliases")?.Value is { } text && text != "none" ? text.Split(", ") : Array.Empty<string>();
            Assert.True(parameter.Aliases.OrderBy(a => a).SequenceEqual(aliases.OrderBy(a => a)), $"{where}: Aliases should be {string.Join(", ", parameter.Aliases)}.");
            var accepted = doc.Element(MamlHelp.Command + "parameterValueGroup")?.Elements(MamlHelp.Command + "parameterValue").Select(v => v.Value).ToList() ?? new List<string>();
            Assert.True(parameter.ValidValues.OrderBy(v => v).SequenceEqual(accepted.OrderBy(v => v)), $"{where}: Accepted values should be {string.Join(", ", parameter.ValidValues)}.");
        }
    }

    [Fact]
    public void Related_links_name_real_commands_or_topics()
    {
        var known = ModuleMetadata.Cmdlets.Select(c => c.Name).Append("about_RosterTools").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var cmdlet in ModuleMetadata.Cmdlets)
        {
            var links = Help(cmdlet.Name).Element(MamlHelp.Command + "relatedLinks")?.Elements(MamlHelp.Maml + "navigationLink").Select(l => l.Element(MamlHelp.Maml + "linkText")!.Value).ToList() ?? new List<string>();
            Assert.NotEmpty(links);
            Assert.All(links, link => Assert.Contains(link, known));
        }
    }

    private static XElement Help(string name) =>
        MamlHelp.For(name) ?? throw new Xunit.Sdk.XunitException($"{name} has no help: write docs/help/{name}.md and build.");
}
