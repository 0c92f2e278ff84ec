using System.Globalization;

namespace RosterTools.Policy;

/// <summary>One problem in a policy file: where it is (file, line, column, key) and what is wrong.</summary>
public sealed class PolicyProblem
{
    /// <summary>Creates a problem.</summary>
    public PolicyProblem(string file, int line, int column, string key, string message)
    {
        File = file;
        Line = line;
        Column = column;
        Key = key;
        Message = message;
    }

    /// <summary>The policy file (or the source name given to <see cref="PolicyLoader.Parse"/>).</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>The key the problem is about, as a path (<c>naming.student.username[1]</c>); empty for the file as a whole.</summary>
    public string Key { get; }

    /// <summary>What is wrong and what to do about it.</summary>
    public string Message { get; }

    /// <summary><c>district.policy.yaml:12:15: naming.student.maxLength: ...</c>, as compilers write it.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: {3}{4}", File, Line, Column, Key.Length == 0 ? string.Empty : Key + ": ", Message);
}
