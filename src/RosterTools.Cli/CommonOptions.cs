using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using RosterTools.OneRoster;

namespace RosterTools.Cli;

/// <summary>How results are printed.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned text for people.</summary>
    Table,

    /// <summary>JSON for other tools (the shapes of RosterTools.Json.RosterJson).</summary>
    Json,
}

/// <summary>The arguments and options that more than one command takes, and their parsers.</summary>
internal static class CommonOptions
{
    /// <summary>The collection names --entity takes, as the brief and the cmdlet's -Entity list them.</summary>
    public static readonly string EntityNames = string.Join(", ", new[]
    {
        OneRosterEntity.Users, OneRosterEntity.Orgs, OneRosterEntity.Classes, OneRosterEntity.Enrollments, OneRosterEntity.Courses,
        OneRosterEntity.AcademicSessions, OneRosterEntity.Demographics, OneRosterEntity.Roles, OneRosterEntity.UserProfiles,
    }.Select(entity => entity.SpecName()));

    public static Argument<string> BundlePath() => new("path")
    {
        Description = "The OneRoster bundle: a folder or a .zip file (read in place, never extracted to disk).",
    };

    /// <summary>--format table|json; table when not given.</summary>
    public static Option<OutputFormat> Format(string description) => new("--format")
    {
        Description = description + " Default: table.",
        HelpName = "table|json",
        CustomParser = ParseFormat,
    };

    public static Option<OneRosterEntity?> Entity() => new("--entity")
    {
        Description = "Stream the records of one collection instead of a summary: " + EntityNames + " (any case).",
        HelpName = "collection",
        CustomParser = ParseEntity,
    };

    private static OutputFormat ParseFormat(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Enum.TryParse<OutputFormat>(text, ignoreCase: true, out var format) && Enum.IsDefined(format) && !int.TryParse(text, out _))
        {
            return format;
        }

        result.AddError($"Unknown --format '{text}'. Use table or json.");
        return OutputFormat.Table;
    }

    private static OneRosterEntity? ParseEntity(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (OneRosterEntities.TryParse(text, out var entity))
        {
            return entity;
        }

        result.AddError($"Unknown --entity '{text}'. Use one of: {EntityNames} (any case).");
        return null;
    }
}
