namespace RosterTools.Cli;

/// <summary>rostertools: the RosterTools engine on the command line.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var cancellation = new SignalCancellation();
        return RosterToolsCli.Run(args, new CliContext(cancellation));
    }
}
