using System.Collections.Generic;
using System.Linq;
using RosterTools.Naming;

namespace RosterTools.Policy.Loading;

/// <summary>Passwords, deprovisioning, safety limits and what is protected.</summary>
internal static partial class PolicySections
{
    private static readonly string[] PasswordClasses = { "upper", "lower", "digit", "symbol" };

    private static Section<PasswordRule> BuildPassword() =>
        new Section<PasswordRule>("a password rule")
            .Add("kind", Enum<PasswordRule, PasswordKind>("a password kind", (rule, value) => rule.Kind = value))
            .Add("length", Integer<PasswordRule>(8, 256, (rule, value) => rule.Length = value))
            .Add("classes", (reader, node, rule) => rule.Classes = reader.ReadList(node, item => PasswordClass(reader, item)))
            .Add("words", Integer<PasswordRule>(2, 20, (rule, value) => rule.Words = value))
            .Add("separator", (reader, node, rule) => rule.Separator = node is PolicyScalar { IsPlain: false } quoted ? quoted.Value : reader.ReadText(node) ?? rule.Separator)
            .Check((reader, map, rule) =>
            {
                if (rule.Kind == PasswordKind.Random && rule.Classes.Count == 0)
                {
                    reader.Problem(map["classes"] ?? map, "a random password needs at least one character class: upper, lower, digit, symbol");
                }
                else if (rule.Kind == PasswordKind.Random && rule.Classes.Distinct().Count() > rule.Length)
                {
                    reader.Problem(map["length"] ?? map, "a password of this length cannot hold one character of each class");
                }
            });

    private static Section<DeprovisionPolicy> BuildDeprovision() =>
        new Section<DeprovisionPolicy>("deprovision")
            .Add("leavingWhen", (reader, node, policy) => policy.LeavingWhen = reader.ReadEnumList<LeavingReason>(node, "a leaving reason"))
            .Add("disableAfterDays", Integer<DeprovisionPolicy>(0, 3650, (policy, value) => policy.DisableAfterDays = value))
            .Add("revokeSessions", Boolean<DeprovisionPolicy>((policy, value) => policy.RevokeSessions = value))
            .Add("removeGroups", Boolean<DeprovisionPolicy>((policy, value) => policy.RemoveGroups = value))
            .Add("removeLicenses", Boolean<DeprovisionPolicy>((policy, value) => policy.RemoveLicenses = value))
            .Add("holdingContainer", (reader, node, policy) => policy.HoldingContainer = reader.ReadTemplate(node, TemplateField.Placement, required: false))
            .Add("deleteAfterDays", (reader, node, policy) => policy.DeleteAfterDays = node is PolicyScalar { IsNull: true } ? null : reader.ReadInteger(node, 0, 3650))
            .Add("reactivate", Boolean<DeprovisionPolicy>((policy, value) => policy.Reactivate = value));

    private static Section<SafetyPolicy> BuildSafety() =>
        new Section<SafetyPolicy>("safety")
            .Add("maxDisableCount", Integer<SafetyPolicy>(0, int.MaxValue, (safety, value) => safety.MaxDisableCount = value))
            .Add("maxDisablePercent", Percent<SafetyPolicy>((safety, value) => safety.MaxDisablePercent = value))
            .Add("maxDeleteCount", Integer<SafetyPolicy>(0, int.MaxValue, (safety, value) => safety.MaxDeleteCount = value))
            .Add("maxDeletePercent", Percent<SafetyPolicy>((safety, value) => safety.MaxDeletePercent = value))
            .Add("minSourceUsers", Integer<SafetyPolicy>(0, int.MaxValue, (safety, value) => safety.MinSourceUsers = value))
            .Add("refuseOnSourceErrors", Boolean<SafetyPolicy>((safety, value) => safety.RefuseOnSourceErrors = value))
            .Add("refuseOnPartialSource", Boolean<SafetyPolicy>((safety, value) => safety.RefuseOnPartialSource = value));

    private static Section<ProtectedPolicy> BuildProtected() =>
        new Section<ProtectedPolicy>("protected")
            .Add("accounts", TextList<ProtectedPolicy>((protect, list) => protect.Accounts = list))
            .Add("containers", TextList<ProtectedPolicy>((protect, list) => protect.Containers = list))
            .Add("groups", TextList<ProtectedPolicy>((protect, list) => protect.Groups = list));

    private static string? PasswordClass(PolicyReader reader, PolicyNode node)
    {
        var text = reader.ReadText(node);
        if (text is null || PasswordClasses.Contains(text))
        {
            return text;
        }

        reader.Problem(node, "'" + text + "' is not a character class" + Spelling.DidYouMean(text, PasswordClasses) + "; use upper, lower, digit or symbol");
        return null;
    }
}
