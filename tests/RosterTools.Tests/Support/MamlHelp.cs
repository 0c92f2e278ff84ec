using System.Xml.Linq;

namespace RosterTools.Tests.Contract;

/// <summary>The compiled help out/RosterTools/en-US/RosterTools.dll-Help.xml, as Get-Help reads it.</summary>
internal static class MamlHelp
{
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static string Path => System.IO.Path.Combine(Repository.ModuleFolder, "en-US", "RosterTools.dll-Help.xml");

    private static readonly Lazy<Dictionary<string, XElement>> Commands = new(() =>
        XDocument.Load(Path).Root!.Elements(Command + "command")
            .ToDictionary(c => c.Element(Command + "details")!.Element(Command + "name")!.Value, StringComparer.OrdinalIgnoreCase));

    public static XElement? For(string cmdlet) => Commands.Value.GetValueOrDefault(cmdlet);

    public static IEnumerable<XElement> Examples(XElement command) => command.Element(Command + "examples")?.Elements(Command + "example") ?? Enumerable.Empty<XElement>();

    public static IEnumerable<XElement> Parameters(XElement command) => command.Element(Command + "parameters")?.Elements(Command + "parameter") ?? Enumerable.Empty<XElement>();

    public static string Name(XElement element) => element.Element(Maml + "name")?.Value ?? string.Empty;

    public static string Text(XElement? element) => element is null ? string.Empty : string.Join(" ", element.Descendants(Maml + "para").Select(p => p.Value));
}
