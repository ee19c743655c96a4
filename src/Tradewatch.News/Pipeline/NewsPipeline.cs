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
        var prepared = unique.AsParallel().AsOrdered().Select(PreparedReport.Of).ToList();
        var statistics = new TermStatistics();
        NewsIndex.CountAhead(statistics, prepared);
        var state = new BatchState(prepared, new StoryClusterer(statistics));
        var index = new NewsIndex(state);
        var pairs = new List<DuplicatePair>();
        foreach (var i in NewsIndex.Order(prepared))
        {
            var added = index.Add(prepared[i]);
            state.Keep(i, added);
            pairs.AddRange(added.Links.Select(l => l.Pair));
        }

        // A batch dates its reports once every story is whole, against all of the story's dates.
        var dates = DateBatch(prepared, state.StoryOf, state.AnchorOf, state.Clusterer);
        var analyzed = prepared.Select((p, i) => new AnalyzedReport(p.Clean, dates[i], state.StoryOf[i])).ToList();
        var unread = prepared.Select(p => (p.Id, Why: Readability.Unreadable(p.Clean))).Where(u => u.Why is not null)
            .Select(u => new ReadIssue(u.Id, IssueSeverity.Warning, $"nothing read from it: {u.Why}; no claims are taken from it"));
        return new Analysis(analyzed, pairs, Groups(prepared, state.AnchorOf, pairs), Stories(analyzed, state.Members, prepared), [.. issues, .. unread]);
    }

    /// <summary>
    /// The date step over whole stories, the one a batch (<see cref="Analyze"/>) and a store (each time a
    /// story gains a report) both run: each story's own dates reconciled with the story's and its undated
    /// reports dated by its dated ones (<see cref="StoryDates.FromStory"/>); then a report no dated report
    /// of its story can date, by the days its own text names, in the year (when the page gives none)
    /// <paramref name="year"/> gives for the days dated so far, else by the day a report of another story
    /// gives for its lead's event (<paramref name="otherStories"/>, <see cref="StoryDates.FromMentions"/>).
    /// Each function is called at most once, and only when a report needs it.
    /// </summary>
    /// <returns>Each story's members' dates, in the order given.</returns>
    public static IReadOnlyList<DatedBy[]> DateStories(
        IReadOnlyList<IReadOnlyList<StoryMember>> stories, StoryClusterer clusterer, Func<IReadOnlyList<DateOnly>, int?> year, Func<IReadOnlyList<EventDays.Anchor>> otherStories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(year);
        var dates = stories.Select(members => StoryDates.FromStory(members, clusterer)).ToList();
        // the year of the days dated by the stories themselves, before any report is dated by its words
        var dated = dates.SelectMany(d => d).Where(d => d.Date is not null).Select(d => d.Date!.Value).ToList();
        var yearOf = new Lazy<int?>(() => year(dated));
        var anchors = new Lazy<IReadOnlyList<EventDays.Anchor>>(otherStories);
        for (var s = 0; s < stories.Count; s++)
        {
            StoryDates.FromMentions(stories[s], dates[s], () => yearOf.Value, clusterer, () => anchors.Value);
        }

        return dates;
    }

    /// <summary>The median year of <paramref name="days"/>; null when there are none.</summary>
    public static int? MedianYear(IReadOnlyList<DateOnly> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return days.Count > 0 ? PublicationDates.Median(days).Year : null;
    }

    private static DatedBy[] DateBatch(List<PreparedReport> prepared, int[] storyOf, int[] anchorOf, StoryClusterer clusterer)
    {
        var byStory = Enumerable.Range(0, prepared.Count).GroupBy(i => storyOf[i]).Select(g => g.ToList()).ToList();
        var storyDates = DateStories(
            byStory.Select(ids => (IReadOnlyList<StoryMember>)ids.Select(i => StoryMember.Of(prepared[i], anchorOf[i])).ToList()).ToList(),
            clusterer,
            // a yearless day is read in the year of the batch's dated reports
            MedianYear,
            // the days the reports that date themselves give for their leads' events
            () => StoryDates.OtherStoryAnchors(
                Enumerable.Range(0, prepared.Count).Where(i => prepared[i].Own.Date is not null).Select(i => (prepared[i].Id, prepared[i].Clean.Text, prepared[i].Own.Date!.Value))));
        var dates = new DatedBy[prepared.Count];
        for (var s = 0; s < byStory.Count; s++)
        {
            for (var k = 0; k < byStory[s].Count; k++)
            {
                dates[byStory[s][k]] = storyDates[s][k];
            }
        }

        return dates;
    }

    /// <summary>The copy groups (<see cref="CopyGroups"/>), each with the relation of the links within it.</summary>
    private static List<DuplicateGroup> Groups(List<PreparedReport> prepared, int[] anchorOf, List<DuplicatePair> pairs)
    {
        var relations = new Dictionary<int, List<DuplicateRelation>>();
        var indexById = prepared.Select((p, i) => (p.Clean.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var anchor = anchorOf[indexById[pair.First]];
            if (anchor != anchorOf[indexById[pair.Second]])
            {
                // a link between two groups, or to a member of another group, says nothing of either group
                continue;
            }

            if (!relations.TryGetValue(anchor, out var list))
            {
                relations[anchor] = list = [];
            }

            list.Add(pair.Relation);
        }

        return Enumerable.Range(0, prepared.Count)
            .GroupBy(i => anchorOf[i])
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

    private static List<StoryGroup> Stories(List<AnalyzedReport> reports, Dictionary<int, List<int>> members, List<PreparedReport> prepared)
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

    /// <summary>The held reports of a batch, in memory, numbered by their place in the batch.</summary>
    private sealed class BatchState(List<PreparedReport> prepared, StoryClusterer clusterer) : INewsIndexState
    {
        private readonly NearDuplicateIndex index = new();
        private readonly Dictionary<ulong, List<int>> sentenceKeys = [];
        private readonly List<int> entryOf = [];
        private readonly DateOnly?[] published = new DateOnly?[prepared.Count];

        public StoryClusterer Clusterer => clusterer;

        private readonly List<CopyGroups.Member>[] linked = prepared.Select(_ => new List<CopyGroups.Member>()).ToArray();

        /// <summary>Each report's copy group, by its anchor's place in the batch (<see cref="CopyGroups"/>).</summary>
        public int[] AnchorOf { get; } = Enumerable.Range(0, prepared.Count).ToArray();

        public int[] StoryOf { get; } = new int[prepared.Count];

        public Dictionary<int, List<int>> Members { get; } = [];

        public IReadOnlyList<IndexedText> DuplicateCandidates(PreparedReport report) =>
            index.Candidates(report.Bands, NewsIndex.DuplicateCandidatePool).Select(e => Held(entryOf[e])).ToList();

        public IReadOnlyList<IndexedText> RewriteCandidates(PreparedReport report)
        {
            var shared = new Dictionary<int, int>();
            foreach (var key in report.SentenceKeys)
            {
                foreach (var i in sentenceKeys.GetValueOrDefault(key) ?? [])
                {
                    shared[i] = shared.GetValueOrDefault(i) + 1;
                }
            }

            return shared.Where(s => s.Value >= SentenceKeys.MinShared)
                .OrderByDescending(s => s.Value).ThenBy(s => prepared[s.Key].Id, StringComparer.Ordinal)
                .Take(NewsIndex.RewriteCandidates).Select(s => Held(s.Key)).ToList();
        }

        int INewsIndexState.StoryOf(long key) => StoryOf[key];

        public IReadOnlyList<IndexedText> LatestOfStory(int story, int count) =>
            Members.TryGetValue(story, out var list) ? list.TakeLast(count).Select(Held).ToList() : [];

        public DateOnly? Published(long key) => published[key];

        /// <summary>Keeps what the index made of report <paramref name="i"/>.</summary>
        public void Keep(int i, IndexedReport added)
        {
            var p = prepared[i];
            index.Insert(p.Id, p.Clean.Text, p.Fingerprint, p.Bands, p.Clean.Source.ContentHash);
            foreach (var key in p.SentenceKeys)
            {
                if (!sentenceKeys.TryGetValue(key, out var holders))
                {
                    sentenceKeys[key] = holders = new List<int>(1);
                }

                holders.Add(i);
            }

            entryOf.Add(i);
            foreach (var link in added.Links)
            {
                linked[i].Add(Member((int)link.Other));
                linked[link.Other].Add(Member(i));
            }

            foreach (var (key, anchor) in CopyGroups.Join(Member(i), k => linked[k], k => AnchorOf[k]))
            {
                AnchorOf[key] = (int)anchor;
            }

            StoryOf[i] = added.Story.Id;
            if (!Members.TryGetValue(added.Story.Id, out var list))
            {
                Members[added.Story.Id] = list = [];
            }

            list.Add(i);
            published[i] = added.Published.Date;
        }

        /// <summary>
        /// A report's rank among the batch's in copy groups: its content hash, as a store's, then its id, so that
        /// two files of one body in a batch rank whatever their order.
        /// </summary>
        private CopyGroups.Member Member(int i) => new(i, $"{prepared[i].Clean.Source.ContentHash} {prepared[i].Id}");

        private IndexedText Held(int i) => new(i, prepared[i].Id, prepared[i].Clean.Text, prepared[i].Fingerprint, () => prepared[i].Features);
    }
}
