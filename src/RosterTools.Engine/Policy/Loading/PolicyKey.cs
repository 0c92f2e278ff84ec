using System.Collections.Generic;

namespace RosterTools.Policy.Loading;

/// <summary>What a key of a policy section holds.</summary>
internal enum KeyShape
{
    /// <summary>A value (text, number, boolean, enum, template, or a list of them).</summary>
    Value,

    /// <summary>A mapping with keys of its own.</summary>
    Section,

    /// <summary>A mapping from role names (and <c>default</c>) to values or sections.</summary>
    ByRole,

    /// <summary>A list of sections.</summary>
    List,
}

/// <summary>A key a section knows: its name, what it holds, and the section it holds (for Section, ByRole, List).</summary>
internal sealed class PolicyKey
{
    public PolicyKey(string name, KeyShape shape, IPolicySection? child)
    {
        Name = name;
        Shape = shape;
        Child = child;
    }

    public string Name { get; }

    public KeyShape Shape { get; }

    public IPolicySection? Child { get; }
}

/// <summary>A section's keys, for messages and for checking the JSON Schema against the loader.</summary>
internal interface IPolicySection
{
    /// <summary>What the section is, for messages: "a naming rule".</summary>
    string Title { get; }

    IReadOnlyList<PolicyKey> Keys { get; }
}
