using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using RosterTools.Apply;
using RosterTools.Cli.Output;
using RosterTools.Json;
using RosterTools.Sync;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools sync --config sync.yaml [--what-if] [--format table|json]</c>: the whole nightly job from one config
/// file. Exits 0 done, 1 done with failed actions, 2 refused (the source cannot be used, the safety limits block the
/// plan), 3 could not run (bad config or policy, the target cannot be opened, another sync is running).
/// </summary>
internal static class SyncCommand
{
    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools sync --config examples/quickstart/sync.yaml            the quickstart: the example district into a local store",
        "rostertools sync --config /etc/rostertools/sync.yaml --what-if     what tonight's sync would do, changing nothing",
        "rostertools sync --config /etc/rostertools/sync.yaml --format json > /var/log/rostertools/last.json",
    };

    public static Command Create(CliContext cli)
    {
        var config = new Option<string>("--config") { Description = "The sync config (YAML): source, policy, state folder, target.", HelpName = "FILE", Required = true };
        var whatIf = new Option<bool>("--what-if") { Description = "Plan and list what would be done; change and save nothing." };
        var format = CommonOptions.Format("table: the outcome, counts by action and status, the failures. json: {\"outcome\",\"exitCode\",\"messages\",\"source\",\"sourceUsers\",\"changesSinceSnapshot\",\"planned\",\"provision\",\"deprovision\",\"snapshot\"}.");
        var command = new Command("sync", "Run the nightly job from one config file: import, validate, compare with the last snapshot, plan, check the safety limits, provision, deprovision, save the snapshot and state. "
            + "Exit codes for schedulers: 0 done; 1 done with failed actions (run again to finish); 2 refused (the source cannot be used, the safety limits block the plan; nothing changed); "
            + "3 could not run (bad config or policy, the target cannot be opened, another sync holds the state folder); 130 stopped with Ctrl+C.")
        {
            config, whatIf, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(cli, parseResult.GetRequiredValue(config), parseResult.GetValue(whatIf), parseResult.GetValue(format))));
        return command;
    }

    private static int Run(CliContext cli, string config, bool whatIf, OutputFormat format)
    {
        SyncSummary summary;
        using (var progress = cli.CreateProgress())
        {
            summary = SyncRunner.Run(config, new SyncOptions { WhatIf = whatIf, Progress = progress.ForApply }, cli.CancellationToken);
        }

        if (format == OutputFormat.Json)
        {
            using var stream = cli.OpenOutput();
            Write(stream, summary);
            stream.WriteByte((byte)'\n');
        }
        else
        {
            using var text = cli.OpenOutputText();
            WriteTable(text, summary);
        }

        foreach (var message in summary.Messages)
        {
            cli.Say(message);
        }

        var stopped = summary.Provision?.Stopped == true || summary.Deprovision?.Stopped == true;
        return stopped && cli.CancellationToken.IsCancellationRequested ? cli.CancelledExitCode : summary.ExitCode;
    }

    private static void WriteTable(TextWriter text, SyncSummary summary)
    {
        text.WriteLine(summary.ToString().Split(';')[0] + $" in {summary.Duration.TotalSeconds:0.0} s.");
        if (summary.Source is not null)
        {
            text.WriteLine($"Source: {summary.Source}: {summary.SourceUsers:N0} users, {summary.SourceErrors:N0} errors" + (summary.ChangesSinceSnapshot is int changes ? $"; {changes:N0} records changed since the last snapshot." : "; no snapshot yet."));
        }

        var byAction = summary.ByAction;
        if (byAction.Count == 0)
        {
            text.WriteLine(summary.Planned.Count == 0 ? "Nothing to do." : "Planned: " + string.Join(", ", summary.Planned.Select(p => $"{p.Value:N0} {p.Key}")));
        }
        else
        {
            text.WriteLine();
            var statuses = new[] { ActionStatus.Done, ActionStatus.AlreadyDone, ActionStatus.Skipped, ActionStatus.Failed };
            var table = new TextTable(text, new[] { new TableColumn("action") }.Concat(statuses.Select(status => new TableColumn(status.ToString().ToLowerInvariant(), true))).ToList());
            foreach (var action in byAction)
            {
                table.Add(new[] { action.Key.ToString() }.Concat(statuses.Select(status => (action.Value.TryGetValue(status, out var n) ? n : 0).ToString("N0", CultureInfo.InvariantCulture))).ToArray());
            }

            table.Complete();
        }

        var failures = summary.Failures.Take(50).ToList();
        if (failures.Count > 0)
        {
            text.WriteLine();
            text.WriteLine("Failed:");
            foreach (var failure in failures)
            {
                text.WriteLine("  " + failure);
            }
        }

        if (summary.Snapshot is not null)
        {
            text.WriteLine();
            text.WriteLine("Saved the snapshot " + summary.Snapshot + ".");
        }
    }

    private static void Write(Stream stream, SyncSummary summary)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("outcome", summary.Outcome.ToString());
        json.WriteNumber("exitCode", summary.ExitCode);
        json.WriteBoolean("whatIf", summary.WhatIf);
        json.WriteStartArray("messages");
        foreach (var message in summary.Messages)
        {
            json.WriteStringValue(message);
        }

        json.WriteEndArray();
        json.WriteString("config", summary.Config);
        json.WriteString("source", summary.Source);
        json.WriteNumber("sourceUsers", summary.SourceUsers);
        json.WriteNumber("sourceErrors", summary.SourceErrors);
        if (summary.ChangesSinceSnapshot is int changes)
        {
            json.WriteNumber("changesSinceSnapshot", changes);
        }
        else
        {
            json.WriteNull("changesSinceSnapshot");
        }

        json.WriteStartObject("planned");
        foreach (var planned in summary.Planned)
        {
            json.WriteNumber(planned.Key.ToString(), planned.Value);
        }

        json.WriteEndObject();
        foreach (var (name, run) in new[] { ("provision", summary.Provision), ("deprovision", summary.Deprovision) })
        {
            json.WritePropertyName(name);
            if (run is null)
            {
                json.WriteNullValue();
                continue;
            }

            json.Flush();
            using var buffer = new MemoryStream();
            ApplyJson.Write(buffer, run);
            using var document = JsonDocument.Parse(buffer.ToArray());
            document.RootElement.WriteTo(json);
        }

        json.WriteString("snapshot", summary.Snapshot);
        json.WriteNumber("seconds", Math.Round(summary.Duration.TotalSeconds, 2));
        json.WriteEndObject();
    }
}
