using System;
using System.Linq;
using System.Text.Json;

namespace RosterTools.Tests.Cli.Support;

/// <summary>What a run of rostertools gave: its exit code, stdout and stderr.</summary>
internal sealed record CliResult(string[] Arguments, int ExitCode, string StdOut, string StdErr)
{
    /// <summary>stdout parsed as JSON (fails the test with the output when it is not JSON).</summary>
    public JsonElement Json
    {
        get
        {
            try
            {
                using var document = JsonDocument.Parse(StdOut);
                return document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new Xunit.Sdk.XunitException($"stdout is not JSON ({ex.Message}).\n{this}");
            }
        }
    }

    /// <summary>The non-empty lines of stdout.</summary>
    public string[] OutLines => Lines(StdOut);

    /// <summary>The non-empty lines of stderr.</summary>
    public string[] ErrLines => Lines(StdErr);

    /// <summary>For assertion messages: the command line and everything it printed.</summary>
    public override string ToString() =>
        $"rostertools {string.Join(" ", Arguments.Select(argument => argument.Contains(' ') ? $"\"{argument}\"" : argument))}\nexit code {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
}
