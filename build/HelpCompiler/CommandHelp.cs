using System.Collections.Generic;

namespace RosterTools.Build.HelpCompiler;

/// <summary>The help of one cmdlet, as read from its markdown file.</summary>
internal sealed class CommandHelp
{
    public required string Name { get; init; }

    public string Synopsis { get; set; } = string.Empty;

    public List<string> Description { get; } = new();

    /// <summary>The parameter set names in the SYNTAX section, in order; empty when the cmdlet has one set.</summary>
    public List<string> ParameterSets { get; } = new();

    public List<ExampleHelp> Examples { get; } = new();

    public List<ParameterHelp> Parameters { get; } = new();

    public List<TypeHelp> Inputs { get; } = new();

    public List<TypeHelp> Outputs { get; } = new();

    public List<string> Notes { get; } = new();

    public List<(string Text, string Uri)> RelatedLinks { get; } = new();

    public string Verb => Name.Split('-')[0];

    public string Noun => Name.Contains('-') ? Name[(Name.IndexOf('-') + 1)..] : string.Empty;
}

/// <summary>An example: a title, the commands, and what they do.</summary>
internal sealed record ExampleHelp(string Title, string Code, List<string> Remarks);

/// <summary>A parameter: its description and the platyPS yaml block's values.</summary>
internal sealed class ParameterHelp
{
    public required string Name { get; init; }

    public List<string> Description { get; } = new();

    public string Type { get; set; } = string.Empty;

    /// <summary>The sets the parameter is in; "(All)" for every set.</summary>
    public List<string> Sets { get; } = new();

    public List<string> Aliases { get; } = new();

    public List<string> AcceptedValues { get; } = new();

    public bool Required { get; set; }

    /// <summary>"0", "1"... or "named".</summary>
    public string Position { get; set; } = "named";

    public string DefaultValue { get; set; } = "None";

    /// <summary>"False", or "True (ByValue)", "True (ByPropertyName)", "True (ByPropertyName, ByValue)".</summary>
    public string PipelineInput { get; set; } = "False";

    public bool Globbing { get; set; }

    public bool IsSwitch => Type is "SwitchParameter" or "System.Management.Automation.SwitchParameter";

    public bool InSet(string set) => Sets.Count == 0 || Sets.Contains("(All)") || Sets.Contains(set);
}

/// <summary>An input or output type and what it is.</summary>
internal sealed record TypeHelp(string Name, List<string> Description);
