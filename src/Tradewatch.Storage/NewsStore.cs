using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dapper;
using Tradewatch.Core;
using Tradewatch.News.Claims;
using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Dedup;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.News.Stories;
using Tradewatch.Storage.Review;

namespace Tradewatch.Storage;

/// <summary>
/// The reports read so far, their duplicates, stories and claims, in a SQLite file or a PostgreSQL
/// database. The steps are <see cref="NewsIndex"/>'s; this class only loads and saves their state.
/// Each report is stored in one transaction holding the store's write lock (report, LSH bands,
/// duplicates, story, term counts together), so writers in several processes take turns and each
/// sees every report stored before it; a process killed mid-ingest leaves every earlier report whole
/// and the interrupted one absent, and a rerun skips what is stored (reports are keyed by a hash of
/// their content). The claims of a report are extracted once, stored in the same transaction, and
/// kept with their spans; no read extracts them. Reads that take several queries run in one snapshot.
/// </summary>
public sealed class NewsStore : IDisposable
{
    private readonly Database db;
    private readonly TimeProvider clock;
    private StoryClusterer? clusterer;

    /// <summary>The reports of the batch being stored that are not stored yet, counted ahead in the clusterer's statistics.</summary>
    private readonly List<PreparedReport> ahead = [];

    /// <summary>The highest report id the clusterer in memory has seen; reports after it were stored by another writer.</summary>
    private long seenReport;

    /// <summary>Whether this store has read the claims of reports stored without them (<see cref="CatchUpClaims"/>).</summary>
    private bool claimsCaughtUp;

    /// <summary>Whether this store has keyed the reports stored without sentence keys (<see cref="CatchUpSentenceKeys"/>).</summary>
    private bool sentenceKeysCaughtUp;

    private NewsStore(Database db, TimeProvider clock)
    {
        this.db = db;
        this.clock = clock;
        Review = new ReviewQueue(db, clock, this);
    }

    /// <summary>The review queue of proposed ledger changes, in the same database.</summary>
    public ReviewQueue Review { get; }

    /// <summary>Where the store is.</summary>
    public StoreLocation Location => db.Location;

