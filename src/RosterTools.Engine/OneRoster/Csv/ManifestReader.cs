using System;
using System.Collections.Generic;
using System.IO;
using CsvHelper;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Csv;

/// <summary>Reads manifest.csv: two columns, propertyName and value.</summary>
internal static class ManifestReader
{
    /// <summary>One row of the manifest.</summary>
    public readonly record struct Property(string Name, string Value, int Line);

    public static List<Property> Read(Stream stream, string file, FindingCollection findings)
    {
        var properties = new List<Property>();
        using var reader = CsvReader.Create(stream, CsvOptions.ForReading(null), leaveOpen: false);
        reader.ReadHeader();
        var header = reader.Headers;
        if (header.Count < 2 || header[0] != "propertyName" || header[1] != "value")
        {
            findings.Add(new Finding(Severity.Error, FindingCodes.ManifestHeader, $"The header of manifest.csv is '{string.Join(",", header)}'; it must be 'propertyName,value'. The first two columns were read as property and value.", file, 1));
        }

        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var name = reader.FieldCount > 0 ? reader.GetString(0).Trim() : string.Empty;
            var value = reader.FieldCount > 1 ? reader.GetString(1).Trim() : string.Empty;
            if (name.Length == 0)
            {
                if (value.Length > 0)
                {
                    findings.Add(new Finding(Severity.Error, FindingCodes.ManifestValueEmpty, $"A manifest row has the value '{value}' but no property name.", file, line, "propertyName"));
                }

                continue;
            }

            if (value.Length == 0)
            {
                var advice = name.StartsWith("file.", StringComparison.Ordinal) ? " Give bulk, delta or absent; the file is treated as absent." : string.Empty;
                findings.Add(new Finding(Severity.Error, FindingCodes.ManifestValueEmpty, $"'{name}' has no value.{advice}", file, line, "value"));
            }

            properties.Add(new Property(name, value, line));
        }

        return properties;
    }
}
