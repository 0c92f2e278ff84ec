using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace RosterTools.Build.HelpCompiler;

/// <summary>
/// Reads one cmdlet's help from platyPS-shaped markdown: <c># Name</c>, then the sections SYNOPSIS, SYNTAX,
/// DESCRIPTION, EXAMPLES, PARAMETERS, INPUTS, OUTPUTS, NOTES and RELATED LINKS as <c>##</c> headings. Problems are
/// reported as <c>file(line): error HELP: message</c>, the shape MSBuild shows as build errors.
/// </summary>
internal sealed partial class MarkdownHelpParser
{
    private static readonly string[] RequiredSections = { "SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS" };

    private readonly string _file;
    private readonly List<string> _errors;

    private MarkdownHelpParser(string file, List<string> errors)
    {
        _file = file;
        _errors = errors;
    }

    /// <summary>Parses <paramref name="file"/>; adds any problem to <paramref name="errors"/>.</summary>
    public static CommandHelp? Parse(string file, List<string> errors) => new MarkdownHelpParser(file, errors).Parse();

    private CommandHelp? Parse()
    {
        var lines = File.ReadAllLines(_file, Encoding.UTF8);
        var start = SkipFrontMatter(lines);
        var titleLine = Array.FindIndex(lines, start, line => line.StartsWith("# ", StringComparison.Ordinal));
        if (titleLine < 0)
        {
            Error(1, "The file has no '# Cmdlet-Name' title.");
            return null;
        }

        var help = new CommandHelp { Name = lines[titleLine][2..].Trim() };
        if (!string.Equals(help.Name, Path.GetFileNameWithoutExtension(_file), StringComparison.OrdinalIgnoreCase))
        {
            Error(titleLine + 1, $"The title '{help.Name}' does not match the file name; name the file {help.Name}.md.");
        }

        var sections = SplitSections(lines, titleLine + 1);
        foreach (var required in RequiredSections.Where(name => !sections.ContainsKey(name)))
        {
            Error(titleLine + 1, $"The section '## {required}' is missing.");
        }

        foreach (var (name, section) in sections)
        {
            switch (name)
            {
                case "SYNOPSIS":
                    help.Synopsis = string.Join(" ", Paragraphs(section));
                    Require(help.Synopsis.Length > 0, section.Line, "SYNOPSIS is empty.");
                    break;
                case "SYNTAX":
                    help.ParameterSets.AddRange(section.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text.Replace("(Default)", string.Empty).Trim()));
                    break;
                case "DESCRIPTION":
                    help.Description.AddRange(Paragraphs(section, includeCode: true));
                    Require(help.Description.Count > 0, section.Line, "DESCRIPTION is empty.");
                    break;
                case "EXAMPLES":
                    ReadExamples(help, section);
                    break;
                case "PARAMETERS":
                    ReadParameters(help, section);
                    break;
                case "INPUTS":
                    help.Inputs.AddRange(ReadTypes(section));
                    break;
                case "OUTPUTS":
                    help.Outputs.AddRange(ReadTypes(section));
                    break;
                case "NOTES":
                    help.Notes.AddRange(Paragraphs(section, includeCode: true));
                    break;
                case "RELATED LINKS":
                    foreach (Match link in LinkPattern().Matches(string.Join("\n", section.Blocks.Select(b => b.Text))))
                    {
                        help.RelatedLinks.Add((link.Groups["text"].Value, link.Groups["uri"].Value.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? string.Empty : link.Groups["uri"].Value));
                    }

                    break;
                default:
                    Error(section.Line, $"Unknown section '## {name}'; the sections are {string.Join(", ", RequiredSections)}.");
                    break;
            }
        }

