namespace Tradewatch.News.Dedup;

/// <summary>
/// Which reports form one copy group, given the duplicate links found between them: a function of the links
/// and of each report's rank (its content hash), whatever order the reports arrived in, and with no chains.
/// <para>
/// The rule: take the reports in order of rank. A report linked to an <em>anchor</em> of lesser rank joins the
/// group of the least such anchor; a report linked to none is an anchor, the first of a group of its own. So
/// every member of a group is a copy, version or rewrite of the group's anchor itself. A report linked only to
/// another member is not taken in through it, as the closure of the links took it: there, each version link
/// could join two groups whole, and the more pairs were checked, the more groups chained (docs/scaling.md).
/// </para>
/// <para>
/// A report arriving later may rank below the anchor of a group it is linked to. It then takes the anchor's
/// place: the old anchor joins it, and so do the old members linked to it. An old member not linked to the
/// new anchor leaves: it joins the least anchor of lesser rank it is linked to, or anchors a group of its own,
/// which the reports of greater rank linked to it may join in turn. <see cref="Join"/> decides again only the
/// reports this can reach, so the groups are always those the rule makes of all the reports held.
/// </para>
/// </summary>
public static class CopyGroups
{
    /// <summary>A held report as the rule sees it: its key and its rank.</summary>
    public readonly record struct Member(long Key, string Rank);

    /// <summary>Whether <paramref name="a"/> comes before <paramref name="b"/>: by rank, then by key.</summary>
    public static bool Before(Member a, Member b) =>
        string.CompareOrdinal(a.Rank, b.Rank) is var c && (c < 0 || (c == 0 && a.Key < b.Key));

    /// <summary>Members in the order of <see cref="Before"/>; two are the same only when they are one report.</summary>
    private static readonly Comparer<Member> ByRank = Comparer<Member>.Create((a, b) => Before(a, b) ? -1 : Before(b, a) ? 1 : 0);

    /// <summary>
    /// The reports whose anchor changes when <paramref name="added"/> is added, with their new anchors (the
    /// added report always among them). <paramref name="linked"/> gives a report's linked reports, the added
    /// report's links included; <paramref name="anchorOf"/> a held report's anchor before the addition.
    /// </summary>
    public static IReadOnlyDictionary<long, long> Join(Member added, Func<long, IReadOnlyList<Member>> linked, Func<long, long> anchorOf)
    {
        ArgumentNullException.ThrowIfNull(linked);
        ArgumentNullException.ThrowIfNull(anchorOf);
        var changed = new Dictionary<long, long>();
        long Anchor(long key) => changed.TryGetValue(key, out var a) ? a : anchorOf(key);

        // Deciding a report reads only the reports of lesser rank, so a change reaches only those of greater
        // rank: taken in order of rank, each report is decided once, after every report it reads.
        var queue = new SortedSet<Member>(ByRank) { added };
        while (queue.Count > 0)
        {
            var report = queue.Min;
            queue.Remove(report);
            var links = linked(report.Key);
            var wasAnchor = report.Key != added.Key && Anchor(report.Key) == report.Key;
            Member? anchor = null;
            foreach (var l in links)
            {
                if (Before(l, report) && Anchor(l.Key) == l.Key && (anchor is not { } least || Before(l, least)))
                {
                    anchor = l;
                }
            }

            var now = anchor?.Key ?? report.Key;
            if (report.Key == added.Key || now != Anchor(report.Key))
            {
                changed[report.Key] = now;
            }

            // Only whether a report anchors matters to those of greater rank: when that changes, they are decided again.
            if ((now == report.Key) != wasAnchor)
            {
                foreach (var l in links.Where(l => Before(report, l)))
                {
                    queue.Add(l);
                }
            }
        }

        return changed;
    }

    /// <summary>Each report's anchor, for reports and the links between them given all at once (a store made before groups were anchored).</summary>
    public static Dictionary<long, long> Of(IReadOnlyList<Member> reports, IEnumerable<(long First, long Second)> links)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(links);
        var rank = reports.ToDictionary(r => r.Key);
        var linked = reports.ToDictionary(r => r.Key, _ => new List<Member>());
        foreach (var (a, b) in links)
        {
            linked[a].Add(rank[b]);
            linked[b].Add(rank[a]);
        }

        // Added in order of rank, each report is decided on reports already decided, and changes none of them.
        var anchors = new Dictionary<long, long>();
        var added = new HashSet<long>();
        foreach (var r in reports.Order(ByRank))
        {
            added.Add(r.Key);
            foreach (var (key, anchor) in Join(r, k => linked[k].Where(m => added.Contains(m.Key)).ToList(), k => anchors[k]))
            {
                anchors[key] = anchor;
            }
        }

        return anchors;
    }
}
