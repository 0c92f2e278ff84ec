using System.IO;
using System.Linq;
using RosterTools.Tests.Cli.Support;

namespace RosterTools.Tests.Cli;

/// <summary>
/// sample writes a bundle that validate accepts, through the real generator (RosterTools.Samples.SampleDistrict).
/// </summary>
public sealed class SampleTests
{
    [Theory]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Sample_writes_a_bundle_that_validates_with_exit_0(string version)
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("district");

        var sample = CliProcess.Run("sample", "--students", "60", "--version", version, "--seed", "7", "--out", folder);
        Assert.True(sample.ExitCode == 0, sample.ToString());
        Assert.StartsWith($"Wrote a OneRoster {version} sample district to {folder} (60 students, seed 7, ", sample.OutLines[0]);
        Assert.True(File.Exists(Path.Combine(folder, "manifest.csv")));

        var validate = CliProcess.Run("validate", folder, "--format", "json");
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.DoesNotContain(FindingAssert.WellFormed(validate), finding => FindingAssert.Severity(finding) == "error");

        var summary = SummaryAssert.WellFormed(CliProcess.Run("import", folder, "--format", "json"));
        Assert.Equal(version, summary.GetProperty("version").GetString());
        Assert.True(summary.GetProperty("counts").GetProperty("users").GetInt32() > 60, "students plus staff and guardians");
        Assert.True(summary.GetProperty("counts").GetProperty("enrollments").GetInt32() > 60);
    }

    [Fact]
    public void The_same_seed_gives_the_same_files()
    {
        using var temp = new TempFolder();
        var first = CliProcess.Run("sample", "--students", "40", "--seed", "3", "--out", temp.Combine("a"));
        var second = CliProcess.Run("sample", "--students", "40", "--seed", "3", "--out", temp.Combine("b"));
        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);

        var files = Directory.GetFiles(temp.Combine("a")).Select(Path.GetFileName).OrderBy(name => name).ToArray();
        Assert.Equal(files, Directory.GetFiles(temp.Combine("b")).Select(Path.GetFileName).OrderBy(name => name).ToArray());
        Assert.All(files, name => Assert.Equal(File.ReadAllBytes(temp.Combine("a", name!)), File.ReadAllBytes(temp.Combine("b", name!))));
    }

    [Fact]
    public void A_folder_that_is_not_empty_needs_force()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("district");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "keep me");

        var refused = CliProcess.Run("sample", "--students", "20", "--out", folder);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", Assert.Single(refused.ErrLines));
        Assert.Equal(new[] { "notes.txt" }, Directory.GetFiles(folder).Select(Path.GetFileName).ToArray());

        var forced = CliProcess.Run("sample", "--students", "20", "--out", folder, "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.True(File.Exists(Path.Combine(folder, "users.csv")));
    }

    [Fact]
    public void Out_must_not_be_a_file()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("district.zip");
        File.WriteAllText(file, "x");

        var result = CliProcess.Run("sample", "--students", "20", "--out", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a file", Assert.Single(result.ErrLines));
    }
}
