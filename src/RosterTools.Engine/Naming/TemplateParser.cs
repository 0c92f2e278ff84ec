using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RosterTools.Naming;

/// <summary>Reads template text into segments; every mistake is a <see cref="TemplateException"/> with its position.</summary>
internal sealed class TemplateParser
{
    private const int MaxNumber = 1000;
    private readonly string _text;
    private int _index;

    private TemplateParser(string text) => _text = text;

    public static List<TemplateSegment> Parse(string text) => new TemplateParser(text).ParseAll();

    private List<TemplateSegment> ParseAll()
    {
        var segments = new List<TemplateSegment>();
        var literal = new StringBuilder();
        var literalStart = 0;
        while (_index < _text.Length)
        {
            var c = _text[_index];
            if (c is '{' or '}' && _index + 1 < _text.Length && _text[_index + 1] == c)
            {
                literal.Append(c);
                _index += 2;
            }
            else if (c == '{')
            {
                if (literal.Length > 0)
                {
                    segments.Add(TemplateSegment.Text(literal.ToString(), literalStart));
                    literal.Clear();
                }

                segments.Add(ParsePlaceholder());
                literalStart = _index;
            }
            else if (c == '}')
            {
                throw Error("'}' closes no placeholder; write '}}' for a literal brace", _index);
            }
            else
            {
                literal.Append(c);
                _index++;
            }
        }

        if (literal.Length > 0)
        {
            segments.Add(TemplateSegment.Text(literal.ToString(), literalStart));
        }

        return segments;
    }

    private TemplateSegment ParsePlaceholder()
    {
        var open = _index++;
        var names = new List<PlaceholderUse>();
        while (true)
        {
            var c = Peek(open);
            var start = _index;
            var name = ReadName(open);
            if (name is null)
            {
                throw Error(c switch
                {
                    '}' => "empty placeholder: name a value, such as {givenName}",
                    ',' => "expected a placeholder name before ','",
                    '|' => "expected a placeholder name before '|'",
                    '{' => "a placeholder cannot contain '{'; write '{{' outside placeholders for a literal brace",
                    _ => "expected a placeholder name (letters, digits and '.', starting with a letter), found '" + c + "'",
                }, _index);
            }

            names.Add(new PlaceholderUse(name, start));
            if (Peek(open) != ',')
            {
                break;
            }

            _index++;
        }

        var transforms = new List<TemplateTransform>();
        while (Peek(open) == '|')
        {
            _index++;
            transforms.Add(ReadTransform(open));
        }

        var end = Peek(open);
        if (end != '}')
        {
            throw Error(
                end == '{' ? "a placeholder cannot contain '{'; write '{{' outside placeholders for a literal brace"
                : transforms.Count == 0 ? "expected ',', '|' or '}' after the placeholder name, found '" + end + "'"
                : "expected '|' or '}' after the transform, found '" + end + "'",
                _index);
        }

        _index++;
        return TemplateSegment.Placeholder(names, transforms, open);
    }

    private TemplateTransform ReadTransform(int open)
    {
        var c = Peek(open);
        var start = _index;
        while (_index < _text.Length && IsLetter(_text[_index]))
        {
            _index++;
        }

        if (_index == start)
        {
            throw Error("expected a transform name after '|', found '" + c + "'", start);
        }

        var name = _text.Substring(start, _index - start);
        if (!TemplateTransform.Known.TryGetValue(name, out var known))
        {
            throw Error("unknown transform '" + name + "'" + Spelling.DidYouMean(name, TemplateTransform.Known.Keys) + "; the transforms are " + string.Join(", ", TemplateTransform.Known.Keys), start);
        }

        var number = 0;
        if (known.TakesNumber)
        {
            if (Peek(open) != ':')
            {
                throw Error("'" + name + "' needs a number, as in " + name + ":3", start);
            }

            _index++;
            number = ReadNumber(name, open);
        }
        else if (Peek(open) == ':')
        {
            throw Error("'" + name + "' takes no number", _index);
        }

        return new TemplateTransform(name, known.Kind, number, start);
    }

    private int ReadNumber(string transform, int open)
    {
        Peek(open);
        var start = _index;
        while (_index < _text.Length && _text[_index] is >= '0' and <= '9')
        {
            _index++;
        }

        var digits = _text.Substring(start, _index - start);
        if (digits.Length == 0)
        {
            throw Error("'" + transform + ":' needs a whole number, found '" + _text[start] + "'", start);
        }

        if (digits.Length > 4 || int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) is < 1 or > MaxNumber)
        {
            throw Error("'" + transform + ":" + digits + "': the number must be from 1 to " + MaxNumber.ToString(CultureInfo.InvariantCulture), start);
        }

        return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>A name: segments of a letter followed by letters, digits and '_', joined by '.'; null when none starts here.</summary>
    private string? ReadName(int open)
    {
        var start = _index;
        while (_index < _text.Length && IsLetter(_text[_index]))
        {
            _index++;
            while (_index < _text.Length && (IsLetter(_text[_index]) || _text[_index] is >= '0' and <= '9' or '_'))
            {
                _index++;
            }

            if (_index < _text.Length && _text[_index] == '.')
            {
                if (_index + 1 >= _text.Length)
                {
                    throw Error("'{' is never closed", open);
                }

                if (!IsLetter(_text[_index + 1]))
                {
                    throw Error("expected the rest of the placeholder name after '.'", _index + 1);
                }

                _index++;
            }
            else
            {
                break;
            }
        }

        return _index == start ? null : _text.Substring(start, _index - start);
    }

    /// <summary>The next character after spaces; the placeholder opened at <paramref name="open"/> is unclosed when the text ends.</summary>
    private char Peek(int open)
    {
        while (_index < _text.Length && _text[_index] == ' ')
        {
            _index++;
        }

        if (_index >= _text.Length)
        {
            throw Error("'{' is never closed", open);
        }

        return _text[_index];
    }

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private TemplateException Error(string reason, int position) => new(reason, _text, position);
}
