using System;
using System.Linq;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Schema;

/// <summary>A value from a vocabulary. Off-spec values are kept as text and reported.</summary>
internal class EnumField<TRecord, TEnum> : FieldSpec<TRecord>
    where TRecord : OneRosterRecord
    where TEnum : struct, Enum
{
    private const string ExtensionPrefix = "ext:";
    private readonly Func<TRecord, SpecEnum<TEnum>> _get;
    private readonly Action<TRecord, SpecEnum<TEnum>> _set;

    public EnumField(string name, FieldRequirement requirement, VersionSet versions, Func<TRecord, SpecEnum<TEnum>> get, Action<TRecord, SpecEnum<TEnum>> set)
        : base(name, FieldFormat.Enumeration, requirement, versions)
    {
        _get = get;
        _set = set;
    }

    public override void Read(TRecord record, FieldCell cell) => Store(record, cell.Row, Parse(cell.Text(), cell));

    public override bool IsBlank(TRecord record) => _get(record).IsEmpty;

    public override object? GetValue(TRecord record)
    {
        var value = _get(record);
        return value.IsEmpty ? null : value;
    }

    public override string FormatValue(TRecord record) => _get(record).SpecText ?? string.Empty;

    /// <summary>Reads a vocabulary value, reporting case mistakes, values of the other version and values outside the vocabulary.</summary>
    protected virtual SpecEnum<TEnum> Parse(string text, FieldCell cell)
    {
        var version = cell.Row.Version;
        if (Vocabulary<TEnum>.TryExact(text, out var member))
        {
            if (!Vocabulary<TEnum>.VersionsOf(member).Includes(version))
            {
                cell.Report(Severity.Error, FindingCodes.EnumNotInVersion, $"'{text}' is not a {Name} in OneRoster {version.ToSpecString()}; use one of {Allowed(version)}. It is kept as it is.");
            }

            return new SpecEnum<TEnum>(member, text);
        }

        if (Vocabulary<TEnum>.TryIgnoringCase(text, out member))
        {
            cell.Report(Severity.Error, FindingCodes.EnumCase, $"'{text}' should be '{Vocabulary<TEnum>.Name(member)}': OneRoster values are case-sensitive. It was read as '{Vocabulary<TEnum>.Name(member)}'.");
            return new SpecEnum<TEnum>(member, text);
        }

        if (text.StartsWith(ExtensionPrefix, StringComparison.Ordinal))
        {
            if (!Extensible || version != OneRosterVersion.V1_2)
            {
                var why = Extensible ? "OneRoster 1.1 allows no ext: values" : $"OneRoster does not allow ext: values in {Name}";
                cell.Report(Severity.Error, FindingCodes.EnumExtension, $"'{text}': {why}. It is kept as text.");
            }

            return new SpecEnum<TEnum>(null, text);
        }

        var extension = Extensible && version == OneRosterVersion.V1_2 ? ", or an extension starting with 'ext:'" : string.Empty;
        cell.Report(Severity.Error, FindingCodes.EnumValue, $"'{text}' is not a {Name}: use one of {Allowed(version)}{extension}. It is kept as text.");
        return new SpecEnum<TEnum>(null, text);
    }

    /// <summary>Puts the value where it belongs: the record, or (1.1 users.csv role) the row.</summary>
    protected virtual void Store(TRecord record, RowContext row, SpecEnum<TEnum> value) => _set(record, value);

    private static string Allowed(OneRosterVersion version) => string.Join(", ", Vocabulary<TEnum>.NamesIn(version).Select(name => "'" + name + "'"));
}
