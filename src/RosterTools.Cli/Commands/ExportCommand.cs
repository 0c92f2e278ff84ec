using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using RosterTools.Cli.Output;
using RosterTools.Export;
using RosterTools.Json;
using RosterTools.OneRoster;
using RosterTools.State.Snapshots;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools export &lt;input&gt; --out DIR|ZIP [--version 1.1|1.2] [--mode bulk|delta --since REF] [--profile FILE]
/// [--line-ending crlf|lf] [--force] [--format table|json]</c>, or <c>--snapshots DIR [--keep N] [--keep-days N]</c>:
/// writes a conformant bundle, converting versions, as a delta, or through a vendor's profile.
/// </summary>
internal static class ExportCommand
{
    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools export ./district --out ./district-1.1.zip --version 1.1          convert 1.2 to 1.1 (roles.csv becomes users.csv orgSourcedIds and role)",
        "rostertools export ./tonight --out ./delta.zip --mode delta --since ./last-night   only what changed, with status and dateLastModified",
        "rostertools export ./district --out ./reading.zip --profile examples/profiles/reading-app-elementary.yaml",
        "rostertools export ./tonight.zip --snapshots /var/lib/rostertools/snapshots --keep 30   keep a snapshot for the next compare",
    };

    public static Command Create(CliContext cli)
    {
        var input = CommonOptions.BundlePath();
        var output = CompareInputs.Out("Where to write: a folder, or a file ending in .zip (the files at its root). Nothing is in place until everything is written.", required: false);
        var version = CompareInputs.Version("The OneRoster version to write: 1.1 or 1.2. Default: the profile's, else the input's.");
        var mode = new Option<string?>("--mode")
        {
            Description = "bulk (everything; the default) or delta (what changed since --since, with status and dateLastModified).",
            HelpName = "bulk|delta",
            CustomParser = ParseMode,
        };
        var since = new Option<string?>("--since") { Description = "The reference bundle of a delta (implies --mode delta).", HelpName = "REF" };
        var profile = new Option<string?>("--profile") { Description = "A data-minimisation profile (YAML): the files, columns, schools, roles and grades a vendor receives. See examples/profiles/.", HelpName = "FILE" };
        var lineEnding = CompareInputs.LineEnding();
        var force = CompareInputs.Force("what --out names");
        var snapshots = CompareInputs.Snapshots("Save the input as a new snapshot in this store (a .zip named by the UTC time, and the index) instead of writing --out.");
        var keep = CompareInputs.Count("--keep", "With --snapshots: keep the newest N snapshots, removing older ones.", 1);
        var keepDays = CompareInputs.Count("--keep-days", "With --snapshots: keep the snapshots of the last N days (the newest is always kept).", 0);
        var format = CommonOptions.Format("table: what was written, file by file; warnings on stderr. json: {\"path\",\"version\",\"mode\",\"profile\",\"files\",\"rows\",\"bytes\",\"warnings\"}.");
        var command = new Command("export", "Write a roster as a conformant OneRoster bundle: convert between 1.1 and 1.2, write a delta since a reference, apply a vendor's data-minimisation profile, or save a snapshot.")
        {
            input, output, version, mode, since, profile, lineEnding, force, snapshots, keep, keepDays, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(cli, parseResult, input, output, version, mode, since, profile, lineEnding, force, snapshots, keep, keepDays, format)));
        return command;
    }

    private static int Run(
        CliContext cli,
        ParseResult parse,
        Argument<string> input,
        Option<string> output,
        Option<OneRosterVersion?> version,
        Option<string?> mode,
        Option<string?> since,
        Option<string?> profileOption,
        Option<string?> lineEnding,
        Option<bool> force,
        Option<string?> snapshots,
        Option<int?> keep,
        Option<int?> keepDays,
        Option<OutputFormat> formatOption)
    {
        var outPath = parse.GetValue(output);
        var store = parse.GetValue(snapshots);
        var reference = parse.GetValue(since);
        var delta = parse.GetValue(mode) == "delta" || reference is not null;
        if ((outPath is null) == (store is null))
        {
            throw new UsageException("Give --out (a folder or .zip) or --snapshots (a snapshot store), one of them. Run 'rostertools export --help' for usage.");
        }

        if (parse.GetValue(mode) == "delta" && reference is null)
        {
            throw new UsageException("--mode delta needs --since, the bundle to write the changes since.");
        }

        if (parse.GetValue(mode) == "bulk" && reference is not null)
        {
            throw new UsageException("--since writes a delta; leave out --mode bulk (or use --mode delta).");
        }

        if (store is not null && (delta || parse.GetValue(profileOption) is not null || parse.GetValue(version) is not null))
        {
            throw new UsageException("A snapshot is the complete roster as read: --snapshots takes no --since, --mode delta, --profile or --version.");
        }

        if (store is null && (parse.GetValue(keep) is not null || parse.GetValue(keepDays) is not null))
        {
            throw new UsageException("--keep and --keep-days go with --snapshots.");
        }

        var profile = CompareInputs.Profile(parse.GetValue(profileOption));
        foreach (var warning in profile?.Warnings ?? System.Array.Empty<string>())
        {
            cli.Say("profile: " + warning);
        }

        var roster = CompareInputs.Read(cli, parse.GetRequiredValue(input), "input");
        var before = reference is null ? null : CompareInputs.Read(cli, reference, "reference");
        ExportResult result;
        using (var progress = cli.CreateProgress())
        {
            if (store is not null)
            {
                SnapshotInfo saved;
                try
                {
                    saved = CompareInputs.Store(store).Save(roster, new SnapshotOptions { KeepCount = parse.GetValue(keep), KeepDays = parse.GetValue(keepDays), Progress = progress.ForExport }, cli.CancellationToken);
                }
                catch (System.ArgumentException ex)
                {
                    throw new UsageException(ex.Message);
                }

                progress.Clear();
                using var text = cli.OpenOutputText();
                text.WriteLine(string.Format(CultureInfo.InvariantCulture, "Saved snapshot {0} ({1:N0} users, {2:N1} MB) in {3}.", saved.Name, saved.Users, saved.Bytes / (1024.0 * 1024.0), store));
                return roster.ErrorCount > 0 ? ExitCodes.Errors : ExitCodes.Success;
            }

            try
            {
                result = OneRosterWriter.Write(roster, outPath!, new ExportOptions
                {
                    Version = parse.GetValue(version),
                    Since = before,
                    Profile = profile,
                    NewLine = parse.GetValue(lineEnding) ?? "\r\n",
                    Overwrite = parse.GetValue(force),
                    Progress = progress.ForExport,
                }, cli.CancellationToken);
            }
            catch (System.ArgumentException ex)
            {
                throw new UsageException(ex.Message);
            }
        }

        if (parse.GetValue(formatOption) == OutputFormat.Json)
        {
            using var stream = cli.OpenOutput();
            ChangeJson.WriteExport(stream, result);
            stream.WriteByte((byte)'\n');
        }
        else
        {
            using (var text = cli.OpenOutputText())
            {
                text.WriteLine(string.Format(CultureInfo.InvariantCulture, "Wrote {0} ({1:N1} MB){2}.", result, result.Bytes / (1024.0 * 1024.0), result.Profile is null ? string.Empty : " for profile '" + result.Profile + "'"));
                if (result.Files.Count > 0)
                {
                    text.WriteLine();
                    var table = new TextTable(text, new[] { new TableColumn("file"), new TableColumn("rows", AlignRight: true) });
                    foreach (var file in result.Files)
                    {
                        table.Add(file.Key, file.Value.ToString("N0", CultureInfo.InvariantCulture));
                    }

                    table.Complete();
                }
            }

            foreach (var finding in result.Findings)
            {
                cli.Say(finding.ToString());
            }
        }

        return roster.ErrorCount > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string? ParseMode(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.ToLowerInvariant() : string.Empty;
        if (text is "bulk" or "delta")
        {
            return text;
        }

        result.AddError($"Unknown --mode '{text}'. Use bulk or delta.");
        return null;
    }
}
