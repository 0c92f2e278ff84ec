using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using RosterTools.Planning;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary>plan and names end to end on the example district: a first run, a later night against the directory it left, the saved plan, the safety limits, bad input.</summary>
public sealed class PlanTests
{
    private const string Today = "2026-11-21";

    private static string Policy => Path.Combine(Paths.Repository, "examples", "policies", "district.policy.yaml");

    private static string District(string version) => Path.Combine(Paths.Repository, "examples", "data", "oneroster-" + version);

    private static string EmptyDirectory(TempFolder temp)
    {
        var path = temp.Combine("empty.csv");
        File.WriteAllText(path, "SamAccountName,UserPrincipalName,EmployeeID\n");
        return path;
    }

    private static CliResult Plan(string roster, string directory, params string[] more) =>
        CliProcess.Run(new[] { "plan", "--roster", roster, "--directory", directory, "--policy", Policy, "--today", Today }.Concat(more).ToArray());

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.1")]
    public void A_first_run_creates_every_account_and_the_example_policy_plans_cleanly(string version)
    {
        using var temp = new TempFolder();

        var run = Plan(District(version), EmptyDirectory(temp), "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var plan = run.Json;
        Assert.Equal("rostertools-plan", plan.GetProperty("format").GetString());
        Assert.Empty(plan.GetProperty("findings").EnumerateArray());
        Assert.False(plan.GetProperty("blocked").GetBoolean());
        var actions = plan.GetProperty("actions").EnumerateArray().ToList();
        var creates = actions.Where(action => action.GetProperty("action").GetString() == "Create").ToList();
        Assert.Equal(plan.GetProperty("summary").GetProperty("managedPeople").GetInt32(), creates.Count);
        Assert.True(creates.Count > 600, $"{creates.Count} accounts");
        Assert.Equal(creates.Count, creates.Select(action => action.GetProperty("samAccountName").GetString()).Distinct().Count());
        Assert.All(actions, action => Assert.DoesNotContain(action.GetProperty("action").GetString(), new[] { "Disable", "Delete", "RemoveMember", "Update", "Move" }));
        Assert.Contains("; no findings.", run.StdErr);
    }

    [Fact]
    public void The_table_lists_the_actions_then_the_counts_per_school_and_action()
    {
        using var temp = new TempFolder();

        var run = Plan(District("1.2"), EmptyDirectory(temp));

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.OutLines;
        Assert.StartsWith("action", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("Create ", System.StringComparison.Ordinal) && line.Contains("OU=Students,OU=Brookside Elementary School", System.StringComparison.Ordinal));
        var summary = System.Array.FindIndex(lines, line => line.StartsWith("school ", System.StringComparison.Ordinal));
        Assert.True(summary > 0, run.ToString());
        Assert.Matches(@"^school\s+Create\s+CreateGroup\s+AddMember\s+AssignLicense$", lines[summary]);
        Assert.Contains(lines.Skip(summary), line => line.StartsWith("351201500100 ", System.StringComparison.Ordinal));
        Assert.StartsWith("(all) ", lines[^1]);
        Assert.Contains("rostertools: plan of 2026-11-21: ", run.StdErr);
    }

    [Fact]
    public void The_saved_plan_reloads_exactly_and_is_what_json_prints()
    {
        using var temp = new TempFolder();
        var saved = temp.Combine("plan.json");

        var run = Plan(District("1.2"), EmptyDirectory(temp), "--out", saved, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var bytes = File.ReadAllBytes(saved);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), run.StdOut.TrimEnd('\n'));
        Plan reloaded;
        using (var stream = File.OpenRead(saved))
        {
            reloaded = PlanJson.Read(stream, saved);
        }

        using var again = new MemoryStream();
        PlanJson.Write(again, reloaded);
        Assert.Equal(bytes, again.ToArray());
        Assert.Equal(run.Json.GetProperty("actions").GetArrayLength(), reloaded.Actions.Count);
        Assert.Contains("saved to " + saved, run.StdErr);
    }

