using System.IO;
using RosterTools.OneRoster;
using RosterTools.Planning;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Targets.Local;
using RosterTools.Tests.Planning;

namespace RosterTools.Tests.Apply;

/// <summary>A state folder for one test (deleted afterwards), and the small district the apply tests plan for.</summary>
internal sealed class ApplyScenario : IDisposable
{
    public static readonly DateTime Today = new(2026, 11, 21);

    public string State { get; } = Path.Combine(Path.GetTempPath(), "rostertools-tests", "apply-" + Guid.NewGuid().ToString("N"));

    public ApplyScenario() => Directory.CreateDirectory(State);

    /// <summary>Two schools, five students, two teachers, two classes.</summary>
    public static DistrictBuilder District() => new DistrictBuilder()
        .School("s1", "RHS", "Riverside High")
        .School("s2", "REL", "Riverside Elementary")
        .Student("u1", "Ana", "Lopez", "10", "s1", email: "alopez@students.example.org")
        .Student("u2", "Ben", "Okafor", "10", "s1")
        .Student("u3", "Chloé", "Dubois", "01", "s2")
        .Student("u4", "Dev", "Patel", "02", "s2")
        .Student("u5", "Eli", "Berg", "11", "s1")
        .Teacher("t1", "Grace", "Hopper", "s1")
        .Teacher("t2", "Alan", "Kay", "s2")
        .Class("k1", "MATH10", "s1", "t1", "u1", "u2", "u5")
        .Class("k2", "READ1", "s2", "t2", "u3", "u4");

    /// <summary>The plan for <paramref name="roster"/> against what the store in <see cref="State"/> holds now.</summary>
    public Plan PlanFor(Roster roster, DateTime? today = null)
    {
        DirectorySnapshot directory;
        using (var store = LocalStoreTarget.Open(State))
        {
            directory = store.ReadAsync(null, default).GetAwaiter().GetResult();
        }

        return Planner.Create(roster, directory, TestPolicies.District(), LifecycleStore.Load(State), new PlanOptions { Today = today ?? Today, NowUtc = (today ?? Today).AddHours(2) });
    }

    /// <summary>The accounts of the store, by username.</summary>
    public Dictionary<string, DirectoryAccount> Accounts()
    {
        using var store = LocalStoreTarget.Open(State);
        return store.ReadAsync(null, default).GetAwaiter().GetResult().Accounts.ToDictionary(account => account.Username!, StringComparer.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(State, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
