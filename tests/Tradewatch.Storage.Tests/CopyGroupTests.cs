using Dapper;
using Tradewatch.News.Dedup;
using Tradewatch.News.Reading;

namespace Tradewatch.Storage.Tests;

/// <summary>
/// Each report keeps the copy group it belongs to, named by the group's anchor: the groups are those the rule of
/// <see cref="CopyGroups"/> makes of the duplicate links (no chains, whatever the order of arrival), kept as reports
/// arrive, and made from the links for a store that an older Tradewatch wrote.
/// </summary>
public sealed class CopyGroupTests
{
    /// <summary>Enough reports that some events' reports land in different stories in the two orders.</summary>
    private const int OrderCorpusSize = 400;

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Each_report_is_in_the_group_the_rule_makes_of_its_links_named_by_its_anchor(string provider)
    {
        using var target = StoreTarget.Create(provider);
        IngestAll(target, Corpus());

        using var raw = target.OpenRaw();
        var (kept, made) = Groups(raw);
        Assert.Contains(made.Values.GroupBy(g => g), g => g.Count() >= 3);
        Assert.Equal(made, kept);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_chain_of_links_makes_no_group_and_the_groups_are_the_same_in_either_order(string provider)
    {
        // Articles and digests printing two of them: each digest is linked to both, a chain from the first article to the last.
        var chain = CopyChain.Reports().Select(r => Report(r.Name, r.Text)).ToList();
        List<string> Groups(IEnumerable<SourceReport> order)
        {
            using var target = StoreTarget.Create(provider);
            using (var store = NewsStore.Open(target.Location, TimeProvider.System))
            {
                foreach (var r in order)
                {
                    store.Ingest(r);
                }
            }

            using var raw = target.OpenRaw();
            var rows = raw.Query<(string SourceId, long CopyGroup)>("SELECT source_id AS SourceId, copy_group AS CopyGroup FROM reports").ToList();
            var links = raw.Query<(string, string)>(
                "SELECT a.source_id, b.source_id FROM duplicates d JOIN reports a ON a.id = d.first_id JOIN reports b ON b.id = d.second_id").ToList();
            Assert.Contains(links, l => l is ("article-0.txt", "digest-01.txt") or ("digest-01.txt", "article-0.txt"));
            Assert.Contains(links, l => l is ("article-3.txt", "digest-23.txt") or ("digest-23.txt", "article-3.txt"));
            var groups = rows.GroupBy(r => r.CopyGroup).Where(g => g.Count() > 1)
                .Select(g => (IReadOnlyList<string>)g.Select(r => r.SourceId).Order(StringComparer.Ordinal).ToList()).ToList();
            Assert.Empty(CopyChain.Chained(groups, links));
            return groups.Select(g => string.Join(" ~ ", g)).Order(StringComparer.Ordinal).ToList();
        }

        var forward = Groups(chain);
        Assert.NotEmpty(forward);
        Assert.Equal(forward, Groups(Enumerable.Reverse(chain)));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_store_made_before_groups_were_kept_gets_them_from_its_links(string provider)
    {
        using var target = StoreTarget.Create(provider);
        IngestAll(target, Corpus());

        using (var raw = target.OpenRaw())
        {
            // Back to the version before copy groups: the sentence keys, added since, go first.
            UndoSentenceKeys(raw);
            var latest = raw.ExecuteScalar<long>("SELECT MAX(version) FROM schema_migrations");
            raw.Execute("DELETE FROM schema_migrations WHERE version = @latest", new { latest });
            raw.Execute("DROP INDEX reports_copy_group");
            raw.Execute("ALTER TABLE reports DROP COLUMN copy_group");
        }

        IngestAll(target, []);
        using var again = target.OpenRaw();
        var (kept, made) = Groups(again);
        Assert.Equal(made, kept);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_store_whose_groups_were_closures_of_links_gets_anchored_groups_at_its_next_ingest(string provider)
    {
        using var target = StoreTarget.Create(provider);
        StoreWithClosureGroups(target);

        IngestAll(target, []);
        using var again = target.OpenRaw();
        var (kept, made) = Groups(again);
        Assert.NotEqual(Closures(again), made);
        Assert.Equal(made, kept);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_store_migrated_to_anchored_groups_shows_them_as_soon_as_it_is_opened(string provider)
    {
        using var target = StoreTarget.Create(provider);
        StoreWithClosureGroups(target);

        // opened, migrated and read, with no ingest
        IReadOnlyList<IReadOnlyList<long>> shown;
        using (var store = NewsStore.Open(target.Location, TimeProvider.System))
        {
            shown = store.DuplicateGroups();
        }

        using var again = target.OpenRaw();
        var (kept, made) = Groups(again);
        Assert.Equal(made, kept);
        Assert.Contains(shown, g => g.Count >= 3);
        Assert.Equal(Named(made), Named(shown));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_store_opened_only_to_be_read_before_its_groups_were_named_shows_them_from_its_links(string provider)
    {
        using var target = StoreTarget.Create(provider);
        IngestAll(target, Corpus());
        Dictionary<long, long> made;
        using (var raw = target.OpenRaw())
        {
            // as the migration to anchored groups left a store that no writer has opened since
            raw.Execute("UPDATE reports SET copy_group = NULL");
            made = Groups(raw).Made;
        }

        using var store = NewsStore.OpenForReading(target.Location, TimeProvider.System);
        var shown = store.DuplicateGroups();
        Assert.Contains(shown, g => g.Count >= 3);
        Assert.Equal(Named(made), Named(shown));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void The_groups_are_the_same_whatever_order_the_reports_arrive_in(string provider)
    {
        var files = SyntheticCorpus.Generate(SyntheticCorpus.SampleTexts(RepoData.Samples), OrderCorpusSize);
        var reports = files.SelectMany(f => ReportReader.Read(f.Id, f.FileName, f.Bytes).Reports).ToList();
        // A body carried by several files is stored once, under the name of whichever came first: compared by one name.
        var bodies = new CorpusBodies(files);
        using var inOrder = StoreTarget.Create(provider);
        IngestAll(inOrder, reports);

        using var reversed = StoreTarget.Create(provider);
        using (var store = NewsStore.Open(reversed.Location, TimeProvider.System))
        {
            // One at a time, the last first: each report meets the others in the opposite order, in other stories.
            foreach (var r in Enumerable.Reverse(reports))
            {
                store.Ingest(r);
            }
        }

        using var first = NewsStore.Open(inOrder.Location, TimeProvider.System);
        using var second = NewsStore.Open(reversed.Location, TimeProvider.System);
        var groups = StoreShape.Links(first, bodies.Name);
        Assert.Contains(groups, g => g.Split(" ~ ").Length >= 3);
        Assert.Equal(groups, StoreShape.Links(second, bodies.Name));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_report_meets_the_same_earlier_copies_whatever_order_they_came_in(string provider)
    {
        // More versions of one report than a bucket holds, each with a line of its own, stored in one order and in the
        // other, then one more version: it is linked to the same reports in both stores.
        var text = SyntheticCorpus.SampleTexts(RepoData.Samples)[0];
        var versions = Enumerable.Range(0, 2 * Tradewatch.News.Dedup.NearDuplicateIndex.BucketCapacity)
            .Select(i => Report($"version-{i:00}.txt", $"{text}\n\nDesk note {i}."))
            .ToList();
        var probe = Report("probe.txt", $"{text}\n\nDesk note for the probe.");

        List<string> Linked(IEnumerable<SourceReport> order)
        {
            using var target = StoreTarget.Create(provider);
            using (var store = NewsStore.Open(target.Location, TimeProvider.System))
            {
                // One at a time: a batch is put in one order (NewsIndex.Order) whatever order it came in.
                foreach (var r in order.Append(probe))
                {
                    store.Ingest(r);
                }
            }

            using var raw = target.OpenRaw();
            return raw.Query<string>(
                """
                SELECT r.source_id FROM reports p
                JOIN duplicates d ON d.first_id = p.id OR d.second_id = p.id
                JOIN reports r ON r.id = CASE WHEN d.first_id = p.id THEN d.second_id ELSE d.first_id END
                WHERE p.source_id = 'probe.txt'
                ORDER BY r.source_id
                """).ToList();
        }

        var forward = Linked(versions);
        Assert.NotEmpty(forward);
        Assert.Equal(forward, Linked(Enumerable.Reverse(versions)));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_store_made_before_bands_were_ranked_ranks_them_by_content_hash(string provider)
    {
        using var target = StoreTarget.Create(provider);
        IngestAll(target, Corpus());
        using (var raw = target.OpenRaw())
        {
            UndoBandRanks(raw);
        }

        NewsStore.Open(target.Location, TimeProvider.System).Dispose();
        using var again = target.OpenRaw();
        Assert.True(again.ExecuteScalar<long>("SELECT COUNT(*) FROM report_bands") > 0);
        Assert.Equal(
            0L,
            again.ExecuteScalar<long>("SELECT COUNT(*) FROM report_bands b JOIN reports r ON r.id = b.report_id WHERE b.member_rank IS NULL OR b.member_rank <> r.content_hash"));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_store_made_before_sentence_keys_were_kept_gets_them_at_its_next_ingest(string provider)
    {
        using var target = StoreTarget.Create(provider);
        IngestAll(target, Corpus());

        List<(long Report, long Key)> kept;
        using (var raw = target.OpenRaw())
        {
            kept = SentenceKeyRows(raw);
            UndoSentenceKeys(raw);
        }

        IngestAll(target, []);

        using var again = target.OpenRaw();
        Assert.NotEmpty(kept);
        Assert.Equal(kept, SentenceKeyRows(again));
        Assert.Equal(0L, again.ExecuteScalar<long>("SELECT COUNT(*) FROM reports WHERE sentence_keyed = 0"));
    }

    private static List<(long Report, long Key)> SentenceKeyRows(System.Data.Common.DbConnection raw) =>
        raw.Query<(long Report, long Key)>("SELECT report_id AS Report, sentence_key AS Key FROM report_sentence_keys ORDER BY report_id, sentence_key").ToList();

    /// <summary>Takes the store back to the version before copy groups were anchored (its groups are left as they are).</summary>
    /// <summary>The corpus stored as an older Tradewatch left it: each group the closure of its links, named by its first report.</summary>
    private static void StoreWithClosureGroups(StoreTarget target)
    {
        IngestAll(target, Corpus());
        using var raw = target.OpenRaw();
        UndoAnchoredGroups(raw);
        foreach (var (id, root) in Closures(raw))
        {
            raw.Execute("UPDATE reports SET copy_group = @root WHERE id = @id", new { root, id });
        }
    }

    private static void UndoAnchoredGroups(System.Data.Common.DbConnection raw)
    {
        var latest = raw.ExecuteScalar<long>("SELECT MAX(version) FROM schema_migrations");
        raw.Execute("DELETE FROM schema_migrations WHERE version = @latest", new { latest });
    }

    /// <summary>Takes the store back to the version before proposals' readings were kept, as an older Tradewatch left it.</summary>
    private static void UndoProposalReadings(System.Data.Common.DbConnection raw)
    {
        UndoAnchoredGroups(raw);
        var latest = raw.ExecuteScalar<long>("SELECT MAX(version) FROM schema_migrations");
        raw.Execute("DELETE FROM schema_migrations WHERE version = @latest", new { latest });
        raw.Execute("DROP TABLE proposal_readings");
    }

    /// <summary>Takes the store back to the version before bands were ranked, as an older Tradewatch left it.</summary>
    private static void UndoBandRanks(System.Data.Common.DbConnection raw)
    {
        UndoProposalReadings(raw);
        var latest = raw.ExecuteScalar<long>("SELECT MAX(version) FROM schema_migrations");
        raw.Execute("DELETE FROM schema_migrations WHERE version = @latest", new { latest });
        raw.Execute("DROP INDEX report_bands_key");
        raw.Execute("ALTER TABLE report_bands DROP COLUMN member_rank");
        raw.Execute("CREATE INDEX report_bands_key ON report_bands(band_key)");
    }

    /// <summary>Takes the store back to the version before sentence keys were kept, as an older Tradewatch left it.</summary>
    private static void UndoSentenceKeys(System.Data.Common.DbConnection raw)
    {
        UndoBandRanks(raw);
        var latest = raw.ExecuteScalar<long>("SELECT MAX(version) FROM schema_migrations");
        raw.Execute("DELETE FROM schema_migrations WHERE version = @latest", new { latest });
        raw.Execute("DROP TABLE report_sentence_keys");
        raw.Execute("ALTER TABLE reports DROP COLUMN sentence_keyed");
    }

    /// <summary>Stores the reports as one batch, in a store opened and closed for it; a report refused fails the test.</summary>
    private static void IngestAll(StoreTarget target, IReadOnlyList<SourceReport> reports)
    {
        using var store = NewsStore.Open(target.Location, TimeProvider.System);
        store.Ingest(reports, (_, _) => { }, (r, e) => Assert.Fail($"{r.Id}: {e.Message}"));
    }

    private static SourceReport Report(string name, string text) =>
        ReportReader.Read(name, name, System.Text.Encoding.UTF8.GetBytes(text)).Reports.Single();

    /// <summary>A generated corpus whose events are each told several times: copies, versions and reprints.</summary>
    private static List<SourceReport> Corpus(int files = 60) =>
        SyntheticCorpus.Generate(SyntheticCorpus.SampleTexts(RepoData.Samples), files)
            .SelectMany(f => ReportReader.Read(f.Id, f.FileName, f.Bytes).Reports)
            .ToList();

    /// <summary>Each report's kept group, and the group the rule of <see cref="CopyGroups"/> makes of the links.</summary>
    private static (Dictionary<long, long> Kept, Dictionary<long, long> Made) Groups(System.Data.Common.DbConnection raw)
    {
        var kept = raw.Query<(long Id, long CopyGroup)>("SELECT id AS Id, copy_group AS CopyGroup FROM reports").ToDictionary(r => r.Id, r => r.CopyGroup);
        var reports = raw.Query<(long Id, string Hash)>("SELECT id AS Id, content_hash AS Hash FROM reports").Select(r => new CopyGroups.Member(r.Id, r.Hash)).ToList();
        var links = raw.Query<(long First, long Second)>("SELECT first_id AS First, second_id AS Second FROM duplicates").ToList();
        return (kept, CopyGroups.Of(reports, links));
    }

    /// <summary>Groups of two or more reports, each as its ids in order, in order: from each report's anchor, or as a store lists them.</summary>
    private static List<string> Named(Dictionary<long, long> anchors) =>
        Named(anchors.GroupBy(a => a.Value).Select(g => (IReadOnlyList<long>)g.Select(a => a.Key).ToList()).ToList());

    private static List<string> Named(IReadOnlyList<IReadOnlyList<long>> groups) =>
        groups.Where(g => g.Count > 1).Select(g => string.Join(' ', g.Order())).Order(StringComparer.Ordinal).ToList();

    /// <summary>Each report's group as the closure of the links made it: the smallest id reached through them.</summary>
    private static Dictionary<long, long> Closures(System.Data.Common.DbConnection raw)
    {
        var links = raw.Query<(long First, long Second)>("SELECT first_id AS First, second_id AS Second FROM duplicates").ToList();
        var made = raw.Query<long>("SELECT id FROM reports").ToDictionary(id => id, id => id);
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

        return made;
    }
}
