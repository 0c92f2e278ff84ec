namespace RosterTools.OneRoster;

/// <summary>orgs.csv: a district, school, department or other organisation.</summary>
public sealed class Org : OneRosterRecord
{
    private const int TypeField = 1;
    private byte _type;

    /// <inheritdoc/>
    public override OneRosterEntity Entity => OneRosterEntity.Orgs;

    /// <summary>The name of the org.</summary>
    public string? Name { get; set; }

    /// <summary>district, school, department...</summary>
    public SpecEnum<OrgType> Type
    {
        get => Packed.GetEnum<OrgType>(_type, _extras, TypeField);
        set => _type = Packed.SetEnum(value, ref _extras, TypeField);
    }

    /// <summary>A human-readable identifier, such as the NCES id or the school number.</summary>
    public string? Identifier { get; set; }

    /// <summary>The org above this one (a school's district).</summary>
    public string? ParentSourcedId { get; set; }

    /// <summary>Whether the org is a school.</summary>
    public bool IsSchool => Type.Is(OrgType.School);

    /// <summary>The name and sourcedId.</summary>
    public override string ToString() => $"{Name} ({SourcedId})";
}
