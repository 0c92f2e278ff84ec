using System;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest;

namespace RosterTools.Pipeline;

/// <summary>The options of an import, in one place for the cmdlets that read bundles and REST providers.</summary>
internal static class ImportSettings
{
    public static ImportOptions For(bool strict, IProgress<ImportProgress>? progress) => new() { Strict = strict, Progress = progress };

    /// <summary>
    /// The options of a REST read. A -Since without a time zone (a [datetime] literal, Get-Date) is local time, as
    /// PowerShell means it.
    /// </summary>
    public static RestImportOptions ForApi(bool strict, DateTime? since, bool includeDemographics, IProgress<ImportProgress>? progress) => new()
    {
        Strict = strict,
        Since = since is DateTime time && time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Local) : since,
        IncludeDemographics = includeDemographics,
        Progress = progress,
    };
}
