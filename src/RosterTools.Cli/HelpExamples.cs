using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;

namespace RosterTools.Cli;

/// <summary>
/// --help as System.CommandLine writes it, followed by the examples and the exit codes of the command asked about.
/// </summary>
internal sealed class HelpExamples : SynchronousCommandLineAction
{
    private readonly HelpAction _help;
    private readonly IReadOnlyDictionary<Command, IReadOnlyList<string>> _examples;

    private HelpExamples(HelpAction help, IReadOnlyDictionary<Command, IReadOnlyList<string>> examples)
    {
        _help = help;
        _examples = examples;
    }

    public override bool ClearsParseErrors => true;

    /// <summary>Puts the examples into the help of <paramref name="root"/> and its commands.</summary>
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, IReadOnlyList<string>> examples)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        option.Action = new HelpExamples((HelpAction)option.Action!, examples);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var result = _help.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (_examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
        {
            output.WriteLine("Examples:");
            foreach (var line in examples)
            {
                output.WriteLine("  " + line);
            }

            output.WriteLine();
        }

        output.WriteLine("Exit codes:");
        var exitCodes = parseResult.CommandResult.Command.Name == "sync" ? Commands.SyncCommand.ExitHelp : ExitCodes.Help;
        foreach (var line in exitCodes)
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine();
        return result;
    }
}
