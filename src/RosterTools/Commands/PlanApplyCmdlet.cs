using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using RosterTools.Apply;
using RosterTools.Apply.Passwords;
using RosterTools.Pipeline;
using RosterTools.Planning;
using RosterTools.Policy;
using RosterTools.Targets;

namespace RosterTools.Commands;

/// <summary>
/// What Invoke-Provision and Invoke-Deprovision share: a plan (object, pipeline or file), the target, the safety
/// override, ShouldProcess per action (and ShouldContinue before a Delete unless -Force), progress, and one result
/// object per action. The engine's Applier does the work, on the pipeline thread.
/// </summary>
public abstract class PlanApplyCmdlet : TargetCmdlet
{
    /// <summary>The parameter set of a plan to apply.</summary>
    private protected const string PlanSet = "Plan";

    private const int ProgressActivityId = 0x5230;
    private bool _yesToAll;
    private bool _noToAll;

    /// <summary>The plan: from New-RosterPlan, or the path of a plan file.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = PlanSet)]
    [ValidateNotNull]
    public object? Plan { get; set; }

    /// <summary>Skip the extra confirmation before each Delete; with -OverrideSafetyLimit, apply a blocked plan.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Apply a plan the safety limits block (only together with -Force).</summary>
    [Parameter]
    public SwitchParameter OverrideSafetyLimit { get; set; }

    /// <summary>What the cmdlet calls its work in progress bars and prompts.</summary>
    private protected abstract string Activity { get; }

    /// <summary>The password rules (Invoke-Provision's -Policy); none by default.</summary>
    private protected virtual IDictionary<string, PasswordRule>? PasswordRules() => null;

    /// <summary>Where the initial passwords of created accounts go, when the admin asked (Invoke-Provision -PasswordPath); null: to the target only.</summary>
    private protected virtual string? PasswordFilePath() => null;

    /// <summary>Which stage the cmdlet carries out. An int so that no engine value type is in a signature of this class.</summary>
    private protected abstract int StageValue { get; }

    /// <inheritdoc/>
    protected override void ProcessInput()
    {
        if (ReadPlan() is { } plan)
        {
            Apply(plan, ResolveTarget());
        }
    }

    /// <summary>Applies the cmdlet's stage of a plan to the target: through ShouldProcess, journaled and audited.</summary>
    private protected void Apply(Plan plan, RosterTarget target)
    {
        if (plan.Blocked && !(Force && OverrideSafetyLimit))
        {
            ThrowTerminatingError(ApplyErrors.Blocked(new PlanBlockedException(plan.BlockedReasons), plan));
        }

        var whatIf = IsWhatIf();
        var passwords = PasswordRules();
        var progress = new PipelineProgress<ApplyProgress>(this, ProgressActivityId, $"{Activity} on {target.Description}", Status, p => p.PercentComplete);
        ApplyRun run;
        using (var passwordFile = whatIf ? null : CreatePasswordFile())
        using (var directory = OpenTarget(target))
        {
            var options = new ApplyOptions
            {
                Stages = (ApplyStages)StageValue,
                StateFolder = target.StatePath,
                OverrideSafetyLimit = Force && OverrideSafetyLimit,
                WhatIf = whatIf,
                Confirm = Confirm,
                Progress = progress,
                PasswordIssued = passwordFile is null ? null : passwordFile.Write,
                Result = result =>
                {
                    if (!whatIf)
                    {
                        WriteObject(result);
                    }
                },
            };
            if (passwords is not null)
            {
                options.Passwords = passwords;
            }

            try
            {
                run = Applier.Apply(plan, directory, options, StopToken);
            }
            catch (InvalidDataException e)
            {
                ThrowTerminatingError(ApplyErrors.Unavailable(e, target));
                return;
            }
            finally
            {
                progress.Complete();
            }
        }

        if (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }

        WriteVerbose(run.ToString());
        if (run.TargetError is not null)
        {
            WriteError(ApplyErrors.Failed($"The target failed part way: {run.TargetError} {run.NotStarted:N0} actions were not started; run the same plan again to finish it.", target));
        }
        else if (run.Failed > 0)
        {
            WriteWarning($"{run.Failed:N0} of {run.Total:N0} actions failed and {run.Skipped:N0} were skipped; the results say why. Run the same plan again after fixing the cause: what was done is not repeated.");
        }
    }

    private PasswordFile? CreatePasswordFile()
    {
        if (PasswordFilePath() is not { } path)
        {
            return null;
        }

        try
        {
            return PasswordFile.Create(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            ThrowTerminatingError(new ErrorRecord(e, ApplyErrors.PasswordFileRefused, ErrorCategory.ResourceExists, path));
            return null;
        }
    }

    private bool Confirm(PlanAction action)
    {
        var what = action.Action + (action.Group is null ? string.Empty : " in " + action.Group) + (action.License is null ? string.Empty : " " + action.License) + ": " + action.Reason;
        if (!ShouldProcess(action.Account, what))
        {
            return false;
        }

        return action.Action != ActionType.Delete || Force || ShouldContinue($"Delete the account '{action.Account}' for good? {action.Reason}", "Delete account", ref _yesToAll, ref _noToAll);
    }

    private Plan? ReadPlan()
    {
        var value = Plan is PSObject wrapped ? wrapped.BaseObject : Plan;
        string path;
        switch (value)
        {
            case Plan plan:
                return plan;
            case FileInfo file:
                path = file.FullName;
                break;
            case string text when text.Length > 0:
                path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(text);
                break;
            default:
                WriteError(ApplyErrors.Plan(new ArgumentException($"-Plan takes a plan (from New-RosterPlan) or the path of a plan file, not {(value is null ? "nothing" : "a " + value.GetType().Name)}."), value));
                return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return PlanJson.Read(stream, path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            WriteError(ApplyErrors.Plan(e, path));
            return null;
        }
    }

    private bool IsWhatIf()
    {
        if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var bound))
        {
            return bound is SwitchParameter flag ? flag.IsPresent : LanguagePrimitives.IsTrue(bound);
        }

        return LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
    }

    private static string Status(ApplyProgress progress) =>
        progress.ToString() + (progress.Remaining is TimeSpan left ? $"; about {left:hh\\:mm\\:ss} left" : string.Empty);
}
