using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace RosterTools.OneRoster.Rest.Http;

/// <summary>The Link header of a page (RFC 8288): <c>&lt;https://…/users?limit=100&amp;offset=100&gt;; rel="next", &lt;…&gt;; rel="last"</c>.</summary>
internal static class LinkHeader
{
    /// <summary>The link with relation <paramref name="relation"/>, resolved against the request; null when there is none.</summary>
    public static Uri? Find(HttpResponseMessage response, string relation)
    {
        var requestUri = response.RequestMessage?.RequestUri;
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            foreach (var (target, relations) in Parse(value))
            {
                if (!relations.Contains(relation, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                var resolved = requestUri is null ? Uri.TryCreate(target, UriKind.Absolute, out var uri) : Uri.TryCreate(requestUri, target, out uri);
                if (resolved && uri!.IsAbsoluteUri)
                {
                    return uri;
                }
            }
        }

        return null;
    }

    /// <summary>The links of one header value: each target with its relation types.</summary>
    public static IEnumerable<(string Target, IReadOnlyList<string> Relations)> Parse(string value)
    {
        var position = 0;
        while (position < value.Length)
        {
            var open = value.IndexOf('<', position);
            var close = open < 0 ? -1 : value.IndexOf('>', open + 1);
            if (close < 0)
            {
                yield break;
            }

            var target = value.Substring(open + 1, close - open - 1).Trim();

            // The parameters run to the next link's '<' outside quotes.
            var relations = new List<string>();
            var end = close + 1;
            var quoted = false;
            while (end < value.Length && (quoted || value[end] != '<'))
            {
                quoted ^= value[end] == '"';
                end++;
            }

            foreach (var parameter in value.Substring(close + 1, end - close - 1).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = parameter.IndexOf('=');
                if (equals > 0 && parameter.Substring(0, equals).Trim().Equals("rel", StringComparison.OrdinalIgnoreCase))
                {
                    relations.AddRange(parameter.Substring(equals + 1).Trim().Trim(',').Trim().Trim('"').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
                }
            }

            yield return (target, relations);
            position = end;
        }
    }
}
