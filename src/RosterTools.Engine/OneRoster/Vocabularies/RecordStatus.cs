namespace RosterTools.OneRoster;

/// <summary>The status of a record in a delta file (blank in bulk files).</summary>
public enum RecordStatus
{
    /// <summary>The record exists (added or changed).</summary>
    Active,

    /// <summary>The record is deleted. OneRoster 1.0's <c>inactive</c> is read as this, with a warning.</summary>
    [SpecName("tobedeleted")]
    ToBeDeleted,
}
