using System;
using System.Collections.Generic;

namespace RosterTools.Naming;

/// <summary>A piece of a parsed template: literal text, or a placeholder with its alternatives and transforms.</summary>
internal sealed class TemplateSegment
{
    private TemplateSegment(string? literal, IReadOnlyList<PlaceholderUse> names, IReadOnlyList<TemplateTransform> transforms, int position)
    {
        Literal = literal;
        Names = names;
        Transforms = transforms;
        Position = position;
    }

    /// <summary>The literal text (braces already unescaped), or null for a placeholder.</summary>
    public string? Literal { get; }

    /// <summary>For a placeholder: the names, first non-empty value wins (<c>{preferredGivenName,givenName}</c>).</summary>
    public IReadOnlyList<PlaceholderUse> Names { get; }

    /// <summary>For a placeholder: the transforms, applied in order.</summary>
    public IReadOnlyList<TemplateTransform> Transforms { get; }

    /// <summary>The 0-based position of the segment in the template (of the '{' for a placeholder).</summary>
    public int Position { get; }

    public static TemplateSegment Text(string literal, int position) =>
        new(literal, Array.Empty<PlaceholderUse>(), Array.Empty<TemplateTransform>(), position);

    public static TemplateSegment Placeholder(IReadOnlyList<PlaceholderUse> names, IReadOnlyList<TemplateTransform> transforms, int position) =>
        new(null, names, transforms, position);
}
