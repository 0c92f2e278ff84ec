using System;
using RosterTools.OneRoster.Csv;

namespace RosterTools.OneRoster.Rest;

/// <summary>How a roster is read from a OneRoster REST provider.</summary>
public sealed class RestImportOptions
{
    /// <summary>The defaults: a full read of the rostering collections (no demographics), lenient, fields selected.</summary>
    public static RestImportOptions Default => new();

    /// <summary>
    /// Read only what changed after this time (<c>filter=dateLastModified&gt;'…'</c>): a delta, whose collections are
    /// marked delta, as a delta bundle's files are. Null (the default): a full read, marked bulk.
    /// </summary>
    public DateTime? Since { get; set; }

    /// <summary>Also read demographics (a privileged collection with a scope of its own).</summary>
    public bool IncludeDemographics { get; set; }

    /// <summary>Refuse the read when any error is found (<see cref="RosterValidationException"/>).</summary>
    public bool Strict { get; set; }

    /// <summary>
    /// Ask for only the properties the model reads (<c>fields=</c>), leaving out children and resources. A provider
    /// that refuses the selection is asked again without it.
    /// </summary>
    public bool SelectFields { get; set; } = true;

    /// <summary>How many findings with the same code, collection and property are kept one by one (the rest are counted).</summary>
    public int MaxFindingsPerRule { get; set; } = 1000;

    /// <summary>Receives progress after each page: the collection, its records so far, and the records of all collections so far out of the total the provider announced (in place of bytes).</summary>
    public IProgress<ImportProgress>? Progress { get; set; }

    /// <summary>Receives what the read asked of the provider: requests, retries, requests in flight.</summary>
    public ApiStatistics? Statistics { get; set; }
}
