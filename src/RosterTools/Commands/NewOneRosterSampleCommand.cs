using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using RosterTools.OneRoster;
using RosterTools.Pipeline;
using RosterTools.Samples;

namespace RosterTools.Commands;

/// <summary>
/// New-OneRosterSample: writes a realistic, deterministic (seeded) synthetic school district as a OneRoster CSV
/// bundle and outputs a SampleDistrictResult that says what it holds. Like other New- cmdlets it always outputs
/// what it created. Help: docs/help/New-OneRosterSample.md.
/// </summary>
[Cmdlet(VerbsCommon.New, "OneRosterSample", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(SampleDistrictResult))]
public sealed class NewOneRosterSampleCommand : RosterCmdlet
{
    private const int ProgressActivityId = 0x5203;

    /// <summary>The folder to write the bundle into; created when it does not exist.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>How many students, KG to 12.</summary>
    [Parameter]
    [ValidateRange(1, 10000000)]
    public int Students { get; set; } = 600;

    /// <summary>
    /// The OneRoster version, 1.1 or 1.2. A string, not the engine's enum: see the loading rule in
    /// Loading/ModuleInitializer.cs.
    /// </summary>
    [Parameter]
    [ValidateSet("1.1", "1.2")]
    public string Version { get; set; } = "1.2";

    /// <summary>The seed: the same seed, students and version always give the same files.</summary>
    [Parameter]
    public int Seed { get; set; } = 1;

    /// <summary>Replace the files of a folder that is not empty.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Write the district as it is the night after, with changes drawn from this second seed.</summary>
    [Parameter]
    public int? NextNight { get; set; }

    /// <summary>With -NextNight: about what share of the students change overnight (0 to 0.5).</summary>
    [Parameter]
    [ValidateRange(0.0, 0.5)]
    public double ChangeRate { get; set; } = 0.02;

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        if (!OneRosterVersions.TryParse(Version, out var version))
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument(ErrorIds.VersionUnknown, $"'{Version}' is not a OneRoster version RosterTools writes; use 1.1 or 1.2.", Version));
        }

        if (ResolveFolder() is not { } folder)
        {
            return;
        }

        if (File.Exists(folder))
        {
            WriteError(ErrorRecords.SampleWriteFailed(folder, new IOException($"'{folder}' is a file; give a folder.")));
            return;
        }

        var replacing = Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any();
        if (replacing && !Force)
        {
            WriteError(ErrorRecords.SampleFolderNotEmpty(folder));
            return;
        }

        var night = NextNight is int changeSeed ? $", the night after (change seed {changeSeed})" : string.Empty;
        var action = $"{(replacing ? "Replace the files with" : "Write")} a OneRoster {Version} sample district of {Students:N0} students (seed {Seed}){night}";
        if (!ShouldProcess(folder, action))
        {
            return;
        }

        var progress = new PipelineProgress<SampleProgress>(this, ProgressActivityId, $"Writing a sample district to {folder}", p => $"{p.File}: {p.RowsWritten:N0} rows", p => p.PercentComplete);
        SampleDistrictResult result;
        try
        {
            result = SampleDistrict.Write(folder, new SampleDistrictOptions { Students = Students, Version = version, Seed = Seed, Overwrite = Force, NextNightSeed = NextNight, ChangeRate = ChangeRate }, progress, StopToken);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            WriteError(ErrorRecords.SampleWriteFailed(folder, e));
            return;
        }
        catch (ArgumentException e)
        {
            WriteError(ErrorRecords.InvalidArgument(ErrorIds.SampleOptionInvalid, e.Message, folder));
            return;
        }
        finally
        {
            if (!StopToken.IsCancellationRequested)
            {
                progress.Complete();
            }
        }

        WriteObject(result);
    }

    private string? ResolveFolder()
    {
        try
        {
            var folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
            if (string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase))
            {
                return folder;
            }

            WriteError(ErrorRecords.PathNotFileSystem(Path, provider));
        }
        catch (Exception e) when (e is SessionStateException || e is NotSupportedException)
        {
            WriteError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, Path));
        }

        return null;
    }
}
