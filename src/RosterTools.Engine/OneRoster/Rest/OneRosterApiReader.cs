using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest.Json;
using RosterTools.OneRoster.Rest.Paging;
using RosterTools.Validation;

namespace RosterTools.OneRoster.Rest;

/// <summary>
/// Reads a roster from a OneRoster REST provider: every rostering collection (orgs, academic sessions, courses,
/// classes, users with their roles, enrollments, and demographics when asked), fetched in parallel pages, read into
/// records on the thread pool, and added in order into the same <see cref="Roster"/> a CSV import makes, with the
/// same validation and the same findings (named by collection and JSON property). A collection that comes back short
/// is never a smaller roster: the read fails instead (<see cref="OneRosterIncompleteReadException"/>).
/// </summary>
public static class OneRosterApiReader
{
    /// <summary>Reads and validates a roster.</summary>
    /// <exception cref="OneRosterApiException">The provider could not be read (unreachable, refused, failing, or short); nothing is returned.</exception>
    /// <exception cref="RosterValidationException">Strict mode, and errors were found.</exception>
    public static Roster Read(OneRosterConnection connection, RestImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (connection is null)
        {
            throw new ArgumentNullException(nameof(connection));
        }

        options ??= RestImportOptions.Default;
        var version = connection.Version;
        var mode = options.Since is null ? ProcessingMode.Bulk : ProcessingMode.Delta;
        var collections = ApiEndpoints.Collections.Where(collection => collection != OneRosterEntity.Demographics || options.IncludeDemographics).ToList();
        var findings = new FindingCollection(options.MaxFindingsPerRule);
        var source = connection.ServiceUrl.ToString();
        var roster = new Roster(version, Manifest(connection, mode, collections), source, findings) { Places = new ApiPlaces(version) };
        var references = new RosterReferences(roster);
        var referenceLog = new ReferenceLog();
        roster.ReferenceLog = referenceLog;

        using var session = new ApiReadSession(connection, options, cancellationToken);
        var feeds = collections.ToDictionary(collection => collection, session.Open);
        var progress = new Progress(options.Progress, feeds.Values);
        var profiles = new UniqueProfiles();
        foreach (var entity in OneRosterEntities.ReadOrder)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (feeds.TryGetValue(entity, out var feed))
            {
                references.MarkCheckedReferences(entity, mode, referenceLog);
                if (entity == OneRosterEntity.Users && version == OneRosterVersion.V1_2)
                {
                    references.MarkCheckedReferences(OneRosterEntity.Roles, mode, referenceLog);
                }

                // Every collection the pages may refer to is complete now: they can be read on other threads.
                feed.ReadWith(Reader(source, entity, version, mode, references.Frozen()));
                var reported = new HashSet<(string, string?)>();
                while (feed.Next(cancellationToken) is { } page)
                {
                    using (page)
                    {
                        Merge(page, findings, referenceLog, reported);
                        foreach (var record in page.Records!)
                        {
                            profiles.Accept(record);
                            Add(roster, record, findings);
                        }
                    }

                    session.Statistics.Read(page.RecordCount);
                    progress.Report(feed);
                }

                if (NoteUnchecked(feed, findings))
                {
                    roster.MarkUncounted(entity);
                    if (entity == OneRosterEntity.Users)
                    {
                        roster.MarkUncounted(OneRosterEntity.Roles);
                    }
                }
            }

            references.Completed(entity);
            if (entity == OneRosterEntity.Users)
            {
                references.Completed(OneRosterEntity.UserProfiles);
                references.Completed(OneRosterEntity.Roles);
            }
        }

        RosterValidator.Validate(roster, findings, cancellationToken);
        if (options.Strict && findings.HasErrors)
        {
            throw new RosterValidationException(source, findings);
        }

