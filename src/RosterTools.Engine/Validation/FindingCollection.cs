using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RosterTools.Validation;

/// <summary>
/// The findings of an import or a validation, with totals. A rule that fires on every row of a large file would
/// bury everything else (and fill memory), so after <see cref="MaxPerRule"/> findings with the same code, file and
/// column the rest are only counted, and one summary finding says how many more there were.
/// </summary>
public sealed class FindingCollection : IReadOnlyList<Finding>
{
    private readonly List<Finding> _kept = new();
    private readonly Dictionary<(string Code, string? File, string? Column), int> _perRule = new();
    private readonly Dictionary<(string Code, string? File, string? Column), (Finding First, int Count)> _suppressed = new();
    private List<Finding>? _view;

    /// <summary>Creates an empty collection.</summary>
    /// <param name="maxPerRule">How many findings with the same code, file and column are kept one by one.</param>
    public FindingCollection(int maxPerRule = 1000)
    {
        MaxPerRule = maxPerRule < 1 ? 1 : maxPerRule;
    }

    /// <summary>How many findings with the same code, file and column are kept one by one.</summary>
    public int MaxPerRule { get; }

    /// <summary>All errors found, including those only counted.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>All warnings found, including those only counted.</summary>
    public int WarningCount { get; private set; }

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The findings kept one by one, in the order they were found (summaries of the rest at the end).</summary>
    public int Count => View.Count;

    /// <inheritdoc/>
    public Finding this[int index] => View[index];

    /// <summary>How many findings were kept one by one so far, without the summaries: a position to read new findings from.</summary>
    public int KeptCount => _kept.Count;

    /// <summary>The finding kept at <paramref name="index"/> (0 ≤ index &lt; <see cref="KeptCount"/>), for readers of new findings.</summary>
    public Finding Kept(int index) => _kept[index];

    /// <summary>Adds a finding.</summary>
    public void Add(Finding finding)
    {
        if (finding.Severity == Severity.Error)
        {
            ErrorCount++;
        }
        else
        {
            WarningCount++;
        }

        var key = (finding.Code, finding.File, finding.Column);
        _perRule.TryGetValue(key, out var seen);
        _perRule[key] = seen + 1;
        if (seen < MaxPerRule)
        {
            _kept.Add(finding);
        }
        else
        {
            _suppressed[key] = _suppressed.TryGetValue(key, out var entry) ? (entry.First, entry.Count + 1) : (finding, 1);
        }

        _view = null;
    }

    /// <summary>Adds every finding of another collection (its counted-only findings stay counted).</summary>
    public void AddRange(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            Add(finding);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<Finding> GetEnumerator() => View.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private List<Finding> View => _view ??= BuildView();

    /// <summary>The findings grouped by file (in the order files were first named) and sorted by line; bundle-wide ones first.</summary>
    private List<Finding> BuildView()
    {
        var fileRank = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var finding in _kept)
        {
            if (finding.File is not null && !fileRank.ContainsKey(finding.File))
            {
                fileRank[finding.File] = fileRank.Count;
            }
        }

        var view = new List<Finding>(_kept.Count + _suppressed.Count);
        view.AddRange(_kept);
        foreach (var entry in _suppressed.Values)
        {
            var first = entry.First;
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "{0:N0} more findings like this one were counted but not listed (first on line {1}): {2}",
                entry.Count,
                first.Line?.ToString(CultureInfo.InvariantCulture) ?? "-",
                first.Message);
            view.Add(new Finding(first.Severity, first.Code, message, first.File, first.Line, first.Column));
        }

        // A stable sort: findings of the same line keep the order in which they were found.
        return view
            .Select((finding, order) => (finding, order))
            .OrderBy(item => item.finding.File is null ? -1 : fileRank.TryGetValue(item.finding.File, out var rank) ? rank : int.MaxValue)
            .ThenBy(item => item.finding.Line ?? 0)
            .ThenBy(item => item.order)
            .Select(item => item.finding)
            .ToList();
    }
}
