namespace RosterTools.Naming;

/// <summary>One placeholder name written in a template, and where.</summary>
public sealed class PlaceholderUse
{
    /// <summary>Creates the use.</summary>
    public PlaceholderUse(string name, int position)
    {
        Name = name;
        Position = position;
    }

    /// <summary>The placeholder name, such as <c>givenName</c> or <c>school.identifier</c>.</summary>
    public string Name { get; }

    /// <summary>The 0-based position of the name in the template text.</summary>
    public int Position { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
