using System;
using System.Runtime.InteropServices;

namespace RosterTools.OneRoster;

/// <summary>
/// Finds a record's position in its table by sourcedId. An open-addressing table of longs (hash in the high half,
/// position + 1 in the low half) costs about 11 bytes a record, a third of a Dictionary's, which matters at eight
/// million enrollments; keeping the hash in the slot means a probe rarely has to look at the record itself.
/// </summary>
internal sealed class SourcedIdIndex
{
    private long[] _slots;
    private int _mask;
    private int _count;

    public SourcedIdIndex(int capacity = 16)
    {
        var size = 16;
        while (size < capacity + (capacity / 2))
        {
            size <<= 1;
        }

        _slots = new long[size];
        _mask = size - 1;
    }

    public int Count => _count;

    /// <summary>The position of <paramref name="sourcedId"/>, or -1. <paramref name="keyAt"/> gives the sourcedId at a position.</summary>
    public int Find(string sourcedId, Func<int, string> keyAt)
    {
        var hash = Hash(sourcedId);
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((int)(entry >> 32) == hash)
            {
                var position = (int)(uint)entry - 1;
                if (string.Equals(keyAt(position), sourcedId, StringComparison.Ordinal))
                {
                    return position;
                }
            }
        }
    }

    /// <summary>Adds a sourcedId that is not in the index yet.</summary>
    public void Add(string sourcedId, int position, Func<int, string> keyAt)
    {
        if ((_count + 1) * 10 > _slots.Length * 7)
        {
            Grow(keyAt);
        }

        Insert(Hash(sourcedId), position);
        _count++;
    }

    /// <summary>Rebuilds the index for positions 0..count-1 (after records were removed and the rest moved up).</summary>
    public void Rebuild(int count, Func<int, string> keyAt)
    {
        Array.Clear(_slots, 0, _slots.Length);
        _count = 0;
        for (var position = 0; position < count; position++)
        {
            var key = keyAt(position);
            if (key.Length > 0)
            {
                Add(key, position, keyAt);
            }
        }
    }

    /// <summary>A fast hash of the string's characters, eight bytes at a time. Roster data is trusted, so no randomisation.</summary>
    internal static int Hash(string text)
    {
        var chars = text.AsSpan();
        var words = MemoryMarshal.Cast<char, ulong>(chars);
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)text.Length;
        foreach (var word in words)
        {
            hash = (hash ^ word) * 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 29;
        }

        for (var i = words.Length * 4; i < chars.Length; i++)
        {
            hash = (hash ^ chars[i]) * 0xC4CEB9FE1A85EC53UL;
        }

        hash ^= hash >> 32;
        var result = (int)hash;
        return result == 0 ? 1 : result;
    }

    private void Insert(int hash, int position)
    {
        var slot = hash & _mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[slot] = ((long)hash << 32) | (uint)(position + 1);
    }

    private void Grow(Func<int, string> keyAt)
    {
        var old = _slots;
        _slots = new long[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                Insert((int)(entry >> 32), (int)(uint)entry - 1);
            }
        }
    }
}
