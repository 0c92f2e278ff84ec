using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsvHelper;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Csv;

/// <summary>
/// What a bundle holds and how to read it: the manifest, the version, and each file with the mode it is read
/// in. Only a file that is both declared (bulk or delta) and present is read; every mismatch between the
/// manifest and the files is a finding. A file that is declared but missing counts as absent, so a bundle that
/// lost users.csv can never pass for one in which every user left.
/// </summary>
internal sealed class BundleLayout
{
    private BundleLayout(OneRosterVersion version, BundleManifest manifest, Dictionary<OneRosterEntity, string> entityFiles, List<string> otherFiles)
    {
        Version = version;
        Manifest = manifest;
        EntityFiles = entityFiles;
        OtherFiles = otherFiles;
    }

    public OneRosterVersion Version { get; }

    public BundleManifest Manifest { get; }

    /// <summary>The file (as named in the bundle) of each entity to read.</summary>
    public IReadOnlyDictionary<OneRosterEntity, string> EntityFiles { get; }

    /// <summary>The other CSV files to carry along as raw tables (as named in the bundle).</summary>
    public IReadOnlyList<string> OtherFiles { get; }

    public ProcessingMode ModeOf(string fileName) => Manifest.ModeOf(SpecName(fileName));

    public static BundleLayout Inspect(BundleSource source, FindingCollection findings)
    {
        var (csvFiles, manifestFile) = Classify(source, findings);
        var properties = manifestFile is null
            ? new List<ManifestReader.Property>()
            : ManifestReader.Read(source.Open(manifestFile), BundleFiles.ManifestFileName, findings);
        if (manifestFile is null)
        {
            findings.Add(new Finding(Severity.Error, FindingCodes.ManifestMissing, "The bundle has no manifest.csv. Its version was inferred from the files, and every OneRoster file present was read as bulk.", BundleFiles.ManifestFileName));
        }

        var version = DetermineVersion(source, properties, csvFiles, manifestFile is not null, findings);
        var declared = DeclaredModes(properties, version, findings);

        var modes = new Dictionary<string, ProcessingMode>(StringComparer.Ordinal);
        var entityFiles = new Dictionary<OneRosterEntity, string>();
        var otherFiles = new List<string>();
        foreach (var entry in csvFiles)
        {
            var (name, fileName) = (entry.Key, entry.Value);
            if (BundleFiles.IsKnown(name) && !BundleFiles.IsIn(name, version))
            {
                findings.Add(new Finding(Severity.Warning, FindingCodes.FileVersion, $"{fileName} is not a file of OneRoster {version.ToSpecString()}, the bundle's version; it was not read.", fileName));
                continue;
            }

            ProcessingMode mode;
            if (manifestFile is null)
            {
                mode = ProcessingMode.Bulk;
            }
            else if (!declared.TryGetValue(name, out mode) || mode == ProcessingMode.Absent)
            {
                var says = declared.ContainsKey(name) ? $"declares file.{name} absent (or gives no valid mode)" : $"has no file.{name} row";
                findings.Add(new Finding(Severity.Error, FindingCodes.ManifestFileUndeclared, $"The bundle has {fileName}, but manifest.csv {says}, so it was not read. Declare it bulk or delta, or leave it out.", fileName));
                continue;
            }

            modes[name] = mode;
            if (OneRosterEntities.TryParse(name, out var entity) && entity.SpecName() == name)
            {
                entityFiles[entity] = fileName;
            }
            else
            {
                otherFiles.Add(fileName);
            }
        }

        foreach (var file in declared.Where(file => file.Value != ProcessingMode.Absent && !csvFiles.ContainsKey(file.Key)))
        {
            findings.Add(new Finding(Severity.Error, FindingCodes.ManifestFileMissing, $"manifest.csv declares file.{file.Key} {file.Value.ToString().ToLowerInvariant()}, but the bundle has no {file.Key}.csv. It is treated as absent.", BundleFiles.ManifestFileName));
        }

        if (entityFiles.Count == 0)
        {
            findings.Add(new Finding(Severity.Error, FindingCodes.NoRosterFiles, "The bundle has none of the OneRoster files that are read (orgs.csv, academicSessions.csv, courses.csv, classes.csv, users.csv, roles.csv, enrollments.csv...). Is this a OneRoster bundle? (School Data Sync's own CSV format is not OneRoster.)"));
        }

        var manifest = new BundleManifest(
            manifestFile is not null,
            properties.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
            BundleFiles.Of(version).Concat(modes.Keys).Distinct(StringComparer.Ordinal).ToDictionary(name => name, name => modes.TryGetValue(name, out var mode) ? mode : ProcessingMode.Absent, StringComparer.Ordinal));
        return new BundleLayout(version, manifest, entityFiles, otherFiles);
    }

