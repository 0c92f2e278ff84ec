using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using RosterTools.OneRoster;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest;
using RosterTools.Pipeline;
using RosterTools.Validation;

namespace RosterTools.Commands;

/// <summary>
/// Test-OneRoster: validates OneRoster bundles, REST providers (through a connection from Connect-OneRoster), or Roster
/// objects from the pipeline, and outputs the findings as objects; with -Quiet, one Boolean that says whether there
/// were no errors. Help: docs/help/Test-OneRoster.md.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "OneRoster", DefaultParameterSetName = PathSet)]
[OutputType(typeof(Finding))]
[OutputType(typeof(bool))]
public sealed class TestOneRosterCommand : OneRosterSourceCmdlet
{
    /// <summary>The parameter set of -Roster.</summary>
    private const string RosterSet = "Roster";

    private const int ProgressActivityId = 0x5202;

    private bool _failed;

    /// <summary>A roster imported by Import-OneRoster: its findings are output.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RosterSet, ValueFromPipeline = true)]
    [Alias("InputObject")]
    [ValidateNotNull]
    public Roster? Roster { get; set; }

    /// <summary>Output only $true (no errors in any input) or $false, once, at the end.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        if (ParameterSetName == RosterSet)
        {
            Report(Roster!.Findings);
            return;
        }

        if (ParameterSetName == ConnectionSet)
        {
            TestApi(Connection!);
            return;
        }

        var paths = ResolveBundlePaths();
        _failed |= AnyPathFailed;
        foreach (var path in paths)
        {
            var progress = new PipelineProgress<ImportProgress>(this, ProgressActivityId, $"Validating {path}", p => $"{p.File}: {p.RecordsRead:N0} records", p => p.PercentComplete);
            try
            {
                Report(OneRosterReader.Read(path, ImportSettings.For(strict: false, progress), StopToken).Findings);
            }
            catch (Exception e) when (e is BundleReadException || e is IOException || e is UnauthorizedAccessException)
            {
                _failed = true;
                WriteError(ErrorRecords.BundleUnreadable(path, e));
            }
            finally
            {
                if (!StopToken.IsCancellationRequested)
                {
                    progress.Complete();
                }
            }
        }
    }

    private void TestApi(OneRosterConnection connection)
    {
        var source = connection.ServiceUrl.ToString();
        var progress = new PipelineProgress<ImportProgress>(this, ProgressActivityId, $"Validating {source}", p => $"{p.File}: {p.RecordsRead:N0} records", p => p.PercentComplete);
        try
        {
            Report(OneRosterApiReader.Read(connection, ApiOptions(strict: false, progress), StopToken).Findings);
        }
        catch (OneRosterApiException e)
        {
            _failed = true;
            WriteError(ErrorRecords.ApiUnreadable(source, e));
        }
        finally
        {
            if (!StopToken.IsCancellationRequested)
            {
                progress.Complete();
            }
        }
    }

    /// <summary>With -Quiet: the one Boolean.</summary>
    protected override void EndProcessing()
    {
        if (Quiet)
        {
            WriteObject(!_failed);
        }
    }

    private void Report(IReadOnlyCollection<Finding> findings)
    {
        foreach (var finding in findings)
        {
            _failed |= finding.Severity == Severity.Error;
            if (!Quiet)
            {
                WriteObject(finding);
            }
        }
    }
}
