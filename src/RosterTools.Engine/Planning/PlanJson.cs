using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using RosterTools.Json;
using static RosterTools.Json.JsonFields;

namespace RosterTools.Planning;

/// <summary>
/// A plan as JSON, and back: every property is written, so that a plan read back is the plan that was saved
/// (to review now and apply later). Properties without a value are left out. No secret is ever in a plan.
/// </summary>
public static class PlanJson
{
    private const string Format = "rostertools-plan";
    private const int FormatVersion = 1;

    /// <summary>Writes a plan.</summary>
    public static void Write(Stream stream, Plan plan)
    {
        using var json = new Utf8JsonWriter(stream, RosterJson.Options);
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("version", FormatVersion);
        json.WriteString("createdUtc", plan.CreatedUtc.ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("today", Day(plan.Today));
        WriteInputs(json, plan.Inputs);
        json.WriteBoolean("blocked", plan.Blocked);
        Strings(json, "blockedReasons", plan.BlockedReasons);
        WriteSummary(json, plan.Summary);
        json.WriteStartArray("findings");
        foreach (var finding in plan.Findings)
        {
            RosterJson.WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteStartArray("lifecycleUpdates");
        foreach (var update in plan.LifecycleUpdates)
        {
            json.WriteStartObject();
            json.WriteString("kind", update.Kind.ToString());
            json.WriteString("anchor", update.Anchor);
            Optional(json, "date", update.Date is DateTime date ? Day(date) : null);
            Optional(json, "reason", update.Reason);
            if (update.ByHand)
            {
                json.WriteBoolean("byHand", true);
            }

            Optional(json, "homeContainer", update.HomeContainer);
            Optional(json, "group", update.Group);
            Optional(json, "afterAction", update.AfterAction);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("actions");
        foreach (var action in plan.Actions)
        {
            WriteAction(json, action);
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads a plan written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a RosterTools plan (the message says why and where).</exception>
    public static Plan Read(Stream stream, string source = "plan")
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            if (Text(root, "format") != Format)
            {
                throw new InvalidDataException($"{source} is not a RosterTools plan (its \"format\" is not \"{Format}\").");
            }

            if (root.GetProperty("version").GetInt32() != FormatVersion)
            {
                throw new InvalidDataException($"{source} is a plan of format version {root.GetProperty("version").GetInt32()}; this RosterTools reads version {FormatVersion}. Make the plan again.");
            }

            var plan = new Plan
            {
                CreatedUtc = DateTime.Parse(Text(root, "createdUtc")!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                Today = ParseDay(Text(root, "today")!),
                Inputs = ReadInputs(root.GetProperty("inputs")),
                BlockedReasons = Strings(root, "blockedReasons"),
                Summary = ReadSummary(root.GetProperty("summary")),
            };
            foreach (var finding in root.GetProperty("findings").EnumerateArray())
            {
                plan.Findings.Add(RosterJson.ReadFinding(finding));
            }

            foreach (var update in root.GetProperty("lifecycleUpdates").EnumerateArray())
            {
                plan.LifecycleUpdates.Add(new LifecycleUpdate
                {
                    Kind = Enum<LifecycleUpdateKind>(update, "kind"),
                    Anchor = Text(update, "anchor") ?? string.Empty,
                    Date = Text(update, "date") is { } date ? ParseDay(date) : null,
                    Reason = Text(update, "reason"),
                    ByHand = update.TryGetProperty("byHand", out var byHand) && byHand.GetBoolean(),
                    HomeContainer = Text(update, "homeContainer"),
                    Group = Text(update, "group"),
                    AfterAction = Text(update, "afterAction"),
                });
            }

            foreach (var action in root.GetProperty("actions").EnumerateArray())
            {
                plan.Actions.Add(ReadAction(action));
            }

            return plan;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{source} is not a readable RosterTools plan: {ex.Message}", ex);
        }
    }

    private static void WriteAction(Utf8JsonWriter json, PlanAction action)
    {
        json.WriteStartObject();
        json.WriteString("id", action.Id);
        json.WriteString("action", action.Action.ToString());
        json.WriteString("stage", action.Stage.ToString());
        json.WriteString("account", action.Account);
        Optional(json, "identity", action.Identity);
        Optional(json, "anchor", action.Anchor);
        Optional(json, "sourcedId", action.SourcedId);
        Optional(json, "school", action.School);
        json.WriteString("reason", action.Reason);
        Changes(json, action.Changes);
        if (action.DependsOn.Count > 0)
        {
            Strings(json, "dependsOn", action.DependsOn);
        }

        Optional(json, "name", action.Name);
        Optional(json, "samAccountName", action.SamAccountName);
        Optional(json, "mailNickname", action.MailNickname);
        Optional(json, "userPrincipalName", action.UserPrincipalName);
        Optional(json, "emailAddress", action.EmailAddress);
        Optional(json, "givenName", action.GivenName);
        Optional(json, "surname", action.Surname);
        Optional(json, "displayName", action.DisplayName);
        Optional(json, "path", action.Path);
        Optional(json, "employeeID", action.EmployeeID);
        if (action.Enabled is bool enabled)
        {
            json.WriteBoolean("enabled", enabled);
        }

        Optional(json, "group", action.Group);
        Optional(json, "memberRole", action.MemberRole?.ToString());
        Optional(json, "license", action.License);
        Optional(json, "passwordRule", action.PasswordRule);
        json.WriteEndObject();
    }

    private static PlanAction ReadAction(JsonElement element)
    {
        var action = new PlanAction
        {
            Id = Text(element, "id") ?? string.Empty,
            Action = Enum<ActionType>(element, "action"),
            Stage = Enum<ActionStage>(element, "stage"),
            Account = Text(element, "account") ?? string.Empty,
            Identity = Text(element, "identity"),
            Anchor = Text(element, "anchor"),
            SourcedId = Text(element, "sourcedId"),
            School = Text(element, "school"),
            Reason = Text(element, "reason") ?? string.Empty,
            DependsOn = Strings(element, "dependsOn"),
            Name = Text(element, "name"),
            SamAccountName = Text(element, "samAccountName"),
            MailNickname = Text(element, "mailNickname"),
            UserPrincipalName = Text(element, "userPrincipalName"),
            EmailAddress = Text(element, "emailAddress"),
            GivenName = Text(element, "givenName"),
            Surname = Text(element, "surname"),
            DisplayName = Text(element, "displayName"),
            Path = Text(element, "path"),
            EmployeeID = Text(element, "employeeID"),
            Enabled = element.TryGetProperty("enabled", out var enabled) ? enabled.GetBoolean() : null,
            Group = Text(element, "group"),
            MemberRole = Text(element, "memberRole") is { } role ? (MemberRole)System.Enum.Parse(typeof(MemberRole), role) : null,
            License = Text(element, "license"),
            PasswordRule = Text(element, "passwordRule"),
        };
        Changes(element, action.Changes);

        return action;
    }

    private static void WriteInputs(Utf8JsonWriter json, PlanInputs inputs)
    {
        json.WriteStartObject("inputs");
        json.WriteString("policyName", inputs.PolicyName);
        json.WriteString("policyHash", inputs.PolicyHash);
        json.WriteString("rosterSource", inputs.RosterSource);
        json.WriteString("rosterHash", inputs.RosterHash);
        json.WriteString("directorySource", inputs.DirectorySource);
        json.WriteString("directoryHash", inputs.DirectoryHash);
        json.WriteString("stateHash", inputs.StateHash);
        json.WriteString("inputHash", inputs.InputHash);
        json.WriteEndObject();
    }

    private static PlanInputs ReadInputs(JsonElement element) => new()
    {
        PolicyName = Text(element, "policyName") ?? string.Empty,
        PolicyHash = Text(element, "policyHash") ?? string.Empty,
        RosterSource = Text(element, "rosterSource"),
        RosterHash = Text(element, "rosterHash") ?? string.Empty,
        DirectorySource = Text(element, "directorySource"),
        DirectoryHash = Text(element, "directoryHash") ?? string.Empty,
        StateHash = Text(element, "stateHash") ?? string.Empty,
        InputHash = Text(element, "inputHash") ?? string.Empty,
    };

    private static void WriteSummary(Utf8JsonWriter json, PlanSummary summary)
    {
        json.WriteStartObject("summary");
        WriteCounts(json, "byAction", summary.ByAction);
        json.WriteStartObject("bySchool");
        foreach (var school in summary.BySchool)
        {
            WriteCounts(json, school.Key, school.Value);
        }

        json.WriteEndObject();
        json.WriteNumber("waitingToDisable", summary.WaitingToDisable);
        json.WriteNumber("managedAccounts", summary.ManagedAccounts);
        json.WriteNumber("managedPeople", summary.ManagedPeople);
        json.WriteEndObject();
    }

    private static PlanSummary ReadSummary(JsonElement element)
    {
        var summary = new PlanSummary
        {
            ByAction = ReadCounts(element.GetProperty("byAction")),
            WaitingToDisable = element.GetProperty("waitingToDisable").GetInt32(),
            ManagedAccounts = element.GetProperty("managedAccounts").GetInt32(),
            ManagedPeople = element.GetProperty("managedPeople").GetInt32(),
        };
        foreach (var school in element.GetProperty("bySchool").EnumerateObject())
        {
            summary.BySchool[school.Name] = ReadCounts(school.Value);
        }

        return summary;
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IDictionary<ActionType, int> counts)
    {
        json.WriteStartObject(name);
        foreach (var count in counts)
        {
            json.WriteNumber(count.Key.ToString(), count.Value);
        }

        json.WriteEndObject();
    }

    private static IDictionary<ActionType, int> ReadCounts(JsonElement element)
    {
        var counts = new SortedDictionary<ActionType, int>();
        foreach (var count in element.EnumerateObject())
        {
            counts[(ActionType)System.Enum.Parse(typeof(ActionType), count.Name)] = count.Value.GetInt32();
        }

        return counts;
    }

    private static T Enum<T>(JsonElement element, string name)
        where T : struct => (T)System.Enum.Parse(typeof(T), Text(element, name) ?? throw new KeyNotFoundException($"\"{name}\" is missing."));

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime ParseDay(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
