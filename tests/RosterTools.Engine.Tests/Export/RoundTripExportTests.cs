using System.IO;
using System.IO.Compression;
using RosterTools.Export;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Validation;

namespace RosterTools.Tests.Export;

/// <summary>Import → export → import gives an identical roster: every example district and every conformance bundle, to a folder and to a zip.</summary>
public class RoundTripExportTests
{
    public static TheoryData<string> Examples => new() { "oneroster-1.2", "oneroster-1.1" };

    public static TheoryData<string> ConformanceBundles => new()
    {
        "moodle-enrol_oneroster/Test_minimal_data_set",
        "moodle-enrol_oneroster/Test_full_data_set.zip",
        "moodle-enrol_oneroster/oneroster_test_data.zip",
        "moodle-enrol_oneroster/v1p2_full_dataset",
        "oat-sa-oneroster-import/OneRosterv1p1BaseCSV",
        "sds-samples/CSV Samples/SDS v2.1",
        "sds-samples/CSV Samples/SDS v2",
        "sds-samples/CSV Samples/SDS Format/100 Users",
        "sds-samples/CSV Samples/UK Format/Min Required Attributes",
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_district_round_trips_through_a_folder_and_a_zip_without_a_finding(string example)
    {
        var original = OneRosterReader.Read(Paths.Examples("data", example));
        Assert.Equal(0, original.ErrorCount + original.WarningCount);
        using var temp = new TestBundle();

        foreach (var target in new[] { temp.Scratch("out"), temp.Scratch("out.zip") })
        {
            var result = OneRosterWriter.Write(original, target);
            var again = OneRosterReader.Read(target);

            RosterAssert.Equivalent(original, again, target);
            FindingAssert.Clean(again.Findings);
            FindingAssert.Clean(result.Findings);
            Assert.Equal(original.Version, again.Version);
            Assert.Equal(original.Manifest.Files.Where(f => f.Value != ProcessingMode.Absent), again.Manifest.Files.Where(f => f.Value != ProcessingMode.Absent));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_written_again_is_byte_for_byte_the_generator_s_bundle(string example)
    {
        // The examples were written by the sample generator, which writes through the same column writer.
        var folder = Paths.Examples("data", example);
        using var temp = new TestBundle();
        var newLine = File.ReadAllText(Path.Combine(folder, "orgs.csv")).Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

        OneRosterWriter.Write(OneRosterReader.Read(folder), temp.Scratch("out"), new ExportOptions { NewLine = newLine });

        foreach (var file in Directory.GetFiles(folder, "*.csv"))
        {
            Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Scratch("out"), Path.GetFileName(file)))), Path.GetFileName(file) + " differs");
        }
    }

    [Theory]
    [MemberData(nameof(ConformanceBundles))]
    public void Every_conformance_bundle_round_trips_to_the_same_records(string bundle)
    {
        // None of them is free of errors (see ConformanceTests): what was read, values normalised to the spec's
        // spelling, is what is written and read again, and nothing gets worse.
        var original = OneRosterReader.Read(Paths.Conformance(bundle.Split('/')));
        using var temp = new TestBundle();

        OneRosterWriter.Write(original, temp.Scratch("out"));
        var again = OneRosterReader.Read(temp.Scratch("out"));

        RosterAssert.Equivalent(original, again, bundle);

        // No new kind of error: a column the source left out altogether (HeaderMissingColumn) is now there, blank,
        // so its required values are reported row by row (RequiredFieldMissing).
        var before = original.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Code).ToHashSet();
        if (before.Contains(FindingCodes.HeaderMissingColumn))
        {
            before.Add(FindingCodes.RequiredFieldMissing);
        }

        var added = again.Findings.Where(f => f.Severity == Severity.Error && !before.Contains(f.Code)).ToList();
        Assert.True(added.Count == 0, $"{bundle}: new errors after the round trip:\n  " + string.Join("\n  ", added));
    }

    [Fact]
    public void The_files_are_UTF8_without_BOM_in_spec_column_order_with_the_line_ending_asked_for()
    {
        using var bundle = MinimalBundles.Valid12();
        var roster = OneRosterReader.Read(bundle.Folder);

        OneRosterWriter.Write(roster, bundle.Scratch("lf"), new ExportOptions { NewLine = "\n" });
        OneRosterWriter.Write(roster, bundle.Scratch("crlf"));

        var lf = File.ReadAllBytes(Path.Combine(bundle.Scratch("lf"), "users.csv"));
        var crlf = File.ReadAllText(Path.Combine(bundle.Scratch("crlf"), "users.csv"));
        Assert.NotEqual(0xEF, lf[0]);
        Assert.DoesNotContain((byte)'\r', lf);
        Assert.StartsWith(MinimalBundles.Users12Header + "\r\n", crlf, StringComparison.Ordinal);
        Assert.Contains("Zoë,O'Brien", crlf, StringComparison.Ordinal);
        var manifest = File.ReadAllLines(Path.Combine(bundle.Scratch("crlf"), "manifest.csv"));
        Assert.Contains("file.users,bulk", manifest);
        Assert.Contains("file.userProfiles,absent", manifest);
        Assert.Equal(3 + BundleFiles.Of(OneRosterVersion.V1_2).Count + 2, manifest.Length);
    }

    [Fact]
    public void A_zip_has_the_files_at_its_root()
    {
        using var bundle = MinimalBundles.Valid12();

        OneRosterWriter.Write(OneRosterReader.Read(bundle.Folder), bundle.Scratch("out.zip"));

        using var zip = ZipFile.OpenRead(bundle.Scratch("out.zip"));
        Assert.Contains("manifest.csv", zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, entry => Assert.DoesNotContain("/", entry.FullName));
    }

    [Fact]
    public void An_occupied_folder_or_an_existing_zip_is_refused_without_overwrite_and_replaced_with_it()
    {
        using var bundle = MinimalBundles.Valid12();
        var roster = OneRosterReader.Read(bundle.Folder);
        Directory.CreateDirectory(bundle.Scratch("busy"));
        File.WriteAllText(Path.Combine(bundle.Scratch("busy"), "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(bundle.Scratch("busy"), "roles.csv"), "stale");
        File.WriteAllText(bundle.Scratch("old.zip"), "not a zip");

        Assert.Throws<IOException>(() => OneRosterWriter.Write(roster, bundle.Scratch("busy")));
        Assert.Throws<IOException>(() => OneRosterWriter.Write(roster, bundle.Scratch("old.zip")));
        OneRosterWriter.Write(roster, bundle.Scratch("busy"), new ExportOptions { Overwrite = true, Version = OneRosterVersion.V1_1 });
        OneRosterWriter.Write(roster, bundle.Scratch("old.zip"), new ExportOptions { Overwrite = true });

        Assert.Equal("mine", File.ReadAllText(Path.Combine(bundle.Scratch("busy"), "notes.txt")));
        Assert.False(File.Exists(Path.Combine(bundle.Scratch("busy"), "roles.csv")), "a 1.1 bundle has no roles.csv: the stale one goes");
        RosterAssert.Equivalent(roster, OneRosterReader.Read(bundle.Scratch("old.zip")));
    }

    [Fact]
    public void A_cancelled_export_leaves_nothing_behind()
    {
        using var bundle = MinimalBundles.Valid12();
        var roster = OneRosterReader.Read(bundle.Folder);
        using var cancel = new System.Threading.CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => OneRosterWriter.Write(roster, bundle.Scratch("gone.zip"), null, cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => OneRosterWriter.Write(roster, bundle.Scratch("gone"), null, cancel.Token));

        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(bundle.Scratch("x"))!, "*.partial"));
        Assert.False(File.Exists(bundle.Scratch("gone.zip")));
        Assert.Empty(Directory.Exists(bundle.Scratch("gone")) ? Directory.GetFiles(bundle.Scratch("gone")) : Array.Empty<string>());
    }
}
