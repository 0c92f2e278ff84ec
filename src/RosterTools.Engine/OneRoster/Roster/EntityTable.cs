using System;
using System.Collections;
using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>
/// The records of one collection of a roster, in the order they were read, found by position or by sourcedId.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class EntityTable<T> : IReadOnlyList<T>, IEntityTable
    where T : OneRosterRecord
{
    private readonly List<T> _records;
    private readonly SourcedIdIndex _index;
    private readonly Func<int, string> _keyAt;

    /// <summary>Creates an empty table.</summary>
    internal EntityTable()
        : this(16)
    {
    }

    internal EntityTable(int capacity)
    {
        _records = new List<T>(capacity);
        _index = new SourcedIdIndex(capacity);
        _keyAt = position => _records[position].SourcedId;
    }

    /// <inheritdoc/>
    public int Count => _records.Count;

    /// <inheritdoc/>
    public T this[int index] => _records[index];

    /// <summary>The record with <paramref name="sourcedId"/>, or null.</summary>
    public T? Find(string? sourcedId)
    {
        var position = IndexOf(sourcedId);
        return position < 0 ? null : _records[position];
    }

    /// <summary>Whether a record has <paramref name="sourcedId"/>.</summary>
    public bool Contains(string? sourcedId) => IndexOf(sourcedId) >= 0;

    /// <summary>The position of the record with <paramref name="sourcedId"/>, or -1.</summary>
    public int IndexOf(string? sourcedId) => string.IsNullOrEmpty(sourcedId) ? -1 : _index.Find(sourcedId!, _keyAt);

    /// <summary>Makes room for <paramref name="count"/> records, so that a large file does not grow the table step by step.</summary>
    internal void EnsureCapacity(int count)
    {
        if (count > _records.Capacity)
        {
            _records.Capacity = count;
            _index.EnsureCapacity(count);
        }
    }

    /// <summary>The record whose sourcedId the UTF-8 bytes spell, or null.</summary>
    internal T? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return null;
        }

        var position = SourcedIdIndex.IsAscii(utf8) ? _index.Find(utf8, _keyAt) : IndexOf(System.Text.Encoding.UTF8.GetString(utf8.ToArray()));
        return position < 0 ? null : _records[position];
    }

    /// <summary>
    /// Adds a record. A record with a sourcedId already in the table is not added; the one there is returned in
    /// <paramref name="existing"/>. A record without a sourcedId is kept, though nothing can refer to it.
    /// </summary>
    internal bool TryAdd(T record, out T? existing)
    {
        if (record.SourcedId.Length > 0)
        {
            var position = _index.Find(record.SourcedId, _keyAt);
            if (position >= 0)
            {
                existing = _records[position];
                return false;
            }

            _records.Add(record);
            _index.Add(record.SourcedId, _records.Count - 1);
        }
        else
        {
            _records.Add(record);
        }

        existing = null;
        return true;
    }

    /// <summary>Adds a record, or replaces the one with the same sourcedId in its place.</summary>
    internal void Upsert(T record)
    {
        var position = IndexOf(record.SourcedId);
        if (position >= 0)
        {
            _records[position] = record;
        }
        else
        {
            TryAdd(record, out _);
        }
    }

    /// <summary>Removes the records that match <paramref name="match"/>; returns how many.</summary>
    internal int RemoveAll(Predicate<T> match)
    {
        var removed = _records.RemoveAll(match);
        if (removed > 0)
        {
            _index.Rebuild(_records.Count, _keyAt);
        }

        return removed;
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => _records.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    IReadOnlyList<OneRosterRecord> IEntityTable.Records => this;

    void IEntityTable.EnsureCapacity(int count) => EnsureCapacity(count);

    OneRosterRecord? IEntityTable.FindRecord(string? sourcedId) => Find(sourcedId);

    string? IEntityTable.FindSourcedId(ReadOnlySpan<byte> utf8) => Find(utf8)?.SourcedId;

    bool IEntityTable.TryAddRecord(OneRosterRecord record, out OneRosterRecord? existing)
    {
        var added = TryAdd((T)record, out var found);
        existing = found;
        return added;
    }
}
