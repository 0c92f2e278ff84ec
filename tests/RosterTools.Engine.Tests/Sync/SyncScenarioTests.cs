using System.IO;
using System.Text.RegularExpressions;
using RosterTools.Apply;
using RosterTools.Audit;
using RosterTools.Compare;
using RosterTools.OneRoster.Csv;
using RosterTools.Planning;
using RosterTools.Samples;
using RosterTools.Sync;
using RosterTools.Tests.Apply;

namespace RosterTools.Tests.Sync;

/// <summary>Two nights of a generated district through the sync: the second does exactly what the generator changed.</summary>
public class SyncScenarioTests
{
    [Fact]
    public void The_next_night_creates_the_new_students_and_disables_exactly_those_who_left_or_were_disabled()
    {
        using var scenario = new ApplyScenario();
        var night1 = Path.Combine(scenario.State, "..", Path.GetFileName(scenario.State) + "-night1");
        var night2 = Path.Combine(scenario.State, "..", Path.GetFileName(scenario.State) + "-night2");
        try
        {
            SampleDistrict.Write(night1, new SampleDistrictOptions { Students = 700, Seed = 21 });
            var changes = SampleDistrict.Write(night2, new SampleDistrictOptions { Students = 700, Seed = 21, NextNightSeed = 22, ChangeRate = 0.02 });
            var policy = Path.Combine(scenario.State, "policy.yaml");

            // The example policy, for every school of the generated district (the example names three of its own).
            File.WriteAllText(policy, Regex.Replace(File.ReadAllText(Paths.Examples("policies", "district.policy.yaml")), @"  schools:\r?\n(    - .*\r?\n)+", string.Empty));
            var first = SyncRunner.Run(Config(scenario, night1, policy), new SyncOptions { Today = new DateTime(2026, 11, 20) });
            Assert.True(first.Outcome == SyncOutcome.Done, first.ToString());

            var second = SyncRunner.Run(Config(scenario, night2, policy), new SyncOptions { Today = new DateTime(2026, 11, 21) });

            Assert.True(second.Outcome == SyncOutcome.Done, second.ToString());
            var before = OneRosterReader.Read(night1);
            var after = OneRosterReader.Read(night2);
            bool IsStudent(RosterTools.OneRoster.Roster roster, string id) => roster.RolesOf(id).Any(role => string.Equals(role.Role.ToString(), "student", StringComparison.OrdinalIgnoreCase));
            var enrolled = changes.Changes.Where(c => c.Entity == "users" && c.Change == ChangeType.Added && IsStudent(after, c.SourcedId)).Select(c => c.SourcedId).ToHashSet();
            var left = changes.Changes.Where(c => c.Entity == "users" && c.Change == ChangeType.Removed && IsStudent(before, c.SourcedId)).Select(c => c.SourcedId)
                .Concat(after.Users.Where(u => u.EnabledUser == false && IsStudent(after, u.SourcedId) && before.Users.Any(b => b.SourcedId == u.SourcedId && b.EnabledUser != false)).Select(u => u.SourcedId))
                .ToHashSet();
            Assert.NotEmpty(enrolled);
            Assert.NotEmpty(left);

            var runs = new[] { second.Provision!.RunId, second.Deprovision!.RunId };
            var audit = AuditLog.Read(scenario.State).Where(entry => runs.Contains(entry.RunId)).ToList();
            Assert.Equal(enrolled.OrderBy(id => id), audit.Where(e => e.Action == ActionType.Create).Select(e => e.Anchor!).OrderBy(id => id));
            Assert.Equal(left.OrderBy(id => id), audit.Where(e => e.Action == ActionType.Disable).Select(e => e.Anchor!).OrderBy(id => id));
            // The local store keeps no sign-in sessions, so revoking them finds nothing to do.
            Assert.All(audit, entry => Assert.Equal(entry.Action == ActionType.RevokeSessions ? ActionStatus.AlreadyDone : ActionStatus.Done, entry.Result));
            Assert.Empty(audit.Where(e => e.Action == ActionType.Delete));

            // A third night with the same export does nothing.
            var third = SyncRunner.Run(Config(scenario, night2, policy), new SyncOptions { Today = new DateTime(2026, 11, 21) });
            Assert.Equal((0, 0), (third.Provision!.Total, third.Deprovision!.Total));
        }
        finally
        {
            foreach (var folder in new[] { night1, night2 })
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    private static string Config(ApplyScenario scenario, string source, string policy)
    {
        var path = Path.Combine(scenario.State, "sync.yaml");
        File.WriteAllText(path, $"source: {source}\npolicy: {policy}\nstate: .\ntarget:\n  kind: local\n");
        return path;
    }
}
