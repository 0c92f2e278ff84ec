namespace RosterTools.Targets;

/// <summary>A group a directory holds.</summary>
public sealed class DirectoryGroup
{
    /// <summary>The group's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The directory's own id, when it has one.</summary>
    public string? Id { get; set; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
