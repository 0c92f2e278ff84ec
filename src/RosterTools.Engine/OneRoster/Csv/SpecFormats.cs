using System;
using System.Globalization;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// Reading and writing the value formats of OneRoster CSV: dates (YYYY-MM-DD), date-times
/// (YYYY-MM-DDTHH:MM:SS.sssZ), booleans (true/false) and years (YYYY), straight from the UTF-8 bytes.
/// Nothing here guesses: <c>1/05/2023</c> could be January or May, so it is not a date.
/// </summary>
internal static class SpecFormats
{
    /// <summary>The way a date-time was written, when it was readable but not as the specification asks.</summary>
    [Flags]
    public enum DateTimeQuirks
    {
        None = 0,
        DateOnly = 1,
        SpaceSeparator = 2,
        NoTimeZone = 4,
        OffsetNotUtc = 8,
        NotMilliseconds = 16,
    }

    /// <summary>Reads YYYY-MM-DD.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out DateTime date)
    {
        date = default;
        return text.Length == 10 && TryParseDatePart(text, out date);
    }

    /// <summary>
    /// Reads an ISO 8601 date-time and converts it to UTC. Besides the spec form it accepts, and reports through
    /// <paramref name="quirks"/>, a date alone, a space instead of T, any number of fraction digits, an offset, or
    /// no time zone (taken as UTC).
    /// </summary>
    public static bool TryParseDateTime(ReadOnlySpan<byte> text, out DateTime utc, out DateTimeQuirks quirks)
    {
        utc = default;
        quirks = DateTimeQuirks.None;
        if (text.Length < 10 || !TryParseDatePart(text, out var date))
        {
            return false;
        }

        if (text.Length == 10)
        {
            quirks = DateTimeQuirks.DateOnly;
            utc = DateTime.SpecifyKind(date, DateTimeKind.Utc);
            return true;
        }

        var separator = text[10];
        if (separator == (byte)' ')
        {
            quirks |= DateTimeQuirks.SpaceSeparator;
        }
        else if (separator != (byte)'T' && separator != (byte)'t')
        {
            return false;
        }

        if (text.Length < 19 || text[13] != (byte)':' || text[16] != (byte)':'
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var ticks = date.Ticks + (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond);
        var position = 19;
        var fractionDigits = 0;
        if (position < text.Length && text[position] == (byte)'.')
        {
            position++;
            long fraction = 0;
            while (position < text.Length && IsDigit(text[position]))
            {
                if (fractionDigits < 7)
                {
                    fraction = (fraction * 10) + (text[position] - (byte)'0');
                    fractionDigits++;
                }

                position++;
            }

            if (fractionDigits == 0)
            {
                return false;
            }

            for (var i = fractionDigits; i < 7; i++)
            {
                fraction *= 10;
            }

            ticks += fraction;
        }

        if (fractionDigits != 3)
        {
            quirks |= DateTimeQuirks.NotMilliseconds;
        }

        if (position == text.Length)
        {
            quirks |= DateTimeQuirks.NoTimeZone;
        }
        else if (text[position] == (byte)'Z' || text[position] == (byte)'z')
        {
            if (position + 1 != text.Length)
            {
                return false;
            }
        }
        else if (text[position] == (byte)'+' || text[position] == (byte)'-')
        {
            var zone = text.Slice(position + 1);
            int offsetHours;
            int offsetMinutes;
            if (zone.Length == 5 && zone[2] == (byte)':' && TryDigits(zone.Slice(0, 2), out offsetHours) && TryDigits(zone.Slice(3, 2), out offsetMinutes))
            {
            }
            else if (zone.Length == 4 && TryDigits(zone.Slice(0, 2), out offsetHours) && TryDigits(zone.Slice(2, 2), out offsetMinutes))
            {
            }
            else if (zone.Length == 2 && TryDigits(zone, out offsetHours))
            {
                offsetMinutes = 0;
            }
            else
            {
                return false;
            }

            var offset = (offsetHours * TimeSpan.TicksPerHour) + (offsetMinutes * TimeSpan.TicksPerMinute);
            ticks -= text[position] == (byte)'+' ? offset : -offset;
            if (offset != 0)
            {
                quirks |= DateTimeQuirks.OffsetNotUtc;
            }
        }
        else
        {
            return false;
        }

        if (ticks < DateTime.MinValue.Ticks + TimeSpan.TicksPerDay || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utc = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    /// <summary>Reads true or false exactly.</summary>
    public static bool TryParseBoolean(ReadOnlySpan<byte> text, out bool value)
    {
        if (text.Length == 4 && text[0] == (byte)'t' && text[1] == (byte)'r' && text[2] == (byte)'u' && text[3] == (byte)'e')
        {
            value = true;
            return true;
        }

        if (text.Length == 5 && text[0] == (byte)'f' && text[1] == (byte)'a' && text[2] == (byte)'l' && text[3] == (byte)'s' && text[4] == (byte)'e')
        {
            value = false;
            return true;
        }

        value = false;
        return false;
    }

    /// <summary>Reads the ways people write booleans that are not the spec's: TRUE, False, yes, 1...</summary>
    public static bool TryParseLooseBoolean(string text, out bool value)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "TRUE":
            case "YES":
            case "Y":
            case "1":
                value = true;
                return true;
            case "FALSE":
            case "NO":
            case "N":
            case "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Reads YYYY.</summary>
    public static bool TryParseYear(ReadOnlySpan<byte> text, out int year)
    {
        year = 0;
        return text.Length == 4 && TryDigits(text, out year) && year > 0;
    }

    /// <summary>Writes YYYY-MM-DD.</summary>
    public static string FormatDate(DateTime date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>Writes YYYY-MM-DDTHH:MM:SS.sssZ.</summary>
    public static string FormatDateTime(DateTime utc) => utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes true or false.</summary>
    public static string FormatBoolean(bool value) => value ? "true" : "false";

    /// <summary>Writes YYYY.</summary>
    public static string FormatYear(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    private static bool TryParseDatePart(ReadOnlySpan<byte> text, out DateTime date)
    {
        date = default;
        if (text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text.Slice(0, 4), out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (!IsDigit(b))
            {
                return false;
            }

            value = (value * 10) + (b - (byte)'0');
        }

        return text.Length > 0;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
