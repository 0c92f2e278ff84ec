using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using RosterTools.Apply;
using RosterTools.Planning;
using static RosterTools.Json.JsonFields;

namespace RosterTools.Json;

/// <summary>
/// A run of a plan as JSON: <c>{"runId","target","stopped","total","done","alreadyDone","skipped","failed","notStarted",
/// "byAction":{"Create":{"Done":12}},"failures":[{"id","action","account","group","license","error"}],"lifecycleUpdates",
/// "targetError","whatIf":[{"id","action","stage","account","group","license","reason"}]}</c>. Fields may be added, never
/// renamed or removed. Never a secret.
/// </summary>
public static class ApplyJson
{
    /// <summary>Writes a run; <paramref name="whatIf"/> lists the actions a what-if run would have carried out.</summary>
    public static void Write(Stream stream, ApplyRun run, IReadOnlyList<PlanAction>? whatIf = null)
    {
        using var json = new Utf8JsonWriter(stream, RosterJson.Options);
        json.WriteStartObject();
        json.WriteString("runId", run.RunId);
        json.WriteString("target", run.Target);
        json.WriteString("startedUtc", run.StartedUtc.ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("finishedUtc", run.FinishedUtc.ToString("O", CultureInfo.InvariantCulture));
        json.WriteBoolean("stopped", run.Stopped);
        json.WriteNumber("total", run.Total);
        json.WriteNumber("done", run.Done);
        json.WriteNumber("alreadyDone", run.AlreadyDone);
        json.WriteNumber("skipped", run.Skipped);
        json.WriteNumber("failed", run.Failed);
        json.WriteNumber("notStarted", run.NotStarted);
        json.WriteNumber("lifecycleUpdates", run.LifecycleUpdates);
        if (run.TargetError is not null)
        {
            json.WriteString("targetError", run.TargetError);
        }

        json.WriteStartObject("byAction");
        foreach (var action in run.ByAction)
        {
            json.WriteStartObject(action.Key.ToString());
            foreach (var status in action.Value)
            {
                json.WriteNumber(status.Key.ToString(), status.Value);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("failures");
        foreach (var failure in run.Failures)
        {
            json.WriteStartObject();
            json.WriteString("id", failure.Id);
            json.WriteString("action", failure.Action.ToString());
            json.WriteString("account", failure.Account);
            Optional(json, "group", failure.Group);
            Optional(json, "license", failure.License);
            Optional(json, "error", failure.Error);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (whatIf is not null)
        {
            json.WriteStartArray("whatIf");
            foreach (var action in whatIf)
            {
                json.WriteStartObject();
                json.WriteString("id", action.Id);
                json.WriteString("action", action.Action.ToString());
                json.WriteString("stage", action.Stage.ToString());
                json.WriteString("account", action.Account);
                Optional(json, "group", action.Group);
                Optional(json, "license", action.License);
                json.WriteString("reason", action.Reason);
                json.WriteEndObject();
                if (json.BytesPending > 1 << 16)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
