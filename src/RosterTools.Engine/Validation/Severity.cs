namespace RosterTools.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>The data breaks the specification or cannot be used as it is. Strict mode refuses the import.</summary>
    Error,

    /// <summary>The data was read, but something about it is off-spec or suspicious and worth a look.</summary>
    Warning,
}
