using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets;
using RosterTools.Targets.Local;

namespace RosterTools.Tests.Apply;

/// <summary>
/// The local store with hooks around it: records what it was handed (passwords included, to check where they go),
/// fails chosen accounts, and runs a callback after each batch (to stop a run part way).
/// </summary>
internal sealed class HookedTarget : IDirectoryTarget
{
    private readonly LocalStoreTarget _store;

    public HookedTarget(string state) => _store = LocalStoreTarget.Open(state);

    public List<ActionRequest> Requests { get; } = new();

    public Dictionary<string, string> Passwords { get; } = new();

    public int Batches { get; private set; }

    /// <summary>Accounts whose actions fail, with the password in the error (a careless target).</summary>
    public HashSet<string> FailAccounts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Echo the initial password in the response (a careless target).</summary>
    public bool EchoPasswords { get; set; }

    public Action<int>? AfterBatch { get; set; }

    public int BatchSize { get; set; } = 4;

    public string Description => _store.Description;

    public int PreferredBatchSize => BatchSize;

    public TargetStatistics Statistics => _store.Statistics;

    public Task<DirectorySnapshot> ReadAsync(IProgress<int>? accountsRead, CancellationToken cancellationToken) => _store.ReadAsync(accountsRead, cancellationToken);

    public async Task<IReadOnlyList<ActionResult>> ApplyAsync(IReadOnlyList<ActionRequest> requests, CancellationToken cancellationToken)
    {
        Batches++;
        Requests.AddRange(requests);
        foreach (var request in requests.Where(request => request.InitialPassword is not null))
        {
            Passwords[request.Action.Account] = request.InitialPassword!;
        }

        var passing = requests.Where(request => !FailAccounts.Contains(request.Action.Account)).ToList();
        var done = await _store.ApplyAsync(passing, cancellationToken);
        var results = new List<ActionResult>();
        var next = 0;
        foreach (var request in requests)
        {
            var result = FailAccounts.Contains(request.Action.Account)
                ? ActionResult.For(request.Action, ActionStatus.Failed, error: $"refused (password was {request.InitialPassword})")
                : done[next++];
            if (EchoPasswords && request.InitialPassword is not null)
            {
                result.Response += " password=" + request.InitialPassword;
            }

            results.Add(result);
        }

        AfterBatch?.Invoke(Batches);
        return results;
    }

    public void Dispose() => _store.Dispose();
}
