using System;
using System.Collections.Generic;

namespace RosterTools.Naming;

/// <summary>One transform of a placeholder (<c>|first:1</c>, <c>|lower</c>), as parsed.</summary>
internal sealed class TemplateTransform
{
    /// <summary>The transforms by name, and whether each takes a number (<c>first:N</c>).</summary>
    public static readonly IReadOnlyDictionary<string, (TransformKind Kind, bool TakesNumber)> Known =
        new Dictionary<string, (TransformKind, bool)>(StringComparer.Ordinal)
        {
            ["first"] = (TransformKind.First, true),
            ["last"] = (TransformKind.Last, true),
            ["lower"] = (TransformKind.Lower, false),
            ["upper"] = (TransformKind.Upper, false),
            ["ascii"] = (TransformKind.Ascii, false),
            ["alnum"] = (TransformKind.Alnum, false),
            ["clean"] = (TransformKind.Clean, false),
            ["nospace"] = (TransformKind.NoSpace, false),
            ["collapse"] = (TransformKind.Collapse, false),
            ["initials"] = (TransformKind.Initials, false),
            ["trim"] = (TransformKind.Trim, false),
            ["pad"] = (TransformKind.Pad, true),
        };

    public TemplateTransform(string name, TransformKind kind, int number, int position)
    {
        Name = name;
        Kind = kind;
        Number = number;
        Position = position;
    }

    /// <summary>The name as written.</summary>
    public string Name { get; }

    /// <summary>What it does.</summary>
    public TransformKind Kind { get; }

    /// <summary>N of <c>first:N</c>, <c>last:N</c>, <c>pad:N</c>; 0 for the others.</summary>
    public int Number { get; }

    /// <summary>The 0-based position of the name in the template.</summary>
    public int Position { get; }
}

/// <summary>The transforms of the template language.</summary>
internal enum TransformKind
{
    First,
    Last,
    Lower,
    Upper,
    Ascii,
    Alnum,
    Clean,
    NoSpace,
    Collapse,
    Initials,
    Trim,
    Pad,
}
