using System.Diagnostics;
using System.IO;
using System.Linq;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary>Bad arguments and unreadable input: exit code 2, nothing on stdout, one line on stderr. And --help, --version.</summary>
public sealed class ArgumentTests
{
    private static string Minimal11 => Paths.Conformance("moodle-enrol_oneroster/Test_minimal_data_set");

    [Theory]
    [InlineData("import")]
    [InlineData("validate")]
    public void A_missing_path_is_unreadable_input(string command)
    {
        var missing = Path.Combine(Path.GetTempPath(), "rostertools-no-such-bundle", "district");

        var line = CliAssert.BadInput(CliProcess.Run(command, missing));
        Assert.Equal($"rostertools: '{missing}' is neither a folder nor a file. Give the folder or the .zip file of a OneRoster bundle.", line);
        CliAssert.BadInput(CliProcess.Run(command, missing, "--format", "json"));
    }

    [Fact]
    public void A_missing_path_with_entity_prints_no_partial_json()
    {
        CliAssert.BadInput(CliProcess.Run("import", Path.Combine(Path.GetTempPath(), "rostertools-no-such-bundle"), "--entity", "users", "--format", "json"));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_unreadable_input()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("users.csv");
        File.WriteAllText(path, "sourcedId,status\n1,\n");

        Assert.Contains("not a readable zip", CliAssert.BadInput(CliProcess.Run("validate", path)));
    }

    [Fact]
    public void An_unknown_entity_lists_the_valid_names()
    {
        var line = CliAssert.BadInput(CliProcess.Run("import", Minimal11, "--entity", "students"));

        Assert.Contains("'students'", line);
        foreach (var name in new[] { "users", "orgs", "classes", "enrollments", "courses", "academicSessions", "demographics", "roles", "userProfiles" })
        {
            Assert.Contains(name, line);
        }
    }

    [Theory]
    [InlineData("imprt", "x")]
    [InlineData("--bogus")]
    [InlineData]
    [InlineData("import")]
    [InlineData("import", "a", "b")]
    [InlineData("validate", "{minimal}", "--bogus")]
    [InlineData("import", "{minimal}", "--entity")]
    [InlineData("import", "{minimal}", "--format", "xml")]
    [InlineData("validate", "{minimal}", "--format", "csv")]
    [InlineData("import", "{minimal}", "--include-secrets")]
    [InlineData("import", "{minimal}", "--entity", "users", "--include-secrets")]
    [InlineData("sample", "--out", "{temp}")]
    [InlineData("sample", "--students", "10")]
    [InlineData("sample", "--students", "0", "--out", "{temp}")]
    [InlineData("sample", "--students", "ten", "--out", "{temp}")]
    [InlineData("sample", "--students", "10", "--version", "1.3", "--out", "{temp}")]
    [InlineData("sample", "--students", "10", "--seed", "x", "--out", "{temp}")]
    public void Bad_arguments_exit_2_with_one_line(params string[] arguments)
    {
        using var temp = new TempFolder();
        var resolved = arguments.Select(argument => argument.Replace("{minimal}", Minimal11).Replace("{temp}", temp.Combine("out"))).ToArray();

        var line = CliAssert.BadInput(CliProcess.Run(resolved));
        Assert.Contains("--help", line);
        Assert.False(Directory.Exists(temp.Combine("out")), "nothing is written on bad arguments");
    }

    [Theory]
    [InlineData]
    [InlineData("import")]
    [InlineData("validate")]
    [InlineData("sample")]
    public void Help_shows_usage_examples_and_exit_codes(params string[] command)
    {
        var result = CliProcess.Run(command.Append("--help").ToArray());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StdErr);
        Assert.Contains("Usage:", result.StdOut);
        Assert.Contains("Examples:", result.StdOut);
        Assert.Contains(result.OutLines, line => line.TrimStart().StartsWith("rostertools " + (command.Length == 0 ? string.Empty : command[0])));
        Assert.Contains("Exit codes:", result.StdOut);
        Assert.Contains(result.OutLines, line => line.TrimStart().StartsWith("130 "));
    }

    [Fact]
    public void Import_help_documents_strict_entity_names_and_formats()
    {
        var help = CliProcess.Run("import", "--help").StdOut;

        Assert.Contains("--strict", help);
        Assert.Contains("--entity", help);
        Assert.Contains("academicSessions", help);
        Assert.Contains("--format <table|json>", help);
        Assert.Contains("--include-secrets", help);
    }

    [Fact]
    public void Validate_help_says_what_strict_changes()
    {
        var help = CliProcess.Run("validate", "--help").StdOut;

        Assert.Contains("--strict", help);
        Assert.Contains("warnings never fail", help);
    }

    [Fact]
    public void Version_is_the_informational_version_of_the_assembly()
    {
        var result = CliProcess.Run("--version");

        Assert.Equal(0, result.ExitCode);
        var version = Assert.Single(result.OutLines);
        Assert.Equal(FileVersionInfo.GetVersionInfo(CliProcess.Dll).ProductVersion, version);
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
    }
}
