using RosterTools.Planning;

namespace RosterTools.Apply.Passwords;

/// <summary>
/// The initial password of an account the run created, for the one output the admin asked for (a password file
/// to hand out first sign-ins). It is never in a result, the journal, the audit log or a message.
/// </summary>
public sealed class IssuedPassword
{
    internal IssuedPassword(PlanAction create, string password)
    {
        Account = create.Account;
        UserPrincipalName = create.UserPrincipalName;
        SourcedId = create.SourcedId;
        Password = password;
    }

    /// <summary>The account's username.</summary>
    public string Account { get; }

    /// <summary>The account's user principal name.</summary>
    public string? UserPrincipalName { get; }

    /// <summary>The SIS person's sourcedId.</summary>
    public string? SourcedId { get; }

    /// <summary>The initial password.</summary>
    public string Password { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Account} (password not shown)";
}
