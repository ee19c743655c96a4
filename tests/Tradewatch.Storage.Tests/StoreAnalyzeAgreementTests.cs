using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;

namespace Tradewatch.Storage.Tests;

/// <summary>
/// The store and <c>analyze</c> run one news engine: the same reports, ingested into a store or read in
/// memory, make the same stories, whatever order the files come in.
/// </summary>
public sealed class StoreAnalyzeAgreementTests
{
    /// <summary>
    /// Each provider with each set: the project's samples, and the shared dev2 corpus when it is beside the
    /// repository (its reports only go in; no wording of theirs is looked at).
    /// </summary>
    public static TheoryData<string, string> Sets()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in TestStores.Providers)
        {
            data.Add(provider, "samples");
            if (Directory.Exists(Dev2))
            {
                data.Add(provider, "dev2");
            }
        }

        return data;
    }

    private static string Dev2 => Path.Combine(RepoData.Directory, "..", "..", "shared", "corpus", "dev2", "articles");

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_batch_ingested_in_any_order_makes_the_stories_analyze_makes(string provider, string set)
    {
        var reports = Read(set == "dev2" ? Dev2 : RepoData.Samples);
        var analyzed = NewsPipeline.Analyze(reports, []).Stories
            .Select(s => string.Join(' ', s.Documents.Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

        using var target = StoreTarget.Create(provider);
        using var store = NewsStore.Open(target.Location, TimeProvider.System);
        // Files listed last first: the store adds a batch in the engine's order, not the order it is given.
        var outcomes = new List<IngestOutcome>();
        store.Ingest(reports.AsEnumerable().Reverse().ToList(), (_, o) => outcomes.Add(o), (r, e) => Assert.Fail($"{r.Id}: {e.Message}"));

        Assert.Equal(reports.Count, outcomes.Count(o => o.Status == IngestStatus.Added));
        Assert.True(analyzed.Count > 1, "the set has several stories, so grouping is put to the test");
        Assert.Equal(analyzed, StoredStories(store));
    }

    /// <summary>
    /// The store dates a story again each time it gains a report, but only the reports the new one can change
    /// (<see cref="StoryDates.DatesOthers"/>): once the batch is in, every report has the date <c>analyze</c>
    /// gives it against its whole story, with the same kind of evidence.
    /// </summary>
    [Theory]
    [MemberData(nameof(Sets))]
    public void A_batch_ingested_in_any_order_gets_the_dates_analyze_gives(string provider, string set)
    {
        var reports = Read(set == "dev2" ? Dev2 : RepoData.Samples);
        var analyzed = NewsPipeline.Analyze(reports, []).Reports
            .ToDictionary(r => r.Id, r => $"{r.Published.Date:yyyy-MM-dd} {r.Published.Source}".ToLowerInvariant());

        using var target = StoreTarget.Create(provider);
        using var store = NewsStore.Open(target.Location, TimeProvider.System);
        store.Ingest(reports.AsEnumerable().Reverse().ToList(), (_, _) => { }, (r, e) => Assert.Fail($"{r.Id}: {e.Message}"));
        var stored = store.Stories().SelectMany(s => store.Story(s.Id)!.Reports)
            .ToDictionary(r => r.SourceId, r => $"{r.Published} {r.PublishedFrom}");

        Assert.True(analyzed.Values.Any(d => d.EndsWith(" story", StringComparison.Ordinal)), "a report is dated by its story, so re-dating is put to the test");
        Assert.Equal(analyzed.OrderBy(p => p.Key, StringComparer.Ordinal), stored.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>Each stored story as its reports' source ids, sorted and joined by spaces; the stories sorted.</summary>
    internal static List<string> StoredStories(NewsStore store) =>
        store.Stories()
            .Select(s => string.Join(' ', store.Story(s.Id)!.Reports.Select(r => r.SourceId).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static List<SourceReport> Read(string folder) =>
        Directory.GetFiles(folder).Order(StringComparer.Ordinal)
            .SelectMany(f => ReportReader.Read(Path.GetFileName(f), Path.GetFileName(f), File.ReadAllBytes(f)).Reports)
            .ToList();
}
