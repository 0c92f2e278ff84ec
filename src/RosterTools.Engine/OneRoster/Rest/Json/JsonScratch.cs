using System;
using System.Collections.Generic;
using System.Text.Json;

namespace RosterTools.OneRoster.Rest.Json;

/// <summary>The buffers a collection's JSON reader reuses from record to record: unescaped strings, a reference, the items of a list.</summary>
internal sealed class JsonScratch
{
    private byte[] _escaped = new byte[256];
    private byte[] _reference = new byte[256];
    private byte[] _items = new byte[1024];

    /// <summary>Where the items of the list being read are in <see cref="Items"/>.</summary>
    public List<(int Start, int Length)> Ranges { get; } = new();

    /// <summary>The items of the list being read, comma-separated.</summary>
    public ReadOnlySpan<byte> Items => new(_items, 0, ItemsLength);

    public int ItemsLength { get; private set; }

    /// <summary>Whether an item of the list being read has a comma (so its text cannot stand for the list).</summary>
    public bool ItemHasComma { get; private set; }

    /// <summary>The current string token, unescaped: the token itself when it has no escapes, else a copy (valid until the next call).</summary>
    public ReadOnlySpan<byte> Unescaped(scoped ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        Grow(ref _escaped, reader.ValueSpan.Length);
        var written = reader.CopyString(_escaped);
        return new ReadOnlySpan<byte>(_escaped, 0, written);
    }

    /// <summary>Keeps a reference's sourcedId apart from the strings read after it (href, type).</summary>
    public ReadOnlySpan<byte> KeepReference(ReadOnlySpan<byte> sourcedId)
    {
        Grow(ref _reference, sourcedId.Length);
        sourcedId.CopyTo(_reference);
        return new ReadOnlySpan<byte>(_reference, 0, sourcedId.Length);
    }

    public void ClearItems()
    {
        Ranges.Clear();
        ItemsLength = 0;
        ItemHasComma = false;
    }

    public void AddItem(ReadOnlySpan<byte> item)
    {
        var start = Ranges.Count == 0 ? 0 : ItemsLength + 1;
        var needed = start + item.Length;
        if (needed > _items.Length)
        {
            var larger = new byte[Math.Max(needed, _items.Length * 2)];
            Buffer.BlockCopy(_items, 0, larger, 0, ItemsLength);
            _items = larger;
        }

        if (Ranges.Count > 0)
        {
            _items[ItemsLength] = (byte)',';
        }

        item.CopyTo(new Span<byte>(_items, start, item.Length));
        ItemHasComma |= item.IndexOf((byte)',') >= 0;
        Ranges.Add((start, item.Length));
        ItemsLength = needed;
    }

    private static void Grow(ref byte[] buffer, int needed)
    {
        if (buffer.Length < needed)
        {
            buffer = new byte[Math.Max(needed, buffer.Length * 2)];
        }
    }
}
