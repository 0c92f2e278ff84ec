using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RosterTools.Build.HelpCompiler;

/// <summary>HelpCompiler &lt;markdown folder&gt; &lt;output .dll-Help.xml&gt;: one MAML file from every *.md in the folder.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("Usage: HelpCompiler <folder of Cmdlet-Name.md files> <output RosterTools.dll-Help.xml>");
            return 2;
        }

        var (folder, output) = (args[0], args[1]);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToList() : new List<string>();
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"{folder}: error HELP: no Cmdlet-Name.md help files here.");
            return 1;
        }

        var errors = new List<string>();
        var commands = files.Select(file => MarkdownHelpParser.Parse(file, errors)).OfType<CommandHelp>().ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            return 1;
        }

        MamlWriter.Write(output, commands);
        Console.WriteLine($"Help for {commands.Count} cmdlets -> {output}");
        return 0;
    }
}
