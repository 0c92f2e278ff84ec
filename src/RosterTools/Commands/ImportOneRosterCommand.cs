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
/// Import-OneRoster: reads OneRoster 1.1 or 1.2 CSV bundles (folders or .zip files), or a REST provider through a
/// connection from Connect-OneRoster, into Roster objects, or streams the records of one collection. Findings go to
/// the warning and error streams. Help: docs/help/Import-OneRoster.md.
/// </summary>
[Cmdlet(VerbsData.Import, "OneRoster", DefaultParameterSetName = PathSet)]
[OutputType(typeof(Roster))]
[OutputType(typeof(Org), typeof(AcademicSession), typeof(Course), typeof(Class), typeof(User), typeof(UserProfile), typeof(RoleAssignment), typeof(Enrollment), typeof(Demographics))]
public sealed class ImportOneRosterCommand : OneRosterSourceCmdlet
{
    private const int ProgressActivityId = 0x5201;

    /// <summary>Refuse a bundle with any error: its error findings and a terminating error are written instead of a roster.</summary>
    [Parameter]
    public SwitchParameter Strict { get; set; }

    /// <summary>
    /// Stream the records of one collection instead of building a roster. A string, not the engine's enum: see the
    /// loading rule in Loading/ModuleInitializer.cs.
    /// </summary>
    [Parameter]
    [ValidateSet("Orgs", "AcademicSessions", "Courses", "Classes", "Users", "UserProfiles", "Roles", "Enrollments", "Demographics", IgnoreCase = true)]
    public string? Entity { get; set; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        if (ParameterSetName == ConnectionSet)
        {
            ImportFromApi(Connection!);
            return;
        }

        foreach (var path in ResolveBundlePaths())
        {
            if (Entity is null)
            {
                ImportRoster(path);
            }
            else
            {
                StreamEntity(path, Entity);
            }
        }
    }

    private void ImportRoster(string path)
    {
        var progress = NewProgress(path);
        Roster roster;
        try
        {
            roster = OneRosterReader.Read(path, ImportSettings.For(Strict, progress), StopToken);
        }
        catch (RosterValidationException e)
        {
            progress.Complete();
            WriteFindings(e.Findings);
            ThrowTerminatingError(ErrorRecords.StrictImportFailed(e));
            return;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            progress.Complete();
            WriteError(ErrorRecords.BundleUnreadable(path, e));
            return;
        }

        progress.Complete();
        WriteFindings(roster.Findings);
        WriteObject(roster);
    }

    private void ImportFromApi(OneRosterConnection connection)
    {
        var source = connection.ServiceUrl.ToString();
        if (Entity is not null)
        {
            StreamEntity(source, Entity, (entity, findings, progress) => OneRosterApiReader.OpenEntity(connection, entity, findings, ApiOptions(strict: false, progress), includeDerivedRoles: false, StopToken));
            return;
        }

        var progress = NewProgress(source);
        Roster roster;
        try
        {
            roster = OneRosterApiReader.Read(connection, ApiOptions(Strict, progress), StopToken);
        }
        catch (RosterValidationException e)
        {
            progress.Complete();
            WriteFindings(e.Findings);
            ThrowTerminatingError(ErrorRecords.StrictImportFailed(e));
            return;
        }
        catch (OneRosterApiException e)
        {
            progress.Complete();
            WriteError(ErrorRecords.ApiUnreadable(source, e));
            return;
        }

        progress.Complete();
        WriteFindings(roster.Findings);
        WriteObject(roster);
    }

    private void StreamEntity(string path, string entityName) =>
        StreamEntity(path, entityName, (entity, findings, progress) => OneRosterReader.OpenEntity(path, entity, findings, ImportSettings.For(strict: false, progress), includeDerivedRoles: false, StopToken));

    /// <summary>Streams one collection of a bundle or a provider; <paramref name="open"/> opens it.</summary>
    private void StreamEntity(string path, string entityName, Func<OneRosterEntity, FindingCollection, IProgress<ImportProgress>, EntityStream> open)
    {
        if (!OneRosterEntities.TryParse(entityName, out var entity))
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument(ErrorIds.EntityUnknown, $"'{entityName}' is not a OneRoster collection. Use one of Orgs, AcademicSessions, Courses, Classes, Users, UserProfiles, Roles, Enrollments, Demographics.", entityName));
        }

        var findings = new FindingCollection();
        var reader = new FindingReader(findings);
        var progress = NewProgress(path);
        var records = 0L;
        try
        {
            using var stream = open(entity, findings, progress);
            foreach (var record in stream)
            {
                // A row's findings are complete before the row is handed out: write them first, so that -Strict stops
                // before the first record with an error is output.
                StopIfStrict(path, findings, WriteFindings(reader.ReadNew()));
                WriteObject(record);
                records++;
            }
        }
        catch (Exception e) when (IsUnreadable(e) || e is OneRosterApiException)
        {
            progress.Complete();
            WriteFindings(reader.ReadRest());
            WriteError(e is OneRosterApiException api ? ErrorRecords.ApiUnreadable(path, api) : ErrorRecords.BundleUnreadable(path, e));
            return;
        }

        progress.Complete();
        StopIfStrict(path, findings, WriteFindings(reader.ReadRest()));
        if (records == 0)
        {
            WriteWarning($"No {entityName} records were read from '{path}'.");
        }
    }

    private void StopIfStrict(string path, FindingCollection findings, bool errorsWritten)
    {
        if (Strict && errorsWritten)
        {
            ThrowTerminatingError(ErrorRecords.StrictImportFailed(new RosterValidationException(path, findings)));
        }
    }

    /// <summary>Writes warnings to the warning stream and errors to the error stream; says whether there was an error.</summary>
    private bool WriteFindings(IEnumerable<Finding> findings)
    {
        var errors = false;
        foreach (var finding in findings)
        {
            if (finding.Severity == Severity.Error)
            {
                errors = true;
                WriteError(ErrorRecords.Finding(finding));
            }
            else
            {
                WriteWarning(finding.ToString());
            }
        }

        return errors;
    }

    private PipelineProgress<ImportProgress> NewProgress(string path) =>
        new(this, ProgressActivityId, $"Importing {path}", p => $"{p.File}: {p.RecordsRead:N0} records", p => p.PercentComplete);

    private static bool IsUnreadable(Exception e) => e is BundleReadException || e is IOException || e is UnauthorizedAccessException;
}
