using System.Collections.Generic;
using System.IO;
using RosterTools.Compare;

namespace RosterTools.Cli.Output;

/// <summary>Changes as a table for people, written as they come: entity, sourcedId, change, label, properties.</summary>
internal static class ChangeTable
{
    private const int SampleRows = 200;

    /// <summary>Writes the changes; returns how many there were.</summary>
    public static int Write(TextWriter output, IEnumerable<RosterChange> changes)
    {
        var table = new TextTable(output, new[] { new TableColumn("entity"), new TableColumn("sourcedId"), new TableColumn("change"), new TableColumn("label"), new TableColumn("properties") }, SampleRows);
        var count = 0;
        foreach (var change in changes)
        {
            table.Add(change.Entity, change.SourcedId, change.Change.ToString(), change.Label ?? string.Empty, change.Summary);
            count++;
        }

        if (count > 0)
        {
            table.Complete();
        }

        return count;
    }
}
