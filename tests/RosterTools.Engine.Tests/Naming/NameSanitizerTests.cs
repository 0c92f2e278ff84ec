using RosterTools.Naming;

namespace RosterTools.Tests.Naming;

/// <summary>What directories accept: usernames, addresses, cut names, distinguished-name values, graduation years.</summary>
public sealed class NameSanitizerTests
{
    [Theory]
    [InlineData("Zoë.O'Brien", "zoe.obrien")]
    [InlineData("Mary Ann.Smith-Jones", "maryann.smith-jones")]
    [InlineData("..jo..lee..", "jo.lee")]
    [InlineData("-jo_lee-", "jo_lee")]
    [InlineData("ANN+LEE/2031", "annlee2031")]
    [InlineData("Đức.Nguyễn", "duc.nguyen")]
    [InlineData("王", "")]
    public void Usernames_are_lower_case_ascii_letters_digits_and_dot_hyphen_underscore(string text, string username) =>
        Assert.Equal(username, NameSanitizer.Username(text));

    [Theory]
    [InlineData("Zoë.O'Brien@Students.Example.ORG", "zoe.obrien@students.example.org")]
    [InlineData("a.b@c@Dom_ain.org.", "a.bc@domain.org")]
    [InlineData("jo lee", "jolee")]
    public void Addresses_clean_the_local_part_as_a_username_and_lower_the_domain(string text, string address) =>
        Assert.Equal(address, NameSanitizer.Address(text));

    [Theory]
    [InlineData("john.smithson", 5, "john")]
    [InlineData("john.smithson", 100, "john.smithson")]
    [InlineData("ab-cd", 3, "ab")]
    [InlineData("abc", 0, "")]
    public void Truncate_leaves_no_dangling_period_or_hyphen(string name, int maxLength, string expected) =>
        Assert.Equal(expected, NameSanitizer.Truncate(name, maxLength));

    [Theory]
    [InlineData("Smith, Jr.", "Smith\\, Jr.")]
    [InlineData("#1 School", "\\#1 School")]
    [InlineData(" lead and trail ", "\\ lead and trail\\ ")]
    [InlineData("a+b=c;<d>\"e\\", "a\\+b\\=c\\;\\<d\\>\\\"e\\\\")]
    [InlineData("tab\there", "tab\\09here")]
    [InlineData("Brookside Elementary School", "Brookside Elementary School")]
    public void Distinguished_name_values_are_escaped(string value, string escaped) =>
        Assert.Equal(escaped, DistinguishedNames.EscapeValue(value));

    [Theory]
    [InlineData("12", 2027, 2027)]
    [InlineData("03", 2027, 2036)]
    [InlineData("KG", 2027, 2039)]
    [InlineData("TK", 2027, 2040)]
    [InlineData("PK", 2027, 2040)]
    [InlineData("PR", 2027, 2041)]
    [InlineData("13", 2027, null)]
    [InlineData("UG", 2027, null)]
    [InlineData("Other", 2027, null)]
    [InlineData("3", 2027, null)]
    [InlineData(null, 2027, null)]
    public void The_graduation_year_is_the_school_year_plus_the_years_left(string? grade, int schoolYear, int? expected) =>
        Assert.Equal(expected, GraduationYear.For(grade, schoolYear));
}
