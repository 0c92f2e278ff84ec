using System.IO;
using RosterTools.Apply;
using RosterTools.Apply.Passwords;
using RosterTools.Planning;

namespace RosterTools.Tests.Apply;

/// <summary>The one protected output of initial passwords an admin may ask for, and nowhere else.</summary>
public class PasswordFileTests
{
    [Fact]
    public void Every_created_account_gets_its_password_in_the_file_and_the_target_got_the_same_one()
    {
        using var scenario = new ApplyScenario();
        var plan = scenario.PlanFor(ApplyScenario.District().Read());
        var path = Path.Combine(scenario.State, "..", Path.GetFileName(scenario.State) + "-passwords.csv");
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var file = PasswordFile.Create(path))
        using (var target = new HookedTarget(scenario.State))
        {
            var run = Applier.Apply(plan, target, new ApplyOptions { StateFolder = scenario.State, PasswordIssued = file.Write });
            Assert.Equal(0, run.Failed);
            foreach (var pair in target.Passwords)
            {
                given[pair.Key] = pair.Value;
            }

            Assert.Equal(plan.Actions.Count(action => action.Action == ActionType.Create), file.Count);
        }

        try
        {
            var lines = File.ReadAllLines(path);
            Assert.Equal("account,userPrincipalName,sourcedId,password", lines[0]);
            Assert.NotEmpty(given);
            Assert.Equal(given.Count, lines.Length - 1);
            foreach (var pair in given)
            {
                Assert.Contains(lines, line => line.StartsWith(pair.Key + ",", StringComparison.Ordinal) && line.Contains(pair.Value.Replace("\"", "\"\"", StringComparison.Ordinal), StringComparison.Ordinal));
            }

            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }

            // Still only there: not in the state folder's journal, audit log, lifecycle or store.
            foreach (var stateFile in Directory.GetFiles(scenario.State, "*", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(stateFile);
                Assert.All(given.Values, password => Assert.DoesNotContain(password, text, StringComparison.Ordinal));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_password_file_that_exists_is_never_overwritten()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "someone's passwords");

            var error = Assert.Throws<IOException>(() => PasswordFile.Create(path));

            Assert.Contains("never overwrites", error.Message, StringComparison.Ordinal);
            Assert.Equal("someone's passwords", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
