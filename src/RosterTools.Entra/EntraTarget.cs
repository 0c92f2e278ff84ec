using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets.Entra.Authentication;
using RosterTools.Targets.Entra.Graph;
using RosterTools.Targets.Entra.Reading;
using RosterTools.Targets.Entra.Writing;

namespace RosterTools.Targets.Entra;

/// <summary>
/// Entra ID through Microsoft Graph: reads users, groups, memberships and licences; carries out plan actions in
/// JSON $batch requests of 20, several in flight, retrying what Graph throttles (429) or fails for a moment (503,
/// 504, timeouts) after the wait it asks for, and slowing down while it throttles. One action's failure is its
/// result, never an exception; a refused sign-in or token is an <see cref="EntraSignInException"/>.
/// </summary>
public sealed class EntraTarget : IDirectoryTarget
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly EntraTargetOptions _options;
    private readonly GraphBatcher _graph;
    private readonly EntraDirectory _directory = new();
    private readonly UserWriter _users;
    private readonly GroupWriter _groups;

    /// <summary>Creates the target. <paramref name="credential"/> comes from <see cref="EntraCredentials"/>; <paramref name="http"/> is for tests and hosts with their own handler.</summary>
    public EntraTarget(TokenCredential credential, EntraTargetOptions? options = null, HttpClient? http = null)
    {
        _options = options ?? new EntraTargetOptions();
        _options.Validate();
        _ownsHttp = http is null;
        _http = http ?? new HttpClient(Handler(_options.MaxBatchesInFlight)) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _graph = new GraphBatcher(_http, new GraphTokenSource(credential, _options.Scope), _options, Statistics);
        var locator = new AccountLocator(_graph, _options, _directory);
        _users = new UserWriter(_graph, _options, _directory, locator);
        _groups = new GroupWriter(_graph, _options, _directory, locator);
    }

    /// <inheritdoc />
    public string Description => "Entra ID " + _options.GraphBaseUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>Enough actions to keep every batch slot busy for a while (the applier hands over this many at once).</summary>
    public int PreferredBatchSize => _options.BatchSize * _options.MaxBatchesInFlight * 100;

    /// <inheritdoc />
    public TargetStatistics Statistics { get; } = new();

    /// <summary>$batch requests sent (HTTP round trips), for throughput figures.</summary>
    public long BatchesSent => _graph.Batches;

    /// <summary>The options in use.</summary>
    public EntraTargetOptions Options => _options;

    /// <inheritdoc />
    public Task<DirectorySnapshot> ReadAsync(IProgress<int>? accountsRead, CancellationToken cancellationToken) =>
        new EntraReader(_graph, _options, _directory).ReadAsync(accountsRead, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActionResult>> ApplyAsync(IReadOnlyList<ActionRequest> requests, CancellationToken cancellationToken)
    {
        var results = new ActionResult[requests.Count];
        var tasks = new List<Task>(requests.Count);
        var additions = new List<int>();
        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i].Action.Action == ActionType.AddMember)
            {
                additions.Add(i);
                continue;
            }

            var index = i;
            tasks.Add(Task.Run(async () => results[index] = await RunAsync(requests[index], cancellationToken).ConfigureAwait(false)));
        }

        if (additions.Count > 0)
        {
            tasks.Add(Task.Run(async () =>
            {
                var batch = additions.Select(index => requests[index]).ToList();
                ActionResult[] added;
                try
                {
                    added = await _groups.AddMembersAsync(batch, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (IsActionFailure(e, cancellationToken))
                {
                    added = batch.Select(request => Results.Failed(request.Action, e.Message)).ToArray();
                }

                for (var j = 0; j < additions.Count; j++)
                {
                    results[additions[j]] = added[j] ?? Results.Failed(batch[j].Action, "no result (internal error)");
                }
            }));
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        return results;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    /// <summary>
    /// The handler for Graph: on .NET Framework (Windows PowerShell 5.1) a process may open only two connections to
    /// a host by default, which would hold the batches in flight to two; the limit is raised to what the pace needs.
    /// </summary>
    private static HttpClientHandler Handler(int batchesInFlight)
    {
        var handler = new HttpClientHandler();
        try
        {
            handler.MaxConnectionsPerServer = Math.Max(8, batchesInFlight * 2);
        }
        catch (PlatformNotSupportedException)
        {
            // A runtime without the setting has no such limit either.
        }

        return handler;
    }

    private async Task<ActionResult> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var action = request.Action;
        try
        {
            switch (action.Action)
            {
                case ActionType.Create: return await _users.CreateAsync(request, cancellationToken).ConfigureAwait(false);
                case ActionType.Adopt:
                case ActionType.Update:
                case ActionType.Rename:
                case ActionType.Enable:
                case ActionType.Disable: return await _users.PatchAsync(request, cancellationToken).ConfigureAwait(false);
                case ActionType.RevokeSessions: return await _users.RevokeSessionsAsync(request, cancellationToken).ConfigureAwait(false);
                case ActionType.Move: return await _users.MoveAsync(request, cancellationToken).ConfigureAwait(false);
                case ActionType.AssignLicense:
                case ActionType.RemoveLicense: return await _users.LicenseAsync(request, cancellationToken).ConfigureAwait(false);
                case ActionType.Delete: return await _users.DeleteAsync(request, cancellationToken).ConfigureAwait(false);
                case ActionType.CreateGroup: return await _groups.CreateGroupAsync(request, cancellationToken).ConfigureAwait(false);
                case ActionType.RemoveMember: return await _groups.RemoveMemberAsync(request, cancellationToken).ConfigureAwait(false);
                default: return Results.Failed(action, $"the Entra ID target does not carry out {action.Action} actions");
            }
        }
        catch (Exception e) when (IsActionFailure(e, cancellationToken))
        {
            return Results.Failed(action, e.Message);
        }
    }

    /// <summary>Whether an exception ends one action (anything but a sign-in refusal or the run's cancellation).</summary>
    private static bool IsActionFailure(Exception e, CancellationToken cancellationToken) =>
        !(e is EntraSignInException) && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested);
}
