using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RosterTools.Policy.Loading;

/// <summary>
/// Reads a policy's YAML into <see cref="PolicyNode"/>s from YamlDotNet's parser events, keeping every node's
/// position. Duplicate keys, unknown aliases, complex keys and extra documents are reported, not fatal; a syntax
/// error ends the reading (nothing after it can be trusted) and is reported with the position YamlDotNet gives.
/// </summary>
internal sealed class YamlTree
{
    // A value that starts with a {placeholder} and goes on: YAML took the braces for a flow mapping.
    private static readonly Regex UnquotedBrace = new(@"(:|^\s*-)\s+\{[A-Za-z][^}]*\}\s*[^\s#,}\]]", RegexOptions.CultureInvariant);

    private readonly PolicyReader _reader;
    private readonly string _text;
    private readonly IParser _parser;
    private readonly Dictionary<string, PolicyNode> _anchors = new(StringComparer.Ordinal);
    private Mark _last = Mark.Empty;

    private YamlTree(PolicyReader reader, string text)
    {
        _reader = reader;
        _text = text;
        _parser = new Parser(new StringReader(text));
    }

    /// <summary>The root node of the first document; null when the file is empty or not well formed (reported).</summary>
    public static PolicyNode? Read(PolicyReader reader, string text) => new YamlTree(reader, text).ReadStream();

    private PolicyNode? ReadStream()
    {
        try
        {
            Next();
            PolicyNode? root = null;
            var documents = 0;
            while (Next() is DocumentStart)
            {
                documents++;
                var node = ReadNode(Next());
                Next();
                if (documents == 1)
                {
                    root = node;
                }
                else
                {
                    _reader.Problem(node.Start, "a policy file holds one YAML document; this second one (after ---) is not read");
                }
            }

            return root;
        }
        catch (YamlException exception)
        {
            _reader.Problem(exception.Start, Describe(exception, _text));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException for some malformed flow collections.
            _reader.Problem(_last, "the YAML is not well formed here (an unclosed [ or {?)");
            return null;
        }
    }

    private ParsingEvent Next()
    {
        if (!_parser.MoveNext() || _parser.Current is null)
        {
            throw new YamlException(_last, _last, "unexpected end of the file");
        }

        _last = _parser.Current.Start;
        return _parser.Current;
    }

    private PolicyNode ReadNode(ParsingEvent current)
    {
        PolicyNode node;
        switch (current)
        {
            case Scalar scalar:
                node = new PolicyScalar(scalar.Value, scalar.Style, scalar.Start, scalar.End);
                break;
            case SequenceStart start:
                var items = new List<PolicyNode>();
                for (var next = Next(); next is not SequenceEnd; next = Next())
                {
                    items.Add(ReadNode(next));
                }

                node = new PolicyList(items, start.Start, _parser.Current!.End);
                break;
            case MappingStart start:
                node = ReadMapping(start);
                break;
            case AnchorAlias alias:
                if (_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    return anchored;
                }

                _reader.Problem(alias.Start, "the alias *" + alias.Value.Value + " names no anchor (&" + alias.Value.Value + ") above it");
                return new PolicyScalar(string.Empty, ScalarStyle.Plain, alias.Start, alias.End);
            default:
                throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchor)
        {
            _anchors[anchor.Anchor.Value] = node;
        }

        return node;
    }

    private PolicyMap ReadMapping(MappingStart start)
    {
        var entries = new List<KeyValuePair<PolicyScalar, PolicyNode>>();
        var seen = new Dictionary<string, PolicyScalar>(StringComparer.Ordinal);
        for (var next = Next(); next is not MappingEnd; next = Next())
        {
            var key = ReadNode(next);
            var value = ReadNode(Next());
            if (key is not PolicyScalar scalar)
            {
                _reader.Problem(key.Start, "a key must be a plain name, not " + key.Kind);
            }
            else if (seen.TryGetValue(scalar.Value, out var first))
            {
                _reader.Problem(scalar.Start, string.Format(
                    System.Globalization.CultureInfo.InvariantCulture, "'{0}' is given twice in this mapping (first on line {1}); only the first is read", scalar.Value, first.Start.Line));
            }
            else
            {
                seen.Add(scalar.Value, scalar);
                entries.Add(new KeyValuePair<PolicyScalar, PolicyNode>(scalar, value));
            }
        }

        return new PolicyMap(entries, start.Start, _parser.Current!.End);
    }

    /// <summary>YamlDotNet's message, with a hint for the most common mistake: a template starting with '{' left unquoted.</summary>
    private static string Describe(YamlException exception, string text)
    {
        var message = "the YAML is not well formed: " + exception.Message.TrimEnd('.');
        var lines = text.Split('\n');
        var line = (int)exception.Start.Line;
        for (var i = Math.Max(1, line - 1); i <= Math.Min(lines.Length, line); i++)
        {
            if (UnquotedBrace.IsMatch(lines[i - 1]))
            {
                return message + " (a value that starts with '{', such as a template, must be quoted: \"{givenName}.{familyName}\")";
            }
        }

        return message;
    }
}
