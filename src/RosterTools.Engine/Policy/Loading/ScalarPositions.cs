using YamlDotNet.Core;

namespace RosterTools.Policy.Loading;

/// <summary>
/// Where a character of a scalar's value is in the file: for a problem at position N of a template, the line and
/// column of that character. One-line scalars are exact (plain: column + N; quoted: the quote, and escapes such as
/// '' or \", counted); a block scalar (| or &gt;) holding one line maps to that line; other multi-line scalars give
/// the scalar's own start.
/// </summary>
internal static class ScalarPositions
{
    public static (long Line, long Column) Locate(PolicyScalar scalar, int offset, string text)
    {
        var start = scalar.Start;
        var oneLine = scalar.End.Line == start.Line;
        switch (scalar.Style)
        {
            case ScalarStyle.Plain or ScalarStyle.Any when oneLine:
                return (start.Line, start.Column + offset);
            case ScalarStyle.SingleQuoted when oneLine:
                return (start.Line, start.Column + SingleQuoted(text, (int)start.Index + 1, offset) + 1);
            case ScalarStyle.DoubleQuoted when oneLine:
                return (start.Line, start.Column + DoubleQuoted(text, (int)start.Index + 1, offset) + 1);
            case ScalarStyle.Literal or ScalarStyle.Folded when scalar.Value.TrimEnd('\n').IndexOf('\n') < 0:
                return Block(text, start, offset);
            default:
                return (start.Line, start.Column);
        }
    }

    /// <summary>How many source characters after the opening quote the value's character <paramref name="offset"/> is.</summary>
    private static int SingleQuoted(string text, int from, int offset)
    {
        var i = from;
        for (var decoded = 0; decoded < offset && i < text.Length; decoded++)
        {
            i += text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'' ? 2 : 1;
        }

        return i - from;
    }

    private static int DoubleQuoted(string text, int from, int offset)
    {
        var i = from;
        var decoded = 0;
        while (decoded < offset && i < text.Length)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                i++;
                decoded++;
                continue;
            }

            switch (text[i + 1])
            {
                case 'x':
                    i += 4;
                    decoded++;
                    break;
                case 'u':
                    i += 6;
                    decoded++;
                    break;
                case 'U':
                    var astral = i + 10 <= text.Length && int.TryParse(text.Substring(i + 2, 8), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code) && code > 0xFFFF;
                    i += 10;
                    decoded += astral ? 2 : 1;
                    break;
                default:
                    i += 2;
                    decoded++;
                    break;
            }
        }

        return i - from;
    }

    /// <summary>A block scalar's content starts on the first non-blank line after the indicator, at its indentation.</summary>
    private static (long Line, long Column) Block(string text, Mark start, int offset)
    {
        var line = start.Line;
        var i = (int)start.Index;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] != '\n')
            {
                i++;
            }

            i++;
            line++;
            var column = 0;
            while (i + column < text.Length && text[i + column] == ' ')
            {
                column++;
            }

            if (i + column < text.Length && text[i + column] is not ('\n' or '\r'))
            {
                return (line, column + 1 + offset);
            }
        }

        return (start.Line, start.Column);
    }
}
