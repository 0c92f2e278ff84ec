using System.IO;
using System.Linq;
using System.Text.Json;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary>compare, merge and export end to end: exit codes, output shapes, snapshots, profiles, bad arguments.</summary>
public sealed class CompareMergeExportTests
{
    [Fact]
    public void Compare_prints_the_changes_as_json_and_exits_1_and_0_when_nothing_changed()
    {
        using var temp = new TempFolder();
        var before = TestBundles.WriteFolder(temp, "before", TestBundles.Valid12());
        var files = TestBundles.Valid12();
        files["users.csv"][2] = files["users.csv"][2].Replace("Núñez", "Núñez-Díaz").Replace(TestBundles.JosePassword, "N3w-Secret!");
        var after = TestBundles.WriteFolder(temp, "after", files);

        var changed = CliProcess.Run("compare", before, after, "--format", "json");
        var same = CliProcess.Run("compare", before, before);

        Assert.True(changed.ExitCode == 1, changed.ToString());
        var changes = changed.Json.EnumerateArray().ToList();
        var user = Assert.Single(changes, c => c.GetProperty("entity").GetString() == "users");
        Assert.Equal(("u2", "modified"), (user.GetProperty("sourcedId").GetString(), user.GetProperty("change").GetString()));
        var properties = user.GetProperty("properties").EnumerateArray().ToList();
        Assert.Equal(("familyName", "Núñez", "Núñez-Díaz"), (properties[0].GetProperty("name").GetString(), properties[0].GetProperty("old").GetString(), properties[0].GetProperty("new").GetString()));
        Assert.Equal(("password", JsonValueKind.Null, true), (properties[1].GetProperty("name").GetString(), properties[1].GetProperty("new").ValueKind, properties[1].GetProperty("secret").GetBoolean()));
        Assert.DoesNotContain("Secret", changed.StdOut + changed.StdErr);
        Assert.Contains(changes, c => c.GetProperty("entity").GetString() == "persons");
        Assert.Contains("2 changes: persons 1 modified; users 1 modified.", changed.StdErr);

        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Equal(string.Empty, same.StdOut);
        Assert.Contains("no changes", same.StdErr);
    }

