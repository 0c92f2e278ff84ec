using System;
using System.Collections.Generic;

namespace RosterTools.Compare;

/// <summary>What to compare, and what to leave out.</summary>
public sealed class CompareOptions
{
    /// <summary>The defaults: every collection and the person-level changes, every property but status and dateLastModified.</summary>
    public static CompareOptions Default => new();

    /// <summary>
    /// The collections to report, as the specification names them (<c>users</c>, <c>enrollments</c>, any case),
    /// and <c>persons</c> for person-level changes; null or empty for all of them.
    /// </summary>
    public IList<string>? Entities { get; set; }

    /// <summary>Compare only these properties (column names, extension headers, person-level names); <c>*</c> and <c>?</c> are wildcards, case is ignored. Null or empty for all.</summary>
    public IList<string>? Properties { get; set; }

    /// <summary>Leave these properties out (names or wildcard patterns, case ignored).</summary>
    public IList<string>? ExcludeProperties { get; set; }

    /// <summary>
    /// Compare status and dateLastModified too. They say how a file was sent (bulk rows leave them blank, delta
    /// rows fill them), not what changed, so they are left out unless this is set or <see cref="Properties"/> names
    /// them without wildcards.
    /// </summary>
    public bool IncludeStatusAndDates { get; set; }

    /// <summary>Receives progress as collections are compared.</summary>
    public IProgress<CompareProgress>? Progress { get; set; }
}

/// <summary>How far a comparison has come.</summary>
public sealed class CompareProgress
{
    /// <summary>Creates a progress report.</summary>
    public CompareProgress(string entity, long recordsCompared, long totalRecords, int changes)
    {
        Entity = entity;
        RecordsCompared = recordsCompared;
        TotalRecords = totalRecords;
        Changes = changes;
    }

    /// <summary>The collection being compared (or <c>persons</c>).</summary>
    public string Entity { get; }

    /// <summary>Records compared so far, over all collections.</summary>
    public long RecordsCompared { get; }

    /// <summary>Records to compare in all: those of both rosters.</summary>
    public long TotalRecords { get; }

    /// <summary>Changes found so far.</summary>
    public int Changes { get; }

    /// <summary>The share done, 0 to 100.</summary>
    public int PercentComplete => TotalRecords <= 0 ? 0 : (int)Math.Min(100, RecordsCompared * 100 / TotalRecords);
}
