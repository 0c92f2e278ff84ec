using RosterTools.OneRoster.Schema;

namespace RosterTools.OneRoster.Csv;

/// <summary>What a column of a file is read as: a field of the schema, or an extension column kept by name.</summary>
internal readonly struct ColumnBinding<TRecord>
    where TRecord : OneRosterRecord
{
    public ColumnBinding(string header, FieldSpec<TRecord>? field, int slot, string? extensionKey)
    {
        Header = header;
        Field = field;
        Slot = slot;
        ExtensionKey = extensionKey;
    }

    /// <summary>The column name as the header spells it.</summary>
    public string Header { get; }

    /// <summary>The field the column is read as, or null for an extension column.</summary>
    public FieldSpec<TRecord>? Field { get; }

    /// <summary>The field's position in the schema (for knowing which fields a row filled).</summary>
    public int Slot { get; }

    /// <summary>For an extension column, the key its values are kept under.</summary>
    public string? ExtensionKey { get; }
}
