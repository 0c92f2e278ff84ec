using System;

namespace RosterTools.OneRoster;

/// <summary>
/// The spelling of a vocabulary member in the OneRoster specification, where it is not the member name in
/// lowerCamelCase (<c>tobedeleted</c>, <c>KG</c>, <c>09</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class SpecNameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public SpecNameAttribute(string name) => Name = name;

    /// <summary>The spelling in the specification.</summary>
    public string Name { get; }
}
