using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using RosterTools.Cli.Output;
using RosterTools.Compare;
using RosterTools.Json;
using RosterTools.OneRoster;
using CompareOptions = RosterTools.Compare.CompareOptions;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools compare &lt;reference&gt; &lt;difference&gt; [--entity KIND]... [--property P]... [--exclude-property P]...
/// [--format table|json]</c> (or <c>--snapshots DIR &lt;difference&gt;</c>): what changed from the reference to the
/// difference, one change per record and per person. Exit 0 when nothing changed, 1 when something did.
/// </summary>
internal static class CompareCommand
{
    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools compare ./monday ./tuesday                          every change, a summary on stderr; exit 1 when there are changes",
        "rostertools compare ./monday.zip ./tuesday.zip --entity persons  who joined, left, moved school or class, changed name",
        "rostertools compare ./monday ./tuesday --entity users --exclude-property 'metadata.*' --format json > changes.json",
        "rostertools compare --snapshots /var/lib/rostertools/snapshots ./tonight.zip      against the latest snapshot",
    };

    public static Command Create(CliContext cli)
    {
        var reference = new Argument<string>("reference")
        {
            Description = "The roster before: a bundle folder or .zip (left out with --snapshots).",
        };
        var difference = new Argument<string?>("difference")
        {
            Description = "The roster after: a bundle folder or .zip.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var entity = new Option<string[]>("--entity")
        {
            Description = "Only these collections: " + string.Join(", ", ChangeEntities.All) + " (persons: the person-level changes). Repeat it or separate with commas. Default: all of them.",
            HelpName = "KIND",
            AllowMultipleArgumentsPerToken = false,
        };
        var property = new Option<string[]>("--property")
        {
            Description = "Compare only these properties: column names (familyName), extension columns (metadata.house) or person-level names (orgs, classesJoined); * and ? are wildcards. Repeat it for more.",
            HelpName = "NAME",
        };
        var exclude = new Option<string[]>("--exclude-property")
        {
            Description = "Leave these properties out (names or wildcard patterns). Repeat it for more.",
            HelpName = "NAME",
        };
        var snapshots = CompareInputs.Snapshots("Compare with the latest snapshot in this store instead of a reference bundle; give only the difference.");
        var format = CommonOptions.Format(
            "table: one line per change (entity, sourcedId, change, label, properties). "
            + "json: an array of {\"entity\",\"sourcedId\",\"change\",\"label\",\"properties\":[{\"name\",\"old\",\"new\"}]}; passwords appear as {\"secret\":true} without values.");

        var command = new Command("compare", "Compare two OneRoster rosters and print what changed: records added, removed or modified (with old and new values), and who joined, left, moved school or class, or changed name.")
        {
            reference, difference, entity, property, exclude, snapshots, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(
            cli,
            parseResult.GetRequiredValue(reference),
            parseResult.GetValue(difference),
            parseResult.GetValue(snapshots),
            new CompareOptions
            {
                Entities = parseResult.GetValue(entity),
                Properties = parseResult.GetValue(property),
                ExcludeProperties = parseResult.GetValue(exclude),
            },
            parseResult.GetValue(format))));
        return command;
    }

    private static int Run(CliContext cli, string first, string? second, string? snapshots, CompareOptions options, OutputFormat format)
    {
        if (snapshots is not null && second is not null)
        {
            throw new UsageException("With --snapshots, give only the difference bundle: the reference is the latest snapshot. Run 'rostertools compare --help' for usage.");
        }

        if (snapshots is null && second is null)
        {
            throw new UsageException("Give the reference and the difference bundles (or --snapshots DIR and the difference). Run 'rostertools compare --help' for usage.");
        }

        if (ChangeEntities.FirstUnknown(options.Entities) is { } unknown)
        {
            throw new UsageException($"Unknown --entity '{unknown}'. Use one of: {string.Join(", ", ChangeEntities.All)} (any case).");
        }

        var before = snapshots is null ? CompareInputs.Read(cli, first, "reference") : CompareInputs.Latest(cli, snapshots, "reference");
        var after = CompareInputs.Read(cli, second ?? first, "difference");
        var tally = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int count;
        using (var progress = cli.CreateProgress(writesOutputWhileWorking: true))
        {
            options.Progress = progress.ForCompare;
            var changes = Count(RosterComparer.Compare(before, after, options, cli.CancellationToken), tally);
            if (format == OutputFormat.Json)
            {
                using var output = cli.OpenOutput();
                count = ChangeJson.WriteChanges(output, changes);
                output.WriteByte((byte)'\n');
            }
            else
            {
                using var output = cli.OpenOutputText();
                count = ChangeTable.Write(output, changes);
            }
        }

        cli.Say(count == 0 ? "no changes." : $"{FindingsReport.Count(count, "change")}: " + string.Join("; ", tally.Select(entry => entry.Key + " " + Describe(entry.Value))) + ".");
        return count == 0 ? ExitCodes.Success : ExitCodes.Errors;
    }

    private static IEnumerable<RosterChange> Count(IEnumerable<RosterChange> changes, SortedDictionary<string, int[]> tally)
    {
        foreach (var change in changes)
        {
            if (!tally.TryGetValue(change.Entity, out var counts))
            {
                tally[change.Entity] = counts = new int[3];
            }

            counts[(int)change.Change]++;
            yield return change;
        }
    }

    private static string Describe(int[] counts) =>
        string.Join(", ", new[] { (counts[0], "added"), (counts[1], "removed"), (counts[2], "modified") }
            .Where(item => item.Item1 > 0)
            .Select(item => item.Item1.ToString("N0", CultureInfo.InvariantCulture) + " " + item.Item2));
}
