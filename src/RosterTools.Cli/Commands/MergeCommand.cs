using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using RosterTools.Cli.Output;
using RosterTools.Export;
using RosterTools.Json;
using RosterTools.Merge;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools merge &lt;base&gt; &lt;delta&gt; --out DIR|ZIP [--strict] [--force] [--format table|json]</c> (or
/// <c>--snapshots DIR &lt;delta&gt;</c>): applies a delta bundle onto a base and writes the result as a bulk bundle.
/// </summary>
internal static class MergeCommand
{
    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools merge ./snapshot ./delta.zip --out ./merged          apply tonight's delta, write the complete roster",
        "rostertools merge --snapshots /var/lib/rostertools/snapshots ./delta.zip --out ./merged.zip",
        "rostertools merge ./base.zip ./delta.zip --out ./merged --strict --format json",
    };

    public static Command Create(CliContext cli)
    {
        var @base = new Argument<string>("base") { Description = "The roster the delta applies to: a bundle folder or .zip (left out with --snapshots)." };
        var delta = new Argument<string?>("delta") { Description = "The delta bundle: files declared delta upsert and delete by sourcedId; bulk files replace; absent files leave the base alone.", Arity = ArgumentArity.ZeroOrOne };
        var output = CompareInputs.Out("Where to write the merged roster, as a bulk bundle of the base's version: a folder, or a file ending in .zip.");
        var snapshots = CompareInputs.Snapshots("Apply the delta to the latest snapshot in this store instead of a base bundle; give only the delta.");
        var strict = CompareInputs.Strict("Write nothing when the merged roster has any error (exit 1); by default it is written with its findings summed up on stderr.");
        var force = CompareInputs.Force("what --out names");
        var format = CommonOptions.Format("table: what happened to each collection. json: {\"version\",\"out\",\"collections\":{\"users\":{\"mode\",\"added\",\"updated\",\"removed\",\"cascadeRemoved\",\"stale\",\"notFound\",\"count\"}},\"errors\",\"warnings\"}.");
        var command = new Command("merge", "Apply a OneRoster delta bundle onto a base roster and write the result as a bulk bundle.")
        {
            @base, delta, output, snapshots, strict, force, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(
            cli,
            parseResult.GetRequiredValue(@base),
            parseResult.GetValue(delta),
            parseResult.GetValue(snapshots),
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(strict),
            parseResult.GetValue(force),
            parseResult.GetValue(format))));
        return command;
    }

    private static int Run(CliContext cli, string first, string? second, string? snapshots, string output, bool strict, bool force, OutputFormat format)
    {
        if ((snapshots is null) == (second is null))
        {
            throw new UsageException(snapshots is null
                ? "Give the base and the delta bundles (or --snapshots DIR and the delta). Run 'rostertools merge --help' for usage."
                : "With --snapshots, give only the delta bundle: the base is the latest snapshot. Run 'rostertools merge --help' for usage.");
        }

        var @base = snapshots is null ? CompareInputs.Read(cli, first, "base") : CompareInputs.Latest(cli, snapshots, "base");
        var delta = CompareInputs.Read(cli, second ?? first, "delta");
        MergeResult result;
        try
        {
            result = RosterMerger.Merge(@base, delta, new MergeOptions { Strict = strict }, cli.CancellationToken);
        }
        catch (System.ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (RosterValidationException refused)
        {
            FindingsReport.WriteSummary(cli.Error, refused.Findings, output, $"--strict: the merged roster has {FindingsReport.Totals(refused.Findings.ErrorCount, refused.Findings.WarningCount)}; nothing was written");
            return ExitCodes.Errors;
        }

        ExportResult written;
        using (var progress = cli.CreateProgress())
        {
            written = OneRosterWriter.Write(result.Roster, output, new ExportOptions { Overwrite = force, Progress = progress.ForExport }, cli.CancellationToken);
        }

        if (format == OutputFormat.Json)
        {
            using var stream = cli.OpenOutput();
            ChangeJson.WriteMerge(stream, result, written.Path);
            stream.WriteByte((byte)'\n');
        }
        else
        {
            using var text = cli.OpenOutputText();
            text.WriteLine($"Merged '{delta.Source}' onto '{@base.Source}' and wrote {written}.");
            text.WriteLine();
            var table = new TextTable(text, new[]
            {
                new TableColumn("collection"), new TableColumn("mode"), new TableColumn("added", true), new TableColumn("updated", true), new TableColumn("removed", true),
                new TableColumn("cascade", true), new TableColumn("stale", true), new TableColumn("records", true),
            });
            foreach (var c in result.Collections)
            {
                table.Add(c.Entity, c.Mode.ToString().ToLowerInvariant(), N(c.Added), N(c.Updated), N(c.Removed), N(c.CascadeRemoved), N(c.Stale), N(c.Count));
            }

            table.Complete();
        }

        if (result.Roster.ErrorCount + result.Roster.WarningCount > 0)
        {
            FindingsReport.WriteSummary(cli.Error, result.Roster.Findings, written.Path, $"the merged roster has {FindingsReport.Totals(result.Roster.ErrorCount, result.Roster.WarningCount)}");
        }

        return result.Roster.ErrorCount > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
