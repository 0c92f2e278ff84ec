using System;
using System.Collections;
using System.Collections.Generic;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// One collection of a bundle, opened by <see cref="OneRosterReader.OpenEntity"/>: what the bundle says of it, and
/// its records, read once as they are enumerated. Holds the bundle open until disposed.
/// </summary>
public sealed class EntityStream : IEnumerable<OneRosterRecord>, IDisposable
{
    private readonly IDisposable _source;
    private IEnumerable<OneRosterRecord>? _records;

    internal EntityStream(OneRosterEntity entity, OneRosterVersion version, ProcessingMode mode, string? fileName, IDisposable source, IEnumerable<OneRosterRecord> records)
    {
        Entity = entity;
        Version = version;
        Mode = mode;
        FileName = fileName;
        _source = source;
        _records = records;
    }

    /// <summary>The collection.</summary>
    public OneRosterEntity Entity { get; }

    /// <summary>The OneRoster version of the bundle (from its manifest, or inferred from its files).</summary>
    public OneRosterVersion Version { get; }

    /// <summary>The mode the collection's file is read in; Absent when the bundle does not have it.</summary>
    public ProcessingMode Mode { get; }

    /// <summary>The file the records come from, as the bundle names it; null when the bundle does not have it.</summary>
    public string? FileName { get; }

    /// <summary>Reads the records. They can be enumerated once.</summary>
    public IEnumerator<OneRosterRecord> GetEnumerator()
    {
        var records = _records ?? throw new InvalidOperationException("The records of an EntityStream can be read once; open the entity again to read them again.");
        _records = null;
        return records.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes the bundle.</summary>
    public void Dispose() => _source.Dispose();
}
