namespace RosterTools.Tests.Cli.Support;

/// <summary>Assertions about how rostertools ended.</summary>
internal static class CliAssert
{
    /// <summary>Exit code 2, stdout empty, one line on stderr that starts with "rostertools: "; returns the line.</summary>
    public static string BadInput(CliResult result)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.StdOut);
        var line = Assert.Single(result.ErrLines);
        Assert.StartsWith("rostertools: ", line);
        return line;
    }
}
