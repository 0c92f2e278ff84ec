using RosterTools.Merge;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;
using static RosterTools.Tests.MinimalBundles;

namespace RosterTools.Tests.Merge;

/// <summary>Merge-Roster's rules, one by one, on the minimal bundle and small deltas.</summary>
public class MergeTests
{
    [Fact]
    public void Active_rows_upsert_tobedeleted_rows_remove_and_absent_files_leave_the_base_as_it_is()
    {
        var (@base, delta) = Base12AndDelta(d => d
            .Manifest("1.2", ("users", "delta"))
            .File(
                "users.csv",
                Users12Header,
                "u3,active,2026-11-21T02:00:00.000Z,true,zoe.obrien,{SIS:2000002},Zoë,O'Brien-Walsh,Anne,2000002,zoe@riverside.example,,,,09,,,,,,s1,",
                "u9,active,2026-11-21T02:00:00.000Z,true,new.student,,New,Student,,2000009,new@riverside.example,,,,10,,,,,,s1,",
                "g1,tobedeleted,2026-11-21T02:00:00.000Z,true,maria.nunez,,María,Núñez,,,maria@example.com,,,u2,,,,,,,,"));

        var result = RosterMerger.Merge(@base, delta);
        var merged = result.Roster;

        Assert.Equal("O'Brien-Walsh", merged.Users.Find("u3")!.FamilyName);
        Assert.NotNull(merged.Users.Find("u9"));
        Assert.Null(merged.Users.Find("g1"));
        Assert.Equal(@base.Classes.Count, merged.Classes.Count);
        var users = Assert.Single(result.Collections, c => c.Entity == "users");
        Assert.Equal((1, 1, 1, ProcessingMode.Delta), (users.Added, users.Updated, users.Removed, users.Mode));
        Assert.Equal(4, users.Count);
        Assert.Same(@base.Orgs[0], merged.Orgs[0]);
    }

    [Fact]
    public void What_only_existed_through_a_removed_record_is_removed_with_it_and_reported()
    {
        var (@base, delta) = Base12AndDelta(d => d
            .Manifest("1.2", ("classes", "delta"), ("users", "delta"))
            .File("classes.csv", ClassesHeader, "k1,tobedeleted,2026-11-21T02:00:00.000Z,Algebra I - P1,09,c1,ALG1-1,scheduled,Room 12,s1,t1,Mathematics,MATH,1")
            .File("users.csv", Users12Header, "g1,tobedeleted,2026-11-21T02:00:00.000Z,true,maria.nunez,,María,Núñez,,,maria@example.com,,,u2,,,,,,,,"));

        var result = RosterMerger.Merge(@base, delta);

        Assert.Empty(result.Roster.Enrollments);
        Assert.Null(result.Roster.Roles.Find("r4"));
        Assert.Equal(3 + 1, result.CascadeRemoved);
        var finding = FindingAssert.Has(result.Roster.Findings, FindingCodes.MergeCascadeRemoved, "enrollments.csv");
        Assert.Contains("class 'k1'", finding.Message);
        Assert.Contains("classes.csv line 2", finding.Message);
        FindingAssert.Has(result.Roster.Findings, FindingCodes.MergeCascadeRemoved, "roles.csv");

        // A student's list of guardians still names the one removed: a reference, not something that belongs to it.
        var dangling = Assert.Single(result.Roster.Findings, f => f.Code == FindingCodes.UnresolvedReference);
        Assert.Equal(("users.csv", "agentSourcedIds", "u2"), (dangling.File, dangling.Column, dangling.SourcedId));
    }

    [Fact]
    public void A_row_older_than_the_base_record_is_skipped_with_a_warning()
    {
        using var baseBundle = new TestBundle()
            .Manifest("1.2", ("orgs", "delta"))
            .File("orgs.csv", OrgsHeader, "d1,active,2026-11-20T02:00:00.000Z,Riverside District,district,,");
        using var deltaBundle = new TestBundle()
            .Manifest("1.2", ("orgs", "delta"))
            .File("orgs.csv", OrgsHeader, "d1,active,2026-11-19T02:00:00.000Z,Old Name,district,,", "d2,tobedeleted,2026-11-21T02:00:00.000Z,Gone,district,,");

        var result = RosterMerger.Merge(OneRosterReader.Read(baseBundle.Folder), OneRosterReader.Read(deltaBundle.Folder));

        Assert.Equal("Riverside District", result.Roster.Orgs.Find("d1")!.Name);
        Assert.Equal(1, result.Stale);
        FindingAssert.Has(result.Roster.Findings, FindingCodes.MergeStaleRow, "orgs.csv", 2, "dateLastModified");
        FindingAssert.Has(result.Roster.Findings, FindingCodes.MergeDeleteNotFound, "orgs.csv", 3, "status");
        Assert.Equal(1, result.Collections.Single().NotFound);
    }

