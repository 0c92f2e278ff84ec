using System;

namespace RosterTools.OneRoster;

/// <summary>
/// The compact storage behind record properties. A district of a million students holds about eight million
/// enrollments, so a record stores vocabulary values in a byte, dates in an int and date-times in a long, and
/// keeps the rare extras (extension columns, off-spec spellings) in a side object that most records never have.
/// </summary>
internal static class Packed
{
    /// <summary>The byte of a vocabulary value outside the vocabulary (its text is kept in <see cref="RecordExtras"/>).</summary>
    public const byte OffVocabulary = byte.MaxValue;

    public static SpecEnum<T> GetEnum<T>(byte code, RecordExtras? extras, int field)
        where T : struct, Enum
    {
        if (code == 0)
        {
            return default;
        }

        var text = extras?.RawText(field);
        if (code == OffVocabulary)
        {
            return new SpecEnum<T>(null, text);
        }

        var member = Vocabulary<T>.Member(code - 1);
        return text is null ? new SpecEnum<T>(member) : new SpecEnum<T>(member, text);
    }

    public static byte SetEnum<T>(SpecEnum<T> value, ref RecordExtras? extras, int field)
        where T : struct, Enum
    {
        if (value.IsEmpty)
        {
            extras?.SetRawText(field, null);
            return 0;
        }

        if (value.Value is T member)
        {
            var spelledAsSpec = string.Equals(value.Text, Vocabulary<T>.Name(member), StringComparison.Ordinal);
            SetRawText(ref extras, field, spelledAsSpec ? null : value.Text);
            return (byte)(Vocabulary<T>.OrdinalOf(member) + 1);
        }

        SetRawText(ref extras, field, value.Text);
        return OffVocabulary;
    }

    public static DateTime? GetDate(int packed) => packed == 0 ? null : new DateTime((packed - 1) * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

    public static int SetDate(DateTime? value) => value is DateTime date ? (int)(date.Date.Ticks / TimeSpan.TicksPerDay) + 1 : 0;

    public static DateTime? GetDateTime(long packed) => packed == 0 ? null : new DateTime(packed, DateTimeKind.Utc);

    /// <summary>Date-times are kept in UTC; a value of unspecified kind is taken to be UTC already.</summary>
    public static long SetDateTime(DateTime? value) => value is DateTime dateTime
        ? (dateTime.Kind == DateTimeKind.Local ? dateTime.ToUniversalTime() : dateTime).Ticks
        : 0;

    public static bool? GetBool(byte packed) => packed switch
    {
        1 => false,
        2 => true,
        _ => null,
    };

    public static byte SetBool(bool? value) => value switch
    {
        false => 1,
        true => 2,
        _ => 0,
    };

    /// <summary>Keeps arrays and read-only lists (shared by many records) as they are, and copies anything else.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> SetList(System.Collections.Generic.IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return Array.Empty<string>();
        }

        if (values is string[] or System.Collections.ObjectModel.ReadOnlyCollection<string>)
        {
            return values;
        }

        var copy = new string[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = values[i];
        }

        return copy;
    }

    private static void SetRawText(ref RecordExtras? extras, int field, string? text)
    {
        if (text is null)
        {
            extras?.SetRawText(field, null);
            return;
        }

        (extras ??= new RecordExtras()).SetRawText(field, text);
    }
}
