using System;
using System.Collections.Generic;
using RosterTools.OneRoster;

namespace RosterTools.Planning;

/// <summary>A set of grades from a policy list of CEDS codes and ranges (KG-02, 06-08). Empty means every grade.</summary>
internal sealed class GradeSet
{
    private readonly HashSet<string>? _grades;

    public GradeSet(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            _grades ??= new HashSet<string>(StringComparer.Ordinal);
            var dash = entry.IndexOf('-', 1);
            if (dash > 0 && Grades.Ordinal(entry.Substring(0, dash).Trim()) is var from and >= 0 && Grades.Ordinal(entry.Substring(dash + 1).Trim()) is var to and >= 0)
            {
                for (var i = Math.Min(from, to); i <= Math.Max(from, to); i++)
                {
                    _grades.Add(Grades.All[i]);
                }
            }
            else
            {
                _grades.Add(entry.Trim());
            }
        }
    }

    public bool IsAll => _grades is null;

    /// <summary>Whether a grade is in the set (every grade is in an empty set).</summary>
    public bool Contains(string? grade) => _grades is null || (grade is not null && _grades.Contains(grade));
}
