using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RosterTools.Planning;

namespace RosterTools.Cli.Output;

/// <summary>A plan as text for people: one line per action (in the order they are carried out), then the counts per school and action type.</summary>
internal static class PlanTable
{
    private const int SampleRows = 200;

    public static void Write(TextWriter output, Plan plan)
    {
        if (plan.Actions.Count > 0)
        {
            var table = new TextTable(output, new[] { new TableColumn("action"), new TableColumn("account"), new TableColumn("school"), new TableColumn("what"), new TableColumn("reason") }, SampleRows);
            foreach (var action in plan.Actions)
            {
                table.Add(action.Action.ToString(), action.Account, action.School ?? string.Empty, What(action), action.Reason);
            }

            table.Complete();
            output.WriteLine();
        }

        WriteSummary(output, plan.Summary);
    }

    /// <summary>One row per school (and one for all of them), one column per action type the plan has.</summary>
    public static void WriteSummary(TextWriter output, PlanSummary summary)
    {
        var types = summary.ByAction.Where(entry => entry.Value > 0).Select(entry => entry.Key).ToList();
        var columns = new List<TableColumn> { new("school") };
        columns.AddRange(types.Select(type => new TableColumn(type.ToString(), AlignRight: true)));
        var table = new TextTable(output, columns);
        foreach (var school in summary.BySchool)
        {
            table.Add(Row(school.Key, types, school.Value));
        }

        table.Add(Row("(all)", types, summary.ByAction));
        table.Complete();
    }

    /// <summary>"12 Create, 3 Disable".</summary>
    public static string Counts(PlanSummary summary) =>
        summary.ByAction.Count == 0 ? "nothing to do" : string.Join(", ", summary.ByAction.Select(entry => entry.Value.ToString("N0", CultureInfo.InvariantCulture) + " " + entry.Key));

    private static string[] Row(string label, List<ActionType> types, IDictionary<ActionType, int> counts) =>
        new[] { label }.Concat(types.Select(type => counts.TryGetValue(type, out var count) ? count.ToString("N0", CultureInfo.InvariantCulture) : "-")).ToArray();

    /// <summary>What the action is about, beyond the account: the group, the licence, the container, or the attributes it changes.</summary>
    private static string What(PlanAction action) => action.Action switch
    {
        ActionType.CreateGroup => string.Empty,
        ActionType.AddMember or ActionType.RemoveMember => action.Group + (action.MemberRole == MemberRole.Owner ? " (owner)" : string.Empty),
        ActionType.AssignLicense or ActionType.RemoveLicense => action.License ?? string.Empty,
        ActionType.Create => action.Path ?? action.UserPrincipalName ?? string.Empty,
        _ => string.Join("; ", action.Changes.Select(change => change.ToString())),
    };
}