    /// <summary>The default database file: tradewatch/news.db in the user's data directory.</summary>
    public static string DefaultPath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "tradewatch", "news.db");

    /// <summary>Opens (creating if needed) the store a <c>--db</c> value names: a file path or a <c>postgres://</c> URL.</summary>
    public static NewsStore Open(string location, TimeProvider clock) => Open(StoreLocation.Parse(location), clock);

    /// <summary>Opens (creating if needed) the store at <paramref name="location"/> and brings its schema up to date.</summary>
    public static NewsStore Open(StoreLocation location, TimeProvider clock) => Open(location, clock, readOnly: false);

    /// <summary>
    /// Opens the store at <paramref name="location"/> to read it, never migrating it: an existing SQLite
    /// file is opened read-only (never created, changed or locked for writing), so a store the user may
    /// only read is still read; a PostgreSQL database must hold a store at this version. A store made by
    /// an older Tradewatch, or a database holding none, is a <see cref="Core.StorageException"/> saying so.
    /// A SQLite file not there yet is created as by <see cref="Open(StoreLocation, TimeProvider)"/>.
    /// </summary>
    public static NewsStore OpenForReading(StoreLocation location, TimeProvider clock) => Open(location, clock, readOnly: true);

    /// <summary>
    /// Opens the store to read the records accepted in its review queue and their revocations (<see
    /// cref="ReviewQueue.AcceptedBatch"/>), as a ledger answer adds them: as <see cref="OpenForReading"/>, except
    /// that a store made by an older Tradewatch whose accepted records read as this one reads them is read as it
    /// is, so a duty question after an upgrade is answered without migrating the store. Read nothing else from it.
    /// </summary>
    public static NewsStore OpenForReadingAcceptedRecords(StoreLocation location, TimeProvider clock) =>
        Open(location, clock, readOnly: true, Schema.AcceptedRecordsSince);

    private static NewsStore Open(StoreLocation location, TimeProvider clock, bool readOnly, long oldestReadable = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(location);
        Database? db = null;
        try
        {
            db = Database.Open(location, readOnly);
            Schema.Migrate(db, oldestReadable);
            var store = new NewsStore(db, clock);
            if (!readOnly)
            {
                store.CatchUpCopyGroups();
            }

            return store;
        }
        catch (Exception e) when (StorageFailures.Is(e))
        {
            db?.Dispose();
            throw StorageFailures.Explain(e, $"cannot open the news database '{location.Display}'", location);
        }
    }

    /// <summary>
    /// Whether a news store is at <paramref name="location"/>: a SQLite file that is there, or a PostgreSQL
    /// database holding the store's schema. Nothing is created or changed.
    /// </summary>
    public static bool Exists(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider == StoreProvider.Sqlite)
        {
            return File.Exists(location.Target);
        }

        try
        {
            using var opened = Database.Open(location, readOnly: true);
            return Schema.Version(opened) > 0;
        }
        catch (Exception e) when (StorageFailures.Is(e))
        {
            throw StorageFailures.Explain(e, $"cannot open the news database '{location.Display}'", location);
        }
    }

    public void Dispose() => db.Dispose();

    public long ReportCount() => Run(() => Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reports"));

    private DbConnection Connection => db.Connection;

    /// <summary>Stores one report unless a report with the same content is already stored.</summary>
    public IngestOutcome Ingest(SourceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        IngestOutcome? outcome = null;
        Ingest([report], (_, o) => outcome = o, (_, e) => throw e);
        return outcome!;
    }

    /// <summary>
    /// Stores a batch of reports, each unless a report with the same content is already stored, as
    /// <c>analyze</c> reads a batch: every new report is counted in the term statistics before the first
    /// is added, and they are added in <see cref="NewsIndex.Order"/>, so the store makes the same stories
    /// of the same reports. Each report is still stored in a transaction of its own.
    /// </summary>
    /// <param name="reports">The batch.</param>
    /// <param name="stored">Told of each report as it is stored (or found already stored), in the order they are added.</param>
    /// <param name="failed">Told of a report the store refused; the rest of the batch goes on.</param>
    public void Ingest(IReadOnlyList<SourceReport> reports, Action<SourceReport, IngestOutcome> stored, Action<SourceReport, Core.StorageException> failed)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(failed);
        var fresh = new List<SourceReport>();
        var copies = new List<SourceReport>();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            if (!Attempt(report, () => Existing(report.ContentHash, null), failed, out var found))
            {
                continue;
            }

            if (found is not null)
            {
                stored(report, found);
            }
            else if (!hashes.Add(report.ContentHash))
            {
                copies.Add(report);
            }
            else
            {
                fresh.Add(report);
            }
        }

        CatchUpClaims();
        CatchUpSentenceKeys();

        // Cleaning, dating, fingerprinting and reading claims need no lock: several writers do them at
        // once. The claims are read with the report's own date; the few reports its story dates otherwise
        // are read again under the lock.
        var prepared = fresh.AsParallel().AsOrdered().Select(PreparedReport.Of).ToList();
        var early = prepared.AsParallel().AsOrdered().Select(p => NewsIndex.Extract(p.Id, p.Clean, p.Own.Date)).ToList();
        ahead.AddRange(prepared);
        if (clusterer is not null)
        {
            NewsIndex.CountAhead(clusterer.Statistics, prepared);
        }

        try
        {
            foreach (var i in NewsIndex.Order(prepared))
            {
                if (Attempt(fresh[i], () => Add(fresh[i], prepared[i], early[i]), failed, out var added))
                {
                    stored(fresh[i], added!);
                }
            }
        }
        finally
        {
            if (ahead.Count > 0)
            {
                // Left by a failure: the statistics in memory count reports that are not stored.
                ahead.Clear();
                clusterer = null;
            }
        }

        // A second report of the same content in the batch finds the first one stored.
        foreach (var report in copies)
        {
            if (Attempt(report, () => Existing(report.ContentHash, null), failed, out var found))
            {
                if (found is null)
                {
                    failed(report, new Core.StorageException($"{report.Id}: not stored, as the report of the same content before it in the batch was not"));
                }
                else
                {
                    stored(report, found);
                }
            }
        }
    }

    /// <summary>Runs one report's step; false when the store failed, which is told to <paramref name="failed"/>.</summary>
    private static bool Attempt(SourceReport report, Func<IngestOutcome?> step, Action<SourceReport, Core.StorageException> failed, out IngestOutcome? outcome)
    {
        try
        {
            outcome = Run(step);
            return true;
        }
        catch (Core.StorageException e)
        {
            outcome = null;
            failed(report, e);
            return false;
        }
    }

    /// <summary>
    /// Stores one prepared report of a batch, counted ahead in the statistics, with its claims, in one
    /// transaction holding the write lock: a report is never stored without them, so no read extracts.
    /// <paramref name="early"/> are its claims read with its own date, kept when its story dates it the same.
    /// </summary>
    private IngestOutcome Add(SourceReport report, PreparedReport prepared, DocumentClaims early)
    {
        IndexedReport added;
        long reportId;
        try
        {
            using var tx = db.BeginWrite();
            var stories = Refresh(tx);
            if (Existing(report.ContentHash, tx) is { } raced)
            {
                // Another writer stored it since the batch began: it is counted in the statistics already.
                ahead.Remove(prepared);
                stories.Statistics.Remove(prepared.Features.Terms.Keys);
                return raced;
            }

            added = new NewsIndex(new StoreState(this, tx, stories)).Add(prepared);
            reportId = Save(report, added, tx);
            var (published, redated) = Redate(added, reportId, stories, tx);
            redated.AddRange(RedateOtherStories(added, stories, tx));
            var claims = published == prepared.Own.Date ? early : NewsIndex.Extract(report.Id, prepared.Clean, published);
            SaveClaims(reportId, claims, published, tx);
            foreach (var id in redated)
            {
                Reextract(id, tx);
            }

            tx.Commit();
            seenReport = reportId;
            ahead.Remove(prepared);
        }
        catch
        {
            // The transaction rolled back; the clusterer in memory may hold the report, so reload it next time
            // (with the batch's reports still to come counted again).
            ahead.Remove(prepared);
            clusterer = null;
            throw;
        }

        return new IngestOutcome(IngestStatus.Added, reportId, added.Story.Id, added.Links.Count);
    }

    private IngestOutcome? Existing(string hash, DbTransaction? tx)
    {
        var existing = Connection.QueryFirstOrDefault<(long Id, long StoryId)?>(
            "SELECT id AS Id, story_id AS StoryId FROM reports WHERE content_hash = @hash", new { hash }, tx);
        return existing is { } e ? new IngestOutcome(IngestStatus.AlreadyStored, e.Id, e.StoryId, 0) : null;
    }

    private long Save(SourceReport report, IndexedReport added, DbTransaction tx)
    {
        var (clean, story) = (added.Report.Clean, added.Story);
        Connection.Execute(
            """
            INSERT INTO stories (id, title, first_date, last_date, size, centroid, economies)
            VALUES (@id, @title, @first, @last, @size, @centroid, @economies)
            ON CONFLICT(id) DO UPDATE SET first_date = excluded.first_date, last_date = excluded.last_date,
                size = excluded.size, centroid = excluded.centroid, economies = excluded.economies
            """,
            new
            {
                id = (long)story.Id,
                title = clean.DisplayTitle,
                first = Iso(story.FirstDate),
                last = Iso(story.LastDate),
                size = (long)story.Size,
                centroid = JsonSerializer.Serialize(story.Centroid),
                economies = JsonSerializer.Serialize(story.Economies),
            },
            tx);
        var reportId = Connection.ExecuteScalar<long>(
            """
            INSERT INTO reports (content_hash, source_id, title, url, outlet, published, published_from, text, story_id, ingested_at,
                                 own_date, own_from, source, sentence_keyed)
            VALUES (@hash, @source, @title, @url, @outlet, @published, @from, @text, @story, @at, @ownDate, @ownFrom, @body, 1) RETURNING id
            """,
            new
            {
                hash = report.ContentHash,
                source = report.Id,
                title = clean.Headline.Length > 0 ? clean.Headline : null,
                url = report.Metadata.Url,
                outlet = report.Metadata.Outlet,
                published = Iso(added.Published.Date),
                from = SourceName(added.Published.Source),
                text = clean.Text,
                story = (long)story.Id,
                at = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                ownDate = Iso(added.Report.Own.Date),
                ownFrom = SourceName(added.Report.Own.Source),
                body = JsonSerializer.Serialize(new StoredSource(report.Format, report.Body, report.Metadata.Title, report.Metadata.Url, report.Metadata.Outlet, report.Metadata.Published)),
            },
            tx);
        Connection.Execute("UPDATE stories SET last_report = @reportId WHERE id = @id", new { reportId, id = (long)story.Id }, tx);
        SaveKeys("report_bands", "band_key", reportId, added.Report.Bands, tx, rank: report.ContentHash);
        SaveKeys("report_sentence_keys", "sentence_key", reportId, added.Report.SentenceKeys, tx);
        var terms = added.Report.Features.Terms.Keys.Order(StringComparer.Ordinal).ToArray();
        if (db.Provider == StoreProvider.Postgres)
        {
            // One statement, not one per row: a round trip to the server costs more than the row.
            Connection.Execute(
                "INSERT INTO term_frequencies (term, df) SELECT unnest(@terms), 1 ON CONFLICT(term) DO UPDATE SET df = term_frequencies.df + 1",
                new { terms },
                tx);
        }
        else
        {
            Connection.Execute(
                "INSERT INTO term_frequencies (term, df) VALUES (@term, 1) ON CONFLICT(term) DO UPDATE SET df = term_frequencies.df + 1",
                terms.Select(t => new { term = t }),
                tx);
        }

        Connection.Execute(
            "INSERT INTO duplicates (first_id, second_id, relation, jaccard, containment) VALUES (@a, @b, @relation, @jaccard, @containment) ON CONFLICT DO NOTHING",
            added.Links.Select(l => new { a = l.Other, b = reportId, relation = AnalysisJson.Name(l.Pair.Relation), jaccard = l.Pair.Jaccard, containment = l.Pair.Containment }),
            tx);
        JoinCopyGroups(reportId, report.ContentHash, tx);
        return reportId;
    }

    /// <summary>
    /// Keeps the keys a report is found under (its LSH bands, or its <see cref="SentenceKeys"/> as a candidate
    /// rewrite) in <paramref name="table"/>, with the <paramref name="rank"/> its members are kept by where the table
    /// has one: one statement on PostgreSQL, whose round trip costs more than a row.
    /// </summary>
    private void SaveKeys(string table, string keyColumn, long reportId, IEnumerable<ulong> reportKeys, DbTransaction tx, string? rank = null)
    {
        var keys = reportKeys.Select(k => unchecked((long)k)).ToArray();
        var (columns, values) = rank is null ? ("", "") : (", member_rank", ", @rank");
        if (db.Provider == StoreProvider.Postgres)
        {
            Connection.Execute($"INSERT INTO {table} ({keyColumn}, report_id{columns}) SELECT unnest(@keys), @reportId{values}", new { keys, reportId, rank }, tx);
        }
        else
        {
            Connection.Execute(
                $"INSERT INTO {table} ({keyColumn}, report_id{columns}) VALUES (@key, @reportId{values})", keys.Select(k => new { key = k, reportId, rank }), tx);
        }
    }

    /// <summary>
    /// Keys the reports stored before sentence keys were kept, from their stored text, so that they are found as
    /// rewrite candidates as reports stored since are. The first ingest of an open store does this; in a store
    /// that has them all it is one query.
    /// </summary>
    private void CatchUpSentenceKeys()
    {
        if (sentenceKeysCaughtUp)
        {
            return;
        }

        var missing = Run(() => Connection.Query<long>("SELECT id FROM reports WHERE sentence_keyed = 0 ORDER BY id").ToList());
        foreach (var batch in missing.Chunk(200))
        {
            Run(() =>
            {
                using var tx = db.BeginWrite();
                var rows = Connection.Query<(long Id, string Text)>(
                    $"SELECT id AS Id, text AS Text FROM reports WHERE sentence_keyed = 0 AND id {AnyOf("ids")}", new { ids = batch }, tx).ToList();
                foreach (var (id, text) in rows)
                {
                    SaveKeys("report_sentence_keys", "sentence_key", id, SentenceKeys.Of(text), tx);
                }

                Connection.Execute($"UPDATE reports SET sentence_keyed = 1 WHERE id {AnyOf("ids")}", new { ids = rows.Select(r => r.Id).ToArray() }, tx);
                tx.Commit();
                return 0;
            });
        }

        sentenceKeysCaughtUp = true;
    }

    /// <summary>
    /// Puts a new report in its copy group, and moves the held reports whose group it changes, by the rule of
    /// <see cref="CopyGroups"/>: a group is named by its anchor's id (<c>reports.copy_group</c>), and a report's
    /// links and its linked reports' groups are read only for the reports the new one can reach.
    /// </summary>
    private void JoinCopyGroups(long reportId, string rank, DbTransaction tx)
    {
        var anchors = new Dictionary<long, long>();
        IReadOnlyList<CopyGroups.Member> Linked(long key)
        {
            var rows = Connection.Query<(long Id, string Rank, long Anchor)>(
                """
                SELECT r.id AS Id, r.content_hash AS Rank, COALESCE(r.copy_group, r.id) AS Anchor FROM duplicates d JOIN reports r ON r.id = d.second_id WHERE d.first_id = @key
                UNION
                SELECT r.id, r.content_hash, COALESCE(r.copy_group, r.id) FROM duplicates d JOIN reports r ON r.id = d.first_id WHERE d.second_id = @key
                """,
                new { key },
                tx).ToList();
            foreach (var r in rows)
            {
                anchors[r.Id] = r.Anchor;
            }

            return rows.Select(r => new CopyGroups.Member(r.Id, r.Rank)).ToList();
        }

        long AnchorOf(long key) => anchors.TryGetValue(key, out var anchor) ? anchor
            : Connection.ExecuteScalar<long>("SELECT COALESCE(copy_group, id) FROM reports WHERE id = @key", new { key }, tx);

        SaveCopyGroups(CopyGroups.Join(new CopyGroups.Member(reportId, rank), Linked, AnchorOf), tx);
    }

    /// <summary>Names each report's copy group by its anchor, one statement per group.</summary>
    private void SaveCopyGroups(IReadOnlyDictionary<long, long> anchors, DbTransaction tx)
    {
        foreach (var group in anchors.GroupBy(a => a.Value))
        {
            foreach (var ids in group.Select(a => a.Key).Chunk(500))
            {
                Connection.Execute($"UPDATE reports SET copy_group = @anchor WHERE id {AnyOf("ids")}", new { anchor = group.Key, ids }, tx);
            }
        }
    }

    /// <summary>
    /// Names the copy groups of the reports stored before groups were anchored (the migration that anchored them cleared them), from
    /// the links the store holds, by the rule of <see cref="CopyGroups"/>. Opening a store to write does this, right after its
    /// migrations, so a migrated store shows its groups at once; in a store whose reports all have their group it is one query,
    /// made without the write lock.
    /// </summary>
    private void CatchUpCopyGroups()
    {
        if (!Run(() => Unnamed(null)))
        {
            return;
        }

        Run(() =>
        {
            using var tx = db.BeginWrite();
            // another writer may have named them while this one waited for the lock
            if (Unnamed(tx))
            {
                SaveCopyGroups(GroupsFromLinks(tx), tx);
            }

            tx.Commit();
            return 0;
        });
    }

    /// <summary>Whether a stored report has no copy group named: the store's groups were cleared by the migration that anchored them.</summary>
    private bool Unnamed(DbTransaction? tx) =>
        Connection.ExecuteScalar<long?>("SELECT 1 FROM reports WHERE copy_group IS NULL LIMIT 1", transaction: tx) is not null;

    /// <summary>Each stored report's anchor, made from all the stored links at once (<see cref="CopyGroups.Of"/>).</summary>
    private Dictionary<long, long> GroupsFromLinks(DbTransaction tx)
    {
        var reports = Connection.Query<(long Id, string Rank)>("SELECT id AS Id, content_hash AS Rank FROM reports", transaction: tx)
            .Select(r => new CopyGroups.Member(r.Id, r.Rank)).ToList();
        var links = Connection.Query<(long First, long Second)>("SELECT first_id AS First, second_id AS Second FROM duplicates", transaction: tx).ToList();
        return CopyGroups.Of(reports, links);
    }

    /// <summary>The condition that a column is one of a list parameter's values, as each provider writes it.</summary>
    private string AnyOf(string parameter) => db.Provider == StoreProvider.Postgres ? $"= ANY(@{parameter})" : $"IN @{parameter}";

    /// <summary>
    /// Keeps a report's claims, extracted with <paramref name="published"/> as its date: unless another
    /// writer has dated the report again since (it then extracts them itself) or kept them already.
    /// </summary>
    private void SaveClaims(long reportId, DocumentClaims claims, DateOnly? published, DbTransaction? tx) =>
        Connection.Execute(
            """
            INSERT INTO report_claims (report_id, datelines, claims, gaps)
            SELECT @reportId, @datelines, @claims, @gaps WHERE EXISTS (SELECT 1 FROM reports WHERE id = @reportId AND COALESCE(published, '') = @published)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                reportId,
                published = Iso(published) ?? string.Empty,
                datelines = JsonSerializer.Serialize(claims.Document.RemovedDatelines.Select(d => Iso(d)), ClaimJson.Options),
                claims = JsonSerializer.Serialize(claims.Claims, StoredJson),
                gaps = JsonSerializer.Serialize(claims.Gaps, ClaimJson.Options),
            },
            tx);

    /// <summary>
    /// Dates the reports of the story a new report joined again, as <c>analyze</c> dates a story once it
    /// is whole (<see cref="StoryDates"/>), and saves the dates that changed. A story whose reports all
    /// declare their dates is left as it is. Returns the new report's date and the other reports whose
    /// date changed: their stored claims are dropped here, and extracted again in the same transaction.
    /// </summary>
    private (DateOnly? Published, List<long> Redated) Redate(IndexedReport added, long reportId, StoryClusterer stories, DbTransaction tx)
    {
        var story = (long)added.Story.Id;
        if (Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reports WHERE story_id = @story AND own_from <> 'declared'", new { story }, tx) == 0)
        {
            return (added.Published.Date, []);
        }

        return RedateStory(story, (added, reportId), stories, tx);
    }

    /// <summary>Undated reports of other stories read again when a report that dates itself is added.</summary>
    public const int MaxUndatedRead = 64;

    /// <summary>
    /// The stories of other reports the new one may date: <c>analyze</c> dates a report its story cannot
    /// date by the day a dated report of another story gives for its lead's event, whichever came first;
    /// so when a report that dates itself is added, the latest undated reports of other stories whose lead
    /// tells of an event it names a day for (<see cref="EventDays.Match"/>) have their stories dated again.
    /// Returns the reports whose date changed.
    /// </summary>
    private List<long> RedateOtherStories(IndexedReport added, StoryClusterer stories, DbTransaction tx)
    {
        if (added.Report.Own.Date is not { } own)
        {
            return [];
        }

        var anchors = StoryDates.OtherStoryAnchors([(added.Report.Id, added.Report.Clean.Text, own)]);
        if (anchors.Count == 0)
        {
            return [];
        }

        var undated = Connection.Query<(long Story, string Text)>(
            "SELECT story_id AS Story, text AS Text FROM reports WHERE published IS NULL AND story_id <> @story ORDER BY id DESC LIMIT @limit",
            new { story = (long)added.Story.Id, limit = MaxUndatedRead },
            tx);
        var redated = new List<long>();
        foreach (var story in undated.Where(u => EventDays.Match(u.Text, anchors, EventDays.MoreSharedAcrossStories) is not null).Select(u => u.Story).Distinct().ToList())
        {
            redated.AddRange(RedateStory(story, null, stories, tx).Redated);
        }

        return redated;
    }

    /// <summary>
    /// Dates a story's reports again with the pipeline's date step (<see cref="NewsPipeline.DateStories"/>)
    /// and saves the dates that changed: the store only loads the story's members and saves their dates.
    /// Each member's dates and copy group are loaded at once, its text only when the step reads it (the
    /// undated reports, and the latest dated ones when an undated report is compared with them), so a new
    /// report of a story of thousands that date themselves does not load thousands of texts.
    /// The report just added, when there is one, is dated from its prepared form.
    /// </summary>
    private (DateOnly? Published, List<long> Redated) RedateStory(long story, (IndexedReport Report, long Id)? added, StoryClusterer stories, DbTransaction tx)
    {
        var rows = Connection.Query<StoryRow>(
            """
            SELECT id AS Id, source_id AS SourceId, url AS Url, published AS Published, published_from AS PublishedFrom,
                   own_date AS OwnDate, own_from AS OwnFrom, copy_group AS CopyGroup
            FROM reports WHERE story_id = @story ORDER BY id
            """,
            new { story },
            tx).ToList();
        IReadOnlyList<DateOnly> keptDays = [];
        // A copy group's members are copies or versions of each other, as the pipeline's duplicate sets are.
        var groups = rows.Select(r => r.CopyGroup ?? r.Id).Distinct().Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);
        int GroupOf(StoryRow r) => groups[r.CopyGroup ?? r.Id];
        var joining = added is { } j ? StoryMember.Of(j.Report.Report, GroupOf(rows.Single(r => r.Id == j.Id))) : null;
        if (joining is not null && !StoryDates.DatesOthers(joining))
        {
            // A report that dates none of the others: the members its story dated by its dated reports keep their dates.
            var kept = rows.ToLookup(r => r.OwnDate is null && r.Published is not null && GroupOf(r) != joining.Group
                && !DatedAgainEachTime.Contains(r.PublishedFrom));
            rows = [.. kept[false]];
            keptDays = [.. kept[true].Select(r => ParseIso(r.Published)!.Value)];
        }

        var members = rows.Select(r => joining is not null && r.Id == added!.Value.Id ? joining : Stored(r, GroupOf(r), tx)).ToList();
        var dates = NewsPipeline.DateStories([members], stories, days => StoreYear(story, [.. days, .. keptDays], tx), () => OtherStoryAnchors(story, tx))[0];

        var published = added?.Report.Published.Date;
        var redated = new List<long>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (date, from) = (Iso(dates[i].Date), SourceName(dates[i].Source));
            if (added is { } a && rows[i].Id == a.Id)
            {
                published = dates[i].Date;
            }
            else if (date != rows[i].Published)
            {
                redated.Add(rows[i].Id);
            }

            if (date != rows[i].Published || from != rows[i].PublishedFrom)
            {
                Connection.Execute("UPDATE reports SET published = @date, published_from = @from WHERE id = @id", new { date, from, id = rows[i].Id }, tx);
            }
        }

        Connection.Execute("DELETE FROM report_claims WHERE report_id = @id", redated.Select(id => new { id }), tx);
        return (published, redated);
    }

    /// <summary>A stored member of a story for the date step: its text, cleaned report and features loaded when first read.</summary>
    private StoryMember Stored(StoryRow row, int group, DbTransaction tx)
    {
        var full = new Lazy<MemberRow>(() => Member(row.Id, tx) ?? throw new InvalidOperationException($"report {row.Id} vanished inside its own transaction"));
        return new StoryMember(
            row.SourceId,
            new DatedBy(ParseIso(row.OwnDate), Enum.Parse<DateSource>(row.OwnFrom, ignoreCase: true)),
            () => full.Value.Text,
            row.Url,
            group,
            () => Recleaned(full.Value),
            () => StoryFeatures.Of(full.Value.Title ?? string.Empty, full.Value.Text, null));
    }

    /// <summary>A stored report with all it was read from.</summary>
    private MemberRow? Member(long id, DbTransaction? tx) =>
        Connection.QueryFirstOrDefault<MemberRow>(
            """
            SELECT id AS Id, source_id AS SourceId, title AS Title, url AS Url, outlet AS Outlet, text AS Text, published AS Published,
                   published_from AS PublishedFrom, own_date AS OwnDate, own_from AS OwnFrom, source AS Source
            FROM reports WHERE id = @id
            """,
            new { id },
            tx);

    /// <summary>
    /// The days the store's reports of other stories name, for a report its story cannot date
    /// (<see cref="StoryDates.OtherStoryAnchors"/>): read from the latest reports that date themselves.
    /// </summary>
    private IReadOnlyList<EventDays.Anchor> OtherStoryAnchors(long story, DbTransaction tx) =>
        StoryDates.OtherStoryAnchors(Connection.Query<(string Id, string Text, string Day)>(
                "SELECT source_id, text, own_date FROM reports WHERE own_date IS NOT NULL AND story_id <> @story ORDER BY own_date DESC, id DESC LIMIT @limit",
                new { story, limit = StoryDates.MaxOtherStorySources },
                tx)
            .Select(r => (r.Id, r.Text, ParseIso(r.Day)!.Value)));

    /// <summary>
    /// The year a report's yearless days are read in when its story cannot date it: the median year of
    /// the store's dated reports (<c>analyze</c> takes its batch's), with <paramref name="days"/>, the story's as its reports date it.
    /// The store's years are counted in SQL, not loaded a report at a time.
    /// </summary>
    private int? StoreYear(long story, IReadOnlyList<DateOnly> days, DbTransaction tx)
    {
        var years = Connection.Query<(string Year, long Count)>(
                "SELECT substr(published, 1, 4) AS Year, COUNT(*) AS Count FROM reports WHERE published IS NOT NULL AND story_id <> @story GROUP BY substr(published, 1, 4)",
                new { story },
                tx)
            .Select(y => (Year: int.Parse(y.Year, CultureInfo.InvariantCulture), y.Count))
            .Concat(days.Select(d => (d.Year, Count: 1L)))
            .GroupBy(y => y.Year, (year, counts) => (Year: year, Count: counts.Sum(c => c.Count)))
            .OrderBy(y => y.Year)
            .ToList();
        // the lower median, as that of the days themselves (PublicationDates.Median) falls in it
        var rank = (years.Sum(y => y.Count) - 1) / 2;
        foreach (var (year, count) in years)
        {
            if (rank < count)
            {
                return year;
            }

            rank -= count;
        }

        return null;
    }

    /// <summary>Extracts the claims of a stored report again, with the date it has now.</summary>
    private void Reextract(long id, DbTransaction? tx)
    {
        if (Member(id, tx) is { } r)
        {
            var published = ParseIso(r.Published);
            SaveClaims(id, NewsIndex.Extract(r.SourceId, Recleaned(r), published), published, tx);
        }
    }

    /// <summary>
    /// Reads the claims of the reports stored without them: a store written before claims were kept.
    /// The first ingest of an open store does this, so reads never extract; in a store that has them all
    /// it is one query. Once done it is not needed again: every report stored since comes with its claims.
    /// </summary>
    private void CatchUpClaims()
    {
        if (claimsCaughtUp)
        {
            return;
        }

        var missing = Run(() => Connection.Query<long>(
            "SELECT r.id FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_claims c WHERE c.report_id = r.id) ORDER BY r.id").ToList());
        foreach (var id in missing)
        {
            Run(() =>
            {
                using var tx = db.BeginWrite();
                Reextract(id, tx);
                tx.Commit();
                return 0;
            });
        }

        claimsCaughtUp = true;
    }

    /// <summary>
    /// A stored report cleaned again from the source it was read from, as at ingest; a report stored
    /// before sources were kept is cleaned from its stored text.
    /// </summary>
    private static CleanReport Recleaned(MemberRow r)
    {
        var read = r.Source is null ? null : JsonSerializer.Deserialize<StoredSource>(r.Source);
        var report = read is null
            ? new SourceReport(r.SourceId, InputFormat.PlainText, r.Text, new ReportMetadata(r.Title, r.Url, r.Outlet, null), string.Empty, [])
            : new SourceReport(r.SourceId, read.Format, read.Body, new ReportMetadata(read.Title, read.Url, read.Outlet, read.Published), string.Empty, []);
        return ArticleCleaner.Clean(report);
    }

    private static string SourceName(DateSource source) => source.ToString().ToLowerInvariant();

    /// <summary>
    /// The clusterer as the store holds it now: loaded whole the first time, then brought up to date
    /// with what other writers stored since (their reports' terms, the stories they changed).
    /// </summary>
    private StoryClusterer Refresh(DbTransaction tx)
    {
        if (clusterer is null)
        {
            var statistics = new TermStatistics();
            var documents = Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reports", transaction: tx);
            statistics.Load((int)documents, Connection.Query<(string Term, long Df)>("SELECT term AS Term, df AS Df FROM term_frequencies", transaction: tx)
                .Select(r => KeyValuePair.Create(r.Term, (int)r.Df)));
            clusterer = new StoryClusterer(statistics);
            seenReport = Connection.ExecuteScalar<long?>("SELECT MAX(id) FROM reports", transaction: tx) ?? 0;
            RestoreStories(clusterer, "SELECT {0} FROM stories", 0, tx);
            NewsIndex.CountAhead(statistics, ahead);
            return clusterer;
        }

        var latest = Connection.ExecuteScalar<long?>("SELECT MAX(id) FROM reports", transaction: tx) ?? 0;
        if (latest == seenReport)
        {
            return clusterer;
        }

        foreach (var r in Connection.Query<(string? Title, string Text)>(
            "SELECT title AS Title, text AS Text FROM reports WHERE id > @seen ORDER BY id", new { seen = seenReport }, tx))
        {
            clusterer.Statistics.Add(StoryFeatures.Of(r.Title ?? string.Empty, r.Text, null).Terms.Keys);
        }

        RestoreStories(clusterer, "SELECT {0} FROM stories WHERE last_report > @seen", seenReport, tx);
        seenReport = latest;
        return clusterer;
    }

    private void RestoreStories(StoryClusterer into, string query, long seen, DbTransaction tx)
    {
        var sql = string.Format(CultureInfo.InvariantCulture, query,
            "id AS Id, first_date AS First, last_date AS Last, size AS Size, centroid AS Centroid, economies AS Economies");
        foreach (var row in Connection.Query<(long Id, string? First, string? Last, long Size, string Centroid, string Economies)>(sql, new { seen }, tx))
        {
            var story = new Story((int)row.Id) { FirstDate = ParseIso(row.First), LastDate = ParseIso(row.Last), Size = (int)row.Size };
            foreach (var (t, w) in JsonSerializer.Deserialize<Dictionary<string, double>>(row.Centroid) ?? [])
            {
                story.Centroid[t] = w;
            }

            foreach (var (e, n) in JsonSerializer.Deserialize<Dictionary<string, int>>(row.Economies) ?? [])
            {
                story.Economies[e] = n;
            }

            into.Restore(story);
        }
    }

    /// <summary>The stories, latest first; a story's first and last days are those of its reports' publication days, as <c>analyze</c> gives them.</summary>
    /// <remarks>
    /// The days are read from the reports, not from the story's row (the clusterer's state, which counts only
    /// the reports' own dates), so a report dated by its story or re-dated later counts too.
    /// Read as value tuples, not straight into <see cref="StoredStory"/>: over an empty store SQLite gives
    /// the count column no type, and a record's constructor would not match it.
    /// </remarks>
    public IReadOnlyList<StoredStory> Stories() => Run(() => Connection.Query<(long Id, string Title, long Reports, string? FirstDate, string? LastDate)>(
        """
        SELECT s.id AS Id, s.title AS Title, COUNT(r.id) AS Reports, MIN(r.published) AS FirstDate, MAX(r.published) AS LastDate
        FROM stories s JOIN reports r ON r.story_id = s.id
        GROUP BY s.id, s.title ORDER BY COALESCE(MAX(r.published), '') DESC, s.id
        """).Select(r => new StoredStory(r.Id, r.Title, r.Reports, r.FirstDate, r.LastDate)).ToList());

    /// <summary>
    /// The story of the report a claim's source names: its source id, or <c>source#report</c> where several
    /// reports share one source id (as the store's claims name them). Null when no report has it.
    /// </summary>
    public long? StoryOfDocument(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = document.LastIndexOf('#');
        long? report = hash > 0 && long.TryParse(document.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return Run(() =>
            (report is null ? null : Connection.ExecuteScalar<long?>("SELECT story_id FROM reports WHERE id = @report AND source_id = @source", new { report, source = document[..hash] }))
            ?? Connection.ExecuteScalar<long?>("SELECT story_id FROM reports WHERE source_id = @document ORDER BY id LIMIT 1", new { document }));
    }

    public StoredStoryDetail? Story(long id) => Run(() =>
    {
        using var tx = db.BeginRead();
        return StoryDetail(id, tx);
    });

    private StoredStoryDetail? StoryDetail(long id, DbTransaction tx)
    {
        // As value tuples, as in Stories(): SQLite gives a story's days no type when none of its reports is dated.
        var rows = Connection.Query<(long Id, string Title, long Reports, string? FirstDate, string? LastDate)>(
            """
            SELECT s.id AS Id, s.title AS Title, (SELECT COUNT(*) FROM reports WHERE story_id = s.id) AS Reports,
                   (SELECT MIN(published) FROM reports WHERE story_id = s.id) AS FirstDate,
                   (SELECT MAX(published) FROM reports WHERE story_id = s.id) AS LastDate
            FROM stories s WHERE s.id = @id
            """,
            new { id },
            tx).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var story = new StoredStory(rows[0].Id, rows[0].Title, rows[0].Reports, rows[0].FirstDate, rows[0].LastDate);

        var reports = Connection.Query<StoredReport>(
            """
            SELECT id AS Id, source_id AS SourceId, title AS Title, outlet AS Outlet, url AS Url, published AS Published,
                   published_from AS PublishedFrom, text AS Text
            FROM reports WHERE story_id = @id ORDER BY COALESCE(published, ''), id
            """,
            new { id },
            tx).ToList();
        var duplicates = Connection.Query<StoredDuplicate>(
            """
            SELECT d.first_id AS FirstId, d.second_id AS SecondId, d.relation AS Relation FROM duplicates d
            JOIN reports r ON r.id = d.second_id WHERE r.story_id = @id ORDER BY d.first_id, d.second_id
            """,
            new { id },
            tx).ToList();
        return new StoredStoryDetail(story, reports, duplicates);
    }

    /// <summary>
    /// A story with the claims its reports made, each document named by its report's id, read in one
    /// snapshot; null when there is no such story.
    /// </summary>
    public StoredStoryClaims? StoryClaims(long id) => Run(() =>
    {
        StoredStoryDetail? detail;
        List<ClaimRow> rows;
        List<IReadOnlyList<long>> groups;
        using (var tx = db.BeginRead())
        {
            detail = StoryDetail(id, tx);
            if (detail is null)
            {
                return null;
            }

            rows = ClaimRows("WHERE r.story_id = @id", new { id }, tx);
            groups = DuplicateGroups(tx, id);
        }

        var documents = Documents(rows, r => StoredStoryClaims.Key(r.Id));
        return new StoredStoryClaims(detail, rows.Select(r => r.Id).Zip(documents).ToDictionary(p => p.First, p => p.Second)) { CopyGroups = groups };
    });

    /// <summary>
    /// The claims of the stored reports, consolidated across the store (<see cref="ReportClaims"/>)
    /// (as <c>analyze</c> does for a batch read in memory), copies and versions counted once. Documents
    /// are named by the report's source id (with <c>#row</c> when two stored reports share one).
    /// </summary>
    public StoredClaims Claims() => Run(() =>
    {
        List<ClaimRow> rows;
        List<IReadOnlyList<long>> groups;
        using (var tx = db.BeginRead())
        {
            rows = ClaimRows(string.Empty, null, tx);
            groups = DuplicateGroups(tx);
        }

        var shared = rows.GroupBy(r => r.SourceId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var names = rows.ToDictionary(r => r.Id, r => shared.Contains(r.SourceId) ? string.Create(CultureInfo.InvariantCulture, $"{r.SourceId}#{r.Id}") : r.SourceId);
        var documents = Documents(rows, r => names[r.Id]);
        var duplicates = groups.Select(g => (IReadOnlyList<string>)g.Where(names.ContainsKey).Select(id => names[id]).ToList()).ToList();
        return new StoredClaims(
            ReportClaims.Of(documents, duplicates, rows.ToDictionary(r => names[r.Id], r => r.StoryId.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal)),
            rows.ToDictionary(r => names[r.Id], r => new ProposalSource(names[r.Id], r.Url, r.Outlet), StringComparer.Ordinal))
        {
            Texts = documents.ToDictionary(d => d.Document.Id, d => d.Document.Text, StringComparer.Ordinal),
        };
    });

    /// <summary>
    /// The copy groups of two or more reports, by report id, each as the pipeline makes them of the links (<see cref="CopyGroups"/>):
    /// the reports carrying one text, each a copy, version or rewrite of its group's anchor.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<long>> DuplicateGroups() => Run(() =>
    {
        using var tx = db.BeginRead();
        return DuplicateGroups(tx);
    });

    /// <summary>The copy groups of two or more reports, of the whole store or of one story's reports (a group's members in other stories left out).</summary>
    private List<IReadOnlyList<long>> DuplicateGroups(DbTransaction tx, long? story = null)
    {
        var rows = Connection.Query<(long Id, long? Anchor)>(
            $"SELECT id AS Id, copy_group AS Anchor FROM reports {(story is null ? string.Empty : "WHERE story_id = @story")} ORDER BY id", new { story }, tx).ToList();
        // A store whose groups the migration cleared, opened only to be read before a writer named them again: they are made here from its links.
        var made = rows.Exists(r => r.Anchor is null) ? GroupsFromLinks(tx) : null;
        return rows.GroupBy(r => made?[r.Id] ?? r.Anchor!.Value).Where(g => g.Count() > 1).Select(g => (IReadOnlyList<long>)g.Select(r => r.Id).ToList()).ToList();
    }

    private List<ClaimRow> ClaimRows(string where, object? parameters, DbTransaction tx) =>
        Connection.Query<ClaimRow>(
            $"""
            SELECT r.id AS Id, r.source_id AS SourceId, r.title AS Title, r.text AS Text, r.published AS Published, r.outlet AS Outlet, r.url AS Url,
                   r.story_id AS StoryId, r.source AS Source, c.datelines AS Datelines, c.claims AS Claims, c.gaps AS Gaps
            FROM reports r LEFT JOIN report_claims c ON c.report_id = r.id {where} ORDER BY r.id
            """,
            parameters,
            tx).ToList();

    /// <summary>
    /// The stored claims of each row as documents named by <paramref name="name"/>. Reading never
    /// extracts: a report of a store written before claims were kept shows none, with a gap saying so,
    /// until the next ingest reads them (<see cref="CatchUpClaims"/>).
    /// </summary>
    private static List<DocumentClaims> Documents(List<ClaimRow> rows, Func<ClaimRow, string> name)
    {
        var documents = new List<DocumentClaims>(rows.Count);
        foreach (var r in rows)
        {
            if (r.Claims is null)
            {
                documents.Add(new DocumentClaims(
                    NewsIndex.Document(name(r), r.Text, ParseIso(r.Published), r.Outlet, []),
                    [],
                    [new ExtractionGap("claims-not-read", 0, "This report was stored before claims were kept; the next ingest into the store reads them.")]));
                continue;
            }

            var datelines = (JsonSerializer.Deserialize<List<string>>(r.Datelines!, ClaimJson.Options) ?? []).Select(d => ParseIso(d)!.Value).ToList();
            documents.Add(new DocumentClaims(
                NewsIndex.Document(name(r), r.Text, ParseIso(r.Published), r.Outlet, datelines),
                JsonSerializer.Deserialize<List<ExtractedClaim>>(r.Claims, StoredJson) ?? [],
                JsonSerializer.Deserialize<List<ExtractionGap>>(r.Gaps!, ClaimJson.Options) ?? []));
        }

        return documents;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseIso(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (StorageFailures.Is(e))
        {
            throw StorageFailures.Explain(e, "news database error");
        }
    }

    /// <summary>
    /// How stored claims are written: as the claim JSON, with each span as its two offsets, and with the
    /// facts the claim JSON leaves out (such as a rate dated by its report's publication day) kept too,
    /// so claims read back consolidate as the claims just extracted do.
    /// </summary>
    private static readonly JsonSerializerOptions StoredJson = new(ClaimJson.Options)
    {
        Converters = { new SpanConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepHiddenFacts } },
    };

    /// <summary>Adds to each kind of facts the settable properties its JSON ignores, under their own names.</summary>
    private static void KeepHiddenFacts(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !typeof(ClaimFacts).IsAssignableFrom(info.Type) || info.Type.IsAbstract)
        {
            return;
        }

        foreach (var property in info.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var listed = info.Properties.FirstOrDefault(p => p.Name == name);
            if (property.SetMethod is not { IsPublic: true } || listed is { Get: not null })
            {
                continue;
            }

            // An ignored property is listed with neither getter nor setter: replaced by one that has both.
            if (listed is not null)
            {
                info.Properties.Remove(listed);
            }

            var kept = info.CreateJsonPropertyInfo(property.PropertyType, name);
            kept.Get = property.GetValue;
            kept.Set = property.SetValue;
            info.Properties.Add(kept);
        }
    }

    private sealed class SpanConverter : System.Text.Json.Serialization.JsonConverter<ClaimSpan>
    {
        public override ClaimSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var pair = JsonSerializer.Deserialize<int[]>(ref reader, options);
            return pair is [var start, var end] ? new ClaimSpan(start, end) : throw new JsonException("a stored span is [start, end]");
        }

        public override void Write(Utf8JsonWriter writer, ClaimSpan value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new[] { value.Start, value.End }, options);
    }

    private sealed record ClaimRow(
        long Id, string SourceId, string? Title, string Text, string? Published, string? Outlet, string? Url, long StoryId, string? Source, string? Datelines, string? Claims, string? Gaps);

    /// <summary>
    /// How a report with no date of its own may have been dated that its story's next report can change even when
    /// that report brings no date (<see cref="StoryDates.DatesOthers"/>): not at all, by its own words, or by its wire dateline's day.
    /// </summary>
    private static readonly HashSet<string> DatedAgainEachTime = [SourceName(DateSource.None), SourceName(DateSource.Mentioned), SourceName(DateSource.WireDateline)];

    private sealed record StoryRow(long Id, string SourceId, string? Url, string? Published, string PublishedFrom, string? OwnDate, string OwnFrom, long? CopyGroup);

    private sealed record MemberRow(
        long Id, string SourceId, string? Title, string? Url, string? Outlet, string Text, string? Published, string PublishedFrom, string? OwnDate, string OwnFrom, string? Source);

    /// <summary>A report as it was read, kept so that it can be cleaned and dated again.</summary>
    private sealed record StoredSource(InputFormat Format, string Body, string? Title, string? Url, string? Outlet, DateOnly? Published);

    /// <summary>The index's view of the stored reports, inside the writer's transaction.</summary>
    private sealed class StoreState(NewsStore store, DbTransaction tx, StoryClusterer clusterer) : INewsIndexState
    {
        public StoryClusterer Clusterer => clusterer;

        public IReadOnlyList<IndexedText> DuplicateCandidates(PreparedReport report) =>
            store.Connection.Query<(long Id, string SourceId, string Text, string? Title)>(
                $"""
                SELECT r.id AS Id, r.source_id AS SourceId, r.text AS Text, r.title AS Title FROM reports r
                JOIN (SELECT report_id, COUNT(*) AS hits
                      FROM (SELECT report_id, member_rank, ROW_NUMBER() OVER (PARTITION BY band_key ORDER BY member_rank, report_id) AS place
                            FROM report_bands WHERE band_key {store.AnyOf("bands")}) b
                      WHERE place <= @capacity
                      GROUP BY report_id ORDER BY hits DESC, MIN(member_rank), report_id LIMIT @limit) c
                  ON c.report_id = r.id
                ORDER BY c.hits DESC, r.content_hash, r.id
                """,
                new { bands = report.Bands.Select(k => unchecked((long)k)).ToArray(), capacity = NearDuplicateIndex.BucketCapacity, limit = NewsIndex.DuplicateCandidatePool },
                tx).Select(Held).ToList();

        public IReadOnlyList<IndexedText> RewriteCandidates(PreparedReport report) =>
            store.Connection.Query<(long Id, string SourceId, string Text, string? Title)>(
                $"""
                SELECT r.id AS Id, r.source_id AS SourceId, r.text AS Text, r.title AS Title FROM reports r
                JOIN (SELECT report_id, COUNT(*) AS shared FROM report_sentence_keys
                      WHERE sentence_key {store.AnyOf("keys")}
                      GROUP BY report_id HAVING COUNT(*) >= @least) c
                  ON c.report_id = r.id
                ORDER BY c.shared DESC, r.source_id
                LIMIT @limit
                """,
                new { keys = report.SentenceKeys.Select(k => unchecked((long)k)).ToArray(), least = SentenceKeys.MinShared, limit = NewsIndex.RewriteCandidates },
                tx).Select(Held).ToList();

        public int StoryOf(long key) =>
            (int)store.Connection.ExecuteScalar<long>("SELECT story_id FROM reports WHERE id = @key", new { key }, tx);

        public IReadOnlyList<IndexedText> LatestOfStory(int story, int count) =>
            store.Connection.Query<(long Id, string SourceId, string Text, string? Title)>(
                "SELECT id AS Id, source_id AS SourceId, text AS Text, title AS Title FROM reports WHERE story_id = @story ORDER BY id DESC LIMIT @count",
                new { story = (long)story, count },
                tx).Select(Held).ToList();

        public DateOnly? Published(long key) =>
            ParseIso(store.Connection.ExecuteScalar<string?>("SELECT published FROM reports WHERE id = @key", new { key }, tx));

        private static IndexedText Held((long Id, string SourceId, string Text, string? Title) r) =>
            new(r.Id, r.SourceId, r.Text, () => Fingerprint.Of(r.Text), () => StoryFeatures.Of(r.Title ?? string.Empty, r.Text, null));
    }
}
