using System.Linq;
using System.Text.Json;

namespace RosterTools.Tests.Cli.Support;

/// <summary>Checks on the summary JSON of <c>import --format json</c>.</summary>
internal static class SummaryAssert
{
    /// <summary>
    /// The keys, in order: <c>{"version","files","counts","errors","warnings"}</c> as specified, plus <c>"source"</c>
    /// (the bundle's path) that RosterJson.WriteSummary adds after the version.
    /// </summary>
    public static readonly string[] Keys = { "version", "source", "files", "counts", "errors", "warnings" };

    /// <summary>The collections of "counts", in the order they are written.</summary>
    public static readonly string[] Collections = { "orgs", "academicSessions", "courses", "classes", "users", "userProfiles", "roles", "enrollments", "demographics" };

    /// <summary>Checks the shape and returns the summary.</summary>
    public static JsonElement WellFormed(CliResult result)
    {
        var summary = result.Json;
        Assert.True(summary.ValueKind == JsonValueKind.Object, result.ToString());
        Assert.Equal(Keys, summary.EnumerateObject().Select(property => property.Name).ToArray());
        Assert.Contains(summary.GetProperty("version").GetString(), new[] { "1.1", "1.2" });
        Assert.Equal(JsonValueKind.String, summary.GetProperty("source").ValueKind);

        var files = summary.GetProperty("files");
        Assert.Equal(JsonValueKind.Object, files.ValueKind);
        foreach (var file in files.EnumerateObject())
        {
            Assert.Contains(file.Value.GetString(), new[] { "bulk", "delta", "absent" });
        }

        var counts = summary.GetProperty("counts");
        Assert.Equal(Collections, counts.EnumerateObject().Select(property => property.Name).ToArray());
        Assert.All(counts.EnumerateObject(), count => Assert.True(count.Value.GetInt32() >= 0));
        Assert.True(summary.GetProperty("errors").GetInt32() >= 0);
        Assert.True(summary.GetProperty("warnings").GetInt32() >= 0);
        Assert.Equal(summary.GetProperty("errors").GetInt32() > 0 ? 1 : 0, result.ExitCode);
        return summary;
    }
}
