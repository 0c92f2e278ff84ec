using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.State;
using RosterTools.Targets;
using RosterTools.Validation;

namespace RosterTools.Planning;

/// <summary>
/// What a plan does for one SIS person the policy manages: create their account, or adopt it, bring its names,
/// container, state, memberships and licences in line with the policy, or start deprovisioning it when they leave.
/// </summary>
internal sealed class PersonPlanner
{
    private readonly PlanningContext _context;
    private bool[] _paired = new bool[16];

    public PersonPlanner(PlanningContext context) => _context = context;

    public void Plan(Person person, IReadOnlyList<DesiredGroup> groups, DirectoryAccount? account, bool adopted)
    {
        if (person.Leaving is not null)
        {
            if (account is not null)
            {
                _context.Deprovisioner.Leaving(account, person.Anchor, person.LeavingText!, person.User.SourcedId, person.SchoolLabel);
            }

            return;
        }

        // Offboarded by hand while the SIS still lists them: leaving, unless an admin enabled the account again.
        if (account is { Enabled: false } && _context.State.Find(person.Anchor) is { ByHand: true } record)
        {
            _context.Deprovisioner.Leaving(account, person.Anchor, record.LeavingReason ?? "offboarded by hand", person.User.SourcedId, person.SchoolLabel);
            return;
        }

        if (account is null)
        {
            Create(person, groups);
        }
        else
        {
            Reconcile(person, groups, account, adopted);
        }
    }

    private void Create(Person person, IReadOnlyList<DesiredGroup> groups)
    {
        var names = _context.Namer.ForNew(person, _context.Plan.Findings);
        if (names is null)
        {
            return;
        }

        var path = _context.Namer.ContainerFor(person);
        var create = NewAction(ActionType.Create, person, names.Username, $"new {Describe(person)}");
        create.Name = create.SamAccountName = create.MailNickname = names.Username;
        create.UserPrincipalName = names.UserPrincipalName;
        create.EmailAddress = names.Email;
        create.GivenName = names.GivenName;
        create.Surname = names.Surname;
        create.DisplayName = names.DisplayName;
        create.Path = path;
        create.EmployeeID = person.Anchor;
        create.Enabled = person.User.EnabledUser != false;
        create.PasswordRule = _context.Policy.Passwords.ContainsKey(person.Role) ? person.Role : "default";
        foreach (var (attribute, value) in new[] { ("Username", names.Username), ("UserPrincipalName", names.UserPrincipalName), ("Email", names.Email), ("GivenName", names.GivenName), ("Surname", names.Surname), ("DisplayName", names.DisplayName), ("Container", path), (_context.AnchorAttribute, person.Anchor) })
        {
            if (value is not null)
            {
                create.Changes.Add(new AttributeChange(attribute, null, value));
            }
        }

        _context.Actions.Add(create, null);
        foreach (var group in groups)
        {
            AddMember(person, names.Username, null, group, create, $"new {Describe(person)}");
        }

        foreach (var license in _context.Licenses.For(person.Role))
        {
            var assign = NewAction(ActionType.AssignLicense, person, names.Username, $"new {Describe(person)}");
            assign.License = license;
            _context.Actions.Add(assign, null, create);
        }

        ClearLifecycle(person, null);
    }

    private void Reconcile(Person person, IReadOnlyList<DesiredGroup> groups, DirectoryAccount account, bool adopted)
    {
        var label = account.Label;
        PlanAction? adopt = null;
        if (adopted)
        {
            adopt = ExistingAction(ActionType.Adopt, person, account, $"an account made before RosterTools, found by {_context.AdoptedBy(person)}: it is tied to {Describe(person)}");
            adopt.EmployeeID = person.Anchor;
            adopt.Changes.Add(new AttributeChange(_context.AnchorAttribute, account.Anchor, person.Anchor));
            if (_context.Actions.Add(adopt, account) is null)
            {
                return;
            }
        }

        var names = _context.Namer.Current(person, account);
        if (!string.Equals(names.Username, account.Username ?? names.Username, StringComparison.OrdinalIgnoreCase) || !string.Equals(names.UserPrincipalName, account.UserPrincipalName ?? names.UserPrincipalName, StringComparison.OrdinalIgnoreCase))
        {
            var rename = ExistingAction(ActionType.Rename, person, account, "the SIS name changed and the policy renames accounts (rename: auto)");
            rename.SamAccountName = rename.MailNickname = names.Username;
            rename.UserPrincipalName = names.UserPrincipalName;
            rename.EmailAddress = names.Email;
            rename.Changes.Add(new AttributeChange("Username", account.Username, names.Username));
            rename.Changes.Add(new AttributeChange("UserPrincipalName", account.UserPrincipalName, names.UserPrincipalName));
            if (names.Email is not null && !string.Equals(names.Email, account.Email, StringComparison.OrdinalIgnoreCase))
            {
                rename.Changes.Add(new AttributeChange("Email", account.Email, names.Email));
            }

            _context.Actions.Add(rename, account, adopt);
            label = names.Username;
        }

        Update(person, account, names, adopt);
        Move(person, account, adopt);
        Enable(person, account, adopt);
        Memberships(person, account, label, groups, adopt);
        Licenses(person, account, adopt);
    }

