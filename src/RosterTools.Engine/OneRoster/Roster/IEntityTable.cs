using System;
using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>An <see cref="EntityTable{T}"/> seen without its record type, for code that works on any collection.</summary>
internal interface IEntityTable
{
    /// <summary>The records (an entity table is a covariant list of its records).</summary>
    IReadOnlyList<OneRosterRecord> Records { get; }

    /// <summary>The record with <paramref name="sourcedId"/>, or null.</summary>
    OneRosterRecord? FindRecord(string? sourcedId);

    /// <summary>The sourcedId string of the record the UTF-8 bytes spell, or null.</summary>
    string? FindSourcedId(ReadOnlySpan<byte> utf8);

    /// <summary>Whether a record has <paramref name="sourcedId"/>.</summary>
    bool Contains(string? sourcedId);

    /// <summary>Adds a record of the table's type (see <see cref="EntityTable{T}.TryAdd"/>).</summary>
    bool TryAddRecord(OneRosterRecord record, out OneRosterRecord? existing);

    /// <summary>Makes room for <paramref name="count"/> records.</summary>
    void EnsureCapacity(int count);
}
