using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Samples;

/// <summary>
/// Writes a realistic synthetic school district as a bulk OneRoster bundle (1.1 or 1.2): a district with
/// elementary, middle and high schools, a school year with two semesters, courses and sections, students with
/// demographics, teachers and staff, and guardians linked to their children. The same seed and options always give
/// the same bytes; another seed gives another district. It streams: a million students take a few minutes on two
/// cores, in memory that holds a few small numbers per person.
/// </summary>
/// <remarks>
/// Built for a later "next night" copy of the district (withdrawals, new students, school moves, name changes):
/// every person, family, school and section draws its attributes from its own random stream keyed by (seed,
/// purpose, number), and every sourcedId is made from what it identifies (a person's number; an enrollment's
/// class and person; a role's person and place among that person's roles), so a per-person decision drawn from a
/// second seed changes that person's rows and nothing else. Usernames are the exception: they are numbered in
/// users.csv order (maria.garcia, maria.garcia2), so a changed copy must keep the first night's usernames and
/// give new people theirs after everyone else's.
/// </remarks>
public static class SampleDistrict
{
    /// <summary>The most students a sample district can have.</summary>
    public const int MaxStudents = 10_000_000;

    /// <summary>Writes a sample district into <paramref name="folder"/> and says what it holds.</summary>
    /// <param name="folder">The folder to write to; created when missing.</param>
    /// <param name="options">What district to make.</param>
    /// <param name="progress">Receives progress every few thousand rows.</param>
    /// <param name="cancellationToken">Stops the generation; the folder is then left as it was.</param>
    /// <exception cref="ArgumentException">An option is out of range (the message says which and what to give).</exception>
    /// <exception cref="System.IO.IOException">The folder holds files and <see cref="SampleDistrictOptions.Overwrite"/> is not set, or it cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The generation was cancelled.</exception>
    public static SampleDistrictResult Write(string folder, SampleDistrictOptions options, IProgress<SampleProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new ArgumentException("Give the folder to write the sample district to.", nameof(folder));
        }

        Validate(options);
        cancellationToken.ThrowIfCancellationRequested();
        using var target = BundleTarget.OpenFolder(folder, options.Overwrite);

        var layout = DistrictLayout.Create(options.Seed, options.Students);
        var schedule = ScheduleBuilder.Build(options.Seed, layout);
        cancellationToken.ThrowIfCancellationRequested();
        var people = FamilyBuilder.Build(options.Seed, layout);
        StaffBuilder.Build(options.Seed, layout, schedule, people.Staff);
        cancellationToken.ThrowIfCancellationRequested();

        var night = options.NextNightSeed is null ? null : NextNight.Plan(options, layout, schedule, people);
        cancellationToken.ThrowIfCancellationRequested();
        var writer = night is null
            ? new SampleBundleWriter(options, layout, schedule, people, target, progress, cancellationToken)
            : new SampleBundleWriter(options, layout, night.Schedule, night.People, target, progress, cancellationToken, night);
        long bytes;
        try
        {
            writer.Write();
            bytes = target.Commit();
        }
        catch
        {
            target.Abandon();
            throw;
        }

        var teachers = people.Staff.FindAll(member => member.Role == StaffRole.Teacher).Count;
        var everyone = night?.People ?? people;
        return new SampleDistrictResult(target.Path, options.Version, options.Seed, writer.Rows, bytes)
        {
            DistrictName = layout.Name,
            Domain = layout.Domain,
            Schools = layout.Schools.Length,
            Students = Enumerable.Range(0, everyone.Students.Length).Count(i => night?.IsWithdrawnStudent(i) != true),
            Teachers = teachers,
            Staff = people.Staff.Count,
            Guardians = Enumerable.Range(0, everyone.Guardians.Length).Count(i => night?.IsWithdrawnGuardian(i) != true),
            Changes = night?.Changes ?? (IReadOnlyList<SampleChange>)Array.Empty<SampleChange>(),
            ChangeCounts = night?.Counts,
        };
    }

    private static void Validate(SampleDistrictOptions options)
    {
        if (options.Students is < 1 or > MaxStudents)
        {
            throw new ArgumentException($"Students is {options.Students}; give a number of students from 1 to {MaxStudents:N0}.", nameof(options));
        }

        if (options.NewLine is not ("\r\n" or "\n"))
        {
            throw new ArgumentException("NewLine must be \"\\r\\n\" (CRLF, as RFC 4180 has it) or \"\\n\" (LF).", nameof(options));
        }

        if (options.Version is not (OneRosterVersion.V1_1 or OneRosterVersion.V1_2))
        {
            throw new ArgumentException($"Version '{options.Version}' is not a OneRoster version; use V1_1 or V1_2.", nameof(options));
        }

        if (options.ChangeRate is < 0 or > 0.5 || double.IsNaN(options.ChangeRate))
        {
            throw new ArgumentException($"ChangeRate is {options.ChangeRate}; give the share of students that change overnight, from 0 to 0.5 (0.02 is about one in fifty).", nameof(options));
        }

        if (options.SchoolYear is < 1950 or > 9000)
        {
            throw new ArgumentException($"SchoolYear is {options.SchoolYear}; give the calendar year in which the school year ends (2027 for 2026-27), from 1950 to 9000.", nameof(options));
        }
    }
}
