namespace RosterTools.Planning;

/// <summary>A group a person should be in, and how.</summary>
internal readonly struct DesiredGroup
{
    public DesiredGroup(string name, MemberRole role)
    {
        Name = name;
        Role = role;
    }

    public string Name { get; }

    public MemberRole Role { get; }
}
