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

    /// <summary>Two schools, five students, two teachers, two classes; <paramref name="gone"/> are students who left (not in the export at all).</summary>
    public static DistrictBuilder District(params string[] gone)
    {
        var students = new[]
        {
            ("u1", "Ana", "Lopez", "10", "s1", "alopez@students.example.org"),
            ("u2", "Ben", "Okafor", "10", "s1", null),
            ("u3", "Chloé", "Dubois", "01", "s2", null),
            ("u4", "Dev", "Patel", "02", "s2", null),
            ("u5", "Eli", "Berg", "11", "s1", null),
        };
        var district = new DistrictBuilder().School("s1", "RHS", "Riverside High").School("s2", "REL", "Riverside Elementary");
        foreach (var (id, given, family, grade, school, email) in students.Where(student => !gone.Contains(student.Item1)))
        {
            district.Student(id, given, family, grade, school, email: email);
        }

        return district
            .Teacher("t1", "Grace", "Hopper", "s1")
            .Teacher("t2", "Alan", "Kay", "s2")
            .Class("k1", "MATH10", "s1", "t1", new[] { "u1", "u2", "u5" }.Except(gone).ToArray())
            .Class("k2", "READ1", "s2", "t2", new[] { "u3", "u4" }.Except(gone).ToArray());
    }

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
