using System.Collections.Generic;
using System.Linq;
using RosterTools.OneRoster;

namespace RosterTools.Merge;

/// <summary>What merging a delta onto a base roster did: the new roster, and what happened to each collection.</summary>
public sealed class MergeResult
{
    internal MergeResult(Roster roster, IReadOnlyList<MergeCounts> collections)
    {
        Roster = roster;
        Collections = collections;
    }

    /// <summary>The merged roster, validated like an import; its findings are the merge's and the validation's.</summary>
    public Roster Roster { get; }

    /// <summary>What happened to each collection the delta has (and to those that lost records with what the delta removed).</summary>
    public IReadOnlyList<MergeCounts> Collections { get; }

    /// <summary>Records added, over all collections.</summary>
    public int Added => Collections.Sum(c => c.Added);

    /// <summary>Records replaced by the delta's rows, over all collections.</summary>
    public int Updated => Collections.Sum(c => c.Updated);

    /// <summary>Records removed by tobedeleted rows (or missing from a bulk file of the delta), over all collections.</summary>
    public int Removed => Collections.Sum(c => c.Removed);

    /// <summary>Records removed because what they belonged to was removed, over all collections.</summary>
    public int CascadeRemoved => Collections.Sum(c => c.CascadeRemoved);

    /// <summary>Delta rows skipped because they were older than the base's record, over all collections.</summary>
    public int Stale => Collections.Sum(c => c.Stale);
}

/// <summary>What merging did to one collection.</summary>
public sealed class MergeCounts
{
    internal MergeCounts(OneRosterEntity entity, ProcessingMode mode)
    {
        Collection = entity;
        Entity = entity.SpecName();
        Mode = mode;
    }

    /// <summary>The collection as the engine names it.</summary>
    internal OneRosterEntity Collection { get; }

    /// <summary>The collection (<c>users</c>, <c>enrollments</c>...).</summary>
    public string Entity { get; }

    /// <summary>How the delta bundle sent the collection: Delta (rows to apply), Bulk (the complete set) or Absent (base kept).</summary>
    public ProcessingMode Mode { get; }

    /// <summary>Records the delta added.</summary>
    public int Added { get; internal set; }

    /// <summary>Records the delta replaced.</summary>
    public int Updated { get; internal set; }

    /// <summary>Records the delta removed.</summary>
    public int Removed { get; internal set; }

    /// <summary>Records removed because what they belonged to was removed (an enrollment of a deleted class).</summary>
    public int CascadeRemoved { get; internal set; }

    /// <summary>Delta rows skipped: older than the record they would have changed.</summary>
    public int Stale { get; internal set; }

    /// <summary>tobedeleted rows for records the base does not have.</summary>
    public int NotFound { get; internal set; }

    /// <summary>The records of the collection after the merge.</summary>
    public int Count { get; internal set; }
}
