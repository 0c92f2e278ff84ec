using System;
using System.Collections.Generic;
using System.Text;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest.Auth;

namespace RosterTools.OneRoster.Rest;

/// <summary>Which OAuth 2 scope a request needs: the rostering collections, or demographics (a scope of its own, as it is privileged).</summary>
internal enum ApiScope
{
    Core,
    Demographics,
}

/// <summary>
/// The URLs and scopes of the OneRoster rostering service: <c>/ims/oneroster/v1p1</c> (1.1) and
/// <c>/ims/oneroster/rostering/v1p2</c> (1.2), the collections read from them, and the query of a page.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>The collections read from the service, in the order a roster is built (1.2 roles and user profiles come inside users).</summary>
    public static readonly IReadOnlyList<OneRosterEntity> Collections = new[]
    {
        OneRosterEntity.Orgs,
        OneRosterEntity.AcademicSessions,
        OneRosterEntity.Courses,
        OneRosterEntity.Classes,
        OneRosterEntity.Users,
        OneRosterEntity.Enrollments,
        OneRosterEntity.Demographics,
    };

    public static string BasePath(OneRosterVersion version) =>
        version == OneRosterVersion.V1_1 ? "/ims/oneroster/v1p1" : "/ims/oneroster/rostering/v1p2";

    /// <summary>
    /// The service URL of <paramref name="baseUrl"/>: the URL itself when it already ends in the version's base path,
    /// else the base path added to it. Ending in the other version's base path is an error.
    /// </summary>
    public static Uri ServiceUrl(Uri baseUrl, OneRosterVersion version)
    {
        var path = baseUrl.AbsolutePath.TrimEnd('/');
        var own = BasePath(version);
        var other = BasePath(version == OneRosterVersion.V1_1 ? OneRosterVersion.V1_2 : OneRosterVersion.V1_1);
        if (path.EndsWith(other, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The URL '{baseUrl}' is the OneRoster {(version == OneRosterVersion.V1_1 ? "1.2" : "1.1")} service ({other}), but version {version.ToSpecString()} was asked for. Give the provider's root URL, or ask for the version its path names.");
        }

        var builder = new UriBuilder(baseUrl) { Query = string.Empty, Fragment = string.Empty };
        builder.Path = path.EndsWith(own, StringComparison.OrdinalIgnoreCase) ? path : path + own;
        return builder.Uri;
    }

    /// <summary>The scope the specification gives an endpoint.</summary>
    public static string Scope(OneRosterVersion version, ApiScope scope) =>
        "https://purl.imsglobal.org/spec/or/" + (version == OneRosterVersion.V1_1 ? "v1p1" : "v1p2") + "/scope/"
        + (scope == ApiScope.Demographics ? "roster-demographics.readonly" : "roster-core.readonly");

    /// <summary>The endpoint a collection's records are read from: 1.2 roles and user profiles are inside users, 1.1 roles are made from users.</summary>
    public static OneRosterEntity? EndpointOf(OneRosterEntity entity, OneRosterVersion version) => entity switch
    {
        OneRosterEntity.Roles => OneRosterEntity.Users,
        OneRosterEntity.UserProfiles => version == OneRosterVersion.V1_2 ? OneRosterEntity.Users : null,
        _ => entity,
    };

    /// <summary>The filter of a delta read: records changed after <paramref name="since"/>.</summary>
    public static string ChangedSince(DateTime since) =>
        "dateLastModified>'" + SpecFormats.FormatDateTime(since.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(since, DateTimeKind.Utc) : since.ToUniversalTime()) + "'";

    /// <summary>The URL of one page of a collection.</summary>
    public static Uri PageUrl(Uri serviceUrl, OneRosterEntity collection, int limit, long offset, string? filter, string? fields)
    {
        var query = new StringBuilder();
        query.Append("limit=").Append(limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        query.Append("&offset=").Append(offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (filter is not null)
        {
            query.Append("&filter=").Append(OAuth1Signature.Encode(filter));
        }

        if (fields is not null)
        {
            query.Append("&fields=").Append(OAuth1Signature.Encode(fields));
        }

        return new UriBuilder(serviceUrl) { Path = serviceUrl.AbsolutePath.TrimEnd('/') + "/" + collection.SpecName(), Query = query.ToString() }.Uri;
    }
}
