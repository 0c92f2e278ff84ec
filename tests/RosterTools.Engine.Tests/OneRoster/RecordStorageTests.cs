using RosterTools.OneRoster;

namespace RosterTools.Tests.OneRoster;

/// <summary>Records store some values compactly; what goes in must come out, whatever the order of setting.</summary>
public class RecordStorageTests
{
    [Fact]
    public void An_email_that_is_the_username_at_a_domain_reads_back_and_survives_a_change_of_username()
    {
        var user = new User { Username = "ada.lovelace", Email = "ada.lovelace@riverside.example" };
        Assert.Equal("ada.lovelace@riverside.example", user.Email);

        user.Username = "ada.king";
        Assert.Equal("ada.lovelace@riverside.example", user.Email);

        user.Email = "ada.king@riverside.example";
        Assert.Equal("ada.king@riverside.example", user.Email);
        user.Email = "other@example.org";
        Assert.Equal("other@example.org", user.Email);
        user.Email = null;
        Assert.Null(user.Email);
        Assert.Equal("x@y", new User { Email = "x@y" }.Email);
        Assert.Equal("ada@", new User { Username = "ada", Email = "ada@" }.Email);
    }

    [Fact]
    public void Rarely_used_user_fields_read_back()
    {
        var user = new User { Password = "p", UserMasterIdentifier = "m", PreferredGivenName = "g", PreferredMiddleName = "mi", PreferredFamilyName = "f", Pronouns = "they/them" };

        Assert.Equal(new[] { "p", "m", "g", "mi", "f", "they/them" }, new[] { user.Password, user.UserMasterIdentifier, user.PreferredGivenName, user.PreferredMiddleName, user.PreferredFamilyName, user.Pronouns });
        user.Password = null;
        Assert.Null(user.Password);
        Assert.Null(new User().Pronouns);
    }

    [Fact]
    public void Status_and_date_last_modified_read_back_and_clear()
    {
        var record = new Org { Status = RecordStatus.ToBeDeleted, DateLastModified = new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc) };
        Assert.True(record.IsToBeDeleted);
        Assert.Equal(new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc), record.DateLastModified);

        record.Status = default;
        record.DateLastModified = null;
        Assert.True(record.Status.IsEmpty);
        Assert.Null(record.DateLastModified);
    }

    [Fact]
    public void Lists_read_from_a_file_cannot_be_changed_through_a_record()
    {
        using var bundle = MinimalBundles.Valid12();
        var roster = RosterTools.OneRoster.Csv.OneRosterReader.Read(bundle.Folder);

        var grades = roster.Users.Find("u2")!.Grades;
        Assert.Same(grades, roster.Users.Find("u3")!.Grades);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<string>)grades)[0] = "10");
    }
}
