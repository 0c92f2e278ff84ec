using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.Samples;
using RosterTools.State;
using RosterTools.Targets;

namespace RosterTools.Benchmarks.Scenarios;

/// <summary>
/// Plan a night against the directory the night before left: the district is generated with its next night (about 2%
/// of the students changed), the accounts a first run creates for the first night (with their groups and licences)
/// become the directory, and the next night is planned against it. The example
/// policy applies, with its scope opened to every school of the generated district and its count limits lifted (its
/// 5% limits stay). Target (issue 4): planning the night takes no longer than importing its roster.
/// </summary>
internal static class PlanScenario
{
    public static Figures Run(BenchmarkOptions options)
    {
        var (first, bytes, generateSeconds) = District.Prepare(options);
        var second = options.DataFolder.TrimEnd(Path.DirectorySeparatorChar) + "-next-night";
        try
        {
            Console.Error.WriteLine($"Generating the next night into {second}...");
            var night = SampleDistrict.Write(second, new SampleDistrictOptions { Students = options.Students, Version = options.Version, Seed = options.Seed, NextNightSeed = options.Seed + 1, Overwrite = true });
            var policy = Policy();
            var today = new DateTime(2026, 11, 21);

            Console.Error.WriteLine("Making the directory the first night leaves...");
            var watch = Stopwatch.StartNew();
            var (directory, firstRun) = FirstRunDirectory(OneRosterReader.Read(first), policy, today);
            var firstRunSeconds = watch.Elapsed.TotalSeconds;

            Console.Error.WriteLine("Importing the next night...");
            Collect();
            watch.Restart();
            var cpu = CpuSeconds();
            var roster = OneRosterReader.Read(second);
            var importSeconds = watch.Elapsed.TotalSeconds;
            var importCpuSeconds = CpuSeconds() - cpu;
            Collect();
            var held = GC.GetTotalMemory(true);

            Console.Error.WriteLine($"Planning the next night against {directory.Accounts.Count:N0} accounts...");
            Plan plan;
            long peak;
            using (var memory = PeakMemory.Start())
            {
                watch.Restart();
                cpu = CpuSeconds();
                plan = Planner.Create(roster, directory, policy, new LifecycleState(), new PlanOptions { Today = today, NowUtc = new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc) });
                watch.Stop();
                cpu = CpuSeconds() - cpu;
                peak = memory.PeakManagedBytes;
            }

            var planSeconds = watch.Elapsed.TotalSeconds;
            watch.Restart();
            long planJsonBytes;
            using (var stream = new CountingStream())
            {
                PlanJson.Write(stream, plan);
                planJsonBytes = stream.Length;
            }

            var saveSeconds = watch.Elapsed.TotalSeconds;
            GC.KeepAlive(roster);
            GC.KeepAlive(directory);

            var figures = new Figures();
            figures.Root["scenario"] = "plan";
            figures.Root["students"] = options.Students;
            figures.Root["version"] = options.Version.ToString();
            figures.Root["machine"] = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";
            figures.Root["bundle"] = new JsonObject { ["bytes"] = bytes, ["generateSeconds"] = Math.Round(generateSeconds, 1) };
            figures.Root["changesMade"] = new JsonObject
            {
                ["students"] = night.ChangeCounts!.Students,
                ["share"] = Math.Round((double)night.ChangeCounts.Students / options.Students, 4),
                ["detail"] = night.ChangeCounts.ToString(),
            };
            figures.Root["firstRun"] = new JsonObject
            {
                ["seconds"] = Math.Round(firstRunSeconds, 2),
                ["detail"] = "import of the first night and the accounts a first run creates (names, containers, groups, licences)",
                ["people"] = firstRun,
                ["accounts"] = directory.Accounts.Count,
            };
            figures.Root["importSeconds"] = Math.Round(importSeconds, 2);
            figures.Root["importCpuSeconds"] = Math.Round(importCpuSeconds, 2);
            figures.Root["plan"] = new JsonObject
            {
                ["seconds"] = Math.Round(planSeconds, 2),
                ["cpuSeconds"] = Math.Round(cpu, 2),
                ["actions"] = plan.Actions.Count,
                ["byAction"] = new JsonObject(plan.Summary.ByAction.Select(e => new KeyValuePair<string, JsonNode?>(e.Key.ToString(), e.Value))),
                ["findings"] = plan.Findings.Count,
                ["findingCodes"] = string.Join(", ", plan.Findings.GroupBy(f => f.Code).Select(g => $"{g.Key} {g.Count()}")),
                ["blocked"] = plan.Blocked,
                ["blockedReasons"] = string.Join("; ", plan.BlockedReasons),
                ["rosterAndDirectoryHeldBytes"] = held,
                ["peakManagedBytes"] = peak,
                ["extraBytes"] = peak - held,
                ["jsonBytes"] = planJsonBytes,
                ["jsonWriteSeconds"] = Math.Round(saveSeconds, 2),
            };
            var speed = importSeconds / planSeconds;
            figures.Root["speedRatio"] = Math.Round(speed, 2);
            figures.Target("the plan has actions for the night's changes", plan.Actions.Count > 0 && plan.Summary.ByAction.ContainsKey(ActionType.Create), $"{plan.Actions.Count:N0} actions");
            figures.Target("plan no slower than importing the roster", speed >= 1, $"{planSeconds:0.00} s vs {importSeconds:0.00} s");
            return figures;
        }
        finally
        {
            District.CleanUp(options);
            if (!options.Keep && Directory.Exists(second))
            {
                Directory.Delete(second, recursive: true);
            }
        }
    }

    /// <summary>The example policy, for every school of a generated district, without count limits.</summary>
    private static RosterPolicy Policy()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "district.policy.yaml");
        var policy = PolicyLoader.Load(path);
        policy.Scope.Schools.Clear();
        policy.Safety.MaxDisableCount = int.MaxValue;
        policy.Safety.MaxDeleteCount = int.MaxValue;
        return policy;
    }

    /// <summary>
    /// The directory a first run leaves: for each person the first night's plan would create an account for, the
    /// account with the names, container, groups and licences its Create, AddMember and AssignLicense actions give,
    /// made with the planner's own parts (as PersonPlanner.Create does). Not through a first-run plan itself: at
    /// 1,000,000 students that plan has about 12 million actions and needs more memory than this machine can spare.
    /// </summary>
    private static (DirectorySnapshot Directory, int People) FirstRunDirectory(Roster roster, RosterPolicy policy, DateTime today)
    {
        var scratch = new Plan();
        var empty = new DirectorySnapshot(Array.Empty<DirectoryAccount>());
        var resolver = new PersonResolver(roster, policy, today);
        var groups = new GroupPlanner(roster, policy, new LifecycleState(), today, resolver.SchoolYear);
        var licenses = new LicensePlanner(policy);
        var namer = new AccountNamer(policy, new AccountIndex(empty, scratch.Findings), resolver.SchoolYear);
        var (people, _) = Planner.People(roster, resolver, scratch.Findings, default);
        var accounts = new List<DirectoryAccount>(people.Count);
        foreach (var person in people)
        {
            if (person.Leaving is not null || namer.ForNew(person, scratch.Findings) is not { } names)
            {
                continue;
            }

            accounts.Add(new DirectoryAccount
            {
                Anchor = person.Anchor,
                Username = names.Username,
                UserPrincipalName = names.UserPrincipalName,
                Email = names.Email,
                GivenName = names.GivenName,
                Surname = names.Surname,
                DisplayName = names.DisplayName,
                Enabled = person.User.EnabledUser != false,
                Container = namer.ContainerFor(person),
                Groups = groups.For(person).Select(group => group.Name).ToList(),
                Licenses = licenses.For(person.Role).ToList(),
            });
        }

        return (new DirectorySnapshot(accounts, source: "first run"), people.Count);
    }

    /// <summary>The processor time of the whole process (the machine is shared, so wall time alone says little).</summary>
    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>A stream that only counts what is written to it: the size of the plan's JSON without a disk in the way.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
    }
}
