using System;
using System.Collections;
using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>
/// The columns of a record that the specification does not define: <c>metadata.*</c> columns, vendor columns
/// such as <c>ext_*</c>, and misspelled columns. Keyed by the header name exactly as the file spells it; only
/// non-empty values are kept. Nothing the source sent is lost.
/// </summary>
public sealed class ExtensionFields : IReadOnlyDictionary<string, string>
{
    private readonly KeyValuePair<string, string>[] _fields;

    /// <summary>Creates the extension fields of a record.</summary>
    public ExtensionFields(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var field in fields)
        {
            if (string.IsNullOrEmpty(field.Value))
            {
                continue;
            }

            var index = list.FindIndex(existing => string.Equals(existing.Key, field.Key, StringComparison.Ordinal));
            if (index >= 0)
            {
                list[index] = field;
            }
            else
            {
                list.Add(field);
            }
        }

        _fields = list.ToArray();
    }

    internal ExtensionFields(KeyValuePair<string, string>[] fields) => _fields = fields;

    /// <summary>No extension fields.</summary>
    public static ExtensionFields Empty { get; } = new(Array.Empty<KeyValuePair<string, string>>());

    /// <inheritdoc/>
    public int Count => _fields.Length;

    /// <inheritdoc/>
    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var entry in _fields)
            {
                yield return entry.Key;
            }
        }
    }

    /// <inheritdoc/>
    public IEnumerable<string> Values
    {
        get
        {
            foreach (var entry in _fields)
            {
                yield return entry.Value;
            }
        }
    }

    /// <inheritdoc/>
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The record has no extension column '{key}'.");

    /// <inheritdoc/>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc/>
    public bool TryGetValue(string key, out string value)
    {
        foreach (var entry in _fields)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
