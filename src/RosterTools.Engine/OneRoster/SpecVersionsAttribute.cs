using System;

namespace RosterTools.OneRoster;

/// <summary>Marks a vocabulary member that only some versions of OneRoster define (1.2 dropped <c>administrator</c> from roles).</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
public sealed class SpecVersionsAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public SpecVersionsAttribute(VersionSet versions) => Versions = versions;

    /// <summary>The versions that define the member.</summary>
    public VersionSet Versions { get; }
}
