using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;

namespace RosterTools.Targets;

/// <summary>
/// A directory RosterTools reads and changes: the local store, Entra ID, a SCIM app, Active Directory. The planner
/// reads it through <see cref="ReadAsync"/>; the applier hands it the actions of a plan through
/// <see cref="ApplyAsync"/>, a batch at a time, each batch holding only actions whose dependencies are done.
/// </summary>
/// <remarks>
/// Every action must be idempotent: an action whose effect is already in place (a Create for an account that exists
/// with the anchor, an AddMember for a member) is <see cref="ActionStatus.AlreadyDone"/>, so a run that was killed
/// half way can be repeated. A target never throws for one action's failure: the action's result is Failed with the
/// error, and the others go on. Exceptions are for the target as a whole (unreachable, refused sign-in).
/// </remarks>
public interface IDirectoryTarget : IDisposable
{
    /// <summary>What the target is, for summaries and the audit log ("local store C:\RosterTools\state", "SCIM https://app/scim/v2"); never a secret.</summary>
    string Description { get; }

    /// <summary>How many actions <see cref="ApplyAsync"/> takes well at once (Graph: several $batch requests' worth).</summary>
    int PreferredBatchSize { get; }

    /// <summary>Counts of requests, retries and throttling so far (zero for targets without a network).</summary>
    TargetStatistics Statistics { get; }

    /// <summary>Reads the accounts (with their group memberships and licences) and groups the planner needs.</summary>
    Task<DirectorySnapshot> ReadAsync(IProgress<int>? accountsRead, CancellationToken cancellationToken);

    /// <summary>
    /// Carries out <paramref name="requests"/> and returns one result per request, in the same order. The requests
    /// of one call do not depend on each other, so the target may run them in any order or in parallel.
    /// </summary>
    Task<IReadOnlyList<ActionResult>> ApplyAsync(IReadOnlyList<ActionRequest> requests, CancellationToken cancellationToken);
}
