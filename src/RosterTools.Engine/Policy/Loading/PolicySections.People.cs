using System;
using RosterTools.Naming;

namespace RosterTools.Policy.Loading;

/// <summary>Scope, identity and naming.</summary>
internal static partial class PolicySections
{
    private static Section<ScopePolicy> BuildScope() =>
        new Section<ScopePolicy>("scope")
            .Add("schools", TextList<ScopePolicy>((scope, list) => scope.Schools = list))
            .Add("roles", (reader, node, scope) => scope.Roles = reader.ReadList(node, reader.ReadRole))
            .Add("grades", (reader, node, scope) => scope.Grades = reader.ReadList(node, reader.ReadGrade));

    private static Section<IdentityPolicy> BuildIdentity() =>
        new Section<IdentityPolicy>("identity")
            .Add("anchor", Enum<IdentityPolicy, AnchorSource>("an anchor", (identity, value) => identity.Anchor = value))
            .Add("userIdType", (reader, node, identity) => identity.UserIdType = reader.ReadText(node))
            .Add("attribute", (reader, node, identity) => identity.Attribute = reader.ReadText(node) ?? identity.Attribute)
            .Add("match", (reader, node, identity) => identity.Match = reader.ReadEnumList<MatchRule>(node, "a match rule"))
            .Check((reader, map, identity) =>
            {
                if (identity.Anchor == AnchorSource.UserId && string.IsNullOrWhiteSpace(identity.UserIdType))
                {
                    reader.Problem(map.KeyOf("anchor") ?? (PolicyNode)map, "anchor: userId needs userIdType, the type of the users.csv userIds entry that holds the anchor (such as LDAP)");
                }
                else if (identity.Anchor != AnchorSource.UserId && map.KeyOf("userIdType") is PolicyScalar key && identity.UserIdType is not null)
                {
                    reader.Problem(key, "userIdType is read only with anchor: userId");
                }
            });

    private static Section<NamingRule> BuildNaming() =>
        new Section<NamingRule>("a naming rule")
            .Add("username", (reader, node, rule) => rule.Username = Usernames(reader, node) ?? rule.Username)
            .Add("userPrincipalName", (reader, node, rule) => rule.UserPrincipalName = reader.ReadTemplate(node, TemplateField.UserPrincipalName) ?? rule.UserPrincipalName)
            .Add("email", (reader, node, rule) => rule.Email = reader.ReadTemplate(node, TemplateField.Email, required: false))
            .Add("displayName", (reader, node, rule) => rule.DisplayName = reader.ReadTemplate(node, TemplateField.DisplayName) ?? rule.DisplayName)
            .Add("maxLength", Integer<NamingRule>(1, 256, (rule, value) => rule.MaxLength = value))
            .Add("collision", BuildCollision(), rule => rule.Collision)
            .Add("rename", Enum<NamingRule, RenameMode>("a rename mode", (rule, value) => rule.Rename = value));

    private static Section<CollisionRule> BuildCollision() =>
        new Section<CollisionRule>("a collision rule")
            .Add("kind", Enum<CollisionRule, CollisionKind>("a collision kind", (rule, value) => rule.Kind = value))
            .Add("start", Integer<CollisionRule>(0, 1_000_000, (rule, value) => rule.Start = value))
            .Add("digits", Integer<CollisionRule>(1, 9, (rule, value) => rule.Digits = value))
            .Check((reader, map, rule) =>
            {
                // The first number follows the kind unless given: jsmith2 for a counter, jsmith001 for digits.
                if (map["kind"] is not null && map["start"] is null)
                {
                    rule.Start = rule.Kind == CollisionKind.Digits ? 1 : 2;
                }

                if (rule.Kind == CollisionKind.Digits && rule.Start >= Math.Pow(10, rule.Digits))
                {
                    reader.Problem(map["start"] ?? map, "start " + rule.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + " does not fit in " + rule.Digits.ToString(System.Globalization.CultureInfo.InvariantCulture) + " digits");
                }
            });

    /// <summary>One username template, or a list of them tried in order.</summary>
    private static System.Collections.Generic.IList<string>? Usernames(PolicyReader reader, PolicyNode node)
    {
        if (node is not PolicyList)
        {
            return reader.ReadTemplate(node, TemplateField.Username) is string single ? new System.Collections.Generic.List<string> { single } : null;
        }

        var templates = reader.ReadList(node, item => reader.ReadTemplate(item, TemplateField.Username));
        if (((PolicyList)node).Items.Count == 0)
        {
            reader.Problem(node, "needs at least one username template");
            return null;
        }

        return templates;
    }
}