        return roster;
    }

    /// <summary>
    /// Opens one collection for streaming, without building a roster: its records are read page by page as the
    /// result is enumerated (1.2 roles and user profiles from users, 1.1 roles made from users), and findings about
    /// them go to <paramref name="findings"/>. References to other collections are not checked. Dispose the result.
    /// </summary>
    /// <param name="connection">The provider.</param>
    /// <param name="entity">The collection to read.</param>
    /// <param name="findings">Receives the findings about the records.</param>
    /// <param name="options">How to read (Since, fields, progress).</param>
    /// <param name="includeDerivedRoles">For users of a 1.1 provider: also yield, after each user, the roles made from its orgs and role.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="OneRosterApiException">While enumerating: the provider could not be read, or the collection came back short.</exception>
    public static EntityStream OpenEntity(OneRosterConnection connection, OneRosterEntity entity, FindingCollection findings, RestImportOptions? options = null, bool includeDerivedRoles = false, CancellationToken cancellationToken = default)
    {
        if (connection is null)
        {
            throw new ArgumentNullException(nameof(connection));
        }

        options ??= RestImportOptions.Default;
        var version = connection.Version;
        var mode = options.Since is null ? ProcessingMode.Bulk : ProcessingMode.Delta;
        var endpoint = ApiEndpoints.EndpointOf(entity, version);
        var session = new ApiReadSession(connection, options, cancellationToken);
        IEnumerable<OneRosterRecord> Records()
        {
            if (endpoint is not OneRosterEntity collection)
            {
                yield break;
            }

            var feed = session.Open(collection);
            var progress = new Progress(options.Progress, new[] { feed });
            feed.ReadWith(Reader(connection.ServiceUrl.ToString(), collection, version, mode, NoReferenceResolver.Instance));
            var profiles = new UniqueProfiles();
            var reported = new HashSet<(string, string?)>();
            while (feed.Next(cancellationToken) is { } page)
            {
                using (page)
                {
                    Merge(page, findings, null, reported);
                }

                session.Statistics.Read(page.RecordCount);
                progress.Report(feed);
                foreach (var record in page.Records!)
                {
                    profiles.Accept(record);
                    if (record.Entity == entity || (includeDerivedRoles && record is RoleAssignment { IsDerived: true }))
                    {
                        yield return record;
                    }
                }
            }

            _ = NoteUnchecked(feed, findings);
        }

        return new EntityStream(entity, version, endpoint is null ? ProcessingMode.Absent : mode, endpoint?.SpecName(), session, Records());
    }

    /// <summary>
    /// What the read stands in for a bundle's manifest: each collection read, bulk or delta (1.2 roles and user
    /// profiles with users), and the provider as the source system.
    /// </summary>
    private static BundleManifest Manifest(OneRosterConnection connection, ProcessingMode mode, IReadOnlyList<OneRosterEntity> collections)
    {
        var files = new Dictionary<string, ProcessingMode>(StringComparer.Ordinal);
        foreach (var collection in collections)
        {
            files[collection.SpecName()] = mode;
        }

        if (connection.Version == OneRosterVersion.V1_2)
        {
            files[OneRosterEntity.Roles.SpecName()] = mode;
            files[OneRosterEntity.UserProfiles.SpecName()] = mode;
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["oneroster.version"] = connection.Version.ToSpecString(),
            ["source.systemName"] = "OneRoster REST API",
            ["source.systemCode"] = connection.ServiceUrl.Host,
        };
        return new BundleManifest(true, properties, files);
    }

    /// <summary>
    /// How a page is read into records, on whichever thread: with its own findings, reference log and interner (the
    /// reader merges them in page order), references resolved only into collections complete and frozen.
    /// </summary>
    private static Action<Http.ApiPage> Reader(string source, OneRosterEntity collection, OneRosterVersion version, ProcessingMode mode, IReferenceResolver references) => page =>
    {
        var findings = new FindingCollection(int.MaxValue);
        var misses = new ReferenceLog();
        var interner = new StringInterner();
        var reader = new JsonCollectionReader(collection, version, () => new RowContext(source, collection.SpecName(), version, mode, findings, references, interner, misses), page.Position);
        var records = new List<OneRosterRecord>(page.RecordCount + (page.RecordCount / 2));
        reader.Read(page.Body, records);
        page.Records = records;
        page.Findings = findings;
        page.Misses = misses;
    };

    /// <summary>
    /// Hands a page's findings and unresolved references on, in the order they were found. A finding about a whole
    /// property (an unknown one, Line empty) is made once per collection, by each page that met it: the first is kept.
    /// </summary>
    private static void Merge(Http.ApiPage page, FindingCollection findings, ReferenceLog? referenceLog, HashSet<(string, string?)> reported)
    {
        var found = page.Findings!;
        for (var i = 0; i < found.KeptCount; i++)
        {
            var finding = found.Kept(i);
            if (finding.Line is not null || reported.Add((finding.Code, finding.Column)))
            {
                findings.Add(finding);
            }
        }

        if (referenceLog is not null)
        {
            foreach (var miss in page.Misses!.Misses)
            {
                referenceLog.Add(miss);
            }
        }
    }

    /// <summary>Adds a record; a second record with a sourcedId already read is reported and left out, as in a CSV import.</summary>
    private static void Add(Roster roster, OneRosterRecord record, FindingCollection findings)
    {
        // A role's sourcedId is made from its user's, so a duplicate role only echoes a duplicate user.
        if (!roster.Table(record.Entity).TryAddRecord(record, out var first) && record is not RoleAssignment)
        {
            var places = roster.Places;
            findings.Add(new Finding(
                Severity.Error,
                FindingCodes.DuplicateSourcedId,
                $"The sourcedId '{record.SourcedId}' is already used by record {first!.Line} of {places.File(first)}; sourcedIds must be unique. This record was not imported.",
                places.File(record),
                record.Line,
                places.Column(record, "sourcedId"),
                record.SourcedId));
        }
    }

    /// <summary>Reports a collection read without X-Total-Count; says whether it was.</summary>
    private static bool NoteUnchecked(CollectionFeed feed, FindingCollection findings)
    {
        if (!feed.TotalMissing)
        {
            return false;
        }

        var people = feed.Collection is OneRosterEntity.Users or OneRosterEntity.Orgs or OneRosterEntity.Enrollments;
        findings.Add(new Finding(
            Severity.Warning,
            FindingCodes.TotalCountMissing,
            $"The provider did not say how many {feed.Collection.SpecName()} there are (X-Total-Count), so the read could not be checked for completeness; {feed.Received:N0} were read until the provider said there were no more."
            + (people ? " The roster is therefore not taken as a complete snapshot: no one is taken to have left for being missing from it." : string.Empty),
            feed.Collection.SpecName()));
        return true;
    }

    /// <summary>Progress over all collections, in records: how many were read of the total the providers announced.</summary>
    private sealed class Progress
    {
        private readonly IProgress<ImportProgress>? _progress;
        private readonly IReadOnlyCollection<CollectionFeed> _feeds;

        public Progress(IProgress<ImportProgress>? progress, IReadOnlyCollection<CollectionFeed> feeds)
        {
            _progress = progress;
            _feeds = feeds;
        }

        public void Report(CollectionFeed feed)
        {
            if (_progress is null)
            {
                return;
            }

            long read = 0;
            long total = 0;
            foreach (var each in _feeds)
            {
                read += each.Received;
                total += Math.Max(each.Total ?? 0, each.Received);
            }

            _progress.Report(new ImportProgress(feed.Collection.SpecName(), feed.Received, read, total));
        }
    }
}
