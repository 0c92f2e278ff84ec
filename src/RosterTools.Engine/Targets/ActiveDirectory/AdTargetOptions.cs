namespace RosterTools.Targets.ActiveDirectory;

/// <summary>How plan actions become ActiveDirectory module commands: the domain controller, whether a credential is given, where new groups go.</summary>
public sealed class AdTargetOptions
{
    /// <summary>The domain controller or domain every command goes to (-Server); null for the machine's own domain.</summary>
    public string? Server { get; set; }

    /// <summary>Whether the commands carry -Credential (the PSCredential the target was connected with).</summary>
    public bool UseCredential { get; set; }

    /// <summary>The attribute that holds the anchor (the policy's identity.attribute): employeeID by default.</summary>
    public string AnchorAttribute { get; set; } = "employeeID";

    /// <summary>The OU new groups are created in (New-ADGroup -Path); null for the domain's default Users container.</summary>
    public string? GroupPath { get; set; }

    /// <summary>The OU to read accounts from (Get-ADUser -SearchBase); null for the whole domain.</summary>
    public string? SearchBase { get; set; }
}
