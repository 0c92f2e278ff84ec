using System;
using System.IO;
using System.Management.Automation;
using RosterTools.Pipeline;
using RosterTools.Targets;

namespace RosterTools.Commands;

/// <summary>What the cmdlets that use a target share: -Target, defaulting to the one Connect-RosterTarget connected to.</summary>
public abstract class TargetCmdlet : RosterCmdlet
{
    /// <summary>The target (from Connect-RosterTarget); the session's current one when not given.</summary>
    [Parameter]
    [ValidateNotNull]
    public object? Target { get; set; }

    /// <summary>The target to use; a terminating error when there is none.</summary>
    private protected RosterTarget ResolveTarget()
    {
        var value = Target is PSObject wrapped ? wrapped.BaseObject : Target ?? TargetSession.Current;
        if (value is RosterTarget target)
        {
            return target;
        }

        if (value is not null)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException($"-Target takes what Connect-RosterTarget returns, not a {value.GetType().Name}."), ApplyErrors.TargetNotConnected, ErrorCategory.InvalidArgument, value));
        }

        ThrowTerminatingError(ApplyErrors.NotConnected());
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Opens the target for this call; a terminating error when it cannot be opened.</summary>
    private protected IDirectoryTarget OpenTarget(RosterTarget target)
    {
        try
        {
            return target.Open();
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException)
        {
            ThrowTerminatingError(ApplyErrors.Unavailable(e, target));
            throw;
        }
    }
}