    [Fact]
    public void Compare_of_two_generated_nights_in_a_table_restricted_to_persons()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run("sample", "--students", "400", "--out", temp.Combine("n1")).ExitCode);
        var night = CliProcess.Run("sample", "--students", "400", "--next-night", "3", "--change-rate", "0.1", "--out", temp.Combine("n2"));
        Assert.True(night.ExitCode == 0, night.ToString());
        Assert.Contains(night.OutLines, line => line.StartsWith("The next night (seed 3): ", System.StringComparison.Ordinal));

        var compare = CliProcess.Run("compare", temp.Combine("n1"), temp.Combine("n2"), "--entity", "persons");

        Assert.Equal(1, compare.ExitCode);
        Assert.StartsWith("entity", compare.OutLines[0]);
        Assert.All(compare.OutLines.Skip(1), line => Assert.StartsWith("persons ", line));
    }

    [Fact]
    public void Export_a_delta_and_merge_it_back_gives_the_same_roster()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run("sample", "--students", "300", "--version", "1.1", "--out", temp.Combine("n1")).ExitCode);
        Assert.Equal(0, CliProcess.Run("sample", "--students", "300", "--version", "1.1", "--next-night", "4", "--change-rate", "0.1", "--out", temp.Combine("n2")).ExitCode);

        var delta = CliProcess.Run("export", temp.Combine("n2"), "--out", temp.Combine("delta.zip"), "--since", temp.Combine("n1"), "--format", "json");
        var merge = CliProcess.Run("merge", temp.Combine("n1"), temp.Combine("delta.zip"), "--out", temp.Combine("merged"));
        var compare = CliProcess.Run("compare", temp.Combine("n2"), temp.Combine("merged"));

        Assert.True(delta.ExitCode == 0, delta.ToString());
        Assert.Equal(("delta", "1.1"), (delta.Json.GetProperty("mode").GetString(), delta.Json.GetProperty("version").GetString()));
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Contains(merge.OutLines, line => line.StartsWith("users ", System.StringComparison.Ordinal));
        Assert.True(compare.ExitCode == 0, compare.ToString());
    }

    [Fact]
    public void Export_converts_versions_applies_a_profile_and_writes_lf()
    {
        using var temp = new TempFolder();
        var bundle = TestBundles.WriteFolder(temp, "in", TestBundles.Valid12());
        var profile = temp.Combine("vendor.yaml");
        File.WriteAllText(profile, "files:\n  orgs: all\n  users: [sourcedId, enabledUser, username, givenName, familyName]\n  roles: all\n");

        var v11 = CliProcess.Run("export", bundle, "--out", temp.Combine("v11"), "--version", "1.1", "--line-ending", "lf");
        var vendor = CliProcess.Run("export", bundle, "--out", temp.Combine("vendor.zip"), "--profile", profile, "--format", "json");

        Assert.True(v11.ExitCode == 0, v11.ToString());
        var users = File.ReadAllText(temp.Combine("v11", "users.csv"));
        Assert.DoesNotContain("\r", users);
        Assert.StartsWith("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,", users);
        Assert.Contains("preferredGivenName", v11.StdErr);
        Assert.True(vendor.ExitCode == 0, vendor.ToString());
        Assert.Equal(new[] { "orgs", "users", "roles" }, vendor.Json.GetProperty("files").EnumerateObject().Select(p => p.Name));
        var import = CliProcess.Run("import", temp.Combine("vendor.zip"), "--entity", "users", "--format", "json", "--include-secrets");
        Assert.All(import.Json.EnumerateArray(), u => Assert.Equal(JsonValueKind.Null, u.GetProperty("password").ValueKind));
        Assert.All(import.Json.EnumerateArray(), u => Assert.Equal(JsonValueKind.Null, u.GetProperty("email").ValueKind));
    }

    [Fact]
    public void Snapshots_save_compare_and_merge_against_the_latest()
    {
        using var temp = new TempFolder();
        var store = temp.Combine("snapshots");
        var bundle = TestBundles.WriteFolder(temp, "in", TestBundles.Valid12());

        var empty = CliProcess.Run("compare", "--snapshots", store, bundle);
        var saved = CliProcess.Run("export", bundle, "--snapshots", store, "--keep", "2");
        var again = CliProcess.Run("export", bundle, "--snapshots", store, "--keep", "2");
        var third = CliProcess.Run("export", bundle, "--snapshots", store, "--keep", "2");
        var compare = CliProcess.Run("compare", "--snapshots", store, bundle);

        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no snapshot", Assert.Single(empty.ErrLines));
        Assert.True(saved.ExitCode == 0 && again.ExitCode == 0 && third.ExitCode == 0, saved + "\n" + third);
        Assert.StartsWith("Saved snapshot roster-", saved.OutLines[0]);
        Assert.Equal(2, Directory.GetFiles(store, "roster-*.zip").Length);
        Assert.True(File.Exists(Path.Combine(store, "snapshots.json")));
        Assert.True(compare.ExitCode == 0, compare.ToString());
        Assert.Contains("latest snapshot", compare.StdErr);
    }

    [Theory]
    [InlineData("compare", "--entity", "people")]
    [InlineData("compare", "--snapshots", "x")]
    [InlineData("export", "--mode", "delta")]
    [InlineData("export", "--mode", "sideways")]
    [InlineData("export", "--keep", "3")]
    [InlineData("merge")]
    public void Bad_arguments_exit_2_with_one_line(string command, params string[] extra)
    {
        using var temp = new TempFolder();
        var bundle = TestBundles.WriteFolder(temp, "in", TestBundles.Valid12());
        var arguments = command switch
        {
            "compare" => new[] { "compare", bundle, bundle },
            "export" => new[] { "export", bundle, "--out", temp.Combine("out") },
            _ => new[] { "merge", bundle, "--out", temp.Combine("out") },
        };

        var result = CliProcess.Run(arguments.Concat(extra).ToArray());

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Single(result.ErrLines);
        Assert.Equal(string.Empty, result.StdOut);
    }

    [Fact]
    public void A_profile_with_a_mistake_exits_2_naming_its_line()
    {
        using var temp = new TempFolder();
        var bundle = TestBundles.WriteFolder(temp, "in", TestBundles.Valid12());
        var profile = temp.Combine("vendor.yaml");
        File.WriteAllText(profile, "files:\n  users: [sourcedId, emial]\n");

        var result = CliProcess.Run("export", bundle, "--out", temp.Combine("out"), "--profile", profile);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("vendor.yaml, line 2, column 22: 'emial' is not a column of users.csv (did you mean 'email'?)", Assert.Single(result.ErrLines));
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void Export_refuses_an_occupied_folder_without_force()
    {
        using var temp = new TempFolder();
        var bundle = TestBundles.WriteFolder(temp, "in", TestBundles.Valid12());

        var refused = CliProcess.Run("export", bundle, "--out", bundle);
        var forced = CliProcess.Run("export", bundle, "--out", bundle, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("not empty", Assert.Single(refused.ErrLines));
        Assert.True(forced.ExitCode == 0, forced.ToString());
    }
}