    [Fact]
    public void The_night_after_a_first_run_plans_only_what_changed_in_the_directory()
    {
        using var temp = new TempFolder();
        var first = Plan(District("1.2"), EmptyDirectory(temp), "--format", "json");
        Assert.True(first.ExitCode == 0, first.ToString());
        var directory = new PlannedDirectory(first.Json);
        var unchanged = temp.Combine("unchanged.csv");
        directory.Write(unchanged);

        var nothing = Plan(District("1.2"), unchanged, "--format", "json");

        Assert.True(nothing.ExitCode == 0, nothing.ToString());
        Assert.Empty(nothing.Json.GetProperty("actions").EnumerateArray());

        var students = directory.Accounts.Where(account => account["UserPrincipalName"].Contains("@students.", System.StringComparison.Ordinal)).ToList();
        var removed = students[0];
        var renamed = students[1];
        var moved = students[2];
        var ungrouped = students[3];
        directory.Accounts.Remove(removed);
        renamed["DisplayName"] = "Somebody Else";
        moved["DistinguishedName"] = $"CN={moved["SamAccountName"]},OU=Elsewhere,DC=sanlorenzovalley,DC=k12,DC=example,DC=org";
        var group = ungrouped["MemberOf"].Split(';')[0];
        ungrouped["MemberOf"] = string.Join(";", ungrouped["MemberOf"].Split(';').Skip(1));
        directory.Accounts.Add(new Dictionary<string, string>
        {
            ["EmployeeID"] = "left-the-district",
            ["SamAccountName"] = "gone2030",
            ["UserPrincipalName"] = "gone2030@students.sanlorenzovalley.k12.example.org",
            ["Enabled"] = "True",
            ["DistinguishedName"] = "CN=gone2030,OU=Grade 09,OU=Students,OU=Ellen Ochoa High School,OU=Schools,DC=sanlorenzovalley,DC=k12,DC=example,DC=org",
            ["MemberOf"] = "351201500106-students",
            ["Licenses"] = "STANDARDWOFFPACK_STUDENT",
        });
        var changed = temp.Combine("changed.csv");
        directory.Write(changed);

        var night = Plan(District("1.2"), changed, "--format", "json");

        Assert.True(night.ExitCode == 0, night.ToString());
        var actions = night.Json.GetProperty("actions").EnumerateArray()
            .Select(action => (Action: action.GetProperty("action").GetString()!, Account: action.GetProperty("account").GetString()!))
            .ToList();
        var expected = new List<(string, string)> { ("Create", removed["SamAccountName"]), ("Update", renamed["SamAccountName"]), ("Move", moved["SamAccountName"]), ("AddMember", ungrouped["SamAccountName"]) };
        expected.AddRange(removed["MemberOf"].Split(';').Select(_ => ("AddMember", removed["SamAccountName"])));
        expected.Add(("AssignLicense", removed["SamAccountName"]));
        expected.AddRange(new[] { "Disable", "RevokeSessions", "RemoveMember", "RemoveLicense", "Move" }.Select(action => (action, "gone2030")));
        Assert.Equal(expected.OrderBy(item => item.Item1).ThenBy(item => item.Item2), actions.OrderBy(item => item.Action).ThenBy(item => item.Account));
        var add = night.Json.GetProperty("actions").EnumerateArray().Single(action => action.GetProperty("action").GetString() == "AddMember" && action.GetProperty("account").GetString() == ungrouped["SamAccountName"]);
        Assert.Equal(group, add.GetProperty("group").GetString());
        var update = night.Json.GetProperty("actions").EnumerateArray().Single(action => action.GetProperty("action").GetString() == "Update");
        Assert.Equal("Somebody Else", update.GetProperty("changes")[0].GetProperty("before").GetString());
    }

    [Fact]
    public void A_plan_that_breaks_a_safety_limit_is_blocked_with_exit_code_4()
    {
        using var temp = new TempFolder();
        var first = Plan(District("1.2"), EmptyDirectory(temp), "--format", "json");
        var directory = new PlannedDirectory(first.Json);
        for (var i = 0; i < 50; i++)
        {
            directory.Accounts.Add(new Dictionary<string, string>
            {
                ["EmployeeID"] = "left-" + i,
                ["SamAccountName"] = "left" + i,
                ["UserPrincipalName"] = $"left{i}@students.sanlorenzovalley.k12.example.org",
                ["Enabled"] = "True",
                ["DistinguishedName"] = $"CN=left{i},OU=Grade 09,OU=Students,OU=Ellen Ochoa High School,OU=Schools,DC=sanlorenzovalley,DC=k12,DC=example,DC=org",
            });
        }

        var path = temp.Combine("directory.csv");
        directory.Write(path);
        var saved = temp.Combine("blocked.json");

        var run = Plan(District("1.2"), path, "--out", saved);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("rostertools: BLOCKED: ", run.StdErr);
        using var stream = File.OpenRead(saved);
        var plan = PlanJson.Read(stream, saved);
        Assert.True(plan.Blocked);
        Assert.Equal(50, plan.Summary.ByAction[ActionType.Disable]);
    }

