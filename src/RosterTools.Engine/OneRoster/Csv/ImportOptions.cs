using System;

namespace RosterTools.OneRoster.Csv;

/// <summary>How a bundle is imported.</summary>
public sealed class ImportOptions
{
    /// <summary>The defaults: lenient, default zip limits, 1,000 findings kept per rule.</summary>
    public static ImportOptions Default => new();

    /// <summary>Refuse the import when any error is found (<see cref="RosterValidationException"/>); by default what is sound is imported and the rest reported.</summary>
    public bool Strict { get; set; }

    /// <summary>What a zip bundle may unpack to.</summary>
    public BundleLimits Limits { get; set; } = new();

    /// <summary>How many findings with the same code, file and column are kept one by one (the rest are counted).</summary>
    public int MaxFindingsPerRule { get; set; } = 1000;

    /// <summary>Receives progress as files are read.</summary>
    public IProgress<ImportProgress>? Progress { get; set; }
}

/// <summary>How far an import has come.</summary>
public sealed record ImportProgress(string File, long RecordsRead, long BytesRead, long TotalBytes)
{
    /// <summary>The share of the bundle read, 0 to 100.</summary>
    public int PercentComplete => TotalBytes <= 0 ? 0 : (int)Math.Min(100, BytesRead * 100 / TotalBytes);
}
