using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace RosterTools.Tests.Cli.Support;

/// <summary>
/// A directory CSV made from a saved plan (the JSON of <c>rostertools plan</c>): the accounts its Create actions make,
/// with the memberships and licences the plan gives them, as a first run would leave the directory. The accounts can
/// be changed before the CSV is written, to make the directory of a later night.
/// </summary>
internal sealed class PlannedDirectory
{
    private static readonly string[] Columns = { "EmployeeID", "SamAccountName", "UserPrincipalName", "Mail", "GivenName", "Surname", "DisplayName", "Enabled", "DistinguishedName", "MemberOf", "Licenses" };

    public PlannedDirectory(JsonElement plan)
    {
        var byAccount = new Dictionary<string, Dictionary<string, string>>();
        foreach (var action in plan.GetProperty("actions").EnumerateArray())
        {
            var account = action.GetProperty("account").GetString()!;
            switch (action.GetProperty("action").GetString())
            {
                case "Create":
                    var row = new Dictionary<string, string>
                    {
                        ["EmployeeID"] = Text(action, "employeeID"),
                        ["SamAccountName"] = Text(action, "samAccountName"),
                        ["UserPrincipalName"] = Text(action, "userPrincipalName"),
                        ["Mail"] = Text(action, "emailAddress"),
                        ["GivenName"] = Text(action, "givenName"),
                        ["Surname"] = Text(action, "surname"),
                        ["DisplayName"] = Text(action, "displayName"),
                        ["Enabled"] = action.GetProperty("enabled").GetBoolean() ? "True" : "False",
                        ["DistinguishedName"] = $"CN={Text(action, "samAccountName")},{Text(action, "path")}",
                        ["MemberOf"] = string.Empty,
                        ["Licenses"] = string.Empty,
                    };
                    byAccount[account] = row;
                    Accounts.Add(row);
                    break;
                case "AddMember":
                    Append(byAccount[account], "MemberOf", Text(action, "group"));
                    break;
                case "AssignLicense":
                    Append(byAccount[account], "Licenses", Text(action, "license"));
                    break;
            }
        }
    }

    /// <summary>The accounts, each a row by column name (MemberOf and Licenses separated by semicolons).</summary>
    public List<Dictionary<string, string>> Accounts { get; } = new();

    public Dictionary<string, string> Account(string username) => Accounts.Single(account => account["SamAccountName"] == username);

    public void Write(string path)
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", Columns)).Append('\n');
        foreach (var account in Accounts)
        {
            text.Append(string.Join(",", Columns.Select(column => Quote(account.TryGetValue(column, out var value) ? value : string.Empty)))).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static void Append(Dictionary<string, string> row, string column, string value) =>
        row[column] = row[column].Length == 0 ? value : row[column] + ";" + value;

    private static string Text(JsonElement action, string name) =>
        action.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static string Quote(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
