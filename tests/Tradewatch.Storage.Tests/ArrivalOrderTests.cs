using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;

namespace Tradewatch.Storage.Tests;

/// <summary>
/// The groups of copies are a function of the set of reports, not of the order or the batches they
/// arrive in: the same generated reports (copies, versions and reprints of events made from the
/// project's samples), stored in shuffled orders and split into batches, end in the groups one batch
/// read in memory makes.
/// </summary>
public sealed class ArrivalOrderTests
{
    private const int Reports = 600;

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Copy_groups_do_not_depend_on_the_order_or_the_batches_reports_arrive_in(string provider)
    {
        var files = SyntheticCorpus.Generate(SyntheticCorpus.SampleTexts(RepoData.Samples), Reports);
        var corpus = new CorpusBodies(files);
        var reports = files.SelectMany(f => ReportReader.Read(f.Id, f.FileName, f.Bytes).Reports).ToList();
        // A store keeps one report per body, so a group in memory is named by its distinct bodies.
        var expected = NewsPipeline.Run(files).Duplicates
            .Select(g => g.Documents.Select(corpus.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            .Where(g => g.Count > 1)
            .Select(g => string.Join(" ~ ", g))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(expected.Count > 10, "the corpus has groups of copies to put together");

        foreach (var (seed, batches) in new[] { (1, 1), (2, 3), (3, 8) })
        {
            var random = new Random(seed);
            var shuffled = reports.OrderBy(_ => random.Next()).ToList();
            using var target = StoreTarget.Create(provider);
            using (var store = NewsStore.Open(target.Location, TimeProvider.System))
            {
                foreach (var batch in shuffled.Chunk((shuffled.Count + batches - 1) / batches))
                {
                    store.Ingest(batch, (_, _) => { }, (r, e) => Assert.Fail($"{r.Id}: {e.Message}"));
                }

                Assert.Equal(corpus.Distinct, store.ReportCount());
                Assert.Equal(expected, StoreShape.Links(store, corpus.Name));
            }
        }
    }
}
