using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.OneRoster.Rest.Auth;
using RosterTools.OneRoster.Rest.Http;
using RosterTools.OneRoster.Rest.Json;

namespace RosterTools.OneRoster.Rest.Paging;

/// <summary>
/// The pages of one collection, fetched ahead of the reader and handed to it in order. The first page says how many
/// records there are (X-Total-Count) and how many the provider gives per page; the remaining pages are then asked
/// for by offset, many at once (the transport bounds the requests in flight over the whole read), at most a window
/// ahead of the reader. Every page must hold exactly the records its offset and the total say it holds, and the
/// total must not change: anything else is fetched again and then refused, never read as a smaller collection. A
/// provider whose next links are not offsets is followed link by link; one without a total is read until it says
/// there is no more (no next link, or an empty page), and the read notes that it could not be checked.
/// <para>
/// Pages are also read into records ahead of the reader, on the thread pool, once the reader says how
/// (<see cref="ReadWith"/>): it does so when it comes to the collection, when every collection the pages may refer to
/// is complete and no longer changes. Each page knows how many records come before it, so its records know their
/// positions wherever it is read.
/// </para>
/// </summary>
internal sealed class CollectionFeed : IDisposable
{
    private readonly ApiReadSession _session;
    private readonly BlockingCollection<Task<ApiPage>> _pages = new();
    private readonly SemaphoreSlim _window;
    private readonly TaskCompletionSource<Action<ApiPage>> _reader = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _fields;
    private long _received;
    private Task? _producer;

    public CollectionFeed(ApiReadSession session, OneRosterEntity collection)
    {
        _session = session;
        Collection = collection;
        _window = new SemaphoreSlim(session.Window);
        _fields = session.SelectFields ? JsonMaps.FieldsParameter(collection, session.Version) : null;
    }

    public OneRosterEntity Collection { get; }

    private string Name => Collection.SpecName();

    /// <summary>What the provider says the collection holds; null until the first page arrived, or when it does not say.</summary>
    public long? Total { get; private set; }

    /// <summary>Whether the first page came without X-Total-Count.</summary>
    public bool TotalMissing { get; private set; }

    /// <summary>Whether the provider refused <c>fields=</c> and was asked for whole records instead.</summary>
    public bool FieldsRefused { get; private set; }

    /// <summary>Records handed to the reader so far.</summary>
    public long Received => Interlocked.Read(ref _received);

    public void Start() => _producer = Task.Run(() => ProduceAsync(_session.Token));

    /// <summary>Starts reading pages into records with <paramref name="read"/>, which fills a page's Records, Findings and Misses.</summary>
    public void ReadWith(Action<ApiPage> read) => _reader.TrySetResult(read);

    /// <summary>The next page in order (the caller disposes it), or null when the collection is complete. Blocks until it has arrived.</summary>
    /// <exception cref="OneRosterApiException">The page could not be fetched, or the collection came back short.</exception>
    public ApiPage? Next(CancellationToken cancellationToken)
    {
        if (!_pages.TryTake(out var task, Timeout.Infinite, cancellationToken))
        {
            if (Total is long total && Received != total)
            {
                throw Incomplete($"the provider said it has {total:N0} records but gave {Received:N0}");
            }

            return null;
        }

        var page = task.GetAwaiter().GetResult();
        _window.Release();
        Interlocked.Add(ref _received, page.RecordCount);
        return page;
    }

