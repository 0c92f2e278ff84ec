using System.Text;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Tests.OneRoster;

public class SpecFormatsTests
{
    [Theory]
    [InlineData("2026-08-24T13:05:00.000Z", "2026-08-24T13:05:00.000Z", 0)]
    [InlineData("2026-08-24T13:05:00.1234567Z", "2026-08-24T13:05:00.123Z", 16)]
    [InlineData("2026-08-24T13:05:00.000-0700", "2026-08-24T20:05:00.000Z", 8)]
    [InlineData("2026-08-24T13:05:00.000", "2026-08-24T13:05:00.000Z", 4)]
    [InlineData("2026-08-24t13:05:00.000z", "2026-08-24T13:05:00.000Z", 0)]
    public void Date_times_parse_to_utc_and_format_in_the_spec_form(string text, string formatted, int quirks)
    {
        Assert.True(SpecFormats.TryParseDateTime(Encoding.UTF8.GetBytes(text), out var utc, out var found));

        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(formatted, SpecFormats.FormatDateTime(utc));
        Assert.Equal((SpecFormats.DateTimeQuirks)quirks, found);
    }

    [Theory]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-08-24T24:00:00Z")]
    [InlineData("2026-08-24T13:05Z")]
    [InlineData("2026-08-24T13:05:00.Z")]
    [InlineData("2026-08-24T13:05:00Zjunk")]
    [InlineData("24/08/2026 13:05")]
    [InlineData("")]
    public void Date_times_that_are_not_ISO_8601_are_refused(string text)
    {
        Assert.False(SpecFormats.TryParseDateTime(Encoding.UTF8.GetBytes(text), out _, out _));
    }

    [Fact]
    public void Dates_booleans_and_years_parse_exactly()
    {
        Assert.True(SpecFormats.TryParseDate("2024-02-29"u8, out var leap));
        Assert.Equal(new DateTime(2024, 2, 29), leap);
        Assert.False(SpecFormats.TryParseDate("2023-02-29"u8, out _));
        Assert.True(SpecFormats.TryParseBoolean("true"u8, out var yes) && yes);
        Assert.False(SpecFormats.TryParseBoolean("True"u8, out _));
        Assert.True(SpecFormats.TryParseYear("2027"u8, out var year) && year == 2027);
        Assert.False(SpecFormats.TryParseYear("0000"u8, out _));
        Assert.Equal("2027", SpecFormats.FormatYear(2027));
        Assert.Equal("2024-02-29", SpecFormats.FormatDate(leap));
    }

    [Fact]
    public void Grades_normalise_common_spellings_to_CEDS_codes()
    {
        Assert.Equal("05", Grades.Normalize("5"));
        Assert.Equal("KG", Grades.Normalize("k"));
        Assert.Equal("Other", Grades.Normalize("other"));
        Assert.Null(Grades.Normalize("P1"));
        Assert.True(Grades.Ordinal("KG") < Grades.Ordinal("01"));
    }
}
