namespace RosterTools.Tests.Contract;

/// <summary>What every cmdlet of the assembly must be: approved verb, declared output, -WhatIf where it changes things.</summary>
public sealed class CmdletContractTests
{
    /// <summary>The cmdlets this version ships; a cmdlet added or renamed must be added here, in the manifest and in docs/help.</summary>
    private static readonly string[] Shipped =
    {
        "Compare-Roster", "Connect-OneRoster", "Connect-RosterTarget", "Export-OneRoster", "Get-RosterAuditLog", "Get-RosterDirectory",
        "Import-OneRoster", "Invoke-Deprovision", "Invoke-Provision", "Invoke-RosterSync", "Merge-Roster", "New-OneRosterSample", "New-RosterPlan",
        "Resolve-RosterUserName", "Test-OneRoster",
    };

    [Fact]
    public void The_assembly_has_the_shipped_cmdlets()
    {
        Assert.Equal(Shipped, ModuleMetadata.Cmdlets.Select(c => c.Name));
    }

    [Fact]
    public void Every_cmdlet_uses_an_approved_verb()
    {
        var unapproved = ModuleMetadata.Cmdlets.Where(c => !ApprovedVerbs.All.Contains(c.Verb)).Select(c => c.Name).ToList();
        Assert.True(unapproved.Count == 0, "Unapproved verbs (see Get-Verb): " + string.Join(", ", unapproved));
    }

    [Fact]
    public void Every_noun_starts_with_Roster_or_OneRoster()
    {
        // Invoke-Provision and Invoke-Deprovision are the two the architecture names without the prefix.
        var named = new[] { "Invoke-Provision", "Invoke-Deprovision" };
        var stray = ModuleMetadata.Cmdlets.Where(c => !c.Noun.StartsWith("Roster", StringComparison.Ordinal) && !c.Noun.StartsWith("OneRoster", StringComparison.Ordinal) && !named.Contains(c.Name)).Select(c => c.Name).ToList();
        Assert.True(stray.Count == 0, "Nouns must start with Roster or OneRoster: " + string.Join(", ", stray));
    }

    [Fact]
    public void Every_cmdlet_class_is_public_sealed_and_named_after_its_cmdlet()
    {
        foreach (var cmdlet in ModuleMetadata.Cmdlets)
        {
            Assert.True(cmdlet.Type.IsPublic && cmdlet.Type.IsSealed, $"{cmdlet.Type.FullName} must be public sealed.");
            Assert.Equal($"RosterTools.Commands.{cmdlet.Verb}{cmdlet.Noun}Command", cmdlet.Type.FullName);
            var chain = new List<string>();
            for (var type = cmdlet.Type.BaseType; type is not null; type = type.BaseType)
            {
                chain.Add(type.FullName!);
            }

            Assert.Contains("System.Management.Automation.PSCmdlet", chain);
        }
    }

    [Fact]
    public void Every_cmdlet_declares_its_output_types()
    {
        var silent = ModuleMetadata.Cmdlets.Where(c => c.OutputTypes.Count == 0).Select(c => c.Name).ToList();
        Assert.True(silent.Count == 0, "Declare [OutputType] on: " + string.Join(", ", silent));
    }

    [Fact]
    public void Cmdlets_that_change_state_support_ShouldProcess()
    {
        var unguarded = ModuleMetadata.Cmdlets.Where(c => ApprovedVerbs.ChangeState.Contains(c.Verb) && !c.SupportsShouldProcess).Select(c => c.Name).ToList();
        Assert.True(unguarded.Count == 0, "These change state and need SupportsShouldProcess (-WhatIf, -Confirm): " + string.Join(", ", unguarded));
        Assert.True(ModuleMetadata.Cmdlets.Single(c => c.Name == "New-OneRosterSample").SupportsShouldProcess, "New-OneRosterSample writes files.");
    }

    [Fact]
    public void Cmdlets_that_only_read_do_not_offer_WhatIf()
    {
        var misleading = ModuleMetadata.Cmdlets.Where(c => ApprovedVerbs.ReadOnly.Contains(c.Verb) && c.SupportsShouldProcess).Select(c => c.Name).ToList();
        Assert.True(misleading.Count == 0, "These only read; -WhatIf would suggest they change something: " + string.Join(", ", misleading));
    }

    [Fact]
    public void ConfirmImpact_matches_the_risk()
    {
        foreach (var cmdlet in ModuleMetadata.Cmdlets)
        {
            if (!cmdlet.SupportsShouldProcess)
            {
                Assert.True(cmdlet.ConfirmImpact is null, $"{cmdlet.Name} sets ConfirmImpact without SupportsShouldProcess; it has no effect.");
                continue;
            }

            Assert.True(cmdlet.ConfirmImpact is not null, $"{cmdlet.Name} supports ShouldProcess: say its ConfirmImpact explicitly.");
            Assert.True(
                cmdlet.ConfirmImpact < CmdletInfo.HighImpact || ApprovedVerbs.Destructive.Contains(cmdlet.Verb),
                $"{cmdlet.Name}: ConfirmImpact High prompts on every run; keep it for cmdlets that destroy or take away.");
        }
    }

