using Tradewatch.News.Claims;
using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Dedup;
using Tradewatch.News.Reading;
using Tradewatch.News.Stories;
using Tradewatch.News.Text;
using PublicationDates = Tradewatch.News.Dates.PublicationDates;

namespace Tradewatch.News.Pipeline;

/// <summary>
/// A report ready for the ordered steps: cleaned, with its own publication date, its fingerprint and
/// LSH band keys, its sentence keys (<see cref="SentenceKeys"/>), and its story features. Each report is prepared on its own (in parallel, or outside
/// a store's write lock), before the steps that depend on the reports already held.
/// </summary>
public sealed record PreparedReport(CleanReport Clean, DatedBy Own, Fingerprint Fingerprint, IReadOnlyList<ulong> Bands, IReadOnlyList<ulong> SentenceKeys, StoryFeatures Features)
{
    public string Id => Clean.Id;

    public static PreparedReport Of(SourceReport report)
    {
        var clean = ArticleCleaner.Clean(report);
        var own = PublicationDates.Own(clean);
        var fingerprint = Fingerprint.Of(clean.Text);
        // Stories are grouped by the date the page prints, the one date a copy and its original agree on.
        return new PreparedReport(clean, own, fingerprint, Lsh.BandKeys(fingerprint), Dedup.SentenceKeys.Of(clean.Text), StoryFeatures.Of(clean.Headline, clean.Text, PublicationDates.Printed(clean).Date));
    }
}

/// <summary>
/// A report the index holds, as the dedupe and relate steps compare a new one with it; the key is the
/// holder's own. Its fingerprint and story features are computed when first asked for.
/// </summary>
public sealed class IndexedText(long key, string id, string text, Func<Fingerprint> fingerprint, Func<StoryFeatures> features)
{
    private readonly Lazy<Fingerprint> fingerprint = new(fingerprint);
    private readonly Lazy<StoryFeatures> features = new(features);

    /// <summary>A held report whose fingerprint is at hand.</summary>
    public IndexedText(long key, string id, string text, Fingerprint fingerprint, Func<StoryFeatures> features)
        : this(key, id, text, () => fingerprint, features)
    {
    }

    public long Key => key;

    public string Id => id;

    public string Text => text;

    /// <summary>The report's fingerprint, computed when first asked for (only the candidates checked need it).</summary>
    public Fingerprint Fingerprint => fingerprint.Value;

    public StoryFeatures Features => features.Value;
}

/// <summary>A duplicate relation found for a new report: the held report it relates to, and how.</summary>
public sealed record DuplicateLink(long Other, DuplicatePair Pair);

/// <summary>What the ordered steps made of one new report: its story, its duplicate relations and its publication date.</summary>
public sealed record IndexedReport(PreparedReport Report, Story Story, IReadOnlyList<DuplicateLink> Links, DatedBy Published);

/// <summary>
/// Where a <see cref="NewsIndex"/> keeps the reports it holds: in memory for a batch
/// (<see cref="NewsPipeline"/>), in a database for a store. The index asks; the holder answers and,
/// once the index has added a report, keeps it.
/// </summary>
public interface INewsIndexState
{
    /// <summary>The stories so far, with the term statistics they are weighed by.</summary>
    StoryClusterer Clusterer { get; }

    /// <summary>The held reports sharing most LSH buckets with the report, most shared first, at most <see cref="NewsIndex.DuplicateCandidatePool"/>.</summary>
    IReadOnlyList<IndexedText> DuplicateCandidates(PreparedReport report);

    /// <summary>
    /// The held reports sharing at least <see cref="SentenceKeys.MinShared"/> sentence keys with the report,
    /// most shared first, at most <see cref="NewsIndex.RewriteCandidates"/>.
    /// </summary>
    IReadOnlyList<IndexedText> RewriteCandidates(PreparedReport report);

    /// <summary>The story a held report is in.</summary>
    int StoryOf(long key);

    /// <summary>The latest reports of a story, at most <paramref name="count"/>.</summary>
    IReadOnlyList<IndexedText> LatestOfStory(int story, int count);

    /// <summary>A held report's publication date.</summary>
    DateOnly? Published(long key);
}

/// <summary>
/// The news engine: the ordered steps a report goes through once prepared. Dedupe (its copies and
/// versions among the held reports), cluster (the story it joins or starts), relate (rewrites among
/// the held reports sharing its sentence keys), date (its own date reconciled with the story's, or borrowed from a
/// copy), then extract (its claims, with their spans) and consolidate (<see cref="ClaimStage"/>).
/// <c>analyze</c> runs it over a batch in memory; the store runs the same steps and only loads and
/// saves their state with SQL.
/// </summary>
public sealed class NewsIndex
{
    /// <summary>
    /// A new report is checked for being a rewrite of at most this many held reports, those sharing most
    /// sentence keys. Candidates are a property of each pair (<see cref="SentenceKeys"/>), so the same pairs
    /// are compared in any order of arrival until a report has more candidates than this.
    /// </summary>
    public const int RewriteCandidates = 32;

    /// <summary>
    /// The held reports sharing most LSH buckets with a new one that are checked for being copies or versions of it,
    /// most shared first. Every one is checked, whatever group it is in: which pairs are linked is then a property of
    /// the pairs (as far as the candidates are), and the groups are a function of the links (<see cref="CopyGroups"/>),
    /// which no longer chain, so more links no longer join groups whole.
    /// </summary>
    public const int DuplicateCandidatePool = 24;

    /// <summary>The latest reports of its story an undated report's lead is matched with, for the day of its news.</summary>
    public const int EventAnchorReports = 16;

