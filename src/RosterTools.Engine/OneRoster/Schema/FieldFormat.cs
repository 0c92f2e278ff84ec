namespace RosterTools.OneRoster.Schema;

/// <summary>The value formats of OneRoster columns.</summary>
public enum FieldFormat
{
    /// <summary>The record's own identifier.</summary>
    Guid,

    /// <summary>The sourcedId of another record.</summary>
    GuidReference,

    /// <summary>A comma-separated list of sourcedIds of other records.</summary>
    GuidReferenceList,

    /// <summary>Text.</summary>
    String,

    /// <summary>A comma-separated list of texts.</summary>
    StringList,

    /// <summary>A value from a vocabulary.</summary>
    Enumeration,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>YYYY-MM-DD.</summary>
    Date,

    /// <summary>YYYY-MM-DDTHH:MM:SS.sssZ.</summary>
    DateTime,

    /// <summary>YYYY.</summary>
    Year,

    /// <summary>A comma-separated list of {type:identifier}.</summary>
    UserIds,
}

/// <summary>When a column must have a value.</summary>
public enum FieldRequirement
{
    /// <summary>The value may be blank.</summary>
    Optional,

    /// <summary>The value must not be blank.</summary>
    Required,

    /// <summary>status and dateLastModified: filled in delta files, blank in bulk files.</summary>
    DeltaOnly,
}
