using System.IO;
using System.IO.Compression;
using RosterTools.OneRoster.Csv;

namespace RosterTools.Tests.OneRoster;

public class ZipTests
{
    [Fact]
    public void A_zip_bundle_reads_the_same_as_its_folder_without_being_extracted()
    {
        using var bundle = MinimalBundles.Valid12();
        var zip = bundle.Zip();
        var before = Directory.GetFileSystemEntries(Path.GetDirectoryName(zip)!).Length;

        var fromZip = OneRosterReader.Read(zip);
        var fromFolder = OneRosterReader.Read(bundle.Folder);

        Assert.Equal(fromFolder.Counts.ByCollection, fromZip.Counts.ByCollection);
        Assert.Equal(fromFolder.Users.Select(u => u.GivenName), fromZip.Users.Select(u => u.GivenName));
        Assert.Equal(before, Directory.GetFileSystemEntries(Path.GetDirectoryName(zip)!).Length);
    }

    [Fact]
    public void A_zip_made_from_the_bundle_folder_is_read_from_that_folder()
    {
        using var bundle = MinimalBundles.Valid12();

        var roster = OneRosterReader.Read(bundle.Zip("export-2026-11-21"));

        Assert.Equal(4, roster.Users.Count);
        Assert.Equal(0, roster.ErrorCount);
    }

    [Theory]
    [InlineData("../users.csv")]
    [InlineData("/etc/users.csv")]
    [InlineData("c:/users.csv")]
    [InlineData("sub\\..\\users.csv")]
    public void A_zip_with_an_entry_that_could_leave_the_bundle_is_refused(string entryName)
    {
        using var bundle = MinimalBundles.Valid12();
        var zip = bundle.Zip();
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Update))
        {
            using var writer = new StreamWriter(archive.CreateEntry(entryName).Open());
            writer.Write("x");
        }

        var ex = Assert.Throws<BundleReadException>(() => OneRosterReader.Read(zip));

        Assert.Contains(entryName, ex.Message, System.StringComparison.Ordinal);
        Assert.Equal(zip, ex.Path);
    }

    [Fact]
    public void A_zip_that_unpacks_to_more_than_the_limit_is_refused()
    {
        using var bundle = MinimalBundles.Valid12();
        var zip = bundle.Zip();

        var ex = Assert.Throws<BundleReadException>(() => OneRosterReader.Read(zip, new ImportOptions { Limits = new BundleLimits { MaxUncompressedBytes = 1000 } }));

        Assert.Contains("zip bomb", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_entry_that_compresses_beyond_the_ratio_limit_is_refused()
    {
        using var bundle = new TestBundle();
        bundle.Manifest("1.2", ("orgs", "bulk")).Text("orgs.csv", MinimalBundles.OrgsHeader + "\n" + new string(' ', 5_000_000) + "\n");
        var zip = bundle.Zip();

        var ex = Assert.Throws<BundleReadException>(() => OneRosterReader.Read(zip, new ImportOptions { Limits = new BundleLimits { RatioCheckThreshold = 1024, MaxCompressionRatio = 100 } }));

        Assert.Contains("orgs.csv", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_a_clear_read_exception()
    {
        using var bundle = new TestBundle();
        var notZip = bundle.Scratch("roster.zip");
        File.WriteAllText(notZip, "this is not a zip");

        var ex = Assert.Throws<BundleReadException>(() => OneRosterReader.Read(notZip));

        Assert.Contains("not a folder and not a readable zip", ex.Message, System.StringComparison.Ordinal);
    }
}
