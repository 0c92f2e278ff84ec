using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using RosterTools.Cli.Output;
using RosterTools.Targets.Entra;
using RosterTools.Sync;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools sync --config FILE [--what-if] [--override-safety-limit] [--format table|json]</c>: the nightly job
/// from one config file. Its exit code is the sync's: 0 done, 1 done with failed actions, 2 refused, 3 could not run.
/// </summary>
internal static class SyncCommand
{
    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools sync --config examples/quickstart/sync.yaml                 the example district into the local store",
        "rostertools sync --config /etc/rostertools/sync.yaml --what-if          plan tonight's run and show it, change nothing",
        "rostertools sync --config sync.yaml --format json > last-run.json       the summary for a monitoring system",
    };

    public static readonly string[] ExitHelp =
    {
        "0    done: every action done (or already done)",
        "1    done, but some actions failed; the summary lists them (run again to retry: nothing done is repeated)",
        "2    refused, nothing changed: the source is unreadable, has errors, or breaks the safety limits",
        "3    could not run: a bad config or policy, the directory unreachable, or another sync using the state folder",
        "130  cancelled with Ctrl+C after the actions in flight (143 with SIGTERM)",
    };

    public static Command Create(CliContext cli)
    {
        var config = new Option<string>("--config") { Description = "The sync config (YAML): source, policy, target, state, safety, snapshots, notify. See examples/quickstart/sync.yaml.", Required = true };
        var whatIf = new Option<bool>("--what-if") { Description = "Plan and show what would be done; change nothing (no directory change, no snapshot, no state)." };
        var overrideLimit = new Option<bool>("--override-safety-limit") { Description = "Apply a plan the safety limits block. Only for a reviewed, expected mass change, such as the start of a school year." };
        var format = CommonOptions.Format("table: the summary in words. json: the summary object (runId, outcome, exitCode, reason, source, peopleChanged, plan, applied, failures, target).");
        var command = new Command("sync", "Run the nightly job from a config file: import, validate, compare, plan, check the safety limits, provision, deprovision, save state, summarise.")
        {
            config, whatIf, overrideLimit, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(cli, parseResult.GetRequiredValue(config), parseResult.GetValue(whatIf), parseResult.GetValue(overrideLimit), parseResult.GetValue(format))));
        return command;
    }

    private static int Run(CliContext cli, string configPath, bool whatIf, bool overrideLimit, OutputFormat format)
    {
        SyncTargets.Register(new EntraSyncTargetKind());
        SyncConfig config;
        try
        {
            config = SyncConfigReader.Load(configPath);
        }
        catch (SyncConfigException ex)
        {
            return cli.Fail((int)SyncOutcome.CouldNotRun, ex.Message);
        }
        catch (IOException ex)
        {
            return cli.Fail((int)SyncOutcome.CouldNotRun, $"The config {configPath} cannot be read: {ex.Message}");
        }

        SyncSummary summary;
        using (var progress = cli.CreateProgress())
        {
            summary = SyncRunner.Run(config, new SyncOptions { WhatIf = whatIf, OverrideSafetyLimit = overrideLimit, Progress = progress.ForSync }, cli.CancellationToken);
        }

        if (format == OutputFormat.Json)
        {
            using var stream = cli.OpenOutput();
            SyncJson.Write(stream, summary);
            stream.WriteByte((byte)'\n');
        }
        else
        {
            using var text = cli.OpenOutputText();
            SyncReport.Write(text, summary);
        }

        if (summary.Reason is not null && summary.Outcome != SyncOutcome.Done)
        {
            cli.Say(summary.Reason);
        }

        return summary.ExitCode;
    }
}