    [Fact]
    public void Parameter_sets_are_consistent()
    {
        foreach (var cmdlet in ModuleMetadata.Cmdlets)
        {
            var sets = cmdlet.Parameters.SelectMany(p => p.Sets).Select(s => s.SetName).Where(s => s != CmdletParameter.AllSets).Distinct().ToList();
            if (sets.Count > 1)
            {
                Assert.True(cmdlet.DefaultParameterSetName is not null && sets.Contains(cmdlet.DefaultParameterSetName), $"{cmdlet.Name} has the sets {string.Join(", ", sets)}; name one of them DefaultParameterSetName.");
            }

            foreach (var set in sets.DefaultIfEmpty(CmdletParameter.AllSets))
            {
                var positions = cmdlet.Parameters.SelectMany(p => p.Sets.Where(s => s.SetName == set || s.SetName == CmdletParameter.AllSets).Select(s => (p.Name, s.Position)))
                    .Where(p => p.Position is not null).GroupBy(p => p.Position).Where(g => g.Count() > 1).ToList();
                Assert.True(positions.Count == 0, $"{cmdlet.Name}, set {set}: two parameters at one position.");
                var byValue = cmdlet.Parameters.Where(p => p.Sets.Any(s => (s.SetName == set || s.SetName == CmdletParameter.AllSets) && s.ByValue)).Select(p => p.Name).ToList();
                Assert.True(byValue.Count <= 1, $"{cmdlet.Name}, set {set}: several parameters take pipeline input by value ({string.Join(", ", byValue)}).");
            }
        }
    }

    [Fact]
    public void A_Path_parameter_comes_with_LiteralPath_that_binds_PSPath()
    {
        foreach (var cmdlet in ModuleMetadata.Cmdlets.Where(c => c.Parameters.Any(p => p.Name == "Path" && p.Sets.Any(s => s.ByValue || s.ByPropertyName))))
        {
            var literal = cmdlet.Parameters.SingleOrDefault(p => p.Name == "LiteralPath");
            Assert.True(literal is not null, $"{cmdlet.Name} takes -Path from the pipeline, so it needs -LiteralPath too.");
            Assert.Contains("PSPath", literal!.Aliases);
            Assert.True(literal.Sets.All(s => s.ByPropertyName), $"{cmdlet.Name} -LiteralPath must bind by property name (Get-ChildItem output).");
            Assert.True(cmdlet.Parameters.Single(p => p.Name == "Path").Property.GetCustomAttributesData().Any(a => a.AttributeType.Name == "SupportsWildcardsAttribute"), $"{cmdlet.Name} -Path expands wildcards: mark it [SupportsWildcards].");
        }
    }

    [Fact]
    public void Import_OneRoster_Entity_takes_every_collection_name()
    {
        var entity = ModuleMetadata.Cmdlets.Single(c => c.Name == "Import-OneRoster").Parameters.Single(p => p.Name == "Entity");
        Assert.Equal("System.String", entity.Type.FullName);
        var engine = ModuleMetadata.CmdletAssembly.GetReferencedAssemblies().Single(a => a.Name == "RosterTools.Engine");
        var collections = ModuleMetadata.Resolve(engine).GetType("RosterTools.OneRoster.OneRosterEntity", throwOnError: true)!.GetEnumNames();
        Assert.Equal(collections.OrderBy(v => v, StringComparer.Ordinal), entity.ValidValues.OrderBy(v => v, StringComparer.Ordinal));
    }

    [Fact]
    public void Applying_a_plan_goes_through_ShouldProcess_with_deprovisioning_at_high_impact()
    {
        var provision = ModuleMetadata.Cmdlets.Single(c => c.Name == "Invoke-Provision");
        var deprovision = ModuleMetadata.Cmdlets.Single(c => c.Name == "Invoke-Deprovision");

        Assert.True(provision.SupportsShouldProcess && deprovision.SupportsShouldProcess, "Invoke-Provision and Invoke-Deprovision change a directory: every action passes ShouldProcess.");
        Assert.Equal(2, provision.ConfirmImpact);
        Assert.Equal(CmdletInfo.HighImpact, deprovision.ConfirmImpact);
        foreach (var cmdlet in new[] { provision, deprovision })
        {
            Assert.True(cmdlet.Parameters.Single(p => p.Name == "Force").IsSwitch, $"{cmdlet.Name} -Force");
            Assert.True(cmdlet.Parameters.Single(p => p.Name == "OverrideSafetyLimit").IsSwitch, $"{cmdlet.Name} -OverrideSafetyLimit");
            var plan = cmdlet.Parameters.Single(p => p.Name == "Plan");
            Assert.True(plan.Sets.All(s => s.ByValue && s.Position == 0), $"{cmdlet.Name} takes the plan from the pipeline and first.");
        }
    }

    [Fact]
    public void Reading_the_directory_and_the_audit_log_changes_nothing()
    {
        foreach (var name in new[] { "Get-RosterDirectory", "Get-RosterAuditLog" })
        {
            Assert.False(ModuleMetadata.Cmdlets.Single(c => c.Name == name).SupportsShouldProcess, name);
        }

        var audit = ModuleMetadata.Cmdlets.Single(c => c.Name == "Get-RosterAuditLog");
        Assert.Equal(new[] { "Account", "Action", "RunId", "Since", "StatePath", "Until" }, audit.Parameters.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
    }
}
