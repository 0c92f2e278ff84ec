using System.Collections.Generic;
using System.Linq;

namespace RosterTools.Naming;

/// <summary>
/// What happened while rendering templates, for findings: placeholders that had no value (a username made
/// without a family name), and characters that have no ASCII form and were dropped (a name in Chinese script).
/// One report can collect across several renders; <see cref="Clear"/> starts again.
/// </summary>
public sealed class TemplateRenderReport
{
    private readonly List<string> _missing = new();
    private readonly DroppedCharacters _dropped = new();

    /// <summary>The placeholders that had no value, as written (<c>preferredGivenName,givenName</c> when all alternatives were blank); each once.</summary>
    public IReadOnlyList<string> Missing => _missing;

    /// <summary>The characters that were dropped because they have no ASCII form; each once.</summary>
    public IReadOnlyList<string> Dropped => _dropped.All;

    /// <summary>Whether every placeholder had a value and no character was dropped.</summary>
    public bool IsClean => _missing.Count == 0 && _dropped.All.Count == 0;

    /// <summary>Where transliteration puts the characters it drops.</summary>
    internal ICollection<string> DroppedSink => _dropped;

    /// <summary>Forgets everything noted so far.</summary>
    public void Clear()
    {
        _missing.Clear();
        _dropped.Clear();
    }

    internal void AddMissing(IReadOnlyList<PlaceholderUse> names)
    {
        var text = string.Join(",", names.Select(name => name.Name));
        if (!_missing.Contains(text))
        {
            _missing.Add(text);
        }
    }

    /// <summary>A list that keeps each character once.</summary>
    private sealed class DroppedCharacters : System.Collections.ObjectModel.Collection<string>
    {
        public IReadOnlyList<string> All => (List<string>)Items;

        protected override void InsertItem(int index, string item)
        {
            if (!Contains(item))
            {
                base.InsertItem(index, item);
            }
        }
    }
}
