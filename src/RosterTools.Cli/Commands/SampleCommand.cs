using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using RosterTools.Cli.Output;
using RosterTools.OneRoster;
using RosterTools.Samples;

namespace RosterTools.Cli.Commands;

/// <summary>
/// <c>rostertools sample --students N [--version 1.1|1.2] [--seed S] --out DIR [--force] [--next-night SEED [--change-rate R]]</c>:
/// writes a realistic, deterministic synthetic district as a OneRoster bundle, or the same district the night after.
/// </summary>
internal static class SampleCommand
{
    public static readonly IReadOnlyList<string> Examples = new[]
    {
        "rostertools sample --students 600 --out ./sample                  a 1.2 district with about 3 schools",
        "rostertools sample --students 600 --version 1.1 --seed 7 --out ./sample11",
        "rostertools sample --students 100000 --out ./big --force          replace the files of an earlier run",
        "rostertools sample --students 600 --next-night 2 --out ./sample-tuesday   the same district the night after",
    };

    public static Command Create(CliContext cli)
    {
        var students = new Option<int>("--students")
        {
            Description = "How many students, KG to 12 (at least 1). Staff, guardians, schools, courses and classes scale with them.",
            HelpName = "N",
            Required = true,
            CustomParser = result => ParseInt(result, "--students", minimum: 1),
        };
        var version = new Option<OneRosterVersion?>("--version")
        {
            Description = "The OneRoster version of the bundle: 1.1 or 1.2. Default: 1.2.",
            HelpName = "1.1|1.2",
            CustomParser = ParseVersion,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed: the same seed and options always give the same files, byte for byte. Default: 1.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
            CustomParser = result => ParseInt(result, "--seed", minimum: int.MinValue),
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder to write the bundle to (created when missing).",
            HelpName = "DIR",
            Required = true,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Write into a folder that is not empty, replacing the bundle's files in it.",
        };
        var nextNight = new Option<int?>("--next-night")
        {
            Description = "Write the district as it is the night after, with changes drawn from this second seed: withdrawals, new enrolments, school moves, section changes, name changes, disabled accounts. Compare it with the first night's bundle.",
            HelpName = "SEED",
            CustomParser = result => ParseInt(result, "--next-night", minimum: int.MinValue),
        };
        var changeRate = new Option<double?>("--change-rate")
        {
            Description = "With --next-night: about what share of the students change (0 to 0.5). Default: 0.02.",
            HelpName = "R",
            CustomParser = ParseRate,
        };

        var command = new Command("sample", "Write a realistic synthetic school district (schools, terms, courses, classes, students, staff, guardians) as a OneRoster bundle.")
        {
            students, version, seed, output, force, nextNight, changeRate,
        };
        command.SetAction(parseResult => CommandRunner.Run(cli, () => Run(
            cli,
            new SampleDistrictOptions
            {
                Students = parseResult.GetValue(students),
                Version = parseResult.GetValue(version) ?? OneRosterVersion.V1_2,
                Seed = parseResult.GetValue(seed),
                Overwrite = parseResult.GetValue(force),
                NextNightSeed = parseResult.GetValue(nextNight),
                ChangeRate = parseResult.GetValue(changeRate) ?? 0.02,
            },
            parseResult.GetRequiredValue(output))));
        return command;
    }

    private static int Run(CliContext cli, SampleDistrictOptions options, string folder)
    {
        if (File.Exists(folder))
        {
            throw new UsageException($"'{folder}' is a file; --out takes a folder.");
        }

        if (!options.Overwrite && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new UsageException($"'{folder}' is not empty. Choose an empty or new folder, or pass --force to replace the bundle's files in it.");
        }

        SampleDistrictResult result;
        using (var progress = cli.CreateProgress())
        {
            try
            {
                result = SampleDistrict.Write(folder, options, progress.ForSample, cli.CancellationToken);
            }
            catch (System.ArgumentException ex)
            {
                // The generator's own limits on its options.
                throw new UsageException(ex.Message);
            }
        }

        using var text = cli.OpenOutputText();
        text.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Wrote a OneRoster {0} sample district to {1} ({2:N0} students, seed {3}, {4:N1} MB).",
            result.Version.ToSpecString(),
            result.Path,
            options.Students,
            result.Seed,
            result.Bytes / (1024.0 * 1024.0)));
        text.WriteLine();
        var table = new TextTable(text, new[] { new TableColumn("file"), new TableColumn("rows", AlignRight: true) });
        foreach (var file in result.Rows)
        {
            table.Add(file.Key, file.Value.ToString("N0", CultureInfo.InvariantCulture));
        }

        table.Complete();
        if (result.ChangeCounts is { } changes)
        {
            text.WriteLine();
            text.WriteLine(string.Format(CultureInfo.InvariantCulture, "The next night (seed {0}): {1}; {2:N0} changed records and people.", options.NextNightSeed, changes, result.Changes.Count));
        }

        return ExitCodes.Success;
    }

    private static double? ParseRate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 0.5)
        {
            return rate;
        }

        result.AddError($"--change-rate takes a share from 0 to 0.5 (such as 0.02), not '{text}'.");
        return null;
    }

    private static int ParseInt(ArgumentResult result, string name, int minimum)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        result.AddError(minimum == 1 ? $"{name} takes a whole number of at least 1, not '{text}'." : $"{name} takes a whole number, not '{text}'.");
        return minimum;
    }

    private static OneRosterVersion? ParseVersion(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (OneRosterVersions.TryParse(text, out var version))
        {
            return version;
        }

        result.AddError($"Unknown --version '{text}'. Use 1.1 or 1.2.");
        return null;
    }
}
