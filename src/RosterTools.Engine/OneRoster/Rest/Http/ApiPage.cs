using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Rest.Http;

/// <summary>
/// One answer of the provider: the body in a pooled buffer (returned on Dispose), with the paging headers; once read,
/// the records it holds, with the findings and the unresolved references of those records.
/// </summary>
internal sealed class ApiPage : IDisposable
{
    private byte[]? _buffer;

    public ApiPage(Uri url, byte[] buffer, int length, long? totalCount, Uri? next)
    {
        Url = url;
        _buffer = buffer;
        Length = length;
        TotalCount = totalCount;
        Next = next;
    }

    public Uri Url { get; }

    public byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(ApiPage));

    public int Length { get; }

    /// <summary>X-Total-Count: how many records the provider says the collection has; null when it did not say.</summary>
    public long? TotalCount { get; }

    /// <summary>The Link header's rel="next", resolved; null when there is none.</summary>
    public Uri? Next { get; }

    /// <summary>How many records the page holds (counted when it arrived).</summary>
    public int RecordCount { get; set; }

    /// <summary>The offset the page was asked for (-1 when it was reached by a link).</summary>
    public long Offset { get; set; } = -1;

    /// <summary>How many records of the collection come before the page's first one.</summary>
    public long Position { get; set; }

    /// <summary>The records read from the page (roles and user profiles of users included); null until it is read.</summary>
    public List<OneRosterRecord>? Records { get; set; }

    /// <summary>The findings about those records, in the order they were found; every one is kept.</summary>
    public FindingCollection? Findings { get; set; }

    /// <summary>The references of those records that pointed at no record of a complete collection.</summary>
    public ReferenceLog? Misses { get; set; }

    public ReadOnlySpan<byte> Body => new(Buffer, 0, Length);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