    /// <summary>Sorts the bundle's files: manifest, OneRoster files by spec name (any case, reported), other CSV files.</summary>
    private static (Dictionary<string, string> CsvFiles, string? Manifest) Classify(BundleSource source, FindingCollection findings)
    {
        var csvFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        string? manifest = null;
        foreach (var fileName in source.FileNames.OrderBy(name => BundleFiles.IsKnown(BaseName(name)) ? 0 : 1))
        {
            if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(new Finding(Severity.Warning, FindingCodes.UnknownFile, $"{fileName} is not a CSV file; it was ignored.", fileName));
                continue;
            }

            var name = BaseName(fileName);
            if (string.Equals(fileName, BundleFiles.ManifestFileName, StringComparison.OrdinalIgnoreCase))
            {
                if (fileName != BundleFiles.ManifestFileName)
                {
                    findings.Add(new Finding(Severity.Warning, FindingCodes.FileNameCase, $"{fileName} should be named {BundleFiles.ManifestFileName}; file names are case-sensitive. It was read as the manifest.", fileName));
                }

                manifest ??= fileName;
                continue;
            }

            if (!BundleFiles.IsKnown(name) && BundleFiles.FindIgnoringCase(name) is { } known && !csvFiles.ContainsKey(known))
            {
                findings.Add(new Finding(Severity.Warning, FindingCodes.FileNameCase, $"{fileName} should be named {known}.csv; file names are case-sensitive. It was taken as {known}.csv.", fileName));
                name = known;
            }
            else if (!BundleFiles.IsKnown(name))
            {
                findings.Add(new Finding(Severity.Warning, FindingCodes.UnknownFile, $"{fileName} is not a OneRoster file; it is carried along as a raw table only when the manifest declares it (or there is no manifest).", fileName));
            }

            if (!csvFiles.ContainsKey(name))
            {
                csvFiles[name] = fileName;
            }
        }

