using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;

namespace RosterTools.OneRoster.Rest.Auth;

/// <summary>
/// The client secret, kept as a read-only copy of the <see cref="SecureString"/> it was given. It is unwrapped only
/// for the moment a signature or a token request needs it, into arrays that are cleared straight after; it has no
/// property that returns it, and its ToString says nothing.
/// </summary>
internal sealed class ClientSecret : IDisposable
{
    private readonly SecureString _secret;

    public ClientSecret(SecureString secret)
    {
        _secret = secret.Copy();
        _secret.MakeReadOnly();
    }

    public bool IsEmpty => _secret.Length == 0;

    /// <summary>Calls <paramref name="use"/> with the secret as UTF-8 bytes, and clears them afterwards.</summary>
    public T UseUtf8<T>(Func<byte[], T> use)
    {
        var chars = new char[_secret.Length];
        byte[]? bytes = null;
        var pointer = IntPtr.Zero;
        try
        {
            pointer = Marshal.SecureStringToGlobalAllocUnicode(_secret);
            Marshal.Copy(pointer, chars, 0, chars.Length);
            bytes = Encoding.UTF8.GetBytes(chars);
            return use(bytes);
        }
        finally
        {
            if (pointer != IntPtr.Zero)
            {
                Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }

            Array.Clear(chars, 0, chars.Length);
            if (bytes is not null)
            {
                Array.Clear(bytes, 0, bytes.Length);
            }
        }
    }

    public void Dispose() => _secret.Dispose();

    /// <summary>Never the secret.</summary>
    public override string ToString() => "(secret)";
}
