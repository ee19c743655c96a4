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
}
