namespace RosterTools.OneRoster.Schema;

/// <summary>The rule for sourcedIds: at most 255 characters of 0-9 a-z A-Z . - _ / @.</summary>
internal static class SourcedIds
{
    private static readonly bool[] Allowed = BuildAllowed();

    public static bool IsSpecConformant(string sourcedId)
    {
        if (sourcedId.Length > 255)
        {
            return false;
        }

        var allowed = Allowed;
        foreach (var c in sourcedId)
        {
            if (c >= allowed.Length || !allowed[c])
            {
                return false;
            }
        }

        return true;
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[128];
        foreach (var c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_/@")
        {
            allowed[c] = true;
        }

        return allowed;
    }

    public static string Describe(string sourcedId) => sourcedId.Length > 255
        ? $"The sourcedId is {sourcedId.Length} characters long; OneRoster allows at most 255."
        : "The sourcedId has characters other than 0-9, a-z, A-Z, '.', '-', '_', '/' and '@', which some systems refuse.";
}
