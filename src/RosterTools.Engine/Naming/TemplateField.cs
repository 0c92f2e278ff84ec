namespace RosterTools.Naming;

/// <summary>What a template names: each field has its own placeholders (see <see cref="TemplatePlaceholders"/>) and its own clean-up after rendering (see <see cref="NameTemplate.RenderField"/>).</summary>
public enum TemplateField
{
    /// <summary>The account name (sAMAccountName, mailNickname): sanitised to a-z 0-9 . - _ after rendering.</summary>
    Username,

    /// <summary>The user principal name: the part before @ is sanitised as a username, the domain lower-cased.</summary>
    UserPrincipalName,

    /// <summary>The email address: sanitised as a user principal name.</summary>
    Email,

    /// <summary>The display name: spaces trimmed and collapsed, nothing else changed.</summary>
    DisplayName,

    /// <summary>The container: an OU distinguished name (values escaped by the caller) or an administrative unit name.</summary>
    Placement,

    /// <summary>A group name: spaces trimmed and collapsed; its placeholders depend on what the group stands for.</summary>
    GroupName,
}
