using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace RosterTools.Build.HelpCompiler;

/// <summary>Writes cmdlet help as MAML (<c>&lt;Module&gt;.dll-Help.xml</c>), the format Get-Help reads for compiled cmdlets.</summary>
internal static class MamlWriter
{
    private const string Msh = "http://msh";
    private const string Maml = "http://schemas.microsoft.com/maml/2004/10";
    private const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    /// <summary>Writes <paramref name="commands"/> to <paramref name="path"/> (UTF-8 with BOM: Windows PowerShell reads it either way).</summary>
    public static void Write(string path, IEnumerable<CommandHelp> commands)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(path, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("helpItems", Msh);
        xml.WriteAttributeString("schema", "maml");
        foreach (var command in commands)
        {
            WriteCommand(xml, command);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteCommand(XmlWriter xml, CommandHelp help)
    {
        xml.WriteStartElement("command", "command", Command);
        xml.WriteAttributeString("xmlns", "maml", null, Maml);
        xml.WriteAttributeString("xmlns", "command", null, Command);
        xml.WriteAttributeString("xmlns", "dev", null, Dev);

        xml.WriteStartElement("details", Command);
        xml.WriteElementString("name", Command, help.Name);
        xml.WriteElementString("verb", Command, help.Verb);
        xml.WriteElementString("noun", Command, help.Noun);
        Description(xml, new[] { help.Synopsis });
        xml.WriteEndElement();

        Description(xml, help.Description);

        xml.WriteStartElement("syntax", Command);
        foreach (var set in help.ParameterSets.DefaultIfEmpty(string.Empty))
        {
            xml.WriteStartElement("syntaxItem", Command);
            xml.WriteElementString("name", Maml, help.Name);
            foreach (var parameter in help.Parameters.Where(p => set.Length == 0 || p.InSet(set)))
            {
                Parameter(xml, parameter, inSyntax: true);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        xml.WriteStartElement("parameters", Command);
        foreach (var parameter in help.Parameters)
        {
            Parameter(xml, parameter, inSyntax: false);
        }

        xml.WriteEndElement();

        Types(xml, "inputTypes", "inputType", help.Inputs);
        Types(xml, "returnValues", "returnValue", help.Outputs);

        xml.WriteStartElement("alertSet", Maml);
        xml.WriteStartElement("alert", Maml);
        Paragraphs(xml, help.Notes);
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("examples", Command);
        foreach (var example in help.Examples)
        {
            xml.WriteStartElement("example", Command);
            xml.WriteElementString("title", Maml, $"-------------------------- {example.Title} --------------------------");
            xml.WriteElementString("code", Dev, example.Code);
            xml.WriteStartElement("remarks", Dev);
            Paragraphs(xml, example.Remarks);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        xml.WriteStartElement("relatedLinks", Command);
        foreach (var (text, uri) in help.RelatedLinks)
        {
            xml.WriteStartElement("navigationLink", Maml);
            xml.WriteElementString("linkText", Maml, text);
            xml.WriteElementString("uri", Maml, uri);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Parameter(XmlWriter xml, ParameterHelp parameter, bool inSyntax)
    {
        xml.WriteStartElement("parameter", Command);
        xml.WriteAttributeString("required", parameter.Required ? "true" : "false");
        xml.WriteAttributeString("variableLength", parameter.Type.EndsWith("[]", System.StringComparison.Ordinal) ? "true" : "false");
        xml.WriteAttributeString("globbing", parameter.Globbing ? "true" : "false");
        xml.WriteAttributeString("pipelineInput", parameter.PipelineInput);
        xml.WriteAttributeString("position", parameter.Position);
        xml.WriteAttributeString("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases));
        xml.WriteElementString("name", Maml, parameter.Name);
        Description(xml, parameter.Description);
        if (parameter.AcceptedValues.Count > 0)
        {
            xml.WriteStartElement("parameterValueGroup", Command);
            foreach (var value in parameter.AcceptedValues)
            {
                xml.WriteStartElement("parameterValue", Command);
                xml.WriteAttributeString("required", "false");
                xml.WriteAttributeString("variableLength", "false");
                xml.WriteString(value);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // A switch takes no value: the syntax shows [-Strict], not [-Strict <SwitchParameter>].
        if (!(inSyntax && parameter.IsSwitch))
        {
            xml.WriteStartElement("parameterValue", Command);
            xml.WriteAttributeString("required", parameter.IsSwitch ? "false" : "true");
            xml.WriteAttributeString("variableLength", "false");
            xml.WriteString(parameter.Type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("type", Dev);
        xml.WriteElementString("name", Maml, parameter.Type);
        xml.WriteElementString("uri", Maml, string.Empty);
        xml.WriteEndElement();
        xml.WriteElementString("defaultValue", Dev, parameter.DefaultValue);
        xml.WriteEndElement();
    }

    private static void Types(XmlWriter xml, string listElement, string itemElement, IEnumerable<TypeHelp> types)
    {
        xml.WriteStartElement(listElement, Command);
        foreach (var type in types)
        {
            xml.WriteStartElement(itemElement, Command);
            xml.WriteStartElement("type", Dev);
            xml.WriteElementString("name", Maml, type.Name);
            xml.WriteEndElement();
            Description(xml, type.Description);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Description(XmlWriter xml, IEnumerable<string> paragraphs)
    {
        xml.WriteStartElement("description", Maml);
        Paragraphs(xml, paragraphs);
        xml.WriteEndElement();
    }

    private static void Paragraphs(XmlWriter xml, IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            xml.WriteElementString("para", Maml, paragraph);
        }
    }
}
