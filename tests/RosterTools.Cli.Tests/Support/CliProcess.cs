using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace RosterTools.Tests.Cli.Support;

/// <summary>
/// Runs the built rostertools as its own process (<c>dotnet rostertools.dll ...</c>), with stdout and stderr
/// redirected (so no progress is drawn) and stdin closed (or given a line, for secrets read from stdin). The dll is the one the build copied next to the tests
/// (the test project references the CLI project), or else the CLI's own build output.
/// </summary>
internal static class CliProcess
{
    private const int TimeoutMilliseconds = 5 * 60 * 1000;

    public static string Dll { get; } = Locate();

    public static CliResult Run(params string[] arguments) => Run(null, null, arguments);

    /// <summary>Starts rostertools and returns at once (stdout and stderr redirected and drained), for a test that stops it part way.</summary>
    public static Process Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotNet()) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var variable in environment)
        {
            start.Environment[variable.Key] = variable.Value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        process.StandardInput.Close();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs with extra environment variables (null removes one) and, when <paramref name="stdin"/> is given, that text on stdin.</summary>
    public static CliResult Run(IReadOnlyDictionary<string, string?>? environment, string? stdin, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotNet())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("ROSTERTOOLS_DEBUG");
        foreach (var variable in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeoutMilliseconds))
        {
            // A safety net against a hung process, not a timing assertion.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"rostertools {string.Join(" ", arguments)} did not finish.");
        }

        process.WaitForExit();
        Task.WaitAll(stdout, stderr);
        return new CliResult(arguments, process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string DotNet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string Locate()
    {
        var besideTests = Path.Combine(AppContext.BaseDirectory, "rostertools.dll");
        if (File.Exists(besideTests) && File.Exists(Path.Combine(AppContext.BaseDirectory, "rostertools.runtimeconfig.json")))
        {
            return besideTests;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        var built = Path.Combine(Paths.Repository, "src", "RosterTools.Cli", "bin", configuration, "net10.0", "rostertools.dll");
        return File.Exists(built) ? built : throw new InvalidOperationException($"rostertools.dll is neither in {AppContext.BaseDirectory} nor at {built}; build the solution first.");
    }
}
