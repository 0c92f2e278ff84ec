using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace RosterTools.Targets.Entra.Graph;

/// <summary>Reads a Graph collection to its end, following @odata.nextLink page after page.</summary>
internal static class GraphPaging
{
    /// <summary>Calls <paramref name="each"/> for every item of every page; returns how many pages were read.</summary>
    /// <exception cref="DirectoryReadException">A page cannot be read (after its retries), or a next link leaves the service.</exception>
    public static async Task<int> ReadAllAsync(GraphBatcher graph, Uri serviceRoot, GraphRequest first, Action<JsonElement> each, Action<int>? pageRead, CancellationToken cancellationToken)
    {
        var request = first;
        var pages = 0;
        while (true)
        {
            var response = await graph.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess || response.Body is not { ValueKind: JsonValueKind.Object } body)
            {
                throw new DirectoryReadException("Entra ID", $"Reading {request} from Microsoft Graph failed: {response.Describe()}.");
            }

            pages++;
            var count = 0;
            if (body.TryGetProperty("value", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    each(item);
                    count++;
                }
            }

            pageRead?.Invoke(count);
            if (!body.TryGetProperty("@odata.nextLink", out var next) || next.ValueKind != JsonValueKind.String)
            {
                return pages;
            }

            request = new GraphRequest("GET", Relative(serviceRoot, next.GetString()!)) { ConsistencyLevel = first.ConsistencyLevel };
        }
    }

    /// <summary>A next link made relative to the service root, as a $batch step needs it.</summary>
    internal static string Relative(Uri serviceRoot, string link)
    {
        var root = GraphBatcher.EnsureSlash(serviceRoot).AbsoluteUri;
        if (link.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            return "/" + link.Substring(root.Length);
        }

        if (link.StartsWith("/", StringComparison.Ordinal))
        {
            return link;
        }

        throw new DirectoryReadException("Entra ID", $"Graph returned a next link outside its service root ({root}); the read stops rather than follow it.");
    }
}