        return help;
    }

    private void ReadExamples(CommandHelp help, Section section)
    {
        string? title = null;
        var titleLine = section.Line;
        var code = new StringBuilder();
        var remarks = new List<string>();
        void Flush()
        {
            if (title is null)
            {
                return;
            }

            Require(code.Length > 0, titleLine, $"The example '{title}' has no code block.");
            help.Examples.Add(new ExampleHelp(title, code.ToString().TrimEnd(), new List<string>(remarks)));
            code.Clear();
            remarks.Clear();
        }

        foreach (var block in section.Blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    Flush();
                    title = block.Text;
                    titleLine = block.Line;
                    break;
                case BlockKind.Code when title is not null:
                    code.Append(block.Text).Append('\n');
                    break;
                case BlockKind.Paragraph when title is not null:
                    remarks.Add(block.Text);
                    break;
                default:
                    Error(block.Line, "Text in EXAMPLES before the first '### Example' heading.");
                    break;
            }
        }

        Flush();
        Require(help.Examples.Count >= 2, section.Line, $"EXAMPLES has {help.Examples.Count} example(s); give at least two, each with real commands.");
    }

    private void ReadParameters(CommandHelp help, Section section)
    {
        ParameterHelp? current = null;
        var currentLine = section.Line;
        var common = false;
        void Check()
        {
            if (current is null)
            {
                return;
            }

            Require(current.Description.Count > 0, currentLine, $"The parameter -{current.Name} has no description.");
            Require(current.Type.Length > 0, currentLine, $"The parameter -{current.Name} has no yaml block with 'Type:'.");
        }

        foreach (var block in section.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                Check();
                common = block.Text == "CommonParameters";
                current = null;
                if (!common)
                {
                    Require(block.Text.StartsWith('-'), block.Line, $"A parameter heading is '### -Name', not '### {block.Text}'.");
                    current = new ParameterHelp { Name = block.Text.TrimStart('-') };
                    currentLine = block.Line;
                    help.Parameters.Add(current);
                }
            }
            else if (common)
            {
                continue;
            }
            else if (current is null)
            {
                Error(block.Line, "Text in PARAMETERS before the first '### -Name' heading.");
            }
            else if (block.Kind == BlockKind.Code && block.Language == "yaml")
            {
                ReadParameterYaml(current, block);
            }
            else
            {
                current.Description.Add(block.Text);
            }
        }

        Check();
    }

    private void ReadParameterYaml(ParameterHelp parameter, Block block)
    {
        var lineNumber = block.Line;
        foreach (var line in block.Text.Split('\n'))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                Error(lineNumber, $"'{line}' is not 'Key: value'.");
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "Type":
                    parameter.Type = value;
                    break;
                case "Parameter Sets":
                    parameter.Sets.AddRange(List(value));
                    break;
                case "Aliases":
                    parameter.Aliases.AddRange(List(value));
                    break;
                case "Accepted values":
                    parameter.AcceptedValues.AddRange(List(value));
                    break;
                case "Required":
                    parameter.Required = Bool(value, lineNumber);
                    break;
                case "Position":
                    parameter.Position = value.Equals("Named", StringComparison.OrdinalIgnoreCase) ? "named" : value;
                    break;
                case "Default value":
                    parameter.DefaultValue = value.Length == 0 ? "None" : value;
                    break;
                case "Accept pipeline input":
                    parameter.PipelineInput = value;
                    break;
                case "Accept wildcard characters":
                    parameter.Globbing = Bool(value, lineNumber);
                    break;
                default:
                    Error(lineNumber, $"Unknown parameter property '{key}'.");
                    break;
            }
        }
    }

    private List<TypeHelp> ReadTypes(Section section)
    {
        var types = new List<TypeHelp>();
        foreach (var block in section.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                types.Add(new TypeHelp(block.Text, new List<string>()));
            }
            else if (types.Count > 0)
            {
                types[^1].Description.Add(block.Text);
            }
        }

        Require(types.Count > 0, section.Line, $"## {section.Name} names no type; use '### TypeName' (or '### None').");
        return types;
    }

    private bool Bool(string value, int line)
    {
        if (bool.TryParse(value, out var result))
        {
            return result;
        }

        Error(line, $"'{value}' is not True or False.");
        return false;
    }

    private static IEnumerable<string> List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(item => item != "None");

    private static List<string> Paragraphs(Section section, bool includeCode = false) =>
        section.Blocks.Where(b => b.Kind == BlockKind.Paragraph || (includeCode && b.Kind == BlockKind.Code)).Select(b => b.Text).ToList();

    private static int SkipFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        var end = Array.FindIndex(lines, 1, line => line.Trim() == "---");
        return end < 0 ? 0 : end + 1;
    }

    private Dictionary<string, Section> SplitSections(string[] lines, int start)
    {
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        Section? current = null;
        for (var i = start; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                var name = lines[i][3..].Trim().ToUpperInvariant();
                if (sections.ContainsKey(name))
                {
                    Error(i + 1, $"The section '## {name}' appears twice.");
                }

                current = sections[name] = new Section(name, i + 1);
                continue;
            }

            current?.Lines.Add((i + 1, lines[i]));
        }

        foreach (var section in sections.Values)
        {
            section.Blocks.AddRange(Blocks(section.Lines));
        }

        return sections;
    }

    /// <summary>Headings, fenced code blocks, and paragraphs (lines joined; each list item its own paragraph).</summary>
    private IEnumerable<Block> Blocks(List<(int Number, string Text)> lines)
    {
        var paragraph = new StringBuilder();
        var paragraphLine = 0;
        Block? FlushParagraph()
        {
            if (paragraph.Length == 0)
            {
                return null;
            }

            var block = new Block(BlockKind.Paragraph, paragraph.ToString(), paragraphLine);
            paragraph.Clear();
            return block;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var (number, text) = lines[i];
            var trimmed = text.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                if (FlushParagraph() is { } before)
                {
                    yield return before;
                }

                var language = trimmed[3..].Trim();
                var code = new List<string>();
                var closed = false;
                for (i++; i < lines.Count; i++)
                {
                    if (lines[i].Text.Trim().StartsWith("```", StringComparison.Ordinal))
                    {
                        closed = true;
                        break;
                    }

                    code.Add(lines[i].Text);
                }

                Require(closed, number, "A code block is never closed with ```.");
                yield return new Block(BlockKind.Code, string.Join("\n", code), number, language);
            }
            else if (trimmed.StartsWith("### ", StringComparison.Ordinal))
            {
                if (FlushParagraph() is { } before)
                {
                    yield return before;
                }

                yield return new Block(BlockKind.Heading, trimmed[4..].Trim(), number);
            }
            else if (trimmed.Length == 0 || IsListItem(trimmed))
            {
                if (FlushParagraph() is { } before)
                {
                    yield return before;
                }

                if (trimmed.Length > 0)
                {
                    paragraph.Append(trimmed);
                    paragraphLine = number;
                }
            }
            else
            {
                if (paragraph.Length == 0)
                {
                    paragraphLine = number;
                }
                else
                {
                    paragraph.Append(' ');
                }

                paragraph.Append(trimmed);
            }
        }

        if (FlushParagraph() is { } last)
        {
            yield return last;
        }
    }

    private static bool IsListItem(string line) => line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal);

    private void Require(bool condition, int line, string message)
    {
        if (!condition)
        {
            Error(line, message);
        }
    }

    private void Error(int line, string message) => _errors.Add($"{_file}({line}): error HELP: {message}");

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<uri>[^)]*)\)")]
    private static partial Regex LinkPattern();

    private enum BlockKind
    {
        Paragraph,
        Code,
        Heading,
    }

    private sealed record Block(BlockKind Kind, string Text, int Line, string Language = "");

    private sealed class Section
    {
        public Section(string name, int line)
        {
            Name = name;
            Line = line;
        }

        public string Name { get; }

        public int Line { get; }

        public List<(int Number, string Text)> Lines { get; } = new();

        public List<Block> Blocks { get; } = new();
    }
}
