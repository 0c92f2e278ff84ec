using System.Collections.Generic;

namespace RosterTools.Policy;

/// <summary>Which people are managed: by school, role and grade. An empty list means all.</summary>
public sealed class ScopePolicy
{
    /// <summary>Schools by sourcedId, identifier or name (wildcards allowed); empty for all schools.</summary>
    public IList<string> Schools { get; set; } = new List<string>();

    /// <summary>Roles (OneRoster role names: student, teacher, aide...); empty for students and teachers.</summary>
    public IList<string> Roles { get; set; } = new List<string>();

    /// <summary>Grades as CEDS codes or ranges (KG-05); empty for all grades. Applies to people with grades (students).</summary>
    public IList<string> Grades { get; set; } = new List<string>();
}
