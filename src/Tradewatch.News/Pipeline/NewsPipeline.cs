using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Dedup;
using Tradewatch.News.Reading;
using Tradewatch.News.Stories;

namespace Tradewatch.News.Pipeline;

/// <summary>The bytes of one input file and the id its reports get.</summary>
public sealed record InputFile(string Id, string FileName, byte[] Bytes, long? Size = null);

/// <summary>
/// The first half of the news pipeline, read -> clean -> dedupe -> cluster -> date, over a batch
/// held in memory. Each stage is a function from one typed value to the next; the per-report stages
/// run in parallel, the order-dependent ones (duplicates, stories) in one pass in date order.
/// </summary>
public static class NewsPipeline
{
    /// <summary>A report that joins a story is checked for being a rewrite of this many of the story's latest reports.</summary>
    public const int RewriteCandidates = 8;

    /// <summary>Reports less similar than this (TF-IDF cosine) are not checked for being rewrites of each other.</summary>
    public const double RewriteMinSimilarity = 0.3;

    /// <summary>Dated reports of a story an undated one is compared with to borrow a date.</summary>
    private const int MaxDateSources = 64;

    public static Analysis Run(IReadOnlyList<InputFile> files)
    {
        var reads = files.AsParallel().AsOrdered().Select(f => ReportReader.Read(f.Id, f.FileName, f.Bytes, f.Size)).ToList();
        var reports = reads.SelectMany(r => r.Reports).ToList();
        var issues = reads.SelectMany(r => r.Issues).ToList();
        return Analyze(reports, issues);
    }

