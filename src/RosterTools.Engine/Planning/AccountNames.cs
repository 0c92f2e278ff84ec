namespace RosterTools.Planning;

/// <summary>The names the naming policy gives an account.</summary>
internal sealed class AccountNames
{
    public AccountNames(string username, string userPrincipalName, string? email, string displayName, string givenName, string surname)
    {
        Username = username;
        UserPrincipalName = userPrincipalName;
        Email = email;
        DisplayName = displayName;
        GivenName = givenName;
        Surname = surname;
    }

    public string Username { get; }

    public string UserPrincipalName { get; }

    public string? Email { get; }

    public string DisplayName { get; }

    public string GivenName { get; }

    public string Surname { get; }
}
