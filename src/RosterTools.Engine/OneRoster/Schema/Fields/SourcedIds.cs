namespace RosterTools.OneRoster.Schema;

/// <summary>The rule for sourcedIds: at most 255 characters of 0-9 a-z A-Z . - _ / @.</summary>
internal static class SourcedIds
{
    public static bool IsSpecConformant(string sourcedId)
    {
        if (sourcedId.Length > 255)
        {
            return false;
        }

        foreach (var c in sourcedId)
        {
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '.' or '-' or '_' or '/' or '@'))
            {
                return false;
            }
        }

        return true;
    }

    public static string Describe(string sourcedId) => sourcedId.Length > 255
        ? $"The sourcedId is {sourcedId.Length} characters long; OneRoster allows at most 255."
        : "The sourcedId has characters other than 0-9, a-z, A-Z, '.', '-', '_', '/' and '@', which some systems refuse.";
}
