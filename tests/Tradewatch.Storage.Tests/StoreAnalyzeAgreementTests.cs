using Tradewatch.News.Claims;
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

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_story_counts_the_sources_of_a_claim_by_copy_groups_as_analyze_does(string provider)
    {
        // Four reports of one event in their own words, each stating the same rate, and digests printing two
        // neighbours whole: the links chain the four, but the copy groups do not.
        var files = Chain.Select(r => new InputFile(r.Name, r.Name, System.Text.Encoding.UTF8.GetBytes(r.Text))).ToList();
        // the claims every report makes (the rate, and what else its sentence says), by how many independent sources each has
        List<int> InEvery(IEnumerable<ConsolidatedClaim> claims) =>
            claims.Where(c => c.Sources.Select(s => s.Document).Distinct().Count() == files.Count).Select(c => c.Corroboration).Order().ToList();
        var inMemory = InEvery(ReportClaims.Of(NewsPipeline.Run(files)).Result.Claims);

        using var target = StoreTarget.Create(provider);
        using var store = NewsStore.Open(target.Location, TimeProvider.System);
        foreach (var f in files)
        {
            store.Ingest(ReportReader.Read(f.Id, f.FileName, f.Bytes).Reports.Single());
        }

        var story = Assert.Single(store.Stories());
        Assert.NotEmpty(inMemory);
        Assert.All(inMemory, sources => Assert.True(sources > 1));
        Assert.Equal(inMemory, InEvery(store.StoryClaims(story.Id)!.Consolidate().Result.Claims));
    }

    /// <summary>Reports written for this test: a0, a0+a1, a1, a1+a2, a2, a2+a3, a3, in the order of the chain.</summary>
    private static IEnumerable<(string Name, string Text)> Chain
    {
        get
        {
            for (var i = 0; i < ChainArticles.Length; i++)
            {
                if (i > 0)
                {
                    yield return ($"digest-{i - 1}{i}.txt", ChainArticles[i - 1] + "\n" + ChainArticles[i]);
                }

                yield return ($"article-{i}.txt", ChainArticles[i]);
            }
        }
    }

    private const string ChainRate = "The United States will raise its tariff on steel from Canada to 25% from 1 March 2025.";

    private static readonly string[] ChainArticles =
    [
        $"""
        Steel mills in Hamilton warned their workers on Monday that orders from American car plants had already begun to slow.
        {ChainRate}
        Union leaders at the largest mill asked the provincial government for help with wages if the night shift is cut.
        Buyers in Detroit said they had brought forward deliveries to fill their warehouses before the higher duty applies.
        A spokesman for the mill owners said prices for hot-rolled coil had fallen for the fourth week in a row.
        """,
        $"""
        Ottawa promised a reply in kind after officials in Washington confirmed the new duty on Canadian metal.
        {ChainRate}
        The finance minister told reporters that a list of American goods facing counter-measures would be published within days.
        Farm groups fear that orange juice, bourbon and motorcycles will once again be on that list, as they were in 2018.
        Economists at a Toronto bank estimated that the measure could cut Canada's steel exports by a fifth this year.
        """,
        $"""
        Shares of North American steelmakers moved in opposite directions as traders weighed the announcement.
        {ChainRate}
        Companies with mills south of the border gained, while those relying on sales across the lake lost ground.
        Analysts noted that scrap prices in Chicago rose sharply during the afternoon session on heavy buying.
        Several brokers cut their profit forecasts for the Canadian producers for the rest of the year.
        """,
        $"""
        Shipping agents on the Great Lakes expect fewer cargoes of slab and coil to leave Canadian ports this spring.
        {ChainRate}
        Port officials in Thunder Bay said bookings for April were already well below last season's level.
        Some vessel owners plan to move their ships to grain routes, which pay less but are busier at harvest.
        A lobby group for lake carriers asked both governments to spare the shipping industry in any settlement.
        """,
    ];
}