    private void Update(Person person, DirectoryAccount account, AccountNames names, PlanAction? adopt)
    {
        var update = ExistingAction(ActionType.Update, person, account, "the SIS has other names for the person");
        void Compare(string attribute, string? now, string wanted, Action<string> set)
        {
            if (!string.Equals(now, wanted, StringComparison.Ordinal) && wanted.Length > 0)
            {
                update.Changes.Add(new AttributeChange(attribute, now, wanted));
                set(wanted);
            }
        }

        Compare("GivenName", account.GivenName, names.GivenName, value => update.GivenName = value);
        Compare("Surname", account.Surname, names.Surname, value => update.Surname = value);
        Compare("DisplayName", account.DisplayName, names.DisplayName, value => update.DisplayName = value);
        if (update.Changes.Count == 0)
        {
            return;
        }

        update.Reason = "the SIS now says " + string.Join(", ", update.Changes.Select(change => $"{change.Attribute} '{change.After}'"));
        _context.Actions.Add(update, account, adopt);
        if (_context.Namer.RuleFor(person).Rename == Policy.RenameMode.Never && account.Username is not null && _context.Namer.NewUsername(person, account.Username) is { } wouldBe)
        {
            _context.Plan.Findings.Add(new Finding(Severity.Warning, FindingCodes.PlanNameKept, $"{Describe(person)} has a new name in the SIS; the account keeps its username '{account.Username}' (the templates now give '{wouldBe}'; set rename: auto to rename).", sourcedId: person.User.SourcedId));
        }
    }