        return (csvFiles, manifest);
    }

    private static OneRosterVersion DetermineVersion(BundleSource source, List<ManifestReader.Property> properties, Dictionary<string, string> csvFiles, bool hasManifest, FindingCollection findings)
    {
        var declared = properties.LastOrDefault(p => p.Name == "oneroster.version");
        if (OneRosterVersions.TryParse(declared.Value, out var version))
        {
            var manifestVersion = properties.LastOrDefault(p => p.Name == "manifest.version");
            if (manifestVersion.Name is null)
            {
                findings.Add(new Finding(Severity.Error, FindingCodes.ManifestVersion, "manifest.csv has no manifest.version row; it must be 1.0.", BundleFiles.ManifestFileName));
            }
            else if (manifestVersion.Value.Length > 0 && manifestVersion.Value != "1.0")
            {
                findings.Add(new Finding(Severity.Warning, FindingCodes.ManifestVersion, $"manifest.version is '{manifestVersion.Value}'; OneRoster 1.1 and 1.2 use 1.0.", BundleFiles.ManifestFileName, manifestVersion.Line, "value"));
            }

            return version;
        }

        version = InferVersion(source, csvFiles);
        if (hasManifest)
        {
            var what = declared.Name is null ? "has no oneroster.version row" : $"gives oneroster.version '{declared.Value}'";
            findings.Add(new Finding(Severity.Error, FindingCodes.ManifestVersion, $"manifest.csv {what}; it must be 1.1 or 1.2. The bundle was read as {version.ToSpecString()}, judging by its files.", BundleFiles.ManifestFileName, declared.Name is null ? null : declared.Line, declared.Name is null ? null : "value"));
        }

        return version;
    }

    /// <summary>1.2 when roles.csv is there or users.csv has no 1.1 role column.</summary>
    private static OneRosterVersion InferVersion(BundleSource source, Dictionary<string, string> csvFiles)
    {
        if (csvFiles.ContainsKey("roles") || csvFiles.ContainsKey("userProfiles"))
        {
            return OneRosterVersion.V1_2;
        }

        if (csvFiles.TryGetValue("users", out var users))
        {
            using var reader = CsvReader.Create(source.Open(users), CsvOptions.ForReading(null), leaveOpen: false);
            reader.ReadHeader();
            if (reader.Headers.Any(h => h.Trim() is "role" or "orgSourcedIds"))
            {
                return OneRosterVersion.V1_1;
            }
        }

        return OneRosterVersion.V1_2;
    }

    /// <summary>The modes the manifest declares, reporting unknown modes, unknown properties and missing rows.</summary>
    private static Dictionary<string, ProcessingMode> DeclaredModes(List<ManifestReader.Property> properties, OneRosterVersion version, FindingCollection findings)
    {
        var modes = new Dictionary<string, ProcessingMode>(StringComparer.Ordinal);
        if (properties.Count == 0)
        {
            return modes;
        }

        foreach (var property in properties)
        {
            if (!property.Name.StartsWith("file.", StringComparison.Ordinal))
            {
                if (property.Name is not ("manifest.version" or "oneroster.version" or "source.systemName" or "source.systemCode"))
                {
                    findings.Add(new Finding(Severity.Warning, FindingCodes.ManifestUnknownProperty, $"'{property.Name}' is not a manifest property of OneRoster.", BundleFiles.ManifestFileName, property.Line, "propertyName"));
                }

                continue;
            }

            var name = property.Name.Substring("file.".Length);
            if (!BundleFiles.IsKnown(name))
            {
                findings.Add(new Finding(Severity.Warning, FindingCodes.ManifestUnknownProperty, $"'{property.Name}' does not name a OneRoster file.", BundleFiles.ManifestFileName, property.Line, "propertyName"));
            }

            if (property.Value.Length == 0)
            {
                modes[name] = ProcessingMode.Absent;
                continue;
            }

            if (!TryParseMode(property.Value, out var mode))
            {
                if (TryParseMode(property.Value.ToLowerInvariant(), out mode))
                {
                    findings.Add(new Finding(Severity.Error, FindingCodes.ManifestMode, $"'{property.Value}' should be '{property.Value.ToLowerInvariant()}': manifest values are case-sensitive. It was read as {property.Value.ToLowerInvariant()}.", BundleFiles.ManifestFileName, property.Line, "value"));
                }
                else
                {
                    findings.Add(new Finding(Severity.Error, FindingCodes.ManifestMode, $"'{property.Value}' is not a mode for {property.Name}: use bulk, delta or absent. The file is treated as absent.", BundleFiles.ManifestFileName, property.Line, "value"));
                }
            }

            modes[name] = mode;
        }

        foreach (var name in BundleFiles.Of(version).Where(name => !modes.ContainsKey(name)))
        {
            findings.Add(new Finding(Severity.Warning, FindingCodes.ManifestRowMissing, $"manifest.csv has no file.{name} row; OneRoster {version.ToSpecString()} asks for one per file (absent when not supplied).", BundleFiles.ManifestFileName));
        }

        return modes;
    }

    private static bool TryParseMode(string text, out ProcessingMode mode)
    {
        switch (text)
        {
            case "bulk":
                mode = ProcessingMode.Bulk;
                return true;
            case "delta":
                mode = ProcessingMode.Delta;
                return true;
            case "absent":
                mode = ProcessingMode.Absent;
                return true;
            default:
                mode = ProcessingMode.Absent;
                return false;
        }
    }

    private static string BaseName(string fileName) => Path.GetFileNameWithoutExtension(fileName);

    private static string SpecName(string fileName)
    {
        var name = BaseName(fileName);
        return BundleFiles.IsKnown(name) ? name : BundleFiles.FindIgnoringCase(name) ?? name;
    }
}
