using System.Collections.Generic;
using YamlDotNet.Core;

namespace RosterTools.Policy.Loading;

/// <summary>A node of a policy's YAML, with where it starts in the file (1-based line and column, 0-based index).</summary>
internal abstract class PolicyNode
{
    protected PolicyNode(Mark start, Mark end)
    {
        Start = start;
        End = end;
    }

    public Mark Start { get; }

    public Mark End { get; }

    /// <summary>What the node is, for messages: "text", "a list", "a mapping".</summary>
    public abstract string Kind { get; }
}

/// <summary>A scalar: its text and how it was written (plain, quoted, block).</summary>
internal sealed class PolicyScalar : PolicyNode
{
    public PolicyScalar(string value, ScalarStyle style, Mark start, Mark end)
        : base(start, end)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    /// <summary>Whether the scalar is plain (unquoted): only plain scalars are numbers, booleans or null.</summary>
    public bool IsPlain => Style is ScalarStyle.Plain or ScalarStyle.Any;

    /// <summary>A plain empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Kind => IsNull ? "nothing" : IsPlain ? "'" + Value + "'" : "the text '" + Value + "'";
}

/// <summary>A sequence.</summary>
internal sealed class PolicyList : PolicyNode
{
    public PolicyList(List<PolicyNode> items, Mark start, Mark end)
        : base(start, end) => Items = items;

    public List<PolicyNode> Items { get; }

    public override string Kind => "a list";
}

/// <summary>A mapping, its entries in file order (duplicate keys were reported and dropped while reading).</summary>
internal sealed class PolicyMap : PolicyNode
{
    public PolicyMap(List<KeyValuePair<PolicyScalar, PolicyNode>> entries, Mark start, Mark end)
        : base(start, end) => Entries = entries;

    public List<KeyValuePair<PolicyScalar, PolicyNode>> Entries { get; }

    public override string Kind => "a mapping";

    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    public PolicyNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The key scalar of <paramref name="key"/>, or null.</summary>
    public PolicyScalar? KeyOf(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Key;
            }
        }

        return null;
    }
}
