using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Samples;
using RosterTools.Validation;

namespace RosterTools.Export;

/// <summary>
/// Writes a roster as a conformant OneRoster 1.1 or 1.2 CSV bundle, to a folder or a .zip file: manifest.csv, each
/// file's columns in spec order, values in spec formats, quoted only where needed, UTF-8 without a byte order mark,
/// CRLF or LF. It converts between the versions (1.2 roles.csv ↔ 1.1 users.csv orgSourcedIds and role), writes a
/// delta of what changed since a reference roster, and applies a vendor's data-minimisation profile. Nothing is in
/// place until everything is written: a cancelled or failed export leaves the folder or zip as it was.
/// </summary>
public static class OneRosterWriter
{
    /// <summary>Writes <paramref name="roster"/> to <paramref name="path"/> (a folder, or a file ending in .zip).</summary>
    /// <exception cref="ArgumentException">A delta was asked for from or since a roster that holds delta files, or the line ending is not CRLF or LF.</exception>
    /// <exception cref="System.IO.IOException">The folder holds files (or the zip exists) and Overwrite is not set, or it cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The export was cancelled; nothing was put in place.</exception>
    public static ExportResult Write(Roster roster, string path, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (roster is null)
        {
            throw new ArgumentNullException(nameof(roster));
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("Give the folder or .zip file to write the bundle to.", nameof(path));
        }

        options ??= new ExportOptions();
        if (options.NewLine is not ("\r\n" or "\n"))
        {
            throw new ArgumentException("NewLine must be \"\\r\\n\" (CRLF) or \"\\n\" (LF).", nameof(options));
        }

        if (options.Since is { } since)
        {
            RefuseDeltaFiles(roster, "The roster to export");
            RefuseDeltaFiles(since, "The reference roster (-Since)");
        }

        var version = options.Version ?? options.Profile?.Version ?? roster.Version;
        var findings = new FindingCollection();
        using var target = BundleTarget.Open(path, options.Overwrite);
        try
        {
            var export = new ExportRun(roster, version, options, findings, target, cancellationToken);
            var files = export.Run();
            var bytes = target.Commit();
            return new ExportResult(target.Path, version, options.Since is not null, files, bytes, findings, options.Profile?.Name);
        }
        catch
        {
            target.Abandon();
            throw;
        }
    }

    private static void RefuseDeltaFiles(Roster roster, string what)
    {
        var delta = OneRosterEntities.ReadOrder.Where(entity => roster.ModeOf(entity) == ProcessingMode.Delta).Select(entity => entity.FileName()).Distinct().ToList();
        if (delta.Count > 0)
        {
            throw new ArgumentException($"{what} holds delta files ({string.Join(", ", delta)}), so it is not a complete roster to compare with; merge the delta onto its base first (Merge-Roster, rostertools merge).");
        }
    }
}
