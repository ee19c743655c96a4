using Tradewatch.News.Dates;
using Tradewatch.News.Pipeline;

namespace Tradewatch.News.Tests;

/// <summary>An undated report whose story dates nothing takes the day a report of another story gives for its lead's event.</summary>
public class OtherStoryDatesTests
{
    // Published on Wednesday 4 March 2026; it names the Tuesday of the signing, and its lead sentence names no day.
    private const string Dated = "Cement makers in both countries welcomed the new accord on quotas, which takes effect in April. "
        + "Ministers from Portugal and Morocco signed the cement quota agreement in Lisbon on Tuesday after two days of talks. "
        + "The agreement lifts duties on clinker for three years.";

    private static IReadOnlyList<EventDays.Anchor> Anchors() => StoryDates.OtherStoryAnchors([("dated.txt", Dated, new DateOnly(2026, 3, 4))]);

    [Fact]
    public void Only_days_a_report_names_anchor_other_stories()
    {
        var anchors = Anchors();
        Assert.NotEmpty(anchors);
        Assert.All(anchors, a => Assert.False(a.Unnamed));
        Assert.Contains(anchors, a => a.Day == new DateOnly(2026, 3, 3));
    }

    [Fact]
    public void A_lead_telling_of_the_same_event_in_many_of_the_same_words_takes_its_day()
    {
        var dated = EventDays.Match("Portugal and Morocco signed a cement quota agreement Tuesday in Lisbon, ending two days of talks between ministers.", Anchors(), EventDays.MoreSharedAcrossStories);
        Assert.NotNull(dated);
        Assert.Equal(new DateOnly(2026, 3, 3), dated.Value.Date);
        Assert.Contains("dated.txt", dated.Value.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_sharing_only_a_few_words_is_matched_within_its_story_but_not_across_stories()
    {
        const string lead = "Moroccan ministers signed a cement quota deal on Tuesday, officials in Rabat said.";
        Assert.NotNull(EventDays.Match(lead, Anchors()));
        Assert.Null(EventDays.Match(lead, Anchors(), EventDays.MoreSharedAcrossStories));
    }

    [Fact]
    public void A_report_its_story_cannot_date_is_dated_by_another_storys_report_and_says_so()
    {
        const string text = "Portugal and Morocco signed a cement quota agreement Tuesday in Lisbon, ending two days of talks between ministers. "
            + "Builders expect cheaper cement by the summer, the trade association said.";
        var member = StoryWireDatelineTests.Member("undated.txt", default, text, 0);
        var dates = new DatedBy[1];
        StoryDates.FromMentions([member], dates, () => 2026, new Tradewatch.News.Stories.StoryClusterer(new Tradewatch.News.Stories.TermStatistics()), Anchors);
        Assert.Equal((new DateOnly(2026, 3, 3), PublicationDates.OtherStoryEventDayConfidence), (dates[0].Date, dates[0].Confidence));
        Assert.Contains("another story", dates[0].Evidence, StringComparison.Ordinal);
    }

    [Theory]
    // Its lead tells the signing as of yesterday and names no weekday; the latest past day it names is only a bound.
    [InlineData("The talks had opened in Rabat on February 27.", "2026-03-04")]
    // A past day later than the other story's: the report cannot precede it, and the bound stands.
    [InlineData("The ministers had first met in Rabat on March 5.", "2026-03-05")]
    public void A_report_dated_only_by_the_latest_past_day_it_names_takes_another_storys_day_on_or_after_it(string past, string expected)
    {
        var text = "Portugal and Morocco yesterday signed a cement quota agreement in Lisbon, ending two days of talks between ministers. " + past;
        var dates = new DatedBy[1];
        StoryDates.FromMentions([StoryWireDatelineTests.Member("undated.txt", default, text, 0)], dates, () => 2026, new Tradewatch.News.Stories.StoryClusterer(new Tradewatch.News.Stories.TermStatistics()), Anchors);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), dates[0].Date);
    }

    [Fact]
    public void The_latest_past_day_alone_is_weighed_as_a_bound()
    {
        var alone = MentionedDates.Infer("Cement makers welcomed the quota accord. The talks had opened in Rabat on February 27, 2026.");
        var withWeekday = MentionedDates.Infer("Cement makers welcomed the quota accord on Tuesday. The talks had opened in Rabat on February 27, 2026.");
        Assert.Equal((new DateOnly(2026, 2, 27), PublicationDates.LatestPastAloneConfidence), (alone.Date, alone.Confidence));
        Assert.Equal((new DateOnly(2026, 3, 3), PublicationDates.MentionedConfidence), (withWeekday.Date, withWeekday.Confidence));
    }

    [Fact]
    public void A_lead_sharing_only_names_with_a_dated_sentence_tells_of_another_event()
    {
        // Published on Thursday 14 August 2025; it names the Wednesday of the talks.
        const string dated = "Jean Dupont and Marie Curie ended their cement quota talks in Paris on Wednesday without a deal.";
        var anchors = EventDays.Anchors("dated.txt", dated, new DateOnly(2025, 8, 14)).ToList();
        Assert.NotNull(EventDays.Match("Jean Dupont and Marie Curie ended talks on cement quotas Wednesday in Paris without a deal.", anchors));
        Assert.Null(EventDays.Match("Jean Dupont praised Marie Curie in Paris on Wednesday for her Louvre speech.", anchors));
    }
}
