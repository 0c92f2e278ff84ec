using System;
using System.Collections.Generic;
using System.Globalization;
using RosterTools.Naming;

namespace RosterTools.Policy.Loading;

/// <summary>Typed values: text, whole numbers, percents, booleans, enum members and lists, each checked.</summary>
internal sealed partial class PolicyReader
{
    /// <summary>Text; null (and reported when <paramref name="required"/>) when the value is missing or not text.</summary>
    public string? ReadText(PolicyNode node, bool required = true)
    {
        if (node is not PolicyScalar scalar)
        {
            Problem(node, "expected text, found " + node.Kind);
            return null;
        }

        if (scalar.IsNull || scalar.Value.Trim().Length == 0)
        {
            if (required)
            {
                Problem(node, "needs a value");
            }

            return null;
        }

        return scalar.Value;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; null (reported) otherwise.</summary>
    public int? ReadInteger(PolicyNode node, int min, int max = int.MaxValue)
    {
        var scalar = Plain(node, "a whole number");
        if (scalar is null)
        {
            return null;
        }

        if (!long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Problem(node, "expected a whole number, found " + scalar.Kind);
            return null;
        }

        if (value < min || value > max)
        {
            Problem(node, Range(min, max, value.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return (int)value;
    }

    /// <summary>A number (such as a percent) from <paramref name="min"/> to <paramref name="max"/>; null (reported) otherwise.</summary>
    public double? ReadNumber(PolicyNode node, double min, double max)
    {
        var scalar = Plain(node, "a number");
        if (scalar is null)
        {
            return null;
        }

        if (!double.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Problem(node, "expected a number, found " + scalar.Kind);
            return null;
        }

        if (value < min || value > max)
        {
            Problem(node, string.Format(CultureInfo.InvariantCulture, "must be from {0} to {1}, found {2}", min, max, scalar.Value));
            return null;
        }

        return value;
    }

    /// <summary>true or false (also True, TRUE, False, FALSE); null (reported) otherwise.</summary>
    public bool? ReadBoolean(PolicyNode node)
    {
        var scalar = Plain(node, "true or false");
        switch (scalar?.Value)
        {
            case null:
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                Problem(node, "expected true or false, found " + scalar.Kind);
                return null;
        }
    }

    /// <summary>A member of <typeparamref name="T"/>, spelled as <see cref="PolicyEnum{T}"/> says; null (reported) otherwise.</summary>
    public T? ReadEnum<T>(PolicyNode node, string what)
        where T : struct, Enum
    {
        var text = ReadText(node);
        if (text is null)
        {
            return null;
        }

        if (PolicyEnum<T>.TryParse(text, out var member))
        {
            return member;
        }

        Problem(node, "'" + text + "' is not " + what + Spelling.DidYouMean(text, PolicyEnum<T>.Names) + "; use one of " + string.Join(", ", PolicyEnum<T>.Names));
        return null;
    }

    /// <summary>The items of a list, each read by <paramref name="item"/> (under its [index] key); items that read as null are left out.</summary>
    public List<T> ReadList<T>(PolicyNode node, Func<PolicyNode, T?> item)
        where T : class
    {
        var items = new List<T>();
        if (node is PolicyScalar { IsNull: true })
        {
            return items;
        }

        if (node is not PolicyList list)
        {
            Problem(node, "expected a list (- item on each line, or [a, b]), found " + node.Kind);
            return items;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            using (Item(i))
            {
                if (item(list.Items[i]) is T value)
                {
                    items.Add(value);
                }
            }
        }

        return items;
    }

    /// <summary>A list of enum members.</summary>
    public List<T> ReadEnumList<T>(PolicyNode node, string what)
        where T : struct, Enum
    {
        var boxed = ReadList(node, item => ReadEnum<T>(item, what) is T member ? (object)member : null);
        return boxed.ConvertAll(member => (T)member);
    }

    /// <summary>The mapping <paramref name="node"/> is, or null (reported unless it is empty) when it is not one.</summary>
    public PolicyMap? ReadMap(PolicyNode node, string what)
    {
        switch (node)
        {
            case PolicyMap map:
                return map;
            case PolicyScalar { IsNull: true }:
                return null;
            default:
                Problem(node, "expected " + what + " (keys on the lines below, indented), found " + node.Kind);
                return null;
        }
    }

    private static string Range(int min, int max, string found) =>
        max == int.MaxValue
            ? string.Format(CultureInfo.InvariantCulture, "must be {0} or more, found {1}", min, found)
            : string.Format(CultureInfo.InvariantCulture, "must be from {0} to {1}, found {2}", min, max, found);

    /// <summary>A plain scalar: numbers and booleans are never quoted, lists and mappings are not values.</summary>
    private PolicyScalar? Plain(PolicyNode node, string what)
    {
        if (node is not PolicyScalar scalar)
        {
            Problem(node, "expected " + what + ", found " + node.Kind);
            return null;
        }

        if (scalar.IsNull)
        {
            Problem(node, "needs a value: " + what);
            return null;
        }

        if (!scalar.IsPlain)
        {
            Problem(node, "expected " + what + ", found " + scalar.Kind + " (write it without quotes)");
            return null;
        }

        return scalar;
    }
}
