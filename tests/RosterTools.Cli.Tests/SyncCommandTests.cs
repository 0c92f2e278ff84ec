using System.IO;
using System.Linq;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary>rostertools sync end to end: the quickstart twice, what-if, a refused run, a bad config, exit codes for schedulers.</summary>
public sealed class SyncCommandTests
{
    private static string Config(TempFolder temp, string source, string extra = "")
    {
        var path = temp.Combine("sync.yaml");
        var policy = Path.Combine(Paths.Repository, "examples", "policies", "district.policy.yaml");
        File.WriteAllText(path, $"source:\n  path: \"{source}\"\npolicy: \"{policy}\"\ntarget:\n  local: {{}}\nstate: ./state\n{extra}");
        return path;
    }

    private static string ExampleDistrict => Path.Combine(Paths.Repository, "examples", "data", "oneroster-1.2");

    [Fact]
    public void The_first_sync_creates_the_district_and_the_second_has_nothing_to_do()
    {
        using var temp = new TempFolder();
        var config = Config(temp, ExampleDistrict);

        var first = CliProcess.Run("sync", "--config", config, "--format", "json");
        var second = CliProcess.Run("sync", "--config", config);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("Done", first.Json.GetProperty("outcome").GetString());
        Assert.True(first.Json.GetProperty("plan").GetProperty("actions").GetProperty("Create").GetInt32() > 600);
        Assert.Equal(0, first.Json.GetProperty("failed").GetInt32());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Nothing to do: the directory is in step with the SIS.", second.StdOut);
        Assert.True(File.Exists(temp.Combine("state", "last-sync.json")));
    }

    [Fact]
    public void What_if_lists_the_plan_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var config = Config(temp, ExampleDistrict);

        var result = CliProcess.Run("sync", "--config", config, "--what-if");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("(what-if: nothing was changed)", result.StdOut);
        Assert.Contains("Create", result.StdOut);
        Assert.False(File.Exists(temp.Combine("state", "directory.json")));
        Assert.False(Directory.Exists(temp.Combine("state", "snapshots")));
    }

    [Fact]
    public void A_source_with_errors_is_refused_with_exit_code_2()
    {
        using var temp = new TempFolder();
        var source = temp.Combine("source");
        Directory.CreateDirectory(source);
        foreach (var file in Directory.GetFiles(ExampleDistrict))
        {
            File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
        }

        var users = Path.Combine(source, "users.csv");
        File.WriteAllLines(users, File.ReadAllLines(users).Where((line, index) => index == 0 || index % 10 == 0));

        var result = CliProcess.Run("sync", "--config", Config(temp, source));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("refused, nothing was changed", result.StdOut);
        Assert.Contains("the source has", result.StdErr);
        Assert.False(File.Exists(temp.Combine("state", "directory.json")));
    }

    [Fact]
    public void A_config_mistake_names_its_line_and_column_and_exits_3()
    {
        using var temp = new TempFolder();
        var config = Config(temp, ExampleDistrict, "snapshot:\n  keep: 3\n");

        var result = CliProcess.Run("sync", "--config", config);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("sync.yaml:7:1: 'snapshot' is not a key of a sync config; did you mean 'snapshots'?", result.StdErr);
    }

    [Fact]
    public void Help_gives_the_sync_exit_codes()
    {
        var result = CliProcess.Run("sync", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2    refused, nothing changed", result.StdOut);
        Assert.Contains("rostertools sync --config examples/quickstart/sync.yaml", result.StdOut);
    }
}
