using Dapper;
using Tradewatch.News.Reading;

namespace Tradewatch.Storage.Tests;

/// <summary>
/// Each report keeps the copy group it belongs to, named by the group's first report: the groups are the
/// connected components of the duplicate links, kept as reports arrive, and made from the links for a
/// store that an older Tradewatch wrote.
/// </summary>
public sealed class CopyGroupTests
{
    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Each_report_is_in_the_group_its_links_make_named_by_its_first_report(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using (var store = NewsStore.Open(target.Location, TimeProvider.System))
        {
            store.Ingest(Corpus(), (_, _) => { }, (r, e) => Assert.Fail($"{r.Id}: {e.Message}"));
        }

        using var raw = target.OpenRaw();
        var (kept, made) = Groups(raw);
        Assert.Contains(made.Values.GroupBy(g => g), g => g.Count() >= 3);
        Assert.Equal(made, kept);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_report_carrying_two_groups_texts_makes_them_one(string provider)
    {
        // Two reports of their own, then a digest that prints both in full: it is linked to each, and the groups become one.
        var texts = SyntheticCorpus.SampleTexts(RepoData.Samples);
        var (first, second) = (texts[0], texts[^1]);
        using var target = StoreTarget.Create(provider);
        using (var store = NewsStore.Open(target.Location, TimeProvider.System))
        {
            foreach (var (name, text) in new[] { ("first.txt", first), ("second.txt", second), ("digest.txt", first + "\n\n" + second) })
            {
                store.Ingest(ReportReader.Read(name, name, System.Text.Encoding.UTF8.GetBytes(text)).Reports.Single());
            }
        }

        using var raw = target.OpenRaw();
        var groups = raw.Query<(string SourceId, long CopyGroup)>("SELECT source_id AS SourceId, copy_group AS CopyGroup FROM reports").ToDictionary(r => r.SourceId, r => r.CopyGroup);
        var firstId = raw.ExecuteScalar<long>("SELECT id FROM reports WHERE source_id = 'first.txt'");
        Assert.Equal(2L, raw.ExecuteScalar<long>("SELECT COUNT(*) FROM duplicates"));
        Assert.All(groups.Values, g => Assert.Equal(firstId, g));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_store_made_before_groups_were_kept_gets_them_from_its_links(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using (var store = NewsStore.Open(target.Location, TimeProvider.System))
        {
            store.Ingest(Corpus(), (_, _) => { }, (r, e) => Assert.Fail($"{r.Id}: {e.Message}"));
        }

        using (var raw = target.OpenRaw())
        {
            var latest = raw.ExecuteScalar<long>("SELECT MAX(version) FROM schema_migrations");
            raw.Execute("DELETE FROM schema_migrations WHERE version = @latest", new { latest });
            raw.Execute("DROP INDEX reports_copy_group");
            raw.Execute("ALTER TABLE reports DROP COLUMN copy_group");
        }

        NewsStore.Open(target.Location, TimeProvider.System).Dispose();
        using var again = target.OpenRaw();
        var (kept, made) = Groups(again);
        Assert.Equal(made, kept);
    }

    /// <summary>A generated corpus whose events are each told several times: copies, versions and reprints.</summary>
    private static List<SourceReport> Corpus() =>
        SyntheticCorpus.Generate(SyntheticCorpus.SampleTexts(RepoData.Samples), 60)
            .SelectMany(f => ReportReader.Read(f.Id, f.FileName, f.Bytes).Reports)
            .ToList();

    /// <summary>Each report's kept group, and the group its links make (the smallest id reached through them).</summary>
    private static (Dictionary<long, long> Kept, Dictionary<long, long> Made) Groups(System.Data.Common.DbConnection raw)
    {
        var kept = raw.Query<(long Id, long CopyGroup)>("SELECT id AS Id, copy_group AS CopyGroup FROM reports").ToDictionary(r => r.Id, r => r.CopyGroup);
        var links = raw.Query<(long First, long Second)>("SELECT first_id AS First, second_id AS Second FROM duplicates").ToList();
        var made = kept.Keys.ToDictionary(id => id, id => id);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (a, b) in links)
            {
                var least = Math.Min(made[a], made[b]);
                if (made[a] != least || made[b] != least)
                {
                    (made[a], made[b], changed) = (least, least, true);
                }
            }
        }

        return (kept, made);
    }
}
