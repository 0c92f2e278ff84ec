using System;
using System.Text;

namespace RosterTools.OneRoster.Csv;

/// <summary>Turns UTF-8 bytes of a field into a string.</summary>
internal static class Utf8Text
{
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }
#if NETSTANDARD2_0
        var bytes = utf8.ToArray();
        return Encoding.UTF8.GetString(bytes, 0, bytes.Length);
#else
        return Encoding.UTF8.GetString(utf8);
#endif
    }
}
