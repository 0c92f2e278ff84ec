using RosterTools.Naming;

namespace RosterTools.Tests.Naming;

/// <summary>The transliteration table: what each kind of letter becomes, and what happens to letters it does not know.</summary>
public sealed class TransliterationTests
{
    [Theory]
    [InlineData("José Núñez", "Jose Nunez")]
    [InlineData("Nguyễn Văn An", "Nguyen Van An")]
    [InlineData("Thảo Đặng", "Thao Dang")]
    [InlineData("Straße", "Strasse")]
    [InlineData("STRAẞE", "STRASSE")]
    [InlineData("Søren Ørsted", "Soren Orsted")]
    [InlineData("Æsa Mæhle", "Aesa Maehle")]
    [InlineData("Œuvre", "Oeuvre")]
    [InlineData("Þórunn Guðmundsdóttir", "Thorunn Gudmundsdottir")]
    [InlineData("Łukasz Wiśniewski", "Lukasz Wisniewski")]
    [InlineData("Müller", "Muller")]
    [InlineData("Yılmaz İnce", "Yilmaz Ince")]
    [InlineData("Ștefan Țurcanu", "Stefan Turcanu")]
    [InlineData("Şahin", "Sahin")]
    [InlineData("Ọlájídé Adéyẹmí", "Olajide Adeyemi")]
    [InlineData("Ɓello Ɗanjuma", "Bello Danjuma")]
    [InlineData("Paral·lel", "Parallel")]
    [InlineData("Dvořák", "Dvorak")]
    [InlineData("Lǚ", "Lu")]
    [InlineData("Дмитрий Щукин", "Dmitriy Shchukin")]
    [InlineData("Юлия Жукова", "Yuliya Zhukova")]
    [InlineData("Олександр Їжак", "Oleksandr Yizhak")]
    [InlineData("Νίκος Χατζής", "Nikos Chatzis")]
    [InlineData("O’Brien", "O'Brien")]
    [InlineData("Smith–Jones", "Smith-Jones")]
    [InlineData("Ann\u00A0Lee", "Ann Lee")]
    [InlineData("Ann\u200BLee", "AnnLee")]
    [InlineData("Jose\u0301", "Jose")]
    [InlineData("ﬁne", "fine")]
    [InlineData("ＡＢＣ１", "ABC1")]
    [InlineData("plain ASCII, kept: !#$", "plain ASCII, kept: !#$")]
    public void Letters_become_ascii(string text, string ascii) => Assert.Equal(ascii, Transliteration.ToAscii(text));

    [Fact]
    public void Unknown_characters_are_dropped_and_reported_never_thrown()
    {
        var dropped = new List<string>();

        var ascii = Transliteration.ToAscii("王小明 Wang \U0001F600!", dropped);

        Assert.Equal(" Wang !", ascii);
        Assert.Equal(new[] { "王", "小", "明", "\U0001F600" }, dropped);
        Assert.False(Transliteration.IsKnown("王"));
        Assert.True(Transliteration.IsKnown("Nguyễn Ω"));
        Assert.Equal("Wang", Transliteration.ToAscii("\uD800Wang"));
    }

    [Fact]
    public void Ascii_text_is_returned_as_it_is()
    {
        const string text = "already ascii";

        Assert.Same(text, Transliteration.ToAscii(text));
        Assert.True(Transliteration.IsAscii(text));
        Assert.False(Transliteration.IsAscii("é"));
    }

    [Fact]
    public void Every_latin_letter_with_a_diacritic_keeps_its_case()
    {
        // Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional.
        for (var c = '\u00C0'; c <= '\u1EFF'; c++)
        {
            if (c > '\u024F' && c < '\u1E00')
            {
                continue;
            }

            var ascii = Transliteration.ToAscii(c.ToString());
            if (ascii.Length == 0 || !char.IsLetter(c))
            {
                continue;
            }

            Assert.Matches("^[A-Za-z]+$", ascii);
            if (char.IsUpper(c))
            {
                Assert.True(char.IsUpper(ascii[0]), $"U+{(int)c:X4} {c} → {ascii}");
            }
            else if (char.IsLower(c))
            {
                Assert.True(ascii.All(char.IsLower), $"U+{(int)c:X4} {c} → {ascii}");
            }
        }
    }
}
