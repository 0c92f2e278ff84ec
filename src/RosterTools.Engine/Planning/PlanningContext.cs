using System;
using System.Collections.Generic;
using RosterTools.Policy;
using RosterTools.State;

namespace RosterTools.Planning;

/// <summary>What the parts of the planner share while one plan is made.</summary>
internal sealed class PlanningContext
{
    private readonly Dictionary<Person, MatchRule> _adoptedBy = new();

    public PlanningContext(Plan plan, RosterPolicy policy, LifecycleState state, ActionBuilder actions, AccountNamer namer, GroupPlanner groups, LicensePlanner licenses, Deprovisioner deprovisioner, HashSet<string> knownGroups)
    {
        Plan = plan;
        Policy = policy;
        State = state;
        Actions = actions;
        Namer = namer;
        Groups = groups;
        Licenses = licenses;
        Deprovisioner = deprovisioner;
        KnownGroups = knownGroups;
    }

    public Plan Plan { get; }

    public RosterPolicy Policy { get; }

    public LifecycleState State { get; }

    public ActionBuilder Actions { get; }

    public AccountNamer Namer { get; }

    public GroupPlanner Groups { get; }

    public LicensePlanner Licenses { get; }

    public Deprovisioner Deprovisioner { get; }

    /// <summary>The groups the directory has (or the plan creates).</summary>
    public HashSet<string> KnownGroups { get; }

    /// <summary>The directory attribute that holds the anchor, as changes name it.</summary>
    public string AnchorAttribute => Policy.Identity.Attribute;

    public void Adopted(Person person, MatchRule rule) => _adoptedBy[person] = rule;

    /// <summary>How an adopted person's account was found, in words.</summary>
    public string AdoptedBy(Person person) => _adoptedBy.TryGetValue(person, out var rule) ? rule switch
    {
        MatchRule.Email => "the SIS email",
        MatchRule.Username => "the SIS username",
        _ => "the user principal name the policy gives",
    } : "a match";
}
