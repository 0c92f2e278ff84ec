using System;
using CsvHelper;

namespace RosterTools.OneRoster.Csv;

/// <summary>How RosterTools reads OneRoster CSV with CsvHelper.</summary>
internal static class CsvOptions
{
    /// <summary>The longest line read; a longer one is a broken file, not a roster row.</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Comma-separated (never guessed), line numbers tracked for findings, repeated values pooled. OneRoster
    /// forbids line breaks in fields, so a line break always ends a row: one stray quote cannot swallow the rest
    /// of the file. Values stay out of exception messages, because they are personal data.
    /// </summary>
    public static CsvReaderOptions ForReading(Action<CsvMalformedRecord>? onMalformedRecord) => CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        PoolStrings = true,
        AllowLineBreaksInQuotes = false,
        SkipEmptyLines = true,
        MaxRecordSize = MaxLineBytes,
        IncludeValuesInExceptions = false,
        OnMalformedRecord = onMalformedRecord,
    };

    /// <summary>RFC 4180, comma-separated, quoted only where needed, UTF-8 without a byte order mark.</summary>
    public static CsvWriterOptions ForWriting(string newLine) => CsvWriterOptions.Default with
    {
        Separator = ',',
        Quoting = CsvQuoting.WhenNeeded,
        NewLine = newLine,
        WriteByteOrderMark = false,
    };
}
