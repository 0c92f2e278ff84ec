using System.Collections.Generic;
using System.IO;
using System.Threading;
using CsvHelper;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Csv;

/// <summary>Reads a file RosterTools does not model into a <see cref="RawTable"/>, every field as written.</summary>
internal static class RawTableReader
{
    public static RawTable Read(Stream stream, string fileName, ProcessingMode mode, FindingCollection findings, CancellationToken cancellationToken)
    {
        void OnMalformed(CsvMalformedRecord record) => findings.Add(new Finding(Severity.Error, FindingCodes.MalformedQuotes, "The quoting of this row is broken; the row was read as well as it could be.", fileName, (int)record.LineNumber));

        using var reader = CsvReader.Create(stream, CsvOptions.ForReading(OnMalformed), leaveOpen: false);
        reader.ReadHeader();
        var header = new List<string>(reader.Headers);
        var rows = new List<RawRow>();
        while (reader.Read())
        {
            if ((rows.Count & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.GetString(i);
            }

            rows.Add(new RawRow((int)reader.LineNumber, values));
        }

        return new RawTable(fileName, mode, header, rows);
    }
}
