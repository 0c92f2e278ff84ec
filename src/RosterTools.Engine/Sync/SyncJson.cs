using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using RosterTools.Json;

namespace RosterTools.Sync;

/// <summary>
/// A sync summary as JSON (<c>rostertools sync --format json</c>, last-sync.json, the web hook):
/// <c>{"runId","config","startedUtc","finishedUtc","whatIf","outcome","exitCode","reason","source":{"path","users","errors","warnings","snapshot"},
/// "peopleChanged":{"Added":n,…},"plan":{"file","errors","warnings","actions":{"Create":n,…}},
/// "applied":{"Create":{"Done":n,…},…},"done","alreadyDone","skipped","failed","failures":[{"id","action","account","group","license","error"}],
/// "target":{"description","requests","retries","requestsPerSecond"}}</c>. Fields may be added, never renamed or removed.
/// </summary>
public static class SyncJson
{
    /// <summary>Writes the summary.</summary>
    public static void Write(Stream stream, SyncSummary summary)
    {
        using var json = new Utf8JsonWriter(stream, RosterJson.Options);
        json.WriteStartObject();
        json.WriteString("runId", summary.RunId);
        json.WriteString("config", summary.Config);
        json.WriteString("startedUtc", summary.StartedUtc);
        json.WriteString("finishedUtc", summary.FinishedUtc);
        json.WriteBoolean("whatIf", summary.WhatIf);
        json.WriteString("outcome", summary.Outcome.ToString());
        json.WriteNumber("exitCode", summary.ExitCode);
        json.WriteString("reason", summary.Reason);

        json.WriteStartObject("source");
        json.WriteString("path", summary.Source);
        json.WriteNumber("users", summary.SourceUsers);
        json.WriteNumber("errors", summary.SourceErrors);
        json.WriteNumber("warnings", summary.SourceWarnings);
        json.WriteString("snapshot", summary.Snapshot);
        json.WriteEndObject();

        Counts(json, "peopleChanged", summary.PeopleChanged);
        json.WriteStartObject("plan");
        json.WriteString("file", summary.PlanFile);
        json.WriteNumber("errors", summary.PlanErrors);
        json.WriteNumber("warnings", summary.PlanWarnings);
        Counts(json, "actions", summary.Planned);
        json.WriteEndObject();

        json.WriteStartObject("applied");
        foreach (var byAction in summary.Applied)
        {
            Counts(json, byAction.Key.ToString(), byAction.Value);
        }

        json.WriteEndObject();
        json.WriteString("passwordFile", summary.PasswordFile);
        json.WriteNumber("done", summary.Done);
        json.WriteNumber("alreadyDone", summary.AlreadyDone);
        json.WriteNumber("skipped", summary.Skipped);
        json.WriteNumber("failed", summary.Failed);
        json.WriteStartArray("failures");
        foreach (var failure in summary.Failures)
        {
            json.WriteStartObject();
            json.WriteString("id", failure.Id);
            json.WriteString("action", failure.Action.ToString());
            json.WriteString("account", failure.Account);
            json.WriteString("group", failure.Group);
            json.WriteString("license", failure.License);
            json.WriteString("error", failure.Error);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("target");
        json.WriteString("description", summary.Target);
        json.WriteNumber("requests", summary.Requests);
        json.WriteNumber("retries", summary.Retries);
        json.WriteNumber("requestsPerSecond", summary.RequestsPerSecond);
        json.WriteEndObject();
        json.WriteStartArray("notifyProblems");
        foreach (var problem in summary.NotifyProblems)
        {
            json.WriteStringValue(problem);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Counts<TKey>(Utf8JsonWriter json, string name, IDictionary<TKey, int> counts)
        where TKey : notnull
    {
        json.WriteStartObject(name);
        foreach (var pair in counts)
        {
            json.WriteNumber(pair.Key.ToString()!, pair.Value);
        }

        json.WriteEndObject();
    }
}
