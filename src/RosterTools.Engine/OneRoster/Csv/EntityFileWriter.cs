using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsvHelper;
using RosterTools.OneRoster.Schema;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Writes the records of one collection as a OneRoster CSV file, a row at a time: the version's columns in spec
/// order, values in spec formats, quoted only where needed, then the extension columns named when it was opened.
/// </summary>
internal sealed class EntityFileWriter<T> : IDisposable
    where T : OneRosterRecord
{
    private readonly CsvWriter _writer;
    private readonly FieldSpec<T>[] _fields;
    private readonly string[] _extensions;
    private readonly bool _hasColumnsOutsideRecord;

    public EntityFileWriter(Stream stream, EntitySchema<T> schema, OneRosterVersion version, string newLine, IReadOnlyList<string>? extensionColumns = null)
    {
        _fields = schema.Fields.Where(field => field.Versions.Includes(version)).ToArray();
        _extensions = extensionColumns?.ToArray() ?? Array.Empty<string>();
        _hasColumnsOutsideRecord = _fields.Any(field => field is LegacyOrgSourcedIdsField or LegacyRoleField);
        _writer = CsvWriter.Create(stream, CsvOptions.ForWriting(newLine), leaveOpen: false);
        _writer.WriteHeader(_fields.Select(field => field.Name).Concat(_extensions).ToArray());
    }

    /// <summary>Gives the values of columns the record does not hold itself: 1.1 users.csv orgSourcedIds and role.</summary>
    public Func<T, FieldSpec<T>, string?>? ValueOf { get; init; }

    /// <summary>How many rows were written.</summary>
    public long Rows { get; private set; }

    public void Write(T record)
    {
        if (_hasColumnsOutsideRecord && ValueOf is null)
        {
            throw new InvalidOperationException("A 1.1 users.csv needs ValueOf to give each user's orgSourcedIds and role, which are role records, not properties of the user.");
        }

        foreach (var field in _fields)
        {
            _writer.WriteField(ValueOf?.Invoke(record, field) ?? field.FormatValue(record));
        }

        foreach (var extension in _extensions)
        {
            _writer.WriteField(record.Extensions.TryGetValue(extension, out var value) ? value : string.Empty);
        }

        _writer.EndRecord();
        Rows++;
    }

    public void Dispose() => _writer.Dispose();
}
