using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>What only some records have: extension columns, and vocabulary values spelled off-spec.</summary>
internal sealed class RecordExtras
{
    private KeyValuePair<int, string>[]? _rawTexts;

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