    [Fact]
    public void A_bulk_file_in_the_delta_replaces_the_collection()
    {
        var (@base, delta) = Base12AndDelta(d => d
            .Manifest("1.2", ("orgs", "bulk"))
            .File("orgs.csv", OrgsHeader, "d1,,,Riverside Unified,district,,", "s1,,,Riverside High,school,RHS,d1", "s3,,,Hillside High,school,HHS,d1"));

        var result = RosterMerger.Merge(@base, delta);

        Assert.Equal(new[] { "d1", "s1", "s3" }, result.Roster.Orgs.Select(o => o.SourcedId));
        Assert.Equal(ProcessingMode.Bulk, result.Collections.Single(c => c.Entity == "orgs").Mode);
        Assert.True(result.Roster.IsCompleteSnapshot);
    }

    [Fact]
    public void A_1_1_users_row_replaces_all_of_that_user_s_roles()
    {
        using var baseBundle = new TestBundle()
            .Manifest("1.1", ("orgs", "bulk"), ("users", "bulk"))
            .File("orgs.csv", OrgsHeader, "d1,,,District,district,,", "s1,,,One,school,,d1", "s2,,,Two,school,,d1")
            .File("users.csv", Users11Header, "t1,,,true,\"s1,s2\",teacher,ann.lee,,Ann,Lee,,,,,,,,", "t2,,,true,s1,teacher,bo.kim,,Bo,Kim,,,,,,,,");
        using var deltaBundle = new TestBundle()
            .Manifest("1.1", ("users", "delta"))
            .File("users.csv", Users11Header, "t1,active,2026-11-21T02:00:00.000Z,true,s2,teacher,ann.lee,,Ann,Lee,,,,,,,,");

        var result = RosterMerger.Merge(OneRosterReader.Read(baseBundle.Folder), OneRosterReader.Read(deltaBundle.Folder));

        Assert.Equal(new[] { "t1@s2", "t2@s1" }, result.Roster.Roles.Select(r => r.SourcedId).OrderBy(s => s));
        Assert.True(result.Roster.Roles.Find("t1@s2")!.IsPrimary);
        var roles = result.Collections.Single(c => c.Entity == "roles");
        Assert.Equal((1, 1), (roles.Updated, roles.Removed));
    }

    [Fact]
    public void Rosters_of_different_versions_are_refused()
    {
        using var v11 = new TestBundle().Manifest("1.1", ("orgs", "bulk")).File("orgs.csv", OrgsHeader, "d1,,,District,district,,");
        using var v12 = Valid12();

        var ex = Assert.Throws<ArgumentException>(() => RosterMerger.Merge(OneRosterReader.Read(v12.Folder), OneRosterReader.Read(v11.Folder)));
        Assert.Contains("1.1", ex.Message);
    }

    [Fact]
    public void The_result_is_validated_and_strict_refuses_one_with_errors()
    {
        var (@base, delta) = Base12AndDelta(d => d
            .Manifest("1.2", ("enrollments", "delta"))
            .File("enrollments.csv", EnrollmentsHeader, "e9,active,2026-11-21T02:00:00.000Z,k1,s1,nobody,student,,,"));

        var lenient = RosterMerger.Merge(@base, delta);
        FindingAssert.Has(lenient.Roster.Findings, FindingCodes.UnresolvedReference, "enrollments.csv", column: "userSourcedId");

        Assert.Throws<RosterValidationException>(() => RosterMerger.Merge(@base, delta, new MergeOptions { Strict = true }));
    }

    [Fact]
    public void Gradebook_files_of_a_delta_are_merged_by_sourcedId()
    {
        const string header = "sourcedId,status,dateLastModified,title";
        var (@base, delta) = Base12AndDelta(
            d => d.Manifest("1.2", ("categories", "delta")).File("categories.csv", header, "cat1,tobedeleted,2026-11-21T02:00:00.000Z,Homework", "cat3,active,2026-11-21T02:00:00.000Z,Projects"),
            b => b.Manifest("1.2", ("orgs", "bulk"), ("categories", "bulk")).File("categories.csv", header, "cat1,,,Homework", "cat2,,,Tests"));

        var merged = RosterMerger.Merge(@base, delta).Roster;

        var categories = Assert.Single(merged.OtherFiles);
        Assert.Equal(new[] { "cat2", "cat3" }, categories.Rows.Select(r => r.Values[0]));
    }

    private static (Roster Base, Roster Delta) Base12AndDelta(Func<TestBundle, TestBundle> delta, Func<TestBundle, TestBundle>? @base = null)
    {
        using var baseBundle = Valid12();
        (@base ?? (b => b))(baseBundle);
        using var deltaBundle = delta(new TestBundle());
        return (OneRosterReader.Read(baseBundle.Folder), OneRosterReader.Read(deltaBundle.Folder));
    }
}
