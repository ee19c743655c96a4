using Microsoft.Data.Sqlite;
using Tradewatch.Core;
using Tradewatch.News.Reading;
using Tradewatch.TestSupport;

namespace Tradewatch.Storage.Tests;

/// <summary>The news store's tests, run on each provider (<see cref="StoreTarget"/>).</summary>
public sealed class NewsStoreTests
{
    internal static IReadOnlyList<SourceReport> SampleReports()
    {
        return Directory.GetFiles(RepoData.Samples).Order(StringComparer.Ordinal)
            .SelectMany(f => ReportReader.Read(Path.GetFileName(f), Path.GetFileName(f), File.ReadAllBytes(f)).Reports)
            .ToList();
    }

    private static NewsStore Open(StoreTarget target) => NewsStore.Open(target.Location, TimeProvider.System);

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_report_read_twice_is_stored_once(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var reports = SampleReports();
        using var store = Open(target);
        var first = reports.Select(store.Ingest).ToList();
        var second = reports.Select(store.Ingest).ToList();
        Assert.All(first, o => Assert.Equal(IngestStatus.Added, o.Status));
        Assert.All(second, o => Assert.Equal(IngestStatus.AlreadyStored, o.Status));
        Assert.Equal(first.Select(o => o.ReportId), second.Select(o => o.ReportId));
        Assert.Equal(reports.Count, store.ReportCount());
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Stories_and_duplicates_survive_reopening_and_new_reports_join_them(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var reports = SampleReports();
        var wire = reports.Single(r => r.Id == "01-wire-steel-talks.txt");
        var copy = reports.Single(r => r.Id == "02-copy-steel-talks.txt");
        long wireStory;
        using (var store = Open(target))
        {
            foreach (var r in reports.Where(r => r != copy))
            {
                store.Ingest(r);
            }

            wireStory = store.Ingest(wire).StoryId;
        }

        using (var reopened = Open(target))
        {
            var outcome = reopened.Ingest(copy);
            Assert.Equal(IngestStatus.Added, outcome.Status);
            Assert.Equal(wireStory, outcome.StoryId);
            Assert.True(outcome.DuplicatesFound >= 1);
            var detail = reopened.Story(wireStory)!;
            Assert.Contains(detail.Reports, r => r.SourceId == "02-copy-steel-talks.txt");
            Assert.Contains(detail.Duplicates, d => d.Relation == "copy");
        }
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_rerun_after_an_interrupted_ingest_completes_it(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var reports = SampleReports();
        using (var partial = Open(target))
        {
            foreach (var r in reports.Take(4))
            {
                partial.Ingest(r);
            }
        }

        using var store = Open(target);
        var outcomes = reports.Select(store.Ingest).ToList();
        Assert.Equal(4, outcomes.Count(o => o.Status == IngestStatus.AlreadyStored));
        Assert.Equal(reports.Count, store.ReportCount());
        var stories = store.Stories();
        Assert.Equal(reports.Count, stories.Sum(s => s.Reports));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Every_report_of_a_story_can_be_shown(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        foreach (var r in SampleReports())
        {
            store.Ingest(r);
        }

        var biggest = store.Stories().OrderByDescending(s => s.Reports).First();
        var detail = store.Story(biggest.Id)!;
        Assert.Equal(5, detail.Reports.Count);
        Assert.All(detail.Reports, r => Assert.NotNull(r.Published));
        Assert.Null(store.Story(999_999));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_a_storage_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradewatch-test-{Guid.NewGuid():N}.db");
        File.WriteAllText(path, "this is not a SQLite database, just some text that is long enough to have a header");
        Assert.Throws<StorageException>(() => NewsStore.Open(path, TimeProvider.System));
        File.Delete(path);
    }

    private static SourceReport Report(string id, string text) =>
        ReportReader.Read(id, id, System.Text.Encoding.UTF8.GetBytes(text)).Reports.Single();

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_report_that_bridges_two_stories_merges_them_and_the_old_story_leads_to_the_new(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        // A feed about the two economies, on other matters: their names become common words.
        string[] matters = ["baseball scores", "cherry blossom tourism", "film festival prizes", "typhoon warnings", "ferry timetables", "rice harvest yields",
            "university rankings", "museum exhibitions", "marathon results", "train fares", "broadband speeds", "concert tours"];
        foreach (var (m, i) in matters.Select((m, i) => (m, i)))
        {
            store.Ingest(Report($"feed-{i:D2}.txt", $"Japan and South Korea compare {m}.\n\nJapan and South Korea published {m} on {i + 1} March 2026, as every year.\n"));
        }

        var shipyards = store.Ingest(Report("shipyards.txt",
            "Shipyard subsidies in South Korea draw a complaint from Japan\n\nTOKYO, March 2, 2026 - Japan said South Korea paid shipyard subsidies. Welding crews, harbour cranes and dry docks got subsidy money, the shipyard filing says.\n"));
        var photoresist = store.Ingest(Report("photoresist.txt",
            "Photoresist licences for South Korea held up in Japan\n\nSEOUL, March 3, 2026 - South Korea said Japan delayed photoresist licences. Fluorine gas, wafers and etching chemicals wait for licences, the photoresist makers warn.\n"));
        Assert.NotEqual(shipyards.StoryId, photoresist.StoryId);

        var both = store.Ingest(Report("both.txt",
            "Japan and South Korea quarrel over shipyards and photoresist\n\nTOKYO, March 3, 2026 - Japan faults South Korea over shipyard subsidies for welding crews, harbour cranes and dry docks, and South Korea faults Japan over photoresist licences for fluorine gas, wafers and etching chemicals.\n"));

        var merged = store.Story(both.StoryId)!;
        Assert.Equal(["both.txt", "photoresist.txt", "shipyards.txt"], merged.Reports.Select(r => r.SourceId).Order(StringComparer.Ordinal));
        var absorbed = new[] { shipyards.StoryId, photoresist.StoryId }.Single(id => id != both.StoryId);
        Assert.Equal(both.StoryId, store.Story(absorbed)!.Story.Id);
        Assert.DoesNotContain(store.Stories(), s => s.Id == absorbed);
    }
}
