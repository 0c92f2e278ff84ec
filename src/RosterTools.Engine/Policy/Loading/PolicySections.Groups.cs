using RosterTools.Naming;

namespace RosterTools.Policy.Loading;

/// <summary>Group rules.</summary>
internal static partial class PolicySections
{
    private static Section<GroupRule> BuildGroup() =>
        new Section<GroupRule>("a group rule")
            .Add("name", (reader, node, rule) => { })
            .Add("per", Enum<GroupRule, GroupScope>("a group scope", (rule, value) => rule.Per = value))
            .Add("when", BuildCondition(), rule => rule.When)
            .Add("membership", Enum<GroupRule, MembershipMode>("a membership mode", (rule, value) => rule.Membership = value))
            .Add("teachersAsOwners", Boolean<GroupRule>((rule, value) => rule.TeachersAsOwners = value))
            .Check((reader, map, rule) =>
            {
                // The name is read last: which placeholders it may use depends on per.
                if (map["name"] is not PolicyNode name)
                {
                    reader.Problem(map, "a group rule needs a name (a template, such as \"{school.identifier}-students\")");
                    return;
                }

                using (reader.Key("name"))
                {
                    rule.Name = reader.ReadTemplate(name, TemplateField.GroupName, rule.Per) ?? string.Empty;
                }
            });

    private static Section<GroupCondition> BuildCondition() =>
        new Section<GroupCondition>("a group condition")
            .Add("roles", (reader, node, when) => when.Roles = reader.ReadList(node, reader.ReadRole))
            .Add("grades", (reader, node, when) => when.Grades = reader.ReadList(node, reader.ReadGrade))
            .Add("schools", TextList<GroupCondition>((when, list) => when.Schools = list));

    private static GroupRule? ReadGroup(PolicyReader reader, PolicyNode node, Section<GroupRule> section)
    {
        var rule = new GroupRule();
        return node is PolicyMap && section.Read(reader, node, rule) ? rule : Missing(reader, node);
    }

    private static GroupRule? Missing(PolicyReader reader, PolicyNode node)
    {
        reader.Problem(node, "expected a group rule (name, per, when, membership), found " + node.Kind);
        return null;
    }
}
