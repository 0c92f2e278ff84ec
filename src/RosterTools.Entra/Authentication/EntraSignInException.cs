using System;

namespace RosterTools.Targets.Entra;

/// <summary>Sign-in to Entra ID failed or cannot be set up (a missing certificate, a refused secret); the message never holds a secret.</summary>
public sealed class EntraSignInException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EntraSignInException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
