using System;
using System.IO;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest;

namespace RosterTools.Cli;

/// <summary>Runs a command's body and turns what escapes it into an exit code and one line on standard error.</summary>
internal static class CommandRunner
{
    public static int Run(CliContext cli, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (OperationCanceledException) when (cli.CancellationToken.IsCancellationRequested)
        {
            return cli.Fail(cli.CancelledExitCode, "cancelled.");
        }
        catch (BundleReadException ex)
        {
            return cli.Fail(ExitCodes.BadInput, ex.Message);
        }
        catch (OneRosterApiException ex)
        {
            // The provider could not be read (unreachable, refused, failing or short): unreadable input.
            return cli.Fail(ExitCodes.BadInput, ex.Message);
        }
        catch (UsageException ex)
        {
            return cli.Fail(ExitCodes.BadInput, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return cli.Fail(ExitCodes.BadInput, ex.Message);
        }
        catch (Exception ex)
        {
            if (Environment.GetEnvironmentVariable("ROSTERTOOLS_DEBUG") is "1" or "true")
            {
                cli.Error.WriteLine(ex);
            }

            return cli.Fail(ExitCodes.InternalError, $"internal error ({ex.GetType().Name}): {ex.Message} Please report it; set ROSTERTOOLS_DEBUG=1 for the stack trace.");
        }
    }
}