    private readonly INewsIndexState state;

    /// <param name="state">
    /// Where the held reports are. Its term statistics already count every report of the batch being
    /// added (<see cref="CountAhead"/>), so a report is weighed the same whatever its place in the batch.
    /// </param>
    public NewsIndex(INewsIndexState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        this.state = state;
    }

    /// <summary>
    /// The order a batch's reports are added in: by the date the page prints (undated last), then by id.
    /// A story then grows from its first report forward, whatever order the files were read in, and an
    /// in-memory batch and a store fed the same batch add its reports in the same order.
    /// </summary>
    public static IReadOnlyList<int> Order(IReadOnlyList<PreparedReport> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Enumerable.Range(0, batch.Count)
            .OrderBy(i => batch[i].Features.Date ?? DateOnly.MaxValue)
            .ThenBy(i => batch[i].Clean.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Counts a batch's reports in the term statistics before the first of them is added.</summary>
    public static void CountAhead(TermStatistics statistics, IEnumerable<PreparedReport> batch)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var p in batch)
        {
            statistics.Add(p.Features.Terms.Keys);
        }
    }

    /// <summary>Runs dedupe, cluster, relate and date for a new report against the held ones. The holder keeps the result.</summary>
    public IndexedReport Add(PreparedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var links = new List<DuplicateLink>();
        // the new report's sentences, read once for every candidate it is compared with
        var sentences = Sentences.ContentSets(report.Clean.Text);
        var checkedKeys = new HashSet<long>();
        foreach (var c in state.DuplicateCandidates(report))
        {
            checkedKeys.Add(c.Key);
            if (Classify(c, report, sentences) is { } pair)
            {
                links.Add(new DuplicateLink(c.Key, pair));
            }
        }

        // A copy belongs where its original is.
        int? join = links.Count > 0 ? state.StoryOf(links[0].Other) : null;
        var clusterer = state.Clusterer;
        var story = clusterer.Add(report.Features, join);

        // A rewrite is sought among the reports sharing the new one's sentence keys, whatever their story, arrival
        // or group: a candidate checked already as a copy or version (the same check) is not checked again.
        foreach (var r in state.RewriteCandidates(report))
        {
            if (!checkedKeys.Add(r.Key))
            {
                continue;
            }

            if (Classify(r, report, sentences) is { } rewrite)
            {
                links.Add(new DuplicateLink(r.Key, rewrite));
            }
        }

        return new IndexedReport(report, story, links, Date(report, links, story));
    }

    /// <summary>
    /// The claims a report makes, with their spans into its cleaned text. The page's own datelines,
    /// taken out of the text by the cleaner, go with it: two different ones are a conflict.
    /// </summary>
    public static DocumentClaims Extract(string documentId, CleanReport clean, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(clean);
        // A report that cannot be read (no article text, a table, another language) proposes nothing.
        return Readability.Unreadable(clean) is null
            ? ClaimExtractor.Extract(Document(documentId, clean.Text, published, clean.Source.Metadata.Outlet, Datelines(clean)) with { Url = clean.Source.Metadata.Url })
            : ClaimExtractor.Extract(Document(documentId, string.Empty, published, clean.Source.Metadata.Outlet, []));
    }

    /// <summary>The document the extractor sees, as <see cref="Extract"/> builds it (a store rebuilds it from what it saved).</summary>
    public static ClaimDocument Document(string documentId, string text, DateOnly? published, string? outlet, IReadOnlyList<DateOnly> datelines) =>
        new(documentId, text, published, outlet) { RemovedDatelines = datelines };

    /// <summary>The dates the page printed as its own in lines the cleaner took out.</summary>
    public static IReadOnlyList<DateOnly> Datelines(CleanReport clean)
    {
        ArgumentNullException.ThrowIfNull(clean);
        return clean.DateCandidates.Where(c => c.Source is DateSource.Dateline or DateSource.TextToken).Select(c => c.Date).ToList();
    }

    private static DuplicatePair? Classify(IndexedText held, PreparedReport report, List<(HashSet<string> Words, int Length)> sentences) =>
        RelationClassifier.Classify(held.Id, held.Text, held.Fingerprint, report.Id, sentences, report.Fingerprint);

    /// <summary>
    /// A dated report keeps its own date, reconciled with its story's; an undated one borrows its
    /// original's (a copy was published when its original was), else its story's first day.
    /// </summary>
    private DatedBy Date(PreparedReport report, List<DuplicateLink> links, Story story)
    {
        if (report.Own.Date is not null)
        {
            var storyDates = new[] { story.FirstDate, story.LastDate }.Where(d => d is not null).Select(d => d!.Value).ToList();
            return PublicationDates.Reconcile(report.Clean, report.Own, storyDates);
        }

        foreach (var link in links)
        {
            if (state.Published(link.Other) is { } date)
            {
                // The original's own confidence is not kept with its date here: that of a printed date is assumed.
                return new DatedBy(date, DateSource.Story, $"a copy or version of {link.Pair.First}", PublicationDates.StoryYearConfidence);
            }
        }

        var anchors = state.LatestOfStory(story.Id, EventAnchorReports)
            .SelectMany(r => state.Published(r.Key) is { } d ? EventDays.Anchors(r.Id, r.Text, d) : []);
        if (EventDays.Match(report.Clean.Text, anchors) is { } day)
        {
            return day;
        }

        return story.FirstDate is { } first
            ? PublicationDates.AgainstStory(report.Clean, first, "its story's first day")
            : MentionedDates.Infer(report.Clean.Text, report.Clean.Source.Metadata.Url);
    }
}
