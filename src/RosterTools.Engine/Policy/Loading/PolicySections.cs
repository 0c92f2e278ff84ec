using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.Naming;

namespace RosterTools.Policy.Loading;

/// <summary>
/// Every key a policy may have, and how each is read and checked: the one description of the policy format that
/// the loader follows (and that the JSON Schema is tested against).
/// </summary>
internal static partial class PolicySections
{
    /// <summary>The top of a policy file.</summary>
    public static readonly Section<RosterPolicy> Root = BuildRoot();

    /// <summary>Every key path: <c>naming.&lt;role&gt;.collision.kind</c>, <c>groups[].when.grades</c>.</summary>
    public static IEnumerable<string> KeyPaths() => KeyPaths(Root, string.Empty);

    private static IEnumerable<string> KeyPaths(IPolicySection section, string prefix)
    {
        foreach (var key in section.Keys)
        {
            var path = prefix + key.Name;
            yield return path;
            var inner = key.Shape switch
            {
                KeyShape.Section => path + ".",
                KeyShape.ByRole => path + ".<role>.",
                KeyShape.List => path + "[].",
                _ => null,
            };
            if (key.Shape == KeyShape.ByRole)
            {
                yield return path + ".<role>";
            }

            if (inner is not null && key.Child is not null)
            {
                foreach (var child in KeyPaths(key.Child, inner))
                {
                    yield return child;
                }
            }
        }
    }

    private static Section<RosterPolicy> BuildRoot()
    {
        var naming = BuildNaming();
        var passwords = BuildPassword();
        var groups = BuildGroup();
        return new Section<RosterPolicy>("a policy")
            .Add("name", (reader, node, policy) => policy.Name = reader.ReadText(node) ?? policy.Name)
            .Add("scope", BuildScope(), policy => policy.Scope)
            .Add("identity", BuildIdentity(), policy => policy.Identity)
            .Add("naming", (reader, node, policy) => ReadInheriting(reader, node, policy.Naming, "naming rules by role", naming, () => new NamingRule()), KeyShape.ByRole, naming)
            .Add("placement", (reader, node, policy) => ReadByRole(reader, node, policy.Placement, "placement templates by role", value => reader.ReadTemplate(value, TemplateField.Placement)), KeyShape.ByRole)
            .Add("groups", (reader, node, policy) => policy.Groups = reader.ReadList(node, item => ReadGroup(reader, item, groups)), KeyShape.List, groups)
            .Add("passwords", (reader, node, policy) => ReadInheriting(reader, node, policy.Passwords, "password rules by role", passwords, () => new PasswordRule()), KeyShape.ByRole, passwords)
            .Add("licenses", (reader, node, policy) => ReadByRole(reader, node, policy.Licenses, "licence SKUs by role", value => Licenses(reader, value)), KeyShape.ByRole)
            .Add("deprovision", BuildDeprovision(), policy => policy.Deprovision)
            .Add("safety", BuildSafety(), policy => policy.Safety)
            .Add("protected", BuildProtected(), policy => policy.Protected)
            .Check((reader, map, policy) => CheckCovers(reader, map, policy, "naming", "naming rule"))
            .Check((reader, map, policy) => CheckCovers(reader, map, policy, "placement", "placement"))
            .Check(CheckGroupNames);
    }

    /// <summary>A by-role mapping of values.</summary>
    private static void ReadByRole<TValue>(PolicyReader reader, PolicyNode node, IDictionary<string, TValue> target, string title, Func<PolicyNode, TValue?> read)
        where TValue : class
    {
        var map = reader.ReadMap(node, title);
        foreach (var entry in map?.Entries ?? Enumerable.Empty<KeyValuePair<PolicyScalar, PolicyNode>>())
        {
            using (reader.Key(entry.Key.Value))
            {
                if (reader.CheckRoleKey(entry.Key) && read(entry.Value) is TValue value)
                {
                    target[entry.Key.Value] = value;
                }
            }
        }
    }

