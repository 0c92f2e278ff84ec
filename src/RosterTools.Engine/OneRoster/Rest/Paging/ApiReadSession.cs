using System;
using System.Collections.Generic;
using System.Threading;
using RosterTools.OneRoster.Rest.Http;

namespace RosterTools.OneRoster.Rest.Paging;

/// <summary>
/// One read of a provider: its collections' feeds, the transport they share (and so its bound on requests in
/// flight), what every page asks for (page size, filter, fields), and a cancellation that stops every feed when the
/// reader stops, fails or is cancelled.
/// </summary>
internal sealed class ApiReadSession : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly List<CollectionFeed> _feeds = new();

    public ApiReadSession(OneRosterConnection connection, RestImportOptions options, CancellationToken cancellationToken)
    {
        Transport = connection.Transport;
        Version = connection.Version;
        ServiceUrl = connection.ServiceUrl;
        PageSize = connection.PageSize;
        Window = Math.Max(2, 2 * connection.MaxConcurrentRequests);
        Filter = options.Since is DateTime since ? ApiEndpoints.ChangedSince(since) : null;
        SelectFields = options.SelectFields;
        Statistics = options.Statistics ?? new ApiStatistics();
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    public ApiTransport Transport { get; }

    public OneRosterVersion Version { get; }

    public Uri ServiceUrl { get; }

    public int PageSize { get; }

    /// <summary>How many pages of a collection may be fetched ahead of the reader.</summary>
    public int Window { get; }

    /// <summary>The filter of a delta read, or null.</summary>
    public string? Filter { get; }

    public bool SelectFields { get; }

    public ApiStatistics Statistics { get; }

    public CancellationToken Token => _stop.Token;

    /// <summary>
    /// How many pages may be read into records at once: one a core. More would only queue CPU work on the thread pool
    /// in front of the completions of the requests in flight, and so make every request take longer.
    /// </summary>
    public SemaphoreSlim Readers { get; } = new(Environment.ProcessorCount);

    /// <summary>Starts fetching a collection.</summary>
    public CollectionFeed Open(OneRosterEntity collection)
    {
        var feed = new CollectionFeed(this, collection);
        _feeds.Add(feed);
        feed.Start();
        return feed;
    }

    public ApiScope ScopeOf(OneRosterEntity collection) => collection == OneRosterEntity.Demographics ? ApiScope.Demographics : ApiScope.Core;

    /// <summary>Stops every feed; pages still coming are dropped as they arrive.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        foreach (var feed in _feeds)
        {
            feed.Dispose();
        }

        // Not disposed: feeds still winding down may look at its token.
    }
}
