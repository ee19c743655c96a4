using Tradewatch.News.Stories;

namespace Tradewatch.News.Tests;

public sealed class StoryClustererTests
{
    private const string LicenceRequired =
        "Veltrix said the Commerce Department told it that exports of its Q7 accelerator chips to China now need a licence. "
        + "The Q7 was designed to stay under earlier limits. Veltrix expects a charge of $2 billion on unsold Q7 stock.";

    private const string LicenceGranted =
        "Veltrix said Washington will grant licences for sales of its Q7 accelerator chips to China, reversing the requirement. "
        + "The Q7 charge of $2 billion may be partly recovered, Veltrix said, as shipments of Q7 stock resume.";

    private const string SteelTalks =
        "Canada and the United States held talks on steel and aluminium duties in Ottawa. "
        + "Officials said the tariffs on steel would be discussed again at the next round.";

    private const string DairyDispute =
        "Canada and the United States argued over dairy quotas under their trade pact in a panel hearing. "
        + "Farm groups said the quotas on milk and cheese were being filled too slowly.";

    private static readonly DateOnly April = new(2025, 4, 15);

    private static (StoryClusterer Clusterer, Story First) Start(string text, DateOnly date, params string[] others)
    {
        var statistics = new TermStatistics();
        var clusterer = new StoryClusterer(statistics);
        foreach (var other in others)
        {
            // Other news makes the words of every trade report common and the story's own rare.
            var o = StoryFeatures.Of(string.Empty, other, date);
            statistics.Add(o.Terms.Keys);
            clusterer.Add(o);
        }

        var features = StoryFeatures.Of(string.Empty, text, date);
        statistics.Add(features.Terms.Keys);
        return (clusterer, clusterer.Add(features));
    }

    private static Story Add(StoryClusterer clusterer, string text, DateOnly date)
    {
        var features = StoryFeatures.Of(string.Empty, text, date);
        clusterer.Statistics.Add(features.Terms.Keys);
        return clusterer.Add(features);
    }

    [Fact]
    public void A_report_months_later_that_shares_the_stories_rare_words_joins_it()
    {
        var (clusterer, first) = Start(LicenceRequired, April, SteelTalks, DairyDispute);
        Assert.Same(first, Add(clusterer, LicenceGranted, April.AddDays(90)));
    }

    [Fact]
    public void A_report_further_off_than_half_a_year_starts_another_story_however_alike()
    {
        var (clusterer, first) = Start(LicenceRequired, April, SteelTalks, DairyDispute);
        Assert.NotSame(first, Add(clusterer, LicenceGranted, April.AddDays(StoryClusterer.MaxThreadDays + 1)));
    }

    [Fact]
    public void Reports_of_the_same_economies_weeks_apart_that_share_only_common_words_stay_apart()
    {
        var (clusterer, first) = Start(SteelTalks, April, LicenceRequired);
        Assert.NotSame(first, Add(clusterer, DairyDispute, April.AddDays(40)));
    }
}
