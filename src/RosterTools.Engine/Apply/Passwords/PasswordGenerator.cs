using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using RosterTools.Policy;

namespace RosterTools.Apply.Passwords;

/// <summary>
/// Makes the initial passwords of new accounts from a policy's <see cref="PasswordRule"/>, with a cryptographic
/// random source: random characters with every requested class present, or a passphrase of words from a built-in
/// list. A password goes to the target only; nothing here logs or keeps it.
/// </summary>
public sealed class PasswordGenerator : IDisposable
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%&*+-=?@^_";

    private readonly RandomNumberGenerator _random = RandomNumberGenerator.Create();
    private readonly byte[] _four = new byte[4];

    /// <summary>Checks a rule before any password is made from it.</summary>
    /// <exception cref="ArgumentException">The rule cannot make a password (an unknown class, a length shorter than its classes, no words).</exception>
    public static void Check(PasswordRule rule, string name)
    {
        if (rule.Kind == PasswordKind.Passphrase)
        {
            if (rule.Words < 2 || rule.Words > 12)
            {
                throw new ArgumentException($"The password rule '{name}' asks for {rule.Words} words; a passphrase has 2 to 12.");
            }

            return;
        }

        var classes = ClassesOf(rule, name);
        if (rule.Length < Math.Max(8, classes.Count) || rule.Length > 256)
        {
            throw new ArgumentException($"The password rule '{name}' asks for length {rule.Length}; a random password has 8 to 256 characters, and at least one of each class ({classes.Count}).");
        }
    }

    /// <summary>A new password made by <paramref name="rule"/>.</summary>
    /// <exception cref="ArgumentException">The rule cannot make a password (see <see cref="Check"/>).</exception>
    public string Generate(PasswordRule rule, string name = "password")
    {
        Check(rule, name);
        return rule.Kind == PasswordKind.Passphrase ? Passphrase(rule) : RandomCharacters(rule, ClassesOf(rule, name));
    }

    /// <inheritdoc />
    public void Dispose() => _random.Dispose();

    /// <summary>A uniformly random number in [0, <paramref name="bound"/>), by rejection so that no value is likelier.</summary>
    internal int Next(int bound)
    {
        var limit = uint.MaxValue - (uint.MaxValue % (uint)bound);
        uint value;
        do
        {
            _random.GetBytes(_four);
            value = BitConverter.ToUInt32(_four, 0);
        }
        while (value >= limit);
        return (int)(value % (uint)bound);
    }

    private string RandomCharacters(PasswordRule rule, List<string> classes)
    {
        var all = string.Concat(classes);
        var characters = new char[rule.Length];

        // One character of each class first, the rest from all of them, then a shuffle so the classes are anywhere.
        for (var i = 0; i < characters.Length; i++)
        {
            var pool = i < classes.Count ? classes[i] : all;
            characters[i] = pool[Next(pool.Length)];
        }

        for (var i = characters.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (characters[i], characters[j]) = (characters[j], characters[i]);
        }

        var password = new string(characters);
        Array.Clear(characters, 0, characters.Length);
        return password;
    }

    private string Passphrase(PasswordRule rule)
    {
        var words = PassphraseWords.All;
        var withDigit = Next(rule.Words);
        var text = new StringBuilder();
        for (var i = 0; i < rule.Words; i++)
        {
            if (i > 0)
            {
                text.Append(rule.Separator);
            }

            var word = words[Next(words.Count)];
            text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word);
            if (i == withDigit)
            {
                text.Append(Digits[Next(Digits.Length)]);
            }
        }

        return text.ToString();
    }

    private static List<string> ClassesOf(PasswordRule rule, string name)
    {
        var classes = new List<string>();
        foreach (var @class in rule.Classes)
        {
            var pool = @class.Trim().ToLowerInvariant() switch
            {
                "upper" or "uppercase" => Upper,
                "lower" or "lowercase" => Lower,
                "digit" or "digits" or "number" or "numbers" => Digits,
                "symbol" or "symbols" or "special" => Symbols,
                _ => throw new ArgumentException($"The password rule '{name}' names the class '{@class}'; the classes are upper, lower, digit and symbol."),
            };
            if (!classes.Contains(pool))
            {
                classes.Add(pool);
            }
        }

        if (classes.Count == 0)
        {
            throw new ArgumentException($"The password rule '{name}' names no character classes; give at least one of upper, lower, digit and symbol.");
        }

        return classes;
    }
}
