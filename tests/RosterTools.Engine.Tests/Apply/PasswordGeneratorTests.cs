using RosterTools.Apply.Passwords;
using RosterTools.Policy;

namespace RosterTools.Tests.Apply;

/// <summary>Initial passwords: every requested class present, passphrases from the word list, bad rules refused.</summary>
public class PasswordGeneratorTests
{
    [Fact]
    public void A_random_password_has_the_length_and_every_class_it_asks_for()
    {
        using var generator = new PasswordGenerator();
        var rule = new PasswordRule { Length = 8, Classes = new List<string> { "upper", "lower", "digit", "symbol" } };
        var seen = new HashSet<string>();
        for (var i = 0; i < 2000; i++)
        {
            var password = generator.Generate(rule);
            Assert.Equal(8, password.Length);
            Assert.Contains(password, char.IsUpper);
            Assert.Contains(password, char.IsLower);
            Assert.Contains(password, char.IsDigit);
            Assert.Contains(password, c => !char.IsLetterOrDigit(c));
            seen.Add(password);
        }

        Assert.Equal(2000, seen.Count);
    }

    [Fact]
    public void Only_the_classes_asked_for_are_used()
    {
        using var generator = new PasswordGenerator();
        var password = generator.Generate(new PasswordRule { Length = 40, Classes = new List<string> { "lower", "digit" } });

        Assert.Equal(40, password.Length);
        Assert.All(password, c => Assert.True(char.IsLower(c) || char.IsDigit(c), $"'{c}' is neither lower case nor a digit"));
        Assert.Contains(password, char.IsDigit);
    }

    [Fact]
    public void Characters_are_spread_evenly()
    {
        using var generator = new PasswordGenerator();
        var counts = new int[10];
        for (var i = 0; i < 100_000; i++)
        {
            counts[generator.Next(10)]++;
        }

        Assert.All(counts, count => Assert.InRange(count, 9_400, 10_600));
    }

    [Fact]
    public void A_passphrase_is_words_from_the_list_with_one_digit()
    {
        using var generator = new PasswordGenerator();
        var rule = new PasswordRule { Kind = PasswordKind.Passphrase, Words = 4, Separator = "." };
        for (var i = 0; i < 200; i++)
        {
            var phrase = generator.Generate(rule);
            var words = phrase.Split('.');
            Assert.Equal(4, words.Length);
            Assert.Single(phrase, char.IsDigit);
            Assert.True(char.IsUpper(phrase[0]));
            Assert.All(words, word => Assert.Contains(word.TrimEnd('2', '3', '4', '5', '6', '7', '8', '9').ToLowerInvariant(), PassphraseWords.All));
        }
    }

    [Fact]
    public void The_word_list_is_a_few_hundred_unique_short_words()
    {
        Assert.InRange(PassphraseWords.All.Count, 300, 1000);
        Assert.Equal(PassphraseWords.All.Count, PassphraseWords.All.Distinct().Count());
        Assert.All(PassphraseWords.All, word => Assert.Matches("^[a-z]{3,6}$", word));
    }

    [Theory]
    [InlineData(PasswordKind.Random, 4, "upper", "'r' asks for length 4")]
    [InlineData(PasswordKind.Random, 16, "emoji", "names the class 'emoji'")]
    [InlineData(PasswordKind.Passphrase, 1, "upper", "asks for 1 words")]
    public void A_rule_that_cannot_make_a_password_is_refused_with_its_name(PasswordKind kind, int size, string @class, string message)
    {
        using var generator = new PasswordGenerator();
        var rule = new PasswordRule { Kind = kind, Length = size, Words = size, Classes = new List<string> { @class } };

        var error = Assert.Throws<ArgumentException>(() => generator.Generate(rule, "r"));

        Assert.Contains(message, error.Message);
    }
}
