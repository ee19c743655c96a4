using Tradewatch.Storage;

namespace Tradewatch.TestSupport;

/// <summary>
/// What must not depend on how many writers stored a store's reports, or in what order: the groups of
/// reports carrying one text, and the stories, both by source id (row ids differ with the order of arrival).
/// </summary>
public static class StoreShape
{
    /// <summary>
    /// The copy groups, the reports carrying one text (each a copy, version or rewrite of its group's anchor,
    /// CopyGroups), by source id. They must not depend on the order the reports arrive in.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="name">
    /// The name to compare a report by, from its source id: reports carrying the same body are stored once,
    /// under the id of whichever arrived first, so a caller whose inputs repeat a body names them alike.
    /// </param>
    public static List<string> Links(NewsStore store, Func<string, string>? name = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Links(store, Details(store), name ?? (id => id));
    }

    /// <summary>The stories as sets of source ids (or of the names <paramref name="name"/> gives them, as for <see cref="Links"/>).</summary>
    public static List<string> Stories(NewsStore store, Func<string, string>? name = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Stories(Details(store), name ?? (id => id));
    }

    /// <summary>
    /// What a store written by several processes at once must share with one process's store of the same
    /// reports: each distinct body stored once, the same groups of copies, every report in exactly one story
    /// (each story counting its reports), and each proposal made once and as one process makes it.
    /// </summary>
    /// <remarks>
    /// The stories themselves are counted, not required to be equal: stories grow one report at a time, so how
    /// look-alike events group depends on the order the reports arrive in, in one process as in several
    /// (ConcurrentWritersTests compares stories of distinct events).
    /// </remarks>
    /// <param name="alone">The store one process wrote.</param>
    /// <param name="raced">The store several processes wrote at once.</param>
    /// <param name="corpus">The names the reports are compared by, and how many distinct bodies there are.</param>
    public static StoreComparison Compare(NewsStore alone, NewsStore raced, CorpusBodies corpus)
    {
        ArgumentNullException.ThrowIfNull(alone);
        ArgumentNullException.ThrowIfNull(raced);
        ArgumentNullException.ThrowIfNull(corpus);
        var failures = new List<string>();
        var one = Details(alone);
        var many = Details(raced);
        foreach (var (what, store) in new[] { ("one process", alone), ("the processes at once", raced) })
        {
            if (store.ReportCount() != corpus.Distinct)
            {
                failures.Add($"{what} stored {store.ReportCount()} reports of {corpus.Distinct} distinct bodies");
            }
        }

        var links = Links(alone, one, corpus.Name);
        var racedLinks = Links(raced, many, corpus.Name);
        Differ(failures, "copy group", links, racedLinks);

        foreach (var d in many.Where(d => d.Story.Reports != d.Reports.Count))
        {
            failures.Add($"story {d.Story.Id} counts {d.Story.Reports} reports and holds {d.Reports.Count}");
        }

        var placed = many.SelectMany(d => d.Reports.Select(r => r.Id)).ToList();
        var twice = placed.Count - placed.Distinct().Count();
        if (twice > 0)
        {
            failures.Add($"{twice} report(s) sit in more than one story");
        }

        if (placed.Count != raced.ReportCount())
        {
            failures.Add($"the stories hold {placed.Count} reports of the {raced.ReportCount()} stored");
        }

        var proposals = Proposals(raced);
        var repeated = proposals.Count - proposals.Distinct(StringComparer.Ordinal).Count();
        if (repeated > 0)
        {
            failures.Add($"{repeated} proposal(s) made more than once");
        }

        var oneProposals = Proposals(alone);
        Differ(failures, "proposal", oneProposals, proposals);

        var stories = Stories(one, corpus.Name);
        var racedStories = Stories(many, corpus.Name).ToHashSet(StringComparer.Ordinal);
        return new StoreComparison(
            raced.ReportCount(), racedLinks.Count, many.Count, one.Count, stories.Count(racedStories.Contains), proposals.Count, failures);
    }

    /// <summary>
    /// The proposals by summary and claim: one summary may stand for several claims (a rate reported in force
    /// from one day and announced for another), each proposed once.
    /// </summary>
    private static List<string> Proposals(NewsStore store) =>
        store.Review.List().Select(p => $"{p.Summary} {p.ClaimJson}").Order(StringComparer.Ordinal).ToList();

    private static List<StoredStoryDetail> Details(NewsStore store) => store.Stories().Select(s => store.Story(s.Id)!).ToList();

    private static List<string> Links(NewsStore store, List<StoredStoryDetail> details, Func<string, string> name)
    {
        var names = details.SelectMany(d => d.Reports).ToDictionary(r => r.Id, r => name(r.SourceId));
        return store.DuplicateGroups().Select(g => string.Join(" ~ ", g.Select(id => names[id]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Stories(List<StoredStoryDetail> details, Func<string, string> name) =>
        details.Select(d => string.Join(", ", d.Reports.Select(r => name(r.SourceId)).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();

    /// <summary>Adds a failure naming how many of <paramref name="what"/> each list alone holds, and the first of each.</summary>
    private static void Differ(List<string> failures, string what, List<string> one, List<string> raced)
    {
        if (one.SequenceEqual(raced, StringComparer.Ordinal))
        {
            return;
        }

        var onlyOne = one.Except(raced, StringComparer.Ordinal).ToList();
        var onlyRaced = raced.Except(one, StringComparer.Ordinal).ToList();
        failures.Add($"{what}s differ from one process's ({one.Count} against {raced.Count}): {onlyOne.Count} only in one process's store{First(onlyOne)}, "
            + $"{onlyRaced.Count} only in the processes'{First(onlyRaced)}");
    }

    private static string First(List<string> items) => items.Count == 0 ? string.Empty : $" (first {Math.Min(5, items.Count)}: {string.Join(" | ", items.Take(5))})";
}

/// <summary>
/// A store written by several processes at once compared with one process's (<see cref="StoreShape.Compare"/>):
/// the figures, and what failed (empty when every invariant holds).
/// </summary>
/// <param name="Reports">Reports in the store the processes wrote.</param>
/// <param name="CopyGroups">Groups of reports carrying one text.</param>
/// <param name="Stories">Stories in the store the processes wrote.</param>
/// <param name="StoriesAlone">Stories in one process's store.</param>
/// <param name="StoriesSame">Stories of one process's store found, report for report, in the processes' store.</param>
/// <param name="Proposals">Proposals in the store the processes wrote.</param>
/// <param name="Failures">The invariants that failed, each with what was found.</param>
public sealed record StoreComparison(long Reports, int CopyGroups, int Stories, int StoriesAlone, int StoriesSame, int Proposals, IReadOnlyList<string> Failures);
