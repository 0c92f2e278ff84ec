using System.Globalization;
using System.IO;
using System.Linq;
using RosterTools.Sync;

namespace RosterTools.Cli.Output;

/// <summary>A sync summary in words, for the console and a scheduler's log.</summary>
internal static class SyncReport
{
    public static void Write(TextWriter text, SyncSummary summary)
    {
        text.WriteLine($"Sync {summary.RunId}{(summary.WhatIf ? " (what-if: nothing was changed)" : string.Empty)}: {Outcome(summary.Outcome)}.");
        if (summary.Reason is not null)
        {
            text.WriteLine("  " + summary.Reason);
        }

        if (summary.Source is not null)
        {
            text.WriteLine($"  source   {summary.Source}: {N(summary.SourceUsers)} users, {N(summary.SourceErrors)} errors, {N(summary.SourceWarnings)} warnings");
        }

        if (summary.PeopleChanged.Count > 0)
        {
            text.WriteLine("  changes  since the last snapshot: " + string.Join(", ", summary.PeopleChanged.Select(pair => $"{N(pair.Value)} {pair.Key.ToLowerInvariant()}")));
        }

        if (summary.Target is not null)
        {
            text.WriteLine($"  target   {summary.Target}" + (summary.Requests > 0 ? $": {N(summary.Requests)} requests, {N(summary.Retries)} retried, {summary.RequestsPerSecond.ToString("0.#", CultureInfo.InvariantCulture)}/s" : string.Empty));
        }

        if (summary.PlanFile is not null)
        {
            text.WriteLine($"  plan     {summary.PlanFile} ({N(summary.PlanErrors)} conflicts to fix by hand, {N(summary.PlanWarnings)} notes)");
        }

        if (summary.PasswordFile is not null)
        {
            text.WriteLine($"  passwords of the new accounts: {summary.PasswordFile}");
        }

        if (summary.Planned.Count == 0 && summary.Outcome == SyncOutcome.Done)
        {
            text.WriteLine("  Nothing to do: the directory is in step with the SIS.");
            return;
        }

        if (summary.Planned.Count > 0)
        {
            text.WriteLine();
            var table = new TextTable(text, new[] { new TableColumn("action"), new TableColumn("planned", true), new TableColumn("done", true), new TableColumn("already", true), new TableColumn("skipped", true), new TableColumn("failed", true) });
            foreach (var pair in summary.Planned)
            {
                summary.Applied.TryGetValue(pair.Key, out var statuses);
                int Count(RosterTools.Apply.ActionStatus status) => statuses is not null && statuses.TryGetValue(status, out var count) ? count : 0;
                table.Add(pair.Key.ToString(), N(pair.Value), N(Count(RosterTools.Apply.ActionStatus.Done)), N(Count(RosterTools.Apply.ActionStatus.AlreadyDone)), N(Count(RosterTools.Apply.ActionStatus.Skipped)), N(Count(RosterTools.Apply.ActionStatus.Failed)));
            }

            table.Complete();
        }

        foreach (var failure in summary.Failures.Take(20))
        {
            text.WriteLine($"  failed: {failure}");
        }

        if (summary.Failures.Count > 20)
        {
            text.WriteLine($"  ... and {N(summary.Failures.Count - 20)} more failures (--format json lists them all)");
        }
    }

    private static string Outcome(SyncOutcome outcome) => outcome switch
    {
        SyncOutcome.Done => "done",
        SyncOutcome.DoneWithFailures => "done, with failed actions",
        SyncOutcome.Refused => "refused, nothing was changed",
        _ => "could not run",
    };

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
