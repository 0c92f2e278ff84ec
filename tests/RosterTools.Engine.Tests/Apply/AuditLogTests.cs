using System.IO;
using RosterTools.Apply;
using RosterTools.Audit;
using RosterTools.Planning;

namespace RosterTools.Tests.Apply;

/// <summary>The audit log: append-only lines, rotation by month and size without losing entries, queries, secrets.</summary>
public class AuditLogTests
{
    private static readonly DateTime November = new(2026, 11, 30, 23, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Rotation_by_size_and_month_keeps_every_entry_in_order()
    {
        using var scenario = new ApplyScenario();
        using (var log = new AuditLog(scenario.State, maxFileBytes: 2_000))
        {
            for (var i = 0; i < 60; i++)
            {
                log.Append(new[] { Entry(November.AddMinutes(i * 2), "run-" + (i / 30), "user" + i, ActionType.Create) });
            }
        }

        var files = Directory.GetFiles(Path.Combine(scenario.State, AuditLog.FolderName)).Select(Path.GetFileName).OrderBy(name => name).ToList();
        var all = AuditLog.Read(scenario.State).ToList();

        Assert.Contains("audit-202611-001.jsonl", files);
        Assert.Contains("audit-202611-002.jsonl", files);
        Assert.Contains("audit-202612-001.jsonl", files);
        Assert.All(files.Select(name => new FileInfo(Path.Combine(scenario.State, AuditLog.FolderName, name!))), file => Assert.True(file.Length < 2_000 + 1_000));
        Assert.Equal(Enumerable.Range(0, 60).Select(i => "user" + i), all.Select(entry => entry.Account));
    }

    [Fact]
    public void Queries_filter_by_time_account_action_and_run()
    {
        using var scenario = new ApplyScenario();
        using (var log = new AuditLog(scenario.State))
        {
            log.Append(new[]
            {
                Entry(November, "r1", "jdoe", ActionType.Create),
                Entry(November.AddHours(2), "r1", "jdoe", ActionType.AddMember),
                Entry(November.AddDays(3), "r2", "asmith", ActionType.Create),
                Entry(November.AddDays(40), "r3", "jdoe", ActionType.Disable),
            });
        }

        IEnumerable<string> Query(AuditQuery query) => AuditLog.Read(scenario.State, query).Select(entry => $"{entry.RunId}:{entry.Account}:{entry.Action}");

        Assert.Equal(new[] { "r1:jdoe:Create", "r1:jdoe:AddMember", "r3:jdoe:Disable" }, Query(new AuditQuery { Account = "JDOE" }));
        Assert.Equal(new[] { "r1:jdoe:Create", "r1:jdoe:AddMember", "r3:jdoe:Disable" }, Query(new AuditQuery { Account = "E-jd*" }));
        Assert.Equal(new[] { "r1:jdoe:Create", "r2:asmith:Create" }, Query(new AuditQuery { Action = ActionType.Create }));
        Assert.Equal(new[] { "r2:asmith:Create" }, Query(new AuditQuery { RunId = "r2" }));
        Assert.Equal(new[] { "r1:jdoe:AddMember", "r2:asmith:Create" }, Query(new AuditQuery { Since = November.AddHours(1), Until = November.AddDays(4) }));
        Assert.Equal(new[] { "r3:jdoe:Disable" }, Query(new AuditQuery { Since = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc) }));
    }

    [Fact]
    public void An_entry_reads_back_whole_and_secret_attributes_never_reach_the_file()
    {
        using var scenario = new ApplyScenario();
        var entry = Entry(November, "r1", "jdoe", ActionType.Update);
        entry.Changes = new List<AttributeChange> { new("DisplayName", "J Doe", "Jane Doe"), new("InitialPassword", null, "Tiger-lake-7") };
        entry.Response = "updated";
        using (var log = new AuditLog(scenario.State))
        {
            log.Append(new[] { entry });
        }

        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(scenario.State, AuditLog.FolderName)).Single());
        var read = AuditLog.Read(scenario.State).Single();

        Assert.DoesNotContain("Tiger-lake-7", text);
        Assert.Equal("(secret)", read.Changes[1].After);
        Assert.Equal(("J Doe", "Jane Doe"), (read.Changes[0].Before, read.Changes[0].After));
        Assert.Equal((entry.TimeUtc, entry.User, entry.Machine, entry.Anchor, entry.Source, entry.Snapshot, entry.Result, entry.Response, entry.Reason),
            (read.TimeUtc, read.User, read.Machine, read.Anchor, read.Source, read.Snapshot, read.Result, read.Response, read.Reason));
    }

    [Fact]
    public void A_line_torn_by_a_crash_is_passed_over_and_the_next_entry_starts_on_its_own_line()
    {
        using var scenario = new ApplyScenario();
        using (var log = new AuditLog(scenario.State))
        {
            log.Append(new[] { Entry(November, "r1", "first", ActionType.Create) });
        }

        var file = Directory.GetFiles(Path.Combine(scenario.State, AuditLog.FolderName)).Single();
        File.AppendAllText(file, "{\"time\":\"2026-11-30T23:00:00.000Z\",\"runId\":\"r1\",\"us");
        using (var log = new AuditLog(scenario.State))
        {
            log.Append(new[] { Entry(November, "r2", "second", ActionType.Create) });
        }

        Assert.Equal(new[] { "first", "second" }, AuditLog.Read(scenario.State).Select(entry => entry.Account));
    }

    [Fact]
    public void A_damaged_line_in_the_middle_is_an_error_naming_file_and_line()
    {
        using var scenario = new ApplyScenario();
        using (var log = new AuditLog(scenario.State))
        {
            log.Append(new[] { Entry(November, "r1", "first", ActionType.Create), Entry(November, "r1", "second", ActionType.Create) });
        }

        var file = Directory.GetFiles(Path.Combine(scenario.State, AuditLog.FolderName)).Single();
        var lines = File.ReadAllLines(file);
        lines[0] = lines[0].Replace("\"action\":\"Create\"", "\"action\":\"Explode\"");
        File.WriteAllLines(file, lines);

        var error = Assert.Throws<InvalidDataException>(() => AuditLog.Read(scenario.State).ToList());

        Assert.Contains(file + ":1:", error.Message);
    }

    private static AuditEntry Entry(DateTime time, string run, string account, ActionType action) => new()
    {
        TimeUtc = time, RunId = run, User = "DISTRICT\\admin", Machine = "sync-1", ActionId = "a-" + account + "-" + action, Action = action, Stage = ActionStage.Provision,
        Account = account, Anchor = "E-" + account, Reason = "new student", Source = "sis.zip", Snapshot = "abc123", Result = ActionStatus.Done,
    };
}