    [Fact]
    public void Bad_input_is_exit_code_2_with_one_line_naming_the_problem()
    {
        using var temp = new TempFolder();
        var policy = temp.Combine("bad.policy.yaml");
        File.WriteAllText(policy, "name: broken\nnaming:\n  student:\n    maxLenght: 12\n");
        var directory = temp.Combine("bad.csv");
        File.WriteAllText(directory, "Name,Office\nx,y\n");

        var badPolicy = CliProcess.Run("plan", "--roster", District("1.2"), "--directory", EmptyDirectory(temp), "--policy", policy);
        var badDirectory = Plan(District("1.2"), directory);
        var missingDirectory = Plan(District("1.2"), temp.Combine("missing.csv"));
        var badDay = CliProcess.Run("plan", "--roster", District("1.2"), "--directory", EmptyDirectory(temp), "--policy", Policy, "--today", "21/11/2026");
        var noDirectory = CliProcess.Run("plan", "--roster", District("1.2"), "--policy", Policy);

        Assert.True(badPolicy.ExitCode == 2, badPolicy.ToString());
        Assert.Contains("bad.policy.yaml", badPolicy.StdErr);
        Assert.Contains("maxLenght", badPolicy.StdErr);
        Assert.Contains("4", badPolicy.StdErr);
        Assert.Single(badPolicy.ErrLines);
        Assert.True(badDirectory.ExitCode == 2, badDirectory.ToString());
        Assert.Contains("has no SamAccountName, Username or UserPrincipalName column", badDirectory.StdErr);
        Assert.True(missingDirectory.ExitCode == 2, missingDirectory.ToString());
        Assert.Contains("missing.csv' does not exist", missingDirectory.StdErr);
        Assert.True(badDay.ExitCode == 2, badDay.ToString());
        Assert.Contains("--today takes a date as yyyy-MM-dd", badDay.StdErr);
        Assert.True(noDirectory.ExitCode == 2, noDirectory.ToString());
        Assert.Contains("--directory", noDirectory.StdErr);
        Assert.All(new[] { badPolicy, badDirectory, missingDirectory, badDay, noDirectory }, result => Assert.Equal(string.Empty, result.StdOut));
    }

    [Fact]
    public void Names_previews_everyone_and_one_person_gets_the_name_the_plan_gives_them()
    {
        using var temp = new TempFolder();
        var plan = Plan(District("1.2"), EmptyDirectory(temp), "--format", "json");
        var creates = plan.Json.GetProperty("actions").EnumerateArray().Where(action => action.GetProperty("action").GetString() == "Create").ToList();
        var last = creates[^1];

        var all = CliProcess.Run("names", "--roster", District("1.2"), "--policy", Policy, "--today", Today, "--format", "json");
        var one = CliProcess.Run("names", "--roster", District("1.2"), "--policy", Policy, "--today", Today, "--format", "json", "--sourced-id", last.GetProperty("sourcedId").GetString()!);
        var table = CliProcess.Run("names", "--roster", District("1.2"), "--policy", Policy, "--today", Today);
        var unknown = CliProcess.Run("names", "--roster", District("1.2"), "--policy", Policy, "--sourced-id", "no-such-person");

        Assert.True(all.ExitCode == 0, all.ToString());
        var previews = all.Json.EnumerateArray().ToList();
        Assert.Equal(creates.Count, previews.Count);
        Assert.All(previews, preview => Assert.Equal("New", preview.GetProperty("status").GetString()));
        Assert.Equal(
            creates.Select(action => (action.GetProperty("sourcedId").GetString(), action.GetProperty("samAccountName").GetString(), action.GetProperty("path").GetString())).OrderBy(item => item.Item1),
            previews.Select(preview => (preview.GetProperty("sourcedId").GetString(), preview.GetProperty("username").GetString(), preview.GetProperty("path").GetString())).OrderBy(item => item.Item1));

        Assert.True(one.ExitCode == 0, one.ToString());
        var single = Assert.Single(one.Json.EnumerateArray());
        Assert.Equal(last.GetProperty("samAccountName").GetString(), single.GetProperty("username").GetString());
        Assert.Equal(last.GetProperty("userPrincipalName").GetString(), single.GetProperty("userPrincipalName").GetString());

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Matches(@"^sourcedId\s+name\s+status\s+username\s+userPrincipalName\s+path\s+notes$", table.OutLines[0]);
        Assert.Equal(creates.Count + 1, table.OutLines.Length);

        Assert.True(unknown.ExitCode == 1, unknown.ToString());
        Assert.Contains("not in the roster: no-such-person", unknown.StdErr);
    }
}
