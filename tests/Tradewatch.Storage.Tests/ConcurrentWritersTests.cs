using Tradewatch.Core.Ledger;
using Tradewatch.News.Reading;

namespace Tradewatch.Storage.Tests;

/// <summary>
/// Several writers on one store, each with its own connection as separate processes would have: the
/// same reports fed to all of them at once, in different orders, end as one process would store them.
/// </summary>
public sealed class ConcurrentWritersTests
{
    private const int Workers = 4;

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Writers_racing_to_create_a_store_all_open_it(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var counts = RunAll(_ =>
        {
            using var store = NewsStore.Open(target.Location, TimeProvider.System);
            return store.ReportCount();
        });
        Assert.All(counts, c => Assert.Equal(0, c));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Four_writers_fed_the_same_reports_store_each_once_with_the_links_and_stories_of_one(string provider)
    {
        var reports = NewsStoreTests.SampleReports();
        using var sequential = StoreTarget.Create(provider);
        using (var store = NewsStore.Open(sequential.Location, TimeProvider.System))
        {
            foreach (var r in reports)
            {
                store.Ingest(r);
            }
        }

        using var target = StoreTarget.Create(provider);
        // Copies from several directions: every worker is fed every report, each in another order.
        var outcomes = RunAll(w =>
        {
            using var store = NewsStore.Open(target.Location, TimeProvider.System);
            var order = w % 2 == 0 ? reports : reports.Reverse().ToList();
            var mine = order.Skip(w * order.Count / Workers).Concat(order.Take(w * order.Count / Workers)).Select(store.Ingest).ToList();
            store.Review.ProposeFromStore(TradeLedger.Empty, RepoData.Reference.Economies);
            return mine;
        });

        Assert.Equal(reports.Count, outcomes.SelectMany(o => o).Count(o => o.Status == IngestStatus.Added));
        using var raced = NewsStore.Open(target.Location, TimeProvider.System);
        using var alone = NewsStore.Open(sequential.Location, TimeProvider.System);
        Assert.Equal(reports.Count, raced.ReportCount());
        Assert.Equal(StoreShape.Links(alone), StoreShape.Links(raced));
        Assert.Equal(StoreShape.Stories(alone), StoreShape.Stories(raced));
        // Each claim is proposed once, however many writers proposed it.
        alone.Review.ProposeFromStore(TradeLedger.Empty, RepoData.Reference.Economies);
        Assert.Equal(
            alone.Review.List().Select(p => p.Summary).Order(StringComparer.Ordinal),
            raced.Review.List().Select(p => p.Summary).Order(StringComparer.Ordinal));
        Assert.Equal(raced.Review.List().Count, raced.Review.List().Select(p => p.Summary).Distinct().Count());
    }

    private static List<T> RunAll<T>(Func<int, T> worker)
    {
        using var start = new Barrier(Workers);
        var tasks = Enumerable.Range(0, Workers).Select(w => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return worker(w);
            },
            TaskCreationOptions.LongRunning)).ToArray();
        return tasks.Select(t => t.GetAwaiter().GetResult()).ToList();
    }
}
