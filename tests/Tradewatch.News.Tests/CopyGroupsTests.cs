using Tradewatch.News.Dedup;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.TestSupport;

namespace Tradewatch.News.Tests;

public class CopyGroupsTests
{
    [Fact]
    public void Copy_groups_do_not_chain_and_are_the_same_whatever_order_the_reports_arrive_in()
    {
        // A batch is added in order of date, then id: numbering the reports one way and the other reverses their arrival.
        var chain = CopyChain.Reports();
        (List<string> Groups, List<(string, string)> Links) Analyze(bool reversed)
        {
            var names = chain.Select((r, i) => (Id: $"{(reversed ? chain.Count - i : i + 1):00}-{r.Name}", r.Name)).ToList();
            var reports = chain.Select((r, i) => ReportReader.Read(names[i].Id, names[i].Id, System.Text.Encoding.UTF8.GetBytes(r.Text)).Reports.Single()).ToList();
            var analysis = NewsPipeline.Analyze(reports, []);
            var name = names.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
            var links = analysis.DuplicatePairs.Select(p => (name[p.First], name[p.Second])).ToList();
            var groups = analysis.Duplicates.Select(g => (IReadOnlyList<string>)g.Documents.Select(d => name[d]).Order(StringComparer.Ordinal).ToList()).ToList();
            Assert.Empty(CopyChain.Chained(groups, links));
            return (groups.Select(g => string.Join(" ~ ", g)).Order(StringComparer.Ordinal).ToList(), links);
        }

        var (forward, links) = Analyze(false);
        // the chain is there: each digest is linked to both its articles
        Assert.Contains(links, l => l is ("article-0.txt", "digest-01.txt") or ("digest-01.txt", "article-0.txt"));
        Assert.Contains(links, l => l is ("article-3.txt", "digest-23.txt") or ("digest-23.txt", "article-3.txt"));
        Assert.NotEmpty(forward);
        Assert.Equal(forward, Analyze(true).Groups);
    }

    [Fact]
    public void A_report_of_lesser_rank_than_an_anchor_takes_its_place_and_members_not_linked_to_it_leave()
    {
        // Held: anchor x with members y and z, each linked to x alone. New: w, of least rank, linked to x and y.
        var (w, x, y, z) = (new CopyGroups.Member(4, "a"), new CopyGroups.Member(1, "m"), new CopyGroups.Member(2, "n"), new CopyGroups.Member(3, "p"));
        var linked = new Dictionary<long, List<CopyGroups.Member>> { [1] = [y, z, w], [2] = [x, w], [3] = [x], [4] = [x, y] };
        var anchors = new Dictionary<long, long> { [1] = 1, [2] = 1, [3] = 1 };

        var changed = CopyGroups.Join(w, k => linked[k], k => anchors[k]);

        // x and y join w; z, linked to no anchor now, anchors a group of its own
        Assert.Equal(new Dictionary<long, long> { [4] = 4, [1] = 4, [2] = 4, [3] = 3 }, changed);
    }

    [Fact]
    public void Groups_kept_as_reports_arrive_are_those_the_rule_makes_of_them_all()
    {
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            var count = random.Next(2, 30);
            var reports = Enumerable.Range(0, count).Select(k => new CopyGroups.Member(k, $"{random.Next(1000):000}")).ToList();
            var links = new List<(long, long)>();
            for (var a = 0; a < count; a++)
            {
                for (var b = a + 1; b < count; b++)
                {
                    if (random.NextDouble() < 0.15)
                    {
                        links.Add((a, b));
                    }
                }
            }

            var whole = CopyGroups.Of(reports, links);

            // the reports one at a time, in an order of their own, each linked to those come before it
            var anchors = new Dictionary<long, long>();
            var linked = reports.ToDictionary(r => r.Key, _ => new List<CopyGroups.Member>());
            foreach (var r in reports.OrderBy(_ => random.Next()))
            {
                foreach (var (a, b) in links.Where(l => (l.Item1 == r.Key && anchors.ContainsKey(l.Item2)) || (l.Item2 == r.Key && anchors.ContainsKey(l.Item1))))
                {
                    linked[a].Add(reports[(int)b]);
                    linked[b].Add(reports[(int)a]);
                }

                foreach (var (key, anchor) in CopyGroups.Join(r, k => linked[k], k => anchors[k]))
                {
                    anchors[key] = anchor;
                }
            }

            Assert.Equal(whole.OrderBy(a => a.Key), anchors.OrderBy(a => a.Key));
            // no chain: every member is linked to its anchor
            Assert.All(whole.Where(a => a.Key != a.Value), a => Assert.Contains(links, l => l == (a.Key, a.Value) || l == (a.Value, a.Key)));
        }
    }
}
