using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Tradewatch.Core;
using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Dedup;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.News.Stories;
using Tradewatch.Storage.Review;

namespace Tradewatch.Storage;

/// <summary>
/// The reports read so far, their duplicates and their stories, in one SQLite file. Each report is
/// stored in one transaction (report, LSH bands, duplicates, story, term counts together), so a
/// process killed mid-ingest leaves every earlier report whole and the interrupted one absent; a
/// rerun skips what is stored (reports are keyed by a hash of their content) and completes.
/// Adding a report reads only its candidate duplicates and the stories it may join.
/// </summary>
public sealed class NewsStore : IDisposable
{
    private const int MaxDuplicateCandidates = 6;

    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private StoryClusterer? clusterer;

    private NewsStore(SqliteConnection connection, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
        Review = new ReviewQueue(connection, clock, this);
    }

    /// <summary>The review queue of proposed ledger changes, in the same database.</summary>
    public ReviewQueue Review { get; }

    /// <summary>The default database file: tradewatch/news.db in the user's data directory.</summary>
    public static string DefaultPath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "tradewatch", "news.db");

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and brings its schema up to date.</summary>
    public static NewsStore Open(string path, TimeProvider clock)
    {
        try
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            // WAL: a reader never sees half a report, and a killed writer's last transaction is rolled back on next open.
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            Schema.Migrate(connection);
            return new NewsStore(connection, clock);
        }
        catch (SqliteException e)
        {
            throw new StorageException($"cannot open the news database '{path}': {e.Message}", e);
        }
    }

    public void Dispose() => connection.Dispose();

    public long ReportCount() => Run(() => connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reports"));

    /// <summary>Stores one report unless a report with the same content is already stored.</summary>
    public IngestOutcome Ingest(SourceReport report)
    {
        return Run(() =>
        {
            var existing = connection.QueryFirstOrDefault<(long Id, long StoryId)?>(
                "SELECT id AS Id, story_id AS StoryId FROM reports WHERE content_hash = @hash", new { hash = report.ContentHash });
            if (existing is { } e)
            {
                return new IngestOutcome(IngestStatus.AlreadyStored, e.Id, e.StoryId, 0);
            }

            try
            {
                return Add(report);
            }
            catch
            {
                // The transaction rolled back; the clusterer in memory may hold the report, so reload it next time.
                clusterer = null;
                throw;
            }
        });
    }

    private IngestOutcome Add(SourceReport report)
    {
        var cluster = clusterer ??= LoadClusterer();
        var clean = ArticleCleaner.Clean(report);
        var own = PublicationDates.Own(clean);
        var fingerprint = Fingerprint.Of(clean.Text);
        var features = StoryFeatures.Of(clean.Headline, clean.Text, own.Date);
        var bands = Lsh.BandKeys(fingerprint).Select(k => unchecked((long)k)).ToArray();

        var pairs = new List<(long Other, DuplicatePair Pair)>();
        var candidates = connection.Query<(long Id, string SourceId, string Text)>(
            """
            SELECT r.id AS Id, r.source_id AS SourceId, r.text AS Text FROM reports r
            JOIN (SELECT report_id, COUNT(*) AS hits FROM report_bands WHERE band_key IN @bands GROUP BY report_id ORDER BY hits DESC LIMIT @limit) c
              ON c.report_id = r.id
            """,
            new { bands, limit = MaxDuplicateCandidates });
        foreach (var c in candidates)
        {
            if (RelationClassifier.Classify(c.SourceId, c.Text, Fingerprint.Of(c.Text), report.Id, clean.Text, fingerprint) is { } pair)
            {
                pairs.Add((c.Id, pair));
            }
        }

        long? joinStory = pairs.Count > 0
            ? connection.ExecuteScalar<long>("SELECT story_id FROM reports WHERE id = @id", new { id = pairs[0].Other })
            : null;
        cluster.Statistics.Add(features.Terms.Keys);
        var story = cluster.Add(features, joinStory is { } j ? (int)j : null);

        var recent = connection.Query<(long Id, string SourceId, string Text, string? Title)>(
            "SELECT id AS Id, source_id AS SourceId, text AS Text, title AS Title FROM reports WHERE story_id = @story ORDER BY id DESC LIMIT @n",
            new { story = story.Id, n = NewsPipeline.RewriteCandidates });
        foreach (var r in recent.Where(r => pairs.All(p => p.Other != r.Id)))
        {
            var other = StoryFeatures.Of(r.Title ?? string.Empty, r.Text, null);
            if (cluster.Similarity(features, other) >= NewsPipeline.RewriteMinSimilarity
                && RelationClassifier.Classify(r.SourceId, r.Text, Fingerprint.Of(r.Text), report.Id, clean.Text, fingerprint) is { } rewrite)
            {
                pairs.Add((r.Id, rewrite));
            }
        }

        var published = own.Date is null ? DateFromOthers(pairs.Select(p => p.Other), story) : PublicationDates.Reconcile(clean, own, StoryDates(story));

        using var tx = connection.BeginTransaction();
        connection.Execute(
            """
            INSERT INTO stories (id, title, first_date, last_date, size, centroid, economies)
            VALUES (@id, @title, @first, @last, @size, @centroid, @economies)
            ON CONFLICT(id) DO UPDATE SET first_date = excluded.first_date, last_date = excluded.last_date,
                size = excluded.size, centroid = excluded.centroid, economies = excluded.economies
            """,
            new
            {
                id = story.Id,
                title = clean.DisplayTitle,
                first = Iso(story.FirstDate),
                last = Iso(story.LastDate),
                size = story.Size,
                centroid = JsonSerializer.Serialize(story.Centroid),
                economies = JsonSerializer.Serialize(story.Economies),
            },
            tx);
        var reportId = connection.ExecuteScalar<long>(
            """
            INSERT INTO reports (content_hash, source_id, title, url, outlet, published, published_from, text, story_id, ingested_at)
            VALUES (@hash, @source, @title, @url, @outlet, @published, @from, @text, @story, @at) RETURNING id
            """,
            new
            {
                hash = report.ContentHash,
                source = report.Id,
                title = clean.Headline.Length > 0 ? clean.Headline : null,
                url = report.Metadata.Url,
                outlet = report.Metadata.Outlet,
                published = Iso(published.Date),
                from = published.Source.ToString().ToLowerInvariant(),
                text = clean.Text,
                story = story.Id,
                at = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            },
            tx);
        connection.Execute("INSERT INTO report_bands (band_key, report_id) VALUES (@key, @id)", bands.Select(k => new { key = k, id = reportId }), tx);
        connection.Execute(
            "INSERT OR IGNORE INTO duplicates (first_id, second_id, relation, jaccard, containment) VALUES (@a, @b, @relation, @jaccard, @containment)",
            pairs.Select(p => new { a = p.Other, b = reportId, relation = AnalysisJson.Name(p.Pair.Relation), jaccard = p.Pair.Jaccard, containment = p.Pair.Containment }),
            tx);
        connection.Execute(
            "INSERT INTO term_frequencies (term, df) VALUES (@term, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
            features.Terms.Keys.Select(t => new { term = t }),
            tx);
        tx.Commit();
        return new IngestOutcome(IngestStatus.Added, reportId, story.Id, pairs.Count);
    }

    private DatedBy DateFromOthers(IEnumerable<long> duplicates, Story story)
    {
        foreach (var id in duplicates)
        {
            var date = connection.ExecuteScalar<string?>("SELECT published FROM reports WHERE id = @id", new { id });
            if (date is not null)
            {
                return new DatedBy(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateSource.Story);
            }
        }

        return story.FirstDate is { } first ? new DatedBy(first, DateSource.Story) : default;
    }

    private static List<DateOnly> StoryDates(Story story) =>
        new[] { story.FirstDate, story.LastDate }.Where(d => d is not null).Select(d => d!.Value).ToList();

    private StoryClusterer LoadClusterer()
    {
        var statistics = new TermStatistics();
        var documents = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reports");
        statistics.Load((int)documents, connection.Query<(string Term, long Df)>("SELECT term AS Term, df AS Df FROM term_frequencies")
            .Select(r => KeyValuePair.Create(r.Term, (int)r.Df)));
        var loaded = new StoryClusterer(statistics);
        foreach (var row in connection.Query<(long Id, string? First, string? Last, long Size, string Centroid, string Economies)>(
            "SELECT id AS Id, first_date AS First, last_date AS Last, size AS Size, centroid AS Centroid, economies AS Economies FROM stories"))
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

            loaded.Restore(story);
        }

        return loaded;
    }

    public IReadOnlyList<StoredStory> Stories() => Run(() => connection.Query<StoredStory>(
        """
        SELECT s.id AS Id, s.title AS Title, COUNT(r.id) AS Reports, s.first_date AS FirstDate, s.last_date AS LastDate
        FROM stories s JOIN reports r ON r.story_id = s.id
        GROUP BY s.id ORDER BY COALESCE(s.last_date, '') DESC, s.id
        """).ToList());

    public StoredStoryDetail? Story(long id) => Run(() =>
    {
        var story = connection.QueryFirstOrDefault<StoredStory>(
            """
            SELECT s.id AS Id, s.title AS Title, (SELECT COUNT(*) FROM reports WHERE story_id = s.id) AS Reports,
                   s.first_date AS FirstDate, s.last_date AS LastDate
            FROM stories s WHERE s.id = @id
            """,
            new { id });
        if (story is null)
        {
            return null;
        }

        var reports = connection.Query<StoredReport>(
            """
            SELECT id AS Id, source_id AS SourceId, title AS Title, outlet AS Outlet, url AS Url, published AS Published,
                   published_from AS PublishedFrom, text AS Text
            FROM reports WHERE story_id = @id ORDER BY COALESCE(published, ''), id
            """,
            new { id }).ToList();
        var duplicates = connection.Query<StoredDuplicate>(
            """
            SELECT d.first_id AS FirstId, d.second_id AS SecondId, d.relation AS Relation FROM duplicates d
            JOIN reports r ON r.id = d.second_id WHERE r.story_id = @id ORDER BY d.first_id, d.second_id
            """,
            new { id }).ToList();
        return new StoredStoryDetail(story, reports, duplicates);
    });

    /// <summary>
    /// The claims of the stored reports, extracted from their cleaned text and consolidated across
    /// the store (as <see cref="ClaimStage"/> does for a batch read in memory), copies and versions
    /// counted once. Documents are named by the report's source id (with <c>#row</c> when two stored
    /// reports share one).
    /// </summary>
    public StoredClaims Claims() => ClaimInputs().Build();

    /// <summary>What <see cref="Claims"/> reads from the database: quick, so a caller may hold a lock around it and build the claims after.</summary>
    public StoredClaimInputs ClaimInputs() => Run(() =>
    {
        var rows = connection.Query<(long Id, string SourceId, string Text, string? Published, string? Outlet, string? Url, long StoryId)>(
            "SELECT id AS Id, source_id AS SourceId, text AS Text, published AS Published, outlet AS Outlet, url AS Url, story_id AS StoryId FROM reports ORDER BY id").ToList();
        var duplicates = connection.Query<(long First, long Second)>("SELECT first_id AS First, second_id AS Second FROM duplicates").ToList();
        return new StoredClaimInputs(rows, duplicates);
    });

    /// <summary>The stored reports and duplicate links <see cref="Build"/> turns into the store-wide claims (extraction runs in parallel).</summary>
    public sealed record StoredClaimInputs(
        IReadOnlyList<(long Id, string SourceId, string Text, string? Published, string? Outlet, string? Url, long StoryId)> Rows,
        IReadOnlyList<(long First, long Second)> Duplicates)
    {
        public StoredClaims Build()
        {
            var rows = Rows;
            var shared = rows.GroupBy(r => r.SourceId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            var names = rows.ToDictionary(r => r.Id, r => shared.Contains(r.SourceId) ? string.Create(CultureInfo.InvariantCulture, $"{r.SourceId}#{r.Id}") : r.SourceId);
            var documents = rows.AsParallel().AsOrdered()
                .Select(r => News.Claims.ClaimExtractor.Extract(new News.Claims.ClaimDocument(names[r.Id], r.Text, ParseIso(r.Published), r.Outlet)))
                .ToList();
            var duplicates = Duplicates.Select(d => (IReadOnlyList<string>)[names[d.First], names[d.Second]]).ToList();
            var result = News.Claims.ClaimConsolidator.Consolidate(documents, [rows.Select(r => names[r.Id]).ToList()], duplicates);
            return new StoredClaims(
                result,
                rows.ToDictionary(r => names[r.Id], r => ParseIso(r.Published), StringComparer.Ordinal),
                rows.ToDictionary(r => names[r.Id], r => r.StoryId, StringComparer.Ordinal),
                rows.ToDictionary(r => names[r.Id], r => new ProposalSource(names[r.Id], r.Url, r.Outlet), StringComparer.Ordinal));
        }
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
        catch (SqliteException e)
        {
            throw new StorageException($"news database error: {e.Message}", e);
        }
    }
}
