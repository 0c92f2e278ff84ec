using System.Collections;
using System.Collections.Generic;

namespace RosterTools.Samples;

/// <summary>Rows per file, enumerated in the order the files were written (a Dictionary promises no order).</summary>
internal sealed class FileRows : IReadOnlyDictionary<string, long>
{
    private readonly List<KeyValuePair<string, long>> _entries = new();
    private readonly Dictionary<string, long> _byName = new(System.StringComparer.Ordinal);

    public int Count => _entries.Count;

    public IEnumerable<string> Keys => System.Linq.Enumerable.Select(_entries, entry => entry.Key);

    public IEnumerable<long> Values => System.Linq.Enumerable.Select(_entries, entry => entry.Value);

    public long this[string key] => _byName[key];

    public void Add(string name, long rows)
    {
        _byName.Add(name, rows);
        _entries.Add(new KeyValuePair<string, long>(name, rows));
    }

    public bool ContainsKey(string key) => _byName.ContainsKey(key);

    public bool TryGetValue(string key, out long value) => _byName.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, long>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
