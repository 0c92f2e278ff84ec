using System.Collections.Generic;

namespace RosterTools.Policy;

/// <summary>How the passwords of new accounts are made. Passwords go to the target only, never to a plan or log.</summary>
public sealed class PasswordRule
{
    /// <summary>Random characters or a passphrase of words.</summary>
    public PasswordKind Kind { get; set; } = PasswordKind.Random;

    /// <summary>For random passwords: the length.</summary>
    public int Length { get; set; } = 16;

    /// <summary>For random passwords: the character classes it must contain (upper, lower, digit, symbol).</summary>
    public IList<string> Classes { get; set; } = new List<string> { "upper", "lower", "digit", "symbol" };

    /// <summary>For passphrases: how many words.</summary>
    public int Words { get; set; } = 4;

    /// <summary>For passphrases: what goes between the words.</summary>
    public string Separator { get; set; } = "-";
}

/// <summary>The kinds of generated password.</summary>
public enum PasswordKind
{
    /// <summary>Random characters of the given classes.</summary>
    Random,

    /// <summary>Words from a built-in list, with a digit.</summary>
    Passphrase,
}
