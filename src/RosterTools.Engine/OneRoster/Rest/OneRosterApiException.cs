using System;

namespace RosterTools.OneRoster.Rest;

/// <summary>
/// A OneRoster REST provider could not be read: it cannot be reached, answered with an error (its imsx_StatusInfo
/// is in the message), or kept failing after the retries. Problems inside records are findings instead. The message
/// never holds a secret.
/// </summary>
public class OneRosterApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OneRosterApiException(string message, string? url = null, int? statusCode = null, string? codeMinor = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Url = url;
        StatusCode = statusCode;
        CodeMinor = codeMinor;
    }

    /// <summary>The request that failed (no credentials are ever in a URL).</summary>
    public string? Url { get; }

    /// <summary>The HTTP status of the last answer, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>The provider's imsx_codeMinorFieldValue (invalid_filter_field, server_busy...), when it sent one.</summary>
    public string? CodeMinor { get; }
}

/// <summary>The provider refused the credentials: the token endpoint said no, or a request was not authorised (HTTP 401 or 403).</summary>
public sealed class OneRosterAuthenticationException : OneRosterApiException
{
    /// <summary>Creates the exception.</summary>
    public OneRosterAuthenticationException(string message, string? url = null, int? statusCode = null, string? codeMinor = null, Exception? innerException = null)
        : base(message, url, statusCode, codeMinor, innerException)
    {
    }
}

/// <summary>
/// A collection came back with fewer (or other) records than the provider said it has: a page that ended early, a
/// total that changed during the read. Such a read is refused as a whole, so that it can never look like a smaller
/// roster, in which people who are still there seem to have left.
/// </summary>
public sealed class OneRosterIncompleteReadException : OneRosterApiException
{
    /// <summary>Creates the exception.</summary>
    public OneRosterIncompleteReadException(string collection, string message, string? url = null)
        : base(message, url)
    {
        Collection = collection;
    }

    /// <summary>The collection whose read was incomplete (users, enrollments...).</summary>
    public string Collection { get; }
}
