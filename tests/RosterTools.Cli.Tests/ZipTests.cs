using System.Linq;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary>Zips are read in place; zips with path tricks or bomb-like sizes are refused with exit code 2.</summary>
public sealed class ZipTests
{
    private static string AssertRefused(CliResult result)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.StdOut);
        var line = Assert.Single(result.ErrLines);
        Assert.StartsWith("rostertools: ", line);
        return line;
    }

    [Fact]
    public void A_zip_of_a_valid_bundle_is_read_in_place()
    {
        using var temp = new TempFolder();
        var zip = TestBundles.WriteZip(temp, "district.zip", TestBundles.Valid12());

        var result = CliProcess.Run("import", zip, "--format", "json");
        var summary = SummaryAssert.WellFormed(result);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, summary.GetProperty("counts").GetProperty("users").GetInt32());
        Assert.Single(System.IO.Directory.GetFileSystemEntries(temp.Path)); // nothing extracted next to it
    }

    [Fact]
    public void A_zip_made_from_the_bundle_folder_is_read_too()
    {
        using var temp = new TempFolder();
        var zip = TestBundles.WriteZip(temp, "district.zip", TestBundles.Valid12(), name => "district/" + name);

        Assert.Equal(0, CliProcess.Run("validate", zip).ExitCode);
    }

    [Theory]
    [InlineData("../")]
    [InlineData("district/../../")]
    public void A_zip_whose_entries_leave_the_bundle_is_refused(string prefix)
    {
        using var temp = new TempFolder();
        var zip = TestBundles.WriteZip(temp, "traversal.zip", TestBundles.Valid12(), name => name == "users.csv" ? prefix + name : name);

        foreach (var command in new[] { new[] { "validate", zip }, new[] { "import", zip, "--format", "json" }, new[] { "import", zip, "--entity", "users", "--format", "json" } })
        {
            var line = AssertRefused(CliProcess.Run(command));
            Assert.Contains(prefix + "users.csv", line);
            Assert.Contains("refused", line);
        }
    }

    [Fact]
    public void A_zip_that_declares_gigabytes_for_a_few_bytes_is_refused()
    {
        using var temp = new TempFolder();
        var zip = TestBundles.WriteZip(temp, "bomb.zip", TestBundles.Valid12());
        TestBundles.DeclareUncompressedSize(zip, "users.csv", 3u * 1024 * 1024 * 1024);

        var line = AssertRefused(CliProcess.Run("validate", zip, "--format", "json"));
        Assert.Contains("zip bomb", line);
        Assert.Contains("users.csv", line);
    }

    /// <summary>
    /// users.csv declares the size of its header and first two rows but holds 200 more: the zip must be refused, not
    /// read as a bulk file of two users (which would say that 200 people left). System.IO.Compression stops the
    /// entry's stream at the declared size; the stored CRC-32 no longer matches what was read.
    /// </summary>
    [Fact]
    public void A_zip_entry_that_holds_more_rows_than_it_declares_is_refused()
    {
        using var temp = new TempFolder();
        var files = TestBundles.Valid12();
        var declared = System.Text.Encoding.UTF8.GetByteCount(string.Join("\r\n", files["users.csv"]) + "\r\n");
        files["users.csv"] = files["users.csv"].Concat(Enumerable.Range(3, 200).Select(i => $"u{i},,,true,user{i},,Given{i},Family{i},,,,,,,,,,,,,s1,")).ToArray();
        var zip = TestBundles.WriteZip(temp, "liar.zip", files);
        TestBundles.DeclareUncompressedSize(zip, "users.csv", (uint)declared);

        var line = AssertRefused(CliProcess.Run("validate", zip));
        Assert.Contains("users.csv", line);
    }
}
