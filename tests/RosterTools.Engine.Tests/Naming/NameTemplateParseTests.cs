using RosterTools.Naming;

namespace RosterTools.Tests.Naming;

/// <summary>Reading templates: placeholders, alternatives, transforms, literal braces, and the position of every mistake.</summary>
public sealed class NameTemplateParseTests
{
    [Fact]
    public void Placeholders_are_the_distinct_names_in_order_of_first_use()
    {
        var template = NameTemplate.Parse("{preferredGivenName,givenName|first:1}{familyName}.{givenName}@{school.identifier}");

        Assert.Equal(new[] { "preferredGivenName", "givenName", "familyName", "school.identifier" }, template.Placeholders);
        Assert.Equal(new[] { 1, 20, 39, 52, 64 }, template.Uses.Select(use => use.Position));
        Assert.Equal(".@", template.LiteralText);
        Assert.Equal("{preferredGivenName,givenName|first:1}{familyName}.{givenName}@{school.identifier}", template.Text);
    }

    [Fact]
    public void A_template_without_placeholders_is_literal_text()
    {
        var template = NameTemplate.Parse("all-staff");

        Assert.Empty(template.Placeholders);
        Assert.Equal("all-staff", template.Render(_ => "x"));
        Assert.Equal(string.Empty, NameTemplate.Parse(string.Empty).Render(_ => "x"));
    }

    [Fact]
    public void Doubled_braces_are_literal_braces_and_not_placeholders()
    {
        var template = NameTemplate.Parse("{{{role}}}-{{x}}");

        Assert.Equal(new[] { "role" }, template.Placeholders);
        Assert.Equal("{teacher}-{x}", template.Render(_ => "teacher"));
        Assert.Equal("{}-{x}", template.LiteralText);
    }

    [Fact]
    public void Spaces_inside_braces_are_ignored()
    {
        var template = NameTemplate.Parse("{ preferredGivenName , givenName | first : 2 | upper }");

        Assert.Equal(new[] { "preferredGivenName", "givenName" }, template.Placeholders);
        Assert.Equal("MA", template.Render(name => name == "givenName" ? "maria" : null));
    }

    [Theory]
    [InlineData("{givenName", 0, "'{' is never closed")]
    [InlineData("ab{givenName|first:1", 2, "'{' is never closed")]
    [InlineData("{school.", 0, "'{' is never closed")]
    [InlineData("abc}", 3, "'}' closes no placeholder; write '}}' for a literal brace")]
    [InlineData("{}", 1, "empty placeholder")]
    [InlineData("x{,givenName}", 2, "expected a placeholder name before ','")]
    [InlineData("{givenName,}", 11, "empty placeholder")]
    [InlineData("{|lower}", 1, "expected a placeholder name before '|'")]
    [InlineData("{1st}", 1, "expected a placeholder name (letters, digits and '.', starting with a letter), found '1'")]
    [InlineData("{given name}", 7, "expected ',', '|' or '}' after the placeholder name, found 'n'")]
    [InlineData("{given-name}", 6, "expected ',', '|' or '}' after the placeholder name, found '-'")]
    [InlineData("{school.}", 8, "expected the rest of the placeholder name after '.'")]
    [InlineData("{a{b}}", 2, "a placeholder cannot contain '{'")]
    [InlineData("{{{", 2, "'{' is never closed")]
    [InlineData("{givenName|}", 11, "expected a transform name after '|', found '}'")]
    [InlineData("{givenName|lowr}", 11, "unknown transform 'lowr' (did you mean 'lower'?)")]
    [InlineData("{givenName|frist:1}", 11, "unknown transform 'frist' (did you mean 'first'?)")]
    [InlineData("{givenName|first}", 11, "'first' needs a number, as in first:3")]
    [InlineData("{givenName|first:}", 17, "'first:' needs a whole number, found '}'")]
    [InlineData("{givenName|first:x}", 17, "'first:' needs a whole number, found 'x'")]
    [InlineData("{givenName|last:0}", 16, "'last:0': the number must be from 1 to 1000")]
    [InlineData("{givenName|pad:99999}", 15, "'pad:99999': the number must be from 1 to 1000")]
    [InlineData("{givenName|lower:2}", 16, "'lower' takes no number")]
    [InlineData("{givenName|lower x}", 17, "expected '|' or '}' after the transform, found 'x'")]
    public void Every_mistake_names_its_position(string text, int position, string reason)
    {
        var exception = Assert.Throws<TemplateException>(() => NameTemplate.Parse(text));

        Assert.Equal(position, exception.Position);
        Assert.StartsWith(reason, exception.Reason, StringComparison.Ordinal);
        Assert.Equal(text, exception.Template);
        Assert.Contains("position " + position, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_transform_lists_the_transforms()
    {
        var exception = Assert.Throws<TemplateException>(() => NameTemplate.Parse("{givenName|reverse}"));

        Assert.Contains("first, last, lower, upper, ascii, alnum, clean, nospace, collapse, initials, trim, pad", exception.Reason, StringComparison.Ordinal);
    }
}
