namespace RosterTools.OneRoster.Rest;

/// <summary>How a OneRoster REST provider authenticates its clients.</summary>
public enum OneRosterAuthentication
{
    /// <summary>OAuth 2 client credentials (RFC 6749 section 4.4): a bearer token from the provider's token endpoint. OneRoster 1.2 requires it; most 1.1 providers offer it.</summary>
    OAuth2ClientCredentials,

    /// <summary>OAuth 1.0a signed requests (RFC 5849, two-legged: no token), as OneRoster 1.1 originally specified.</summary>
    OAuth1,
}

/// <summary>How OAuth 1.0a requests are signed.</summary>
public enum OAuth1SignatureMethod
{
    /// <summary>HMAC-SHA256, which OneRoster 1.1 requires.</summary>
    HmacSha256,

    /// <summary>HMAC-SHA1, which older providers use.</summary>
    HmacSha1,
}
