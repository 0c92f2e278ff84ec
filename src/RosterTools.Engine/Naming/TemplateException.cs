using System;
using System.Globalization;

namespace RosterTools.Naming;

/// <summary>A name template that is not well formed: what is wrong, and where in the template text.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TemplateException(string reason, string template, int position)
        : base(string.Format(CultureInfo.InvariantCulture, "{0} (at position {1} of the template '{2}')", reason, position, template))
    {
        Reason = reason;
        Template = template;
        Position = position;
    }

    /// <summary>The 0-based position in <see cref="Template"/> of the character the problem is at.</summary>
    public int Position { get; }

    /// <summary>The template text.</summary>
    public string Template { get; }

    /// <summary>What is wrong, without the position (for messages that give the position their own way).</summary>
    public string Reason { get; }
}
