using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using RosterTools.OneRoster;

namespace RosterTools.Testing.Loopback;

/// <summary>One served record: its JSON, written once, and when it last changed (for filter=dateLastModified).</summary>
internal sealed class ServedRecord
{
    public ServedRecord(string sourcedId, DateTime modified, byte[] json)
    {
        SourcedId = sourcedId;
        Modified = modified;
        Json = json;
    }

    public string SourcedId { get; }

    public DateTime Modified { get; }

    public byte[] Json { get; }
}

/// <summary>The records of one collection in one version, in a stable order, which tests may change while it is served.</summary>
internal sealed class CollectionData
{
    private readonly object _gate = new();
    private List<ServedRecord> _records;

    public CollectionData(string name, List<ServedRecord> records)
    {
        Name = name;
        _records = records;
    }

    public string Name { get; }

    /// <summary>The records now (a snapshot: a change made later does not alter it).</summary>
    public IReadOnlyList<ServedRecord> Snapshot()
    {
        lock (_gate)
        {
            return _records;
        }
    }

    /// <summary>Changes one record's JSON (copy on write, so that pages being served are not disturbed).</summary>
    public void Change(string sourcedId, DateTime modified, Action<JsonObject> change)
    {
        lock (_gate)
        {
            var copy = new List<ServedRecord>(_records);
            var index = copy.FindIndex(record => record.SourcedId == sourcedId);
            if (index < 0)
            {
                throw new ArgumentException($"{Name} has no record '{sourcedId}'.");
            }

            var node = JsonNode.Parse(copy[index].Json)!.AsObject();
            change(node);
            node["dateLastModified"] = modified.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
            copy[index] = new ServedRecord(sourcedId, modified, JsonSerializer.SerializeToUtf8Bytes(node));
            _records = copy;
        }
    }

    /// <summary>Adds a copy of the last record under a new sourcedId (the collection grows while it is read).</summary>
    public void Grow()
    {
        lock (_gate)
        {
            var last = _records[_records.Count - 1];
            var node = JsonNode.Parse(last.Json)!.AsObject();
            var id = last.SourcedId + "-new-" + _records.Count;
            node["sourcedId"] = id;
            _records = new List<ServedRecord>(_records) { new(id, last.Modified, JsonSerializer.SerializeToUtf8Bytes(node)) };
        }
    }

    /// <summary>Writes every record of a collection of a roster, in parallel (a large district has millions).</summary>
    public static CollectionData From(string name, IReadOnlyList<OneRosterRecord> records, RecordJson json, DateTime stamp)
    {
        var served = new ServedRecord[records.Count];
        Parallel.For(0, records.Count, i => served[i] = new ServedRecord(records[i].SourcedId, records[i].DateLastModified ?? stamp, json.Write(records[i])));
        return new CollectionData(name, served.ToList());
    }
}
