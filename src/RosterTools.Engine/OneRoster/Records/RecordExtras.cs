using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>
/// What only some records have: extension columns, vocabulary values spelled off-spec, and the status and
/// dateLastModified that only delta files give (bulk files leave them blank, and bulk files are most of a roster).
/// </summary>
internal sealed class RecordExtras
{
    private KeyValuePair<int, string>[]? _rawTexts;

    /// <summary>The packed status (see <see cref="Packed"/>).</summary>
    public byte Status { get; set; }

    /// <summary>The packed dateLastModified (see <see cref="Packed"/>).</summary>
    public long DateLastModified { get; set; }

    public ExtensionFields? Extensions { get; set; }

    public string? RawText(int field)
    {
        if (_rawTexts is null)
        {
            return null;
        }

        foreach (var entry in _rawTexts)
        {
            if (entry.Key == field)
            {
                return entry.Value;
            }
        }

        return null;
    }

    public void SetRawText(int field, string? text)
    {
        var entries = new List<KeyValuePair<int, string>>();
        if (_rawTexts is not null)
        {
            foreach (var entry in _rawTexts)
            {
                if (entry.Key != field)
                {
                    entries.Add(entry);
                }
            }
        }

        if (text is not null)
        {
            entries.Add(new KeyValuePair<int, string>(field, text));
        }

        _rawTexts = entries.Count == 0 ? null : entries.ToArray();
    }
}
