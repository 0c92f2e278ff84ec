using System;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Tests.OneRoster;

public class DeltaAndBulkTests
{
    [Fact]
    public void A_delta_file_reads_status_and_date_and_does_not_check_references_into_the_base()
    {
        using var bundle = new TestBundle();
        bundle.Manifest("1.2", ("users", "delta"), ("enrollments", "delta"))
            .File("users.csv", MinimalBundles.Users12Header, "u9,active,2026-11-21T02:00:00.000Z,true,new.kid,,New,Kid,,,,,,,,,,,,,s1,", "u2,tobedeleted,2026-11-21T02:00:00.000Z,true,jose,,José,Núñez,,,,,,,,,,,,,s1,")
            .File("enrollments.csv", MinimalBundles.EnrollmentsHeader, "e9,active,2026-11-21T02:00:00.000Z,k1,s1,u9,student,,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        Assert.Equal(ProcessingMode.Delta, roster.ModeOf(OneRosterEntity.Users));
        Assert.True(roster.Users.Find("u2")!.IsToBeDeleted);
        Assert.True(roster.Users.Find("u9")!.Status.Is(RecordStatus.Active));
        Assert.Equal(new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc), roster.Users.Find("u9")!.DateLastModified);
        FindingAssert.None(roster.Findings, FindingCodes.UnresolvedReference);
        FindingAssert.None(roster.Findings, FindingCodes.ReferenceNotCheckable);
        Assert.False(roster.IsCompleteSnapshot);
    }

    [Fact]
    public void A_delta_row_without_status_or_date_is_an_error_and_inactive_reads_as_tobedeleted()
    {
        using var bundle = new TestBundle();
        bundle.Manifest("1.2", ("users", "delta"))
            .File("users.csv", MinimalBundles.Users12Header, "u1,,,true,ada,,Ada,Lovelace,,,,,,,,,,,,,,", "u2,inactive,2026-11-21T02:00:00.000Z,true,jose,,José,Núñez,,,,,,,,,,,,,,");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.DeltaStatusMissing, "users.csv", 2, "status", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.DeltaDateLastModifiedMissing, "users.csv", 2, "dateLastModified", Severity.Error);
        FindingAssert.Has(roster.Findings, FindingCodes.InactiveStatus, "users.csv", 3, "status", Severity.Warning);
        Assert.True(roster.Users.Find("u2")!.IsToBeDeleted);
        Assert.Equal("inactive", roster.Users.Find("u2")!.Status.Text);
    }

    [Fact]
    public void A_bulk_file_with_status_and_date_keeps_them_with_warnings()
    {
        using var bundle = MinimalBundles.Valid12();
        bundle.File("orgs.csv", MinimalBundles.OrgsHeader, "d1,active,2026-11-21T02:00:00.000Z,Riverside District,district,,", "s1,tobedeleted,,Riverside High,school,RHS,d1");

        var roster = OneRosterReader.Read(bundle.Folder);

        FindingAssert.Has(roster.Findings, FindingCodes.BulkStatus, "orgs.csv", 2, "status", Severity.Warning);
        FindingAssert.Has(roster.Findings, FindingCodes.BulkDateLastModified, "orgs.csv", 2, "dateLastModified", Severity.Warning);
        Assert.True(roster.Orgs.Find("s1")!.IsToBeDeleted);
        Assert.Equal(0, roster.ErrorCount);
    }

    [Fact]
    public void A_complete_bulk_roster_is_a_snapshot_and_a_declared_but_missing_users_file_is_not()
    {
        using (var bundle = MinimalBundles.Valid12())
        {
            Assert.True(OneRosterReader.Read(bundle.Folder).IsCompleteSnapshot);
        }

        using (var bundle = MinimalBundles.Valid12())
        {
            System.IO.File.Delete(System.IO.Path.Combine(bundle.Folder, "users.csv"));
            var roster = OneRosterReader.Read(bundle.Folder);

            FindingAssert.Has(roster.Findings, FindingCodes.ManifestFileMissing, "manifest.csv", severity: Severity.Error);
            Assert.Equal(ProcessingMode.Absent, roster.ModeOf(OneRosterEntity.Users));
            Assert.False(roster.IsCompleteSnapshot);
        }
    }
}
