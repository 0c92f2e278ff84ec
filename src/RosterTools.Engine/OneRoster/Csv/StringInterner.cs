using System;
using System.Collections.Generic;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Makes repeated short values (the items of grades, subjects, periods) share one string. It stops taking new
/// values once it holds <c>capacity</c> of them, so a column of unique values cannot make it grow without end.
/// </summary>
internal sealed class StringInterner
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
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
}