    /// <summary>A by-role mapping of sections, each role's entry taking what it leaves out from the <c>default</c> entry.</summary>
    private static void ReadInheriting<TValue>(PolicyReader reader, PolicyNode node, IDictionary<string, TValue> target, string title, Section<TValue> section, Func<TValue> create)
    {
        var map = reader.ReadMap(node, title);
        var defaults = map?[RosterPolicy.DefaultRole];
        foreach (var entry in map?.Entries ?? Enumerable.Empty<KeyValuePair<PolicyScalar, PolicyNode>>())
        {
            using (reader.Key(entry.Key.Value))
            {
                if (!reader.CheckRoleKey(entry.Key))
                {
                    continue;
                }

                var value = create();
                if (defaults is not null && entry.Key.Value != RosterPolicy.DefaultRole)
                {
                    using (reader.Quietly())
                    {
                        section.Read(reader, defaults, value);
                    }
                }

                if (section.Read(reader, entry.Value, value))
                {
                    target[entry.Key.Value] = value;
                }
            }
        }
    }

    private static IList<string>? Licenses(PolicyReader reader, PolicyNode node) =>
        node is PolicyList or PolicyScalar { IsNull: true } ? reader.ReadList(node, item => reader.ReadText(item)) : Mismatch(reader, node);

    private static IList<string>? Mismatch(PolicyReader reader, PolicyNode node)
    {
        reader.Problem(node, "expected a list of licence SKUs (- SKU on each line, or [a, b]), found " + node.Kind);
        return null;
    }

    /// <summary>
    /// Once a policy has a naming (or placement) section, each role it manages needs an entry there, its own or
    /// <c>default</c>: a teacher named by the model's defaults (@example.org) would be a surprise.
    /// </summary>
    private static void CheckCovers(PolicyReader reader, PolicyMap map, RosterPolicy policy, string section, string what)
    {
        // The entries as written, valid or not: a default with a bad template is reported once, for the template.
        var key = map.KeyOf(section);
        var entries = (map[section] as PolicyMap)?.Entries.Select(entry => entry.Key.Value).ToList();
        if (key is null || entries is null || entries.Contains(RosterPolicy.DefaultRole))
        {
            return;
        }

        var managed = policy.Scope.Roles.Count > 0 ? (IEnumerable<string>)policy.Scope.Roles : PolicyVocabulary.DefaultManagedRoles;
        var missing = managed.Where(role => !entries.Contains(role)).Distinct().ToList();
        if (missing.Count > 0)
        {
            using (reader.Key(section))
            {
                reader.Problem(key, "no " + what + " for " + string.Join(", ", missing) + ": add " + section + "." + missing[0] + " or " + section + ".default (the roles managed are those of scope.roles, or student and teacher)");
            }
        }
    }

    /// <summary>Two group rules with the same name template would fight over one group.</summary>
    private static void CheckGroupNames(PolicyReader reader, PolicyMap map, RosterPolicy policy)
    {
        if (map["groups"] is not PolicyList list)
        {
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is PolicyMap item && item["name"] is PolicyScalar name && !name.IsNull)
            {
                if (seen.TryGetValue(name.Value, out var first))
                {
                    using (reader.Key("groups"))
                    using (reader.Item(i))
                    using (reader.Key("name"))
                    {
                        reader.Problem(name, "groups[" + first.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] has the same name; two rules would manage one group");
                    }
                }
                else
                {
                    seen.Add(name.Value, i);
                }
            }
        }
    }

    private static Action<PolicyReader, PolicyNode, T> Boolean<T>(Action<T, bool> set) =>
        (reader, node, target) =>
        {
            if (reader.ReadBoolean(node) is bool value)
            {
                set(target, value);
            }
        };

    private static Action<PolicyReader, PolicyNode, T> Integer<T>(int min, int max, Action<T, int> set) =>
        (reader, node, target) =>
        {
            if (reader.ReadInteger(node, min, max) is int value)
            {
                set(target, value);
            }
        };

    private static Action<PolicyReader, PolicyNode, T> Percent<T>(Action<T, double> set) =>
        (reader, node, target) =>
        {
            if (reader.ReadNumber(node, 0, 100) is double value)
            {
                set(target, value);
            }
        };

    private static Action<PolicyReader, PolicyNode, T> Enum<T, TEnum>(string what, Action<T, TEnum> set)
        where TEnum : struct, System.Enum =>
        (reader, node, target) =>
        {
            if (reader.ReadEnum<TEnum>(node, what) is TEnum value)
            {
                set(target, value);
            }
        };

    private static Action<PolicyReader, PolicyNode, T> TextList<T>(Action<T, IList<string>> set) =>
        (reader, node, target) => set(target, reader.ReadList(node, item => reader.ReadText(item)));
}
