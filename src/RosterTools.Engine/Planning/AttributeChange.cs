namespace RosterTools.Planning;

/// <summary>One attribute an action sets: its value before (null for a new account) and after.</summary>
public sealed class AttributeChange
{
    /// <summary>Creates a change.</summary>
    public AttributeChange(string attribute, string? before, string? after)
    {
        Attribute = attribute;
        Before = before;
        After = after;
    }

    /// <summary>The attribute: GivenName, Surname, DisplayName, Username, UserPrincipalName, Email, Container, EmployeeID...</summary>
    public string Attribute { get; }

    /// <summary>The value now.</summary>
    public string? Before { get; }

    /// <summary>The value the action sets.</summary>
    public string? After { get; }

    /// <summary>"Attribute: before → after".</summary>
    public override string ToString() => $"{Attribute}: {Before ?? "(none)"} → {After ?? "(none)"}";
}
