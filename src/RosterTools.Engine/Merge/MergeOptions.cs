namespace RosterTools.Merge;

/// <summary>How a delta is merged onto a base roster.</summary>
public sealed class MergeOptions
{
    /// <summary>The defaults: lenient, 1,000 findings kept per rule.</summary>
    public static MergeOptions Default => new();

    /// <summary>Refuse the result when the merged roster has any error (a RosterValidationException); by default it is returned with its findings.</summary>
    public bool Strict { get; set; }

    /// <summary>How many findings with the same code, file and column are kept one by one (the rest are counted).</summary>
    public int MaxFindingsPerRule { get; set; } = 1000;
}
