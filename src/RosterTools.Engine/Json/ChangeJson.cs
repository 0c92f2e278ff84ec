using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using RosterTools.Compare;
using RosterTools.Export;
using RosterTools.Merge;
using RosterTools.OneRoster;

namespace RosterTools.Json;

/// <summary>
/// The JSON of compare, merge and export, for other tools to parse. The shapes are a contract: fields may be added,
/// never renamed or removed.
/// </summary>
public static class ChangeJson
{
    private static JsonWriterOptions Options => RosterJson.Options;

    /// <summary>
    /// An array of <c>{"entity","sourcedId","change","label","properties":[{"name","old","new"}]}</c>, streamed as the
    /// changes come. change is "added", "removed" or "modified"; old and new are null (blank), text, true/false, or an
    /// array of text; a secret (password) has <c>"secret":true</c> and null for both values. Returns how many changes
    /// were written.
    /// </summary>
    public static int WriteChanges(Stream stream, IEnumerable<RosterChange> changes)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        var count = 0;
        json.WriteStartArray();
        foreach (var change in changes)
        {
            json.WriteStartObject();
            json.WriteString("entity", change.Entity);
            json.WriteString("sourcedId", change.SourcedId);
            json.WriteString("change", Name(change.Change));
            json.WriteString("label", change.Label);
            json.WriteStartArray("properties");
            foreach (var property in change.Properties)
            {
                json.WriteStartObject();
                json.WriteString("name", property.Name);
                Value(json, "old", property.Old);
                Value(json, "new", property.New);
                if (property.IsSecret)
                {
                    json.WriteBoolean("secret", true);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            count++;
            if (json.BytesPending > 64 * 1024)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        return count;
    }

    /// <summary>
    /// <c>{"version","out","collections":{"users":{"mode","added","updated","removed","cascadeRemoved","stale","notFound","count"},...},"errors","warnings"}</c>.
    /// </summary>
    public static void WriteMerge(Stream stream, MergeResult result, string? written)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("version", result.Roster.Version.ToSpecString());
        json.WriteString("out", written);
        json.WriteStartObject("collections");
        foreach (var collection in result.Collections)
        {
            json.WriteStartObject(collection.Entity);
            json.WriteString("mode", collection.Mode.ToString().ToLowerInvariant());
            json.WriteNumber("added", collection.Added);
            json.WriteNumber("updated", collection.Updated);
            json.WriteNumber("removed", collection.Removed);
            json.WriteNumber("cascadeRemoved", collection.CascadeRemoved);
            json.WriteNumber("stale", collection.Stale);
            json.WriteNumber("notFound", collection.NotFound);
            json.WriteNumber("count", collection.Count);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteNumber("errors", result.Roster.ErrorCount);
        json.WriteNumber("warnings", result.Roster.WarningCount);
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>{"path","version","mode":"bulk|delta","profile","files":{"users":1254,...},"rows","bytes","warnings":[findings]}</c>;
    /// the findings have the shape of <see cref="RosterJson.WriteFindings"/>.
    /// </summary>
    public static void WriteExport(Stream stream, ExportResult result)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("path", result.Path);
        json.WriteString("version", result.Version.ToSpecString());
        json.WriteString("mode", result.IsDelta ? "delta" : "bulk");
        json.WriteString("profile", result.Profile);
        json.WriteStartObject("files");
        foreach (var file in result.Files)
        {
            json.WriteNumber(file.Key, file.Value);
        }

        json.WriteEndObject();
        json.WriteNumber("rows", result.Rows);
        json.WriteNumber("bytes", result.Bytes);
        json.WriteStartArray("warnings");
        foreach (var finding in result.Findings)
        {
            RosterJson.WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Name(ChangeType change) => change switch
    {
        ChangeType.Added => "added",
        ChangeType.Removed => "removed",
        _ => "modified",
    };

    private static void Value(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case string text:
                json.WriteString(name, text);
                break;
            case IEnumerable<string> items:
                json.WriteStartArray(name);
                foreach (var item in items)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
