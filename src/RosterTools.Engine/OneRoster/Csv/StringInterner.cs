using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Makes repeated short values (the items of grades, subjects, periods) share one string, and repeated lists
/// (a million students in thirteen grades) share one read-only list. It stops taking new values once it holds
/// <c>capacity</c> of them, so a column of unique values cannot make it grow without end.
/// </summary>
internal sealed class StringInterner
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReadOnlyCollection<string>> _lists = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public StringInterner(int capacity = 65536) => _capacity = capacity;

    public string Intern(string value)
    {
        if (_values.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_values.Count < _capacity)
        {
            _values[value] = value;
        }

        return value;
    }

    /// <summary>The list written as <paramref name="text"/>, shared with every other field written the same way.</summary>
    public IReadOnlyList<string> List(string text, string[] items)
    {
        if (_lists.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (_lists.Count >= _capacity)
        {
            return items;
        }

        shared = new ReadOnlyCollection<string>(items);
        _lists[text] = shared;
        return shared;
    }
}
