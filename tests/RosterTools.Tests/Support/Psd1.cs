using System.Text.RegularExpressions;

namespace RosterTools.Tests.Contract;

/// <summary>
/// Reads the top-level keys of a module manifest: <c>Key = 'value'</c> and <c>Key = @('a', 'b')</c> (over one or
/// more lines). Enough for the hand-written RosterTools.psd1; anything else fails the test that reads it.
/// </summary>
internal sealed partial class Psd1
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public Psd1(string text)
    {
        var lines = text.Split('\n').Select(line => StripComment(line).Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = Assignment().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var value = match.Groups["value"].Value;
            if (value.StartsWith("@(", StringComparison.Ordinal))
            {
                var array = value;
                while (!array.Contains(')') && i + 1 < lines.Count)
                {
                    array += "\n" + lines[++i];
                }

                _values[match.Groups["key"].Value] = Quoted().Matches(array).Select(m => m.Groups["text"].Value.Replace("''", "'")).ToList();
            }
            else if (Quoted().Match(value) is { Success: true } quoted)
            {
                _values[match.Groups["key"].Value] = new List<string> { quoted.Groups["text"].Value.Replace("''", "'") };
            }
        }
    }

    public static Psd1 Load(string path) => new(File.ReadAllText(path));

    public string Single(string key)
    {
        Assert.True(_values.TryGetValue(key, out var value) && value.Count == 1, $"The manifest has no single value for {key}.");
        return value![0];
    }

    public IReadOnlyList<string> List(string key)
    {
        Assert.True(_values.TryGetValue(key, out var value), $"The manifest has no {key}.");
        return value!;
    }

    private static string StripComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\'')
            {
                inString = !inString;
            }
            else if (line[i] == '#' && !inString)
            {
                return line[..i];
            }
        }

        return line;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z]+)\s*=\s*(?<value>.+)$")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"'(?<text>(?:[^']|'')*)'")]
    private static partial Regex Quoted();
}
