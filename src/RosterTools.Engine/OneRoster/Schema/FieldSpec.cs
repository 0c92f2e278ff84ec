using System;
using System.Collections.Generic;
using RosterTools.OneRoster.Csv;

namespace RosterTools.OneRoster.Schema;

/// <summary>
/// One column of a OneRoster file: its name, format, whether it is required, which versions define it and what
/// it refers to. The schema drives reading, validation, writing and comparing, so each of them knows every
/// column in the same way.
/// </summary>
public abstract class FieldSpec
{
    private protected FieldSpec(string name, FieldFormat format, FieldRequirement requirement, VersionSet versions)
    {
        Name = name;
        Format = format;
        Requirement = requirement;
        Versions = versions;
    }

    /// <summary>The column name as the specification spells it.</summary>
    public string Name { get; }

    /// <summary>The value format.</summary>
    public FieldFormat Format { get; }

    /// <summary>When the column must have a value.</summary>
    public FieldRequirement Requirement { get; }

    /// <summary>The versions that define the column.</summary>
    public VersionSet Versions { get; }

    /// <summary>For references, the collection referred to.</summary>
    public OneRosterEntity? Target { get; init; }

    /// <summary>Whether 1.2 allows ext: values in this vocabulary.</summary>
    public bool Extensible { get; init; }

    /// <summary>Whether the values are grade levels (checked against the CEDS codes).</summary>
    public bool IsGrades { get; init; }

    /// <summary>Whether the value is a credential (passwords): never displayed, logged or written unless asked for.</summary>
    public bool IsSecret { get; init; }

    /// <summary>Names the column had in OneRoster 1.0 (grade for grades), read as this column with an error.</summary>
    public IReadOnlyList<string> LegacyNames { get; init; } = Array.Empty<string>();

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}

/// <summary>A column of the records of type <typeparamref name="TRecord"/>: how to read, get and write its value.</summary>
internal abstract class FieldSpec<TRecord> : FieldSpec
    where TRecord : OneRosterRecord
{
    private protected FieldSpec(string name, FieldFormat format, FieldRequirement requirement, VersionSet versions)
        : base(name, format, requirement, versions)
    {
    }

    /// <summary>Reads a non-empty field into the record, reporting what is wrong with it.</summary>
    public abstract void Read(TRecord record, FieldCell cell);

    /// <summary>Whether the record has no value for this column.</summary>
    public abstract bool IsBlank(TRecord record);

    /// <summary>The value: a string, a list, a <see cref="SpecEnum{T}"/>, a bool, a DateTime, an int, or null when blank.</summary>
    public abstract object? GetValue(TRecord record);

    /// <summary>The value as a OneRoster CSV field spells it; empty when blank.</summary>
    public abstract string FormatValue(TRecord record);
}
