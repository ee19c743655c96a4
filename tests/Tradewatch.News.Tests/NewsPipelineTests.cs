using Tradewatch.News.Claims;
using Tradewatch.News.Dedup;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.News.Stories;

namespace Tradewatch.News.Tests;

public class NewsPipelineTests
{
    private static readonly Analysis SampleAnalysis = NewsPipeline.Run(Samples.All());

    private static IReadOnlyList<string> StoryOf(string id) => SampleAnalysis.Stories.Single(s => s.Documents.Contains(id)).Documents;

    [Fact]
    public void Reports_of_one_event_form_one_story()
    {
        Assert.Equal(
            ["01-wire-steel-talks.txt", "02-copy-steel-talks.txt", "03-version-steel-talks.txt", "04-rewrite-steel-talks.txt", "05-steel-talks-analysis.md"],
            StoryOf("01-wire-steel-talks.txt"));
        Assert.Equal(["06-chip-licences.html", "07-chip-licences-short.txt"], StoryOf("07-chip-licences-short.txt"));
        Assert.Equal(["08-ebike-duties.txt", "10-feed.xml#1"], StoryOf("08-ebike-duties.txt"));
    }

    [Fact]
    public void A_batch_read_in_memory_and_its_claims_kept_per_report_give_the_same_claims_days_and_stories()
    {
        var memory = ReportClaims.Of(SampleAnalysis);
        // as a store keeps them: each report's claims extracted once with its date, consolidated when read
        var kept = ReportClaims.Of(
            SampleAnalysis.Reports.Select(r => NewsIndex.Extract(r.Id, r.Clean, r.Published.Date)).Reverse().ToList(),
            SampleAnalysis.Duplicates.Select(d => d.Documents).ToList(),
            memory.Stories);
        Assert.NotEmpty(memory.Result.Claims);
        Assert.Equal(ClaimJson.ToJson(memory.Result).ToJsonString(), ClaimJson.ToJson(kept.Result).ToJsonString());
        Assert.All(SampleAnalysis.Reports, r => Assert.Equal(r.Published.Date, memory.Published[r.Id]));
        Assert.Equal(memory.Published.OrderBy(p => p.Key, StringComparer.Ordinal), kept.Published.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(StoryOf("08-ebike-duties.txt"), memory.Stories.Where(s => s.Value == memory.Stories["08-ebike-duties.txt"]).Select(s => s.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unrelated_news_and_another_deal_stand_alone()
    {
        Assert.Equal(["09-marathon.txt"], StoryOf("09-marathon.txt"));
        Assert.Equal(["10-feed.xml#2"], StoryOf("10-feed.xml#2"));
    }

    [Fact]
    public void Copies_versions_and_rewrites_are_grouped_with_their_relation()
    {
        var group = Assert.Single(SampleAnalysis.Duplicates);
        Assert.Equal(["01-wire-steel-talks.txt", "02-copy-steel-talks.txt", "03-version-steel-talks.txt", "04-rewrite-steel-talks.txt"], group.Documents);
        Assert.Contains(SampleAnalysis.DuplicatePairs, p => p.Relation == DuplicateRelation.Copy);
        Assert.Contains(SampleAnalysis.DuplicatePairs, p => p.Relation == DuplicateRelation.Rewrite);
    }

    [Fact]
    public void Missing_dates_come_from_datelines_and_from_the_story()
    {
        var byId = SampleAnalysis.Reports.ToDictionary(r => r.Id);
        Assert.Equal((new DateOnly(2026, 3, 3), DateSource.Dateline), (byId["02-copy-steel-talks.txt"].Published.Date, byId["02-copy-steel-talks.txt"].Published.Source));
        Assert.Equal(DateSource.Story, byId["04-rewrite-steel-talks.txt"].Published.Source);
        Assert.Equal(new DateOnly(2026, 3, 3), byId["04-rewrite-steel-talks.txt"].Published.Date);
    }

    [Fact]
    public void Boilerplate_of_the_samples_is_removed()
    {
        var text = SampleAnalysis.Reports.Single(r => r.Id == "02-copy-steel-talks.txt").Clean.Text;
        Assert.DoesNotContain("Also read", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Port strike", text, StringComparison.Ordinal);
        Assert.DoesNotContain("128", text, StringComparison.Ordinal);
        Assert.Contains("The talks are due to end on Wednesday with a joint statement, according to both governments.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_is_an_issue_and_the_rest_of_the_batch_goes_on()
    {
        var files = Samples.All().Append(new InputFile("empty.txt", "empty.txt", [])).ToList();
        var analysis = NewsPipeline.Run(files);
        Assert.True(analysis.AnyFailed);
        Assert.Contains(analysis.Issues, i => i.Source == "empty.txt" && i.Severity == IssueSeverity.Error);
        Assert.Equal(SampleAnalysis.Reports.Count, analysis.Reports.Count);
    }

    [Fact]
    public void Adding_a_report_to_the_clusterer_leaves_earlier_stories_as_they_were()
    {
        var statistics = new TermStatistics();
        var clusterer = new StoryClusterer(statistics);
        var reports = SampleAnalysis.Reports.OrderBy(r => r.Published.Date).ToList();
        foreach (var r in reports)
        {
            var features = StoryFeatures.Of(r.Clean.Headline, r.Clean.Text, r.Published.Date);
            statistics.Add(features.Terms.Keys);
            clusterer.Add(features);
        }

        var sizes = clusterer.Stories.ToDictionary(s => s.Id, s => s.Size);
        var again = reports[0];
        var added = StoryFeatures.Of(again.Clean.Headline, again.Clean.Text, again.Published.Date);
        statistics.Add(added.Terms.Keys);
        var story = clusterer.Add(added);
        Assert.Equal(sizes[story.Id] + 1, story.Size);
        Assert.All(clusterer.Stories.Where(s => s.Id != story.Id), s => Assert.Equal(sizes[s.Id], s.Size));
    }

    [Theory]
    [InlineData("The airline said Canada and Canadian travellers drove record summer bookings; Canada stays its biggest market.", "CA")]
    [InlineData("The airline said the Irish market and Irish travellers drove record summer bookings; Irish demand stays high.", "IE")]
    public void A_report_naming_no_economy_is_weighed_by_its_words_alone(string first, string economy)
    {
        var statistics = new TermStatistics();
        var clusterer = new StoryClusterer(statistics);
        var day = new DateOnly(2026, 7, 1);
        var named = StoryFeatures.Of("Airline bookings hit a record", first, day);
        Assert.Equal([economy], Economies.Main(named.Economies));
        var plain = StoryFeatures.Of("Airline profit doubles", "Record summer bookings lifted the airline's quarterly profit, its chief executive said, though fuel costs rose.", day);
        Assert.Empty(Economies.Main(plain.Economies));
        statistics.Add(named.Terms.Keys);
        statistics.Add(plain.Terms.Keys);
        statistics.Add(StoryFeatures.Of("Steel quota talks", "Ministers met to discuss steel quotas and port fees.", day).Terms.Keys);
        var story = clusterer.Add(named);
        // Alike enough for one event, not so alike that a report about other economies would join.
        Assert.InRange(clusterer.Similarity(named, plain), StoryClusterer.JoinSimilarityNear, StoryClusterer.JoinSimilarityOtherEconomies);
        Assert.Equal(story.Id, clusterer.Add(plain).Id);
    }

    [Fact]
    public void Reports_that_cannot_be_read_are_said_so_and_give_no_claims()
    {
        static InputFile File(string name, string text) => new(name, name, System.Text.Encoding.UTF8.GetBytes(text));
        var table = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"{i * 37 % 1000} | {i * 53 % 1000} | {i * 71 % 1000}%"));
        var files = new[]
        {
            File("menu.txt", "Home\nWorld\nSign in\nSubscribe to our newsletter\nShare\nPrivacy policy\n"),
            File("table.txt", table),
            File("other.txt", "Die Regierung hat am Montag neue Zölle von 25 Prozent auf Stahl aus dem Ausland angekündigt. Der Minister sagte, die Maßnahme gelte ab Juli und solle die Werke schützen, die unter der Konkurrenz leiden."),
        };
        var analysis = NewsPipeline.Run(files);
        foreach (var name in new[] { "menu.txt", "table.txt", "other.txt" })
        {
            Assert.Contains(analysis.Issues, i => i.Source == name && i.Message.StartsWith("nothing read from it", StringComparison.Ordinal));
        }

        Assert.Empty(ClaimStage.Run(analysis).Claims);
    }

    [Fact]
    public void A_report_of_a_megabyte_is_read_whole_without_error()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; text.Length < 1_000_000; i++)
        {
            text.Append("The port of Example Bay handled ").Append(1000 + i).Append(" containers on day ").Append(i)
                .Append(" of the year, the authority said in its ").Append(i % 7 == 0 ? "weekly" : "daily").Append(" note on river traffic and berths.\n");
        }

        var analysis = NewsPipeline.Run([new InputFile("big.txt", "big.txt", System.Text.Encoding.UTF8.GetBytes(text.ToString()))]);
        var report = Assert.Single(analysis.Reports);
        Assert.DoesNotContain(analysis.Issues, i => i.Source == "big.txt" && i.Message.StartsWith("nothing read from it", StringComparison.Ordinal));
        Assert.True(report.Clean.Text.Length > 900_000, $"{report.Clean.Text.Length} characters kept");
    }

    [Fact]
    public void A_yearless_lone_report_takes_the_year_of_the_batch()
    {
        static InputFile File(string name, string text) => new(name, name, System.Text.Encoding.UTF8.GetBytes(text));
        var files = new[]
        {
            File("dated.txt", "---\npublished: 2026-03-03\n---\nThe port authority opened a new container terminal after two years of building work on the river.\nThe terminal can handle a million boxes a year, the authority said in a statement.\n"),
            File("yearless.txt", "The city marathon was run on Feb. 8 in cold rain, and the winner set a course record in the final mile.\nRunners from forty clubs took part, the organisers said after the race.\n"),
        };
        var dated = NewsPipeline.Run(files).Reports.Single(r => r.Id == "yearless.txt").Published;
        Assert.Equal(new DateOnly(2026, 2, 8), dated.Date);
        Assert.Contains("batch", dated.Evidence, StringComparison.Ordinal);
    }
}
