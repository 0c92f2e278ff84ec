using System;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Pipeline;

/// <summary>The options of an import, in one place for the cmdlets that read bundles.</summary>
internal static class ImportSettings
{
    public static ImportOptions For(bool strict, IProgress<ImportProgress>? progress) => new() { Strict = strict, Progress = progress };
}
