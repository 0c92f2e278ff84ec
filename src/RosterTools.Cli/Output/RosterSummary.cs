using System;
using System.Globalization;
using System.IO;
using System.Linq;
using RosterTools.OneRoster;

namespace RosterTools.Cli.Output;

/// <summary>What <c>import</c> prints for people: the version, the source, each file's mode and record count, and the finding totals.</summary>
internal static class RosterSummary
{
    public static void Write(TextWriter output, Roster roster)
    {
        output.WriteLine($"OneRoster {roster.Version.ToSpecString()} bundle: {roster.Source}");
        var manifest = roster.Manifest;
        if (!manifest.IsPresent)
        {
            output.WriteLine("Manifest:  missing (every file present was read as bulk)");
        }

        if (manifest.SourceSystemName is { } system)
        {
            output.WriteLine($"Source:    {system}" + (manifest.SourceSystemCode is { } code ? $" ({code})" : string.Empty));
        }

        output.WriteLine();
        var table = new TextTable(output, new[] { new TableColumn("file"), new TableColumn("mode"), new TableColumn("records", AlignRight: true) });
        var counts = roster.Counts.ByCollection;
        foreach (var entity in OneRosterEntities.ReadOrder)
        {
            if (!entity.Versions().Includes(roster.Version))
            {
                if (entity == OneRosterEntity.Roles && roster.Roles.Count > 0)
                {
                    table.Add("roles (from users)", Mode(roster.ModeOf(entity)), Number(roster.Roles.Count));
                }

                continue;
            }

            table.Add(entity.SpecName(), Mode(roster.ModeOf(entity)), Number(counts[entity.SpecName()]));
        }

        foreach (var other in roster.OtherFiles)
        {
            table.Add(Path.GetFileNameWithoutExtension(other.FileName), Mode(other.Mode), Number(other.Rows.Count));
        }

        table.Complete();
        output.WriteLine();
        output.WriteLine($"errors:    {Number(roster.ErrorCount)}");
        output.WriteLine($"warnings:  {Number(roster.WarningCount)}");
    }

    private static string Mode(ProcessingMode mode) => mode.ToString().ToLowerInvariant();

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
