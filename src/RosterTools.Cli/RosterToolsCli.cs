using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Linq;
using RosterTools.Cli.Commands;

namespace RosterTools.Cli;

/// <summary>The command line: the commands, their help, and what a parse error becomes (exit code 2, one line on stderr).</summary>
internal static class RosterToolsCli
{
    private static readonly IReadOnlyList<string> RootExamples = new[]
    {
        "rostertools validate ./district.zip",
        "rostertools import ./district --format json",
        "rostertools import ./district --entity users --format json > users.json",
        "rostertools sample --students 600 --out ./sample",
        "rostertools compare ./last-night ./tonight --entity persons",
        "rostertools export ./district --out ./reading.zip --profile examples/profiles/reading-app-elementary.yaml",
        "rostertools plan --roster ./district --directory ./accounts.csv --policy ./district.policy.yaml --out plan.json",
        "rostertools sync --config examples/quickstart/sync.yaml",
        "rostertools apply ./plan.json --state ./state --what-if",
        "rostertools <command> --help",
    };

    public static int Run(string[] args, CliContext cli)
    {
        var root = new RootCommand("rostertools: read, validate, compare, merge, export and generate OneRoster 1.1 and 1.2 CSV bundles (folders or .zip files), and plan the accounts they call for. "
            + "Data goes to stdout; messages, findings summaries and progress go to stderr.");
        var import = ImportCommand.Create(cli);
        var validate = ValidateCommand.Create(cli);
        var sample = SampleCommand.Create(cli);
        var compare = CompareCommand.Create(cli);
        var merge = MergeCommand.Create(cli);
        var export = ExportCommand.Create(cli);
        var plan = PlanCommand.Create(cli);
        var names = NamesCommand.Create(cli);
        var sync = SyncCommand.Create(cli);
        var apply = ApplyCommand.Create(cli);
        var offboard = OffboardCommand.Create(cli);
        root.Subcommands.Add(import);
        root.Subcommands.Add(validate);
        root.Subcommands.Add(sample);
        root.Subcommands.Add(compare);
        root.Subcommands.Add(merge);
        root.Subcommands.Add(export);
        root.Subcommands.Add(plan);
        root.Subcommands.Add(names);
        root.Subcommands.Add(sync);
        root.Subcommands.Add(apply);
        root.Subcommands.Add(offboard);
        HelpExamples.Install(root, new Dictionary<Command, IReadOnlyList<string>>
        {
            [root] = RootExamples,
            [import] = ImportCommand.Examples,
            [validate] = ValidateCommand.Examples,
            [sample] = SampleCommand.Examples,
            [compare] = CompareCommand.Examples,
            [merge] = MergeCommand.Examples,
            [export] = ExportCommand.Examples,
            [plan] = PlanCommand.Examples,
            [names] = NamesCommand.Examples,
            [sync] = SyncCommand.Examples,
            [apply] = ApplyCommand.Examples,
            [offboard] = OffboardCommand.Examples,
        });

        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            return cli.Fail(ExitCodes.BadInput, Describe(parseResult));
        }

        return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    /// <summary>The parse errors as one line, with where to find the usage.</summary>
    private static string Describe(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        if (command is RootCommand root)
        {
            // Without a command, System.CommandLine says "Required command was not provided" before anything else.
            var commands = string.Join(", ", root.Subcommands.Select(subcommand => subcommand.Name));
            var first = parseResult.Tokens.FirstOrDefault()?.Value;
            return first is null
                ? $"No command given; the commands are {commands}. Run 'rostertools --help' for usage."
                : $"Unknown command or option '{first}'; the commands are {commands}. Run 'rostertools --help' for usage.";
        }

        var errors = parseResult.Errors.Select(error => error.Message.TrimEnd('.') + ".").Distinct();
        return $"{string.Join(" ", errors)} Run 'rostertools {command.Name} --help' for usage.";
    }
}
