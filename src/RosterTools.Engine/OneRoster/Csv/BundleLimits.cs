namespace RosterTools.OneRoster.Csv;

/// <summary>
/// What a zip bundle may unpack to. A real bundle of a million students is about 1.5 GB of CSV that compresses
/// 5 to 15 times; a zip bomb claims (or turns out) far more, at ratios in the thousands.
/// </summary>
public sealed class BundleLimits
{
    /// <summary>The defaults: 16 GiB in all, 1 GiB before the ratio limit applies, and a ratio of 200.</summary>
    public static BundleLimits Default => new();

    /// <summary>The most bytes all files of a zip may unpack to together.</summary>
    public long MaxUncompressedBytes { get; set; } = 16L * 1024 * 1024 * 1024;

    /// <summary>The most bytes an entry may unpack to per byte it takes in the zip.</summary>
    public double MaxCompressionRatio { get; set; } = 200;

    /// <summary>Entries smaller than this are not held to the ratio (tiny files compress absurdly well).</summary>
    public long RatioCheckThreshold { get; set; } = 1024L * 1024 * 1024;
}