    public static Analysis Analyze(IReadOnlyList<SourceReport> reports, IReadOnlyList<ReadIssue> issues)
    {
        var unique = reports.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var prepared = unique.AsParallel().AsOrdered().Select(Prepare).ToList();
        var order = Enumerable.Range(0, prepared.Count)
            .OrderBy(i => prepared[i].Features.Date ?? DateOnly.MaxValue)
            .ThenBy(i => prepared[i].Clean.Id, StringComparer.Ordinal)
            .ToList();

        var statistics = new TermStatistics();
        foreach (var p in prepared)
        {
            statistics.Add(p.Features.Terms.Keys);
        }

        var clusterer = new StoryClusterer(statistics);
        var index = new NearDuplicateIndex();
        var sets = new DisjointSets(prepared.Count);
        var indexById = prepared.Select((p, i) => (p.Clean.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var storyOf = new int[prepared.Count];
        var members = new Dictionary<int, List<int>>();
        var pairs = new List<DuplicatePair>();

        foreach (var i in order)
        {
            var p = prepared[i];
            var found = index.Add(p.Clean.Id, p.Clean.Text, p.Fingerprint);
            int? join = null;
            foreach (var pair in found)
            {
                var other = indexById[pair.First];
                sets.Union(i, other);
                join ??= storyOf[other];
                pairs.Add(pair);
            }


            var story = clusterer.Add(p.Features, join);
            storyOf[i] = story.Id;
            if (!members.TryGetValue(story.Id, out var list))
            {
                members[story.Id] = list = [];
            }

            foreach (var j in list.TakeLast(RewriteCandidates))
            {
                if (sets.Find(i) == sets.Find(j) || clusterer.Similarity(p.Features, prepared[j].Features) < RewriteMinSimilarity)
                {
                    continue;
                }

                var q = prepared[j];
                if (RelationClassifier.Classify(q.Clean.Id, q.Clean.Text, q.Fingerprint, p.Clean.Id, p.Clean.Text, p.Fingerprint) is { } rewrite)
                {
                    sets.Union(i, j);
                    pairs.Add(rewrite);
                }
            }

            list.Add(i);
        }

        var dates = DateStories(prepared, storyOf, sets, clusterer);
        var analyzed = prepared.Select((p, i) => new AnalyzedReport(p.Clean, dates[i], storyOf[i])).ToList();
        return new Analysis(analyzed, pairs, Groups(prepared, sets, pairs), Stories(analyzed, members, prepared), issues);
    }

    private static Prepared Prepare(SourceReport report)
    {
        var clean = ArticleCleaner.Clean(report);
        var own = PublicationDates.Own(clean);
        return new Prepared(clean, own, Fingerprint.Of(clean.Text), StoryFeatures.Of(clean.Headline, clean.Text, PublicationDates.Printed(clean).Date));
    }

    private static DatedBy[] DateStories(List<Prepared> prepared, int[] storyOf, DisjointSets sets, StoryClusterer clusterer)
    {
        var dates = prepared.Select(p => p.Own).ToArray();
        var byStory = Enumerable.Range(0, prepared.Count).GroupBy(i => storyOf[i]);
        foreach (var story in byStory)
        {
            var ids = story.ToList();
            var storyDates = ids.Where(j => prepared[j].Own.Date is not null).Select(j => prepared[j].Own.Date!.Value).ToList();
            foreach (var i in ids)
            {
                dates[i] = PublicationDates.Reconcile(prepared[i].Clean, dates[i], storyDates);
            }

            // Bounded so that a very large story stays linear: its latest dated reports are enough to date the rest.
            var dated = ids.Where(j => dates[j].Date is not null && prepared[j].Own.Date is not null).TakeLast(MaxDateSources).ToList();
            foreach (var i in ids.Where(i => dates[i].Date is null))
            {
                // A copy was published when its original was, or near it; else the most similar dated report of the story.
                var source = dated
                    .OrderByDescending(j => sets.Find(i) == sets.Find(j))
                    .ThenByDescending(j => clusterer.Similarity(prepared[i].Features, prepared[j].Features))
                    .Select(j => (int?)j)
                    .FirstOrDefault();
                if (source is { } s)
                {
                    var how = sets.Find(i) == sets.Find(s) ? "a copy or version of" : "the most similar dated report of its story,";
                    dates[i] = new DatedBy(dates[s].Date, DateSource.Story, $"{how} {prepared[s].Clean.Id} ({dates[s].Evidence})");
                }
            }
        }

        return dates;
    }

    private static List<DuplicateGroup> Groups(List<Prepared> prepared, DisjointSets sets, List<DuplicatePair> pairs)
    {
        var relations = new Dictionary<int, List<DuplicateRelation>>();
        var indexById = prepared.Select((p, i) => (p.Clean.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var root = sets.Find(indexById[pair.First]);
            if (!relations.TryGetValue(root, out var list))
            {
                relations[root] = list = [];
            }

            list.Add(pair.Relation);
        }

        return Enumerable.Range(0, prepared.Count)
            .GroupBy(sets.Find)
            .Where(g => g.Count() > 1)
            .Select(g => new DuplicateGroup(
                g.Select(i => prepared[i].Clean.Id).Order(StringComparer.Ordinal).ToList(),
                GroupRelation(relations.GetValueOrDefault(g.Key) ?? [])))
            .OrderBy(g => g.Documents[0], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A group holding a new version is a version group; else one holding a rewrite is a rewrite; else copies.</summary>
    private static DuplicateRelation GroupRelation(List<DuplicateRelation> relations) =>
        relations.Contains(DuplicateRelation.Version) ? DuplicateRelation.Version
        : relations.Contains(DuplicateRelation.Rewrite) ? DuplicateRelation.Rewrite
        : DuplicateRelation.Copy;

    private static List<StoryGroup> Stories(List<AnalyzedReport> reports, Dictionary<int, List<int>> members, List<Prepared> prepared)
    {
        var result = new List<StoryGroup>();
        var n = 1;
        foreach (var (_, list) in members.OrderBy(m => m.Value.Min(i => prepared[i].Clean.Id), StringComparer.Ordinal))
        {
            var docs = list.Select(i => reports[i]).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            var dated = docs.Where(d => d.Published.Date is not null).Select(d => d.Published.Date!.Value).ToList();
            // The story is named by its earliest report's headline: the first to tell of the event.
            var title = docs.OrderBy(d => d.Published.Date ?? DateOnly.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal)
                .Select(d => d.Clean.DisplayTitle).FirstOrDefault(h => h.Length > 0) ?? string.Empty;
            result.Add(new StoryGroup($"s{n++}", title, docs.Select(d => d.Id).ToList(), dated.Count > 0 ? dated.Min() : null, dated.Count > 0 ? dated.Max() : null));
        }

        return result;
    }

    private sealed record Prepared(CleanReport Clean, DatedBy Own, Fingerprint Fingerprint, StoryFeatures Features);
}