    public void Dispose()
    {
        // Pages still coming are disposed when they arrive.
        foreach (var task in _pages.ToArray())
        {
            task.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        _producer?.ContinueWith(_ => _pages.Dispose(), TaskScheduler.Default);
    }

    private async Task ProduceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _window.WaitAsync(cancellationToken).ConfigureAwait(false);
            var first = await FirstPageAsync(cancellationToken).ConfigureAwait(false);
            Total = first.TotalCount;
            TotalMissing = first.TotalCount is null;
            _pages.Add(ReadAsync(first));
            if (first.TotalCount is long total && (first.Next is null || IsOffsetLink(first.Next, first.RecordCount)))
            {
                await FetchByOffsetAsync(first.RecordCount, total, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await FollowAsync(first, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            _pages.Add(Task.FromException<ApiPage>(e));
        }
        finally
        {
            _pages.CompleteAdding();
        }
    }

    /// <summary>The first page; a provider that refuses the selection of fields is asked again for whole records.</summary>
    private async Task<ApiPage> FirstPageAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await FetchAsync(Url(0, _session.PageSize), 0, expected: null, total: null, cancellationToken).ConfigureAwait(false);
        }
        catch (OneRosterApiException e) when (_fields is not null && e.StatusCode == 400)
        {
            _fields = null;
            FieldsRefused = true;
            return await FetchAsync(Url(0, _session.PageSize), 0, expected: null, total: null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every page after the first, by offset, in the provider's page size, started as the window allows.</summary>
    private async Task FetchByOffsetAsync(int firstCount, long total, CancellationToken cancellationToken)
    {
        if (firstCount == 0 && total > 0)
        {
            throw Incomplete($"the provider said it has {total:N0} records, but the first page is empty");
        }

        if (firstCount > total)
        {
            throw Incomplete($"the first page holds {firstCount:N0} records, more than the {total:N0} the provider said it has");
        }

        // The provider's page size: what it gave for the first page (it may allow fewer than the limit asked).
        var step = firstCount;
        for (long offset = firstCount; offset < total; offset += step)
        {
            var expected = (int)Math.Min(step, total - offset);
            await _window.WaitAsync(cancellationToken).ConfigureAwait(false);
            _pages.Add(FetchAndReadAsync(Url(offset, step), offset, expected, total, cancellationToken));
        }
    }

    /// <summary>Page after page: by the next link, or by offset until a page is empty.</summary>
    private async Task FollowAsync(ApiPage page, CancellationToken cancellationToken)
    {
        long offset = page.RecordCount;
        var total = page.TotalCount;
        while (true)
        {
            var url = page.Next ?? (page.RecordCount > 0 && (total is null || offset < total) ? Url(offset, _session.PageSize) : null);
            if (url is null)
            {
                return;
            }

            if (!SameOrigin(url))
            {
                // The credentials go with every request: never to a server other than the provider's.
                throw new OneRosterApiException($"Reading {Name}: the provider's next link points to {url.GetLeftPart(UriPartial.Authority)}, not to {_session.ServiceUrl.GetLeftPart(UriPartial.Authority)}; the credentials are not sent to another server, so the read was stopped.", url.ToString());
            }

            await _window.WaitAsync(cancellationToken).ConfigureAwait(false);
            page = await FetchAsync(url, page.Next is null ? offset : -1, expected: null, total, cancellationToken).ConfigureAwait(false);
            page.Position = offset;
            _pages.Add(ReadAsync(page));
            offset += page.RecordCount;
            if (page.RecordCount == 0)
            {
                return;
            }
        }
    }

    private async Task<ApiPage> FetchAndReadAsync(Uri url, long offset, int? expected, long? total, CancellationToken cancellationToken) =>
        await ReadAsync(await FetchAsync(url, offset, expected, total, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>
    /// Reads a page into records on the thread pool, once the reader has said how, as many pages at once as the
    /// session allows; the body is released then.
    /// </summary>
    private async Task<ApiPage> ReadAsync(ApiPage page)
    {
        try
        {
            var read = await _reader.Task.ConfigureAwait(false);
            await _session.Readers.WaitAsync(_session.Token).ConfigureAwait(false);
            try
            {
                await Task.Run(() => read(page), _session.Token).ConfigureAwait(false);
            }
            finally
            {
                _session.Readers.Release();
            }

            return page;
        }
        finally
        {
            page.Dispose();
        }
    }

    private Task<ApiPage> FetchAsync(Uri url, long offset, int? expected, long? total, CancellationToken cancellationToken) =>
        _session.Transport.GetAsync(url, _session.ScopeOf(Collection), Name, page => Inspect(page, offset, expected, total), _session.Statistics, cancellationToken);

    /// <summary>Counts a page's records and checks them against what the offset and the total say it holds.</summary>
    private string? Inspect(ApiPage page, long offset, int? expected, long? total)
    {
        page.Offset = offset;
        page.Position = Math.Max(0, offset);
        page.RecordCount = JsonCollectionReader.Count(page.Body, Collection);
        if (total is long before && page.TotalCount is long now && now != before)
        {
            throw Incomplete($"the collection changed while it was read (X-Total-Count went from {before:N0} to {now:N0}); read it again", page.Url);
        }

        return expected is int count && page.RecordCount != count
            ? $"the page at offset {offset:N0} held {page.RecordCount:N0} records where {count:N0} were expected"
            : null;
    }

    /// <summary>Whether a link is on the provider's own scheme, host and port.</summary>
    private bool SameOrigin(Uri url) =>
        Uri.Compare(url, _session.ServiceUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private Uri Url(long offset, int limit) => ApiEndpoints.PageUrl(_session.ServiceUrl, Collection, limit, offset, _session.Filter, _fields);

    /// <summary>Whether a next link asks for the same collection at <paramref name="offset"/>, so that the pages can be asked for by offset.</summary>
    private bool IsOffsetLink(Uri next, long offset)
    {
        var query = OAuth1Signature.QueryParameters(next.Query).ToList();
        var value = query.FirstOrDefault(parameter => parameter.Key == "offset").Value;
        return next.AbsolutePath.TrimEnd('/').EndsWith("/" + Name, StringComparison.Ordinal)
            && long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var linked)
            && linked == offset;
    }

    private OneRosterIncompleteReadException Incomplete(string what, Uri? url = null) =>
        new(Name, $"Reading {Name}: {what}. The read was stopped rather than taken for a smaller roster.", url?.ToString());
}
