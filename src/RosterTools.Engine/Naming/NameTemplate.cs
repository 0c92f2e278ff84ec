using System;
using System.Collections.Generic;
using System.Text;

namespace RosterTools.Naming;

/// <summary>
/// A naming template of a policy, such as <c>{givenName|first:1}{familyName}{gradYear}</c> or
/// <c>OU={grade},OU={school.name},OU=Students,DC=district,DC=org</c>.
/// </summary>
/// <remarks>
/// <para>The language:</para>
/// <list type="bullet">
/// <item><description>Text is copied as it is. <c>{{</c> and <c>}}</c> are a literal <c>{</c> and <c>}</c>.</description></item>
/// <item><description><c>{name}</c> is replaced by the value of a placeholder (letters, digits and <c>_</c>, in
/// segments joined by <c>.</c>: <c>givenName</c>, <c>school.identifier</c>). Which names a field may use is
/// <see cref="TemplatePlaceholders.For"/>. A missing, empty or blank value gives nothing.</description></item>
/// <item><description><c>{a,b,c}</c> coalesces: the first of the values that is not blank
/// (<c>{preferredGivenName,givenName}</c>).</description></item>
/// <item><description><c>{name|t1|t2}</c> applies transforms, in order, to the chosen value:
/// <c>first:N</c> and <c>last:N</c> (N characters; a letter with its combining accents is one),
/// <c>lower</c> and <c>upper</c> (culture-invariant), <c>ascii</c> (<see cref="Transliteration"/>: é → e, ß → ss),
/// <c>alnum</c> (only letters and digits of any script: O'Brien → OBrien, Smith-Jones → SmithJones),
/// <c>clean</c> (ascii, then only A-Z a-z 0-9 . - _: what a directory takes in an account name),
/// <c>nospace</c> (white space removed), <c>collapse</c> (apostrophes and periods dropped, each run of spaces,
/// hyphens, dashes and underscores one hyphen, none at the ends: "De La  Cruz" → De-La-Cruz, "O'Brien" → OBrien),
/// <c>initials</c> (the first letter of each word: "Mary-Kate Ann" → MKA), <c>trim</c> (spaces trimmed, runs of
/// white space one space), <c>pad:N</c> (zeros on the left up to N characters).</description></item>
/// <item><description>Spaces around names, commas, pipes and colons inside braces are ignored.</description></item>
/// </list>
/// <para>
/// <see cref="Render(Func{string, string}, Func{string, string})"/> applies the escape function (such as LDAP
/// distinguished-name escaping) to each substituted value, after its transforms, never to the literal text.
/// <see cref="RenderField"/> also cleans the result as the field needs: usernames and the local part of user
/// principal names and email addresses always come out as ASCII lower-case letters, digits and . - _ with no
/// leading, trailing or doubled period, whatever the template says.
/// </para>
/// </remarks>
public sealed class NameTemplate
{
    private readonly List<TemplateSegment> _segments;

    private NameTemplate(string text, List<TemplateSegment> segments)
    {
        Text = text;
        _segments = segments;
        var uses = new List<PlaceholderUse>();
        var names = new List<string>();
        var literal = new StringBuilder();
        foreach (var segment in segments)
        {
            literal.Append(segment.Literal);
            foreach (var use in segment.Names)
            {
                uses.Add(use);
                if (!names.Contains(use.Name))
                {
                    names.Add(use.Name);
                }
            }
        }

        Uses = uses;
        Placeholders = names;
        LiteralText = literal.ToString();
    }

    /// <summary>The template text as written.</summary>
    public string Text { get; }

    /// <summary>The distinct placeholder names the template uses, in order of first use.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Every placeholder name written in the template, with its position (for messages about a name).</summary>
    public IReadOnlyList<PlaceholderUse> Uses { get; }

    /// <summary>The literal text of the template, placeholders left out (<c>@district.org</c> of <c>{username}@district.org</c>).</summary>
    public string LiteralText { get; }

    /// <summary>Reads a template.</summary>
    /// <exception cref="TemplateException">The text is not a well-formed template; the exception gives the position.</exception>
    public static NameTemplate Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return new NameTemplate(text, TemplateParser.Parse(text));
    }

    /// <summary>
    /// The template with each placeholder replaced by <paramref name="valueOf"/>(name), transformed, and passed
    /// through <paramref name="escape"/> when one is given.
    /// </summary>
    public string Render(Func<string, string?> valueOf, Func<string, string>? escape = null) => Render(valueOf, escape, null);

    /// <summary>
    /// As <see cref="Render(Func{string, string}, Func{string, string})"/>, noting in <paramref name="report"/>
    /// the placeholders that had no value and the characters transliteration dropped.
    /// </summary>
    public string Render(Func<string, string?> valueOf, Func<string, string>? escape, TemplateRenderReport? report)
    {
        if (valueOf is null)
        {
            throw new ArgumentNullException(nameof(valueOf));
        }

        var builder = new StringBuilder();
        foreach (var segment in _segments)
        {
            if (segment.Literal is not null)
            {
                builder.Append(segment.Literal);
                continue;
            }

            var value = Choose(segment, valueOf);
            if (value is null)
            {
                report?.AddMissing(segment.Names);
                continue;
            }

            foreach (var transform in segment.Transforms)
            {
                value = TemplateTransforms.Apply(transform, value, report?.DroppedSink);
            }

            builder.Append(escape is null ? value : escape(value));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Renders the template for <paramref name="field"/> and cleans the result as the field needs
    /// (<see cref="NameSanitizer.ForField"/>): usernames, and user principal names and email addresses, come out
    /// valid for AD and Entra; display and group names have their spaces trimmed and collapsed; placements are
    /// as rendered (pass <see cref="DistinguishedNames.EscapeValue"/> as <paramref name="escape"/> for an OU).
    /// </summary>
    public string RenderField(TemplateField field, Func<string, string?> valueOf, Func<string, string>? escape = null, TemplateRenderReport? report = null) =>
        NameSanitizer.ForField(field, Render(valueOf, escape, report), report?.DroppedSink);

    /// <summary>The template text.</summary>
    public override string ToString() => Text;

    private static string? Choose(TemplateSegment segment, Func<string, string?> valueOf)
    {
        foreach (var name in segment.Names)
        {
            var value = valueOf(name.Name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }
}
