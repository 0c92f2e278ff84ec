using System.Collections.Generic;
using System.IO;
using CsvHelper;

namespace RosterTools.OneRoster.Csv;

/// <summary>Writes manifest.csv: the versions, a mode for every file of the version, and the source system.</summary>
internal static class ManifestWriter
{
    public static void Write(Stream stream, OneRosterVersion version, IReadOnlyDictionary<string, ProcessingMode> files, string newLine, string? systemName = null, string? systemCode = null)
    {
        using var writer = CsvWriter.Create(stream, CsvOptions.ForWriting(newLine), leaveOpen: false);
        writer.WriteHeader(new[] { "propertyName", "value" });
        writer.WriteRecord(new[] { "manifest.version", "1.0" });
        writer.WriteRecord(new[] { "oneroster.version", version.ToSpecString() });
        foreach (var file in BundleFiles.Of(version))
        {
            var mode = files.TryGetValue(file, out var declared) ? declared : ProcessingMode.Absent;
            writer.WriteRecord(new[] { "file." + file, mode.ToString().ToLowerInvariant() });
        }

        if (!string.IsNullOrEmpty(systemName))
        {
            writer.WriteRecord(new[] { "source.systemName", systemName! });
        }

        if (!string.IsNullOrEmpty(systemCode))
        {
            writer.WriteRecord(new[] { "source.systemCode", systemCode! });
        }
    }
}