    private void Move(Person person, DirectoryAccount account, PlanAction? adopt)
    {
        var path = _context.Namer.ContainerFor(person);
        if (path is null || string.Equals(path, account.Container, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var move = ExistingAction(ActionType.Move, person, account, $"a {Describe(person)} belongs in {path}");
        move.Path = path;
        move.Changes.Add(new AttributeChange("Container", account.Container, path));
        _context.Actions.Add(move, account, adopt);
    }

    private void Enable(Person person, DirectoryAccount account, PlanAction? adopt)
    {
        var record = _context.State.Find(person.Anchor);
        if (account.Enabled)
        {
            ClearLifecycle(person, null);
            return;
        }

        if (person.User.EnabledUser == false)
        {
            return;
        }

        if (record?.DisabledOn is DateTime disabledOn && _context.Policy.Deprovision.Reactivate)
        {
            var enable = ExistingAction(ActionType.Enable, person, account, $"{Describe(person)} is back in the SIS; RosterTools disabled the account on {disabledOn:yyyy-MM-dd}");
            enable.Enabled = true;
            if (_context.Actions.Add(enable, account, adopt) is { } added)
            {
                ClearLifecycle(person, added);
            }

            return;
        }

        _context.Plan.Findings.Add(new Finding(Severity.Warning, FindingCodes.PlanDisabledOutside, $"The account '{account.Label}' of {Describe(person)}, who is active in the SIS, was disabled outside RosterTools; it is left disabled. Enable it by hand if it should be active.", sourcedId: person.User.SourcedId));
    }

    private void Memberships(Person person, DirectoryAccount account, string label, IReadOnlyList<DesiredGroup> groups, PlanAction? adopt)
    {
        // One pass pairs the account's groups with the desired ones (this runs for every account every night); only
        // the groups left unpaired are looked at again.
        var current = account.Groups;
        if (_paired.Length < current.Count)
        {
            _paired = new bool[current.Count * 2];
        }

        Array.Clear(_paired, 0, current.Count);
        foreach (var group in groups)
        {
            var member = false;
            for (var i = 0; i < current.Count && !member; i++)
            {
                if (string.Equals(current[i], group.Name, StringComparison.OrdinalIgnoreCase))
                {
                    member = true;
                    _paired[i] = true;
                }
            }

            if (!member)
            {
                AddMember(person, label, account, group, adopt, Describe(person));
            }
        }

        for (var i = 0; i < current.Count; i++)
        {
            var group = current[i];
            if (!_paired[i] && !groups.Any(desired => string.Equals(desired.Name, group, StringComparison.OrdinalIgnoreCase)) && _context.Groups.IsManagedFor(group, person.Anchor))
            {
                var remove = ExistingAction(ActionType.RemoveMember, person, account, $"{Describe(person)} is no longer one of the people the policy puts in '{group}'");
                remove.Group = group;
                remove.MemberRole = MemberRole.Member;
                if (_context.Actions.Add(remove, account, adopt) is { } added && !_context.Groups.IsOwned(group))
                {
                    _context.Actions.Update(new LifecycleUpdate { Kind = LifecycleUpdateKind.MemberRemoved, Anchor = person.Anchor, Group = group }, added);
                }
            }
        }
    }

    private void Licenses(Person person, DirectoryAccount account, PlanAction? adopt)
    {
        var wanted = _context.Licenses.For(person.Role);
        foreach (var license in wanted.Where(sku => !account.Licenses.Contains(sku, StringComparer.OrdinalIgnoreCase)))
        {
            var assign = ExistingAction(ActionType.AssignLicense, person, account, $"the policy licenses every {person.Role}");
            assign.License = license;
            _context.Actions.Add(assign, account, adopt);
        }

        foreach (var license in account.Licenses.Where(sku => _context.Licenses.IsManaged(sku) && !wanted.Contains(sku, StringComparer.OrdinalIgnoreCase)))
        {
            var remove = ExistingAction(ActionType.RemoveLicense, person, account, $"the policy does not license a {person.Role} with {license}");
            remove.License = license;
            _context.Actions.Add(remove, account, adopt);
        }
    }

    private void AddMember(Person person, string label, DirectoryAccount? account, DesiredGroup group, PlanAction? after, string why)
    {
        if (!_context.KnownGroups.Contains(group.Name))
        {
            _context.Actions.CreateGroup(group.Name, $"the policy puts {Describe(person)} in it, and the directory does not have it");
            _context.KnownGroups.Add(group.Name);
        }

        var add = account is null ? NewAction(ActionType.AddMember, person, label, why) : ExistingAction(ActionType.AddMember, person, account, why);
        add.Group = group.Name;
        add.MemberRole = group.Role;
        add.Reason = $"{why}: the policy puts them in '{group.Name}'" + (group.Role == MemberRole.Owner ? " as owner" : string.Empty);
        if (_context.Actions.Add(add, account, after) is { } added && !_context.Groups.IsOwned(group.Name))
        {
            _context.Actions.Update(new LifecycleUpdate { Kind = LifecycleUpdateKind.MemberAdded, Anchor = person.Anchor, Group = group.Name }, added);
        }
    }

    private void ClearLifecycle(Person person, PlanAction? after)
    {
        if (_context.State.Find(person.Anchor) is not null)
        {
            _context.Actions.Update(new LifecycleUpdate { Kind = LifecycleUpdateKind.Cleared, Anchor = person.Anchor }, after);
        }
    }

    private static PlanAction NewAction(ActionType type, Person person, string account, string reason) => new()
    {
        Action = type,
        Account = account,
        Anchor = person.Anchor,
        SourcedId = person.User.SourcedId,
        School = person.SchoolLabel,
        Reason = reason,
    };

    private static PlanAction ExistingAction(ActionType type, Person person, DirectoryAccount account, string reason)
    {
        var action = NewAction(type, person, account.Label, reason);
        action.Identity = Deprovisioner.IdentityOf(account);
        return action;
    }

    /// <summary>"student at Riverside High (grade 09)".</summary>
    private static string Describe(Person person)
    {
        var name = $"{person.User.GivenName} {person.User.FamilyName}".Trim();
        var school = person.School?.Name ?? person.SchoolLabel;
        return $"{person.Role} {name}" + (school is null ? string.Empty : " at " + school) + (person.Grade is null ? string.Empty : $" (grade {person.Grade})");
    }
}
