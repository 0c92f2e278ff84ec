using System;

namespace RosterTools.Targets.Scim;

/// <summary>
/// The SCIM service as a whole cannot be used: it cannot be reached, refused the credentials, or does not answer as a
/// SCIM service. (One action's failure is a Failed result instead.) The message never holds a secret.
/// </summary>
public sealed class ScimException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScimException(string message, string? url = null, int? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Url = url;
        StatusCode = statusCode;
    }

    /// <summary>The request that failed (no credentials are ever in a URL).</summary>
    public string? Url { get; }

    /// <summary>The HTTP status of the last answer, when there was one.</summary>
    public int? StatusCode { get; }
}

/// <summary>One request failed after every retry (the server kept throttling or failing, or could not be reached).</summary>
internal sealed class ScimRequestFailedException : Exception
{
    public ScimRequestFailedException(string message)
        : base(message)
    {
    }
}
