namespace RosterTools.OneRoster;

/// <summary>What the manifest says of a file (<c>file.users,bulk</c>).</summary>
public enum ProcessingMode
{
    /// <summary>The file is not supplied.</summary>
    Absent,

    /// <summary>The file holds the complete set: what is not in it no longer exists. Status and dateLastModified are blank.</summary>
    Bulk,

    /// <summary>The file holds changes: every row has a status (active or tobedeleted) and a dateLastModified.</summary>
    Delta,
}
