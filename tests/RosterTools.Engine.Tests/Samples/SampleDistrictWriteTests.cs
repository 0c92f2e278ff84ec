using System.IO;
using System.Threading;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.Samples;
using RosterTools.Validation;

namespace RosterTools.Tests.Samples;

/// <summary>
/// How SampleDistrict.Write treats its arguments and its folder: the same seed gives the same bytes, a folder with
/// files needs Overwrite, Overwrite replaces the bundle and nothing else, a cancelled run leaves the folder as it
/// was, and options are checked with messages that say what to fix.
/// </summary>
public sealed class SampleDistrictWriteTests
{
    [Fact]
    public void The_same_seed_gives_byte_identical_files_and_another_seed_another_district()
    {
        using var temp = new TestBundle();
        var options = new SampleDistrictOptions { Students = 300, Seed = 42 };
        SampleDistrict.Write(temp.Scratch("a"), options);
        SampleDistrict.Write(temp.Scratch("b"), options);
        SampleDistrict.Write(temp.Scratch("c"), new SampleDistrictOptions { Students = 300, Seed = 43 });

        var files = FileNames(temp.Scratch("a"));
        Assert.Equal(files, FileNames(temp.Scratch("b")));
        Assert.All(files, name => Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Scratch("a"), name)), File.ReadAllBytes(Path.Combine(temp.Scratch("b"), name))));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(temp.Scratch("a"), "users.csv")), File.ReadAllBytes(Path.Combine(temp.Scratch("c"), "users.csv")));
        Assert.Empty(OneRosterReader.Read(temp.Scratch("a")).Users.Select(user => user.SourcedId).Intersect(OneRosterReader.Read(temp.Scratch("c")).Users.Select(user => user.SourcedId)));
    }

    [Theory]
    [InlineData(1, "1.1")]
    [InlineData(1, "1.2")]
    [InlineData(2, "1.2")]
    [InlineData(13, "1.1")]
    [InlineData(20, "1.2")]
    [InlineData(60, "1.1")]
    [InlineData(60, "1.2")]
    [InlineData(1500, "1.2")]
    public void Small_and_mid_sized_districts_import_with_no_findings(int students, string version)
    {
        using var temp = new TestBundle();
        OneRosterVersions.TryParse(version, out var parsed);

        var result = SampleDistrict.Write(temp.Folder, new SampleDistrictOptions { Students = students, Version = parsed, Seed = students });
        var roster = OneRosterReader.Read(temp.Folder);

        FindingAssert.Clean(roster.Findings);
        Assert.Equal(students, roster.Users.Count(user => user.Grades.Count > 0));
        Assert.Equal(students, result.Students);
        Assert.True(roster.Classes.Count > 0 && roster.Enrollments.Count > students);
    }

    [Fact]
    public void A_folder_that_holds_files_is_refused_without_Overwrite()
    {
        using var temp = new TestBundle();
        temp.File("notes.txt", "keep me");

        var ex = Assert.Throws<IOException>(() => SampleDistrict.Write(temp.Folder, new SampleDistrictOptions { Students = 20 }));

        Assert.Contains(Path.GetFullPath(temp.Folder), ex.Message);
        Assert.Contains("Overwrite", ex.Message);
        Assert.Contains("-Force", ex.Message);
        Assert.Equal(new[] { "notes.txt" }, FileNames(temp.Folder));
    }

    [Fact]
    public void Overwrite_replaces_the_bundle_and_keeps_other_files()
    {
        using var temp = new TestBundle();
        SampleDistrict.Write(temp.Folder, new SampleDistrictOptions { Students = 50, Version = OneRosterVersion.V1_2, Seed = 1 });
        temp.File("notes.txt", "keep me").File("lineItems.csv", "sourcedId", "x");
        var before = File.ReadAllBytes(Path.Combine(temp.Folder, "users.csv"));

        SampleDistrict.Write(temp.Folder, new SampleDistrictOptions { Students = 50, Version = OneRosterVersion.V1_1, Seed = 2, Overwrite = true });

        // roles.csv and userProfiles.csv of the 1.2 bundle, and lineItems.csv, would contradict the new manifest.
        Assert.Equal(new[] { "academicSessions.csv", "classes.csv", "courses.csv", "demographics.csv", "enrollments.csv", "manifest.csv", "notes.txt", "orgs.csv", "users.csv" }, FileNames(temp.Folder));
        Assert.Equal("keep me\n", File.ReadAllText(Path.Combine(temp.Folder, "notes.txt")));
        Assert.NotEqual(before, File.ReadAllBytes(Path.Combine(temp.Folder, "users.csv")));
        var roster = OneRosterReader.Read(temp.Folder);
        Assert.Equal(OneRosterVersion.V1_1, roster.Version);
        Assert.Equal(0, roster.ErrorCount);
        var warning = Assert.Single(roster.Findings); // notes.txt is not part of a bundle; the reader says so
        Assert.Equal(FindingCodes.UnknownFile, warning.Code);
        Assert.Equal("notes.txt", warning.File);
    }

    [Fact]
    public void A_missing_folder_is_created_and_a_file_is_refused()
    {
        using var temp = new TestBundle();
        var nested = Path.Combine(temp.Scratch("new"), "district");

        var result = SampleDistrict.Write(nested, new SampleDistrictOptions { Students = 10 });

        Assert.Equal(Path.GetFullPath(nested), result.Path);
        Assert.True(File.Exists(Path.Combine(nested, "manifest.csv")));
        File.WriteAllText(temp.Scratch("file.zip"), "x");
        var ex = Assert.Throws<IOException>(() => SampleDistrict.Write(temp.Scratch("file.zip"), new SampleDistrictOptions { Students = 10, Overwrite = true }));
        Assert.Contains("is a file", ex.Message);
    }

    [Fact]
    public void A_cancelled_run_leaves_the_folder_as_it_was()
    {
        using var temp = new TestBundle();
        SampleDistrict.Write(temp.Folder, new SampleDistrictOptions { Students = 200, Seed = 1 });
        var before = FileNames(temp.Folder).ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(temp.Folder, name)));
        using var cancellation = new CancellationTokenSource();
        var reports = 0;
        var progress = new SynchronousProgress<SampleProgress>(report =>
        {
            if (report.File == "enrollments.csv")
            {
                reports++;
                cancellation.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => SampleDistrict.Write(temp.Folder, new SampleDistrictOptions { Students = 2000, Seed = 2, Overwrite = true }, progress, cancellation.Token));

        Assert.Equal(1, reports);
        Assert.Equal(before.Keys, FileNames(temp.Folder));
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllBytes(Path.Combine(temp.Folder, file.Key))));
    }

    [Fact]
    public void A_token_cancelled_before_the_start_writes_nothing()
    {
        using var temp = new TestBundle();

        Assert.ThrowsAny<OperationCanceledException>(() => SampleDistrict.Write(temp.Folder, new SampleDistrictOptions(), cancellationToken: new CancellationToken(canceled: true)));

        Assert.Empty(FileNames(temp.Folder));
    }

    [Fact]
    public void LF_line_endings_when_asked()
    {
        using var temp = new TestBundle();

        SampleDistrict.Write(temp.Folder, new SampleDistrictOptions { Students = 40, NewLine = "\n" });

        Assert.All(FileNames(temp.Folder), name => Assert.DoesNotContain((byte)'\r', File.ReadAllBytes(Path.Combine(temp.Folder, name))));
        FindingAssert.Clean(OneRosterReader.Read(temp.Folder).Findings);
        SampleDistrict.Write(temp.Scratch("crlf"), new SampleDistrictOptions { Students = 40 });
        Assert.EndsWith("\r\n", File.ReadAllText(Path.Combine(temp.Scratch("crlf"), "users.csv")));
    }

    [Theory]
    [InlineData(0, "\r\n", 2027, "Students")]
    [InlineData(-5, "\r\n", 2027, "Students")]
    [InlineData(SampleDistrict.MaxStudents + 1, "\r\n", 2027, "Students")]
    [InlineData(10, "\r", 2027, "NewLine")]
    [InlineData(10, "", 2027, "NewLine")]
    [InlineData(10, "\r\n", 27, "SchoolYear")]
    public void Options_are_checked_with_messages_that_say_what_to_fix(int students, string newLine, int schoolYear, string option)
    {
        using var temp = new TestBundle();
        var folder = temp.Scratch("never");

        var ex = Assert.Throws<ArgumentException>(() => SampleDistrict.Write(folder, new SampleDistrictOptions { Students = students, NewLine = newLine, SchoolYear = schoolYear }));

        Assert.StartsWith(option + " ", ex.Message);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Missing_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => SampleDistrict.Write("x", null!));
        Assert.Throws<ArgumentException>(() => SampleDistrict.Write(" ", new SampleDistrictOptions()));
        Assert.Throws<ArgumentException>(() => SampleDistrict.Write("x", new SampleDistrictOptions { Version = (OneRosterVersion)7 }));
    }

    [Fact]
    public void The_school_year_option_sets_the_sessions()
    {
        using var temp = new TestBundle();

        SampleDistrict.Write(temp.Folder, new SampleDistrictOptions { Students = 10, SchoolYear = 2031 });

        var year = OneRosterReader.Read(temp.Folder).AcademicSessions.Single(session => session.Type.Is(SessionType.SchoolYear));
        Assert.Equal("2030-2031", year.Title);
        Assert.Equal(2031, year.SchoolYear);
        Assert.Equal(new DateTime(2030, 8, 19), year.StartDate); // the Monday on or after 15 August 2030
    }

    private static string[] FileNames(string folder) =>
        Directory.GetFiles(folder).Select(path => Path.GetFileName(path)!).OrderBy(name => name, StringComparer.Ordinal).ToArray();
}
