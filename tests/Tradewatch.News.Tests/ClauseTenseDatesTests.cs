using Tradewatch.News.Dates;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.News.Stories;
using Tradewatch.News.Text;

namespace Tradewatch.News.Tests;

/// <summary>
/// A sentence often tells of a past day and of one to come in different clauses: each day is read by the tense
/// of its own clause. The sentences are written for the tests.
/// </summary>
public class ClauseTenseDatesTests
{
    private const string TalksLead = "Trade ministers from Portugal and Morocco began talks in Geneva on Monday aimed at extending a truce on cement duties that expires on August 12.";

    [Fact]
    public void A_past_weekday_is_the_leads_day_beside_a_clause_about_the_future()
    {
        Assert.Equal(DayOfWeek.Monday, MentionedDates.Lead(TalksLead)?.Day);
        // Said of the future in its own clause, the weekday is no day of the lead's news.
        Assert.Null(MentionedDates.Lead("Trade ministers said the truce on cement duties will end on Monday."));
    }

    [Fact]
    public void A_weekday_in_a_past_clause_is_placed_beside_a_day_to_come()
    {
        var placings = MentionedDates.Placings("Cement mills closed early.\n\nOfficials from both sides began talks in Geneva on Monday on a quota that expires on August 12.").ToList();
        var placed = Assert.Single(placings, p => p.Word != MentionedDates.TimeWord.Lead);
        Assert.Equal((MentionedDates.TimeWord.Weekday, DayOfWeek.Monday), (placed.Word, placed.Weekday));
    }

    [Fact]
    public void A_weekday_beside_its_date_is_placed_once_as_the_date()
    {
        var placings = MentionedDates.Placings("Cement mills closed early.\n\nOfficials from both sides met in Geneva on Monday, July 28, officials said.").ToList();
        var placed = Assert.Single(placings, p => p.Word != MentionedDates.TimeWord.Lead);
        Assert.Equal((MentionedDates.TimeWord.Day, 28), (placed.Word, placed.DayOfMonth));
    }

    [Theory]
    [InlineData("a truce on cement duties that expires on August 12")]
    [InlineData("a quota which takes effect on August 12")]
    [InlineData("duties that come into force on August 12")]
    public void The_present_tense_of_a_schedule_names_a_day_still_to_come(string words)
    {
        var bounds = MentionedDates.BoundsOf($"Ministers met in Geneva to discuss {words}.", new DateOnly(2025, 7, 30), asPublished: true);
        Assert.Equal(new DateOnly(2025, 8, 12), bounds.Before);
        // On the day itself news says "today": the report appeared before it.
        Assert.False(bounds.Admits(new DateOnly(2025, 8, 12)));
        Assert.True(bounds.Admits(new DateOnly(2025, 8, 11)));
    }

    [Fact]
    public void A_weekday_a_dated_report_tells_as_past_beside_a_clause_about_the_future_is_of_its_own_week()
    {
        // Published on Tuesday 12 August 2025: "Monday" is the 11th, not the 18th.
        var named = MentionedDates.Named("Portugal on Monday extended its cement truce with Morocco, which will now run to November, by 90 days.", new DateOnly(2025, 8, 12));
        Assert.Contains(named, n => n.Words == "Monday" && n.Day == new DateOnly(2025, 8, 11));
    }
    [Theory]
    [InlineData("hours before the pause was due to lapse", false)]
    [InlineData("as duties were set to rise", false)]
    [InlineData("which had been expected to take effect", false)]
    [InlineData("before the pause is due to lapse", true)]
    [InlineData("as duties are set to rise", true)]
    public void A_plan_told_in_the_past_looked_ahead_from_a_day_gone(string clause, bool ahead) =>
        Assert.Equal(ahead, Tense.IsAheadNow(clause));

    [Fact]
    public void A_weekday_beside_a_plan_told_in_the_past_is_of_the_reports_own_week()
    {
        // Published on Tuesday 12 August 2025.
        var named = MentionedDates.Named("Portugal on Monday extended its cement truce with Morocco by 90 days, hours before the pause was due to lapse.", new DateOnly(2025, 8, 12));
        Assert.Contains(named, n => n.Words == "Monday" && n.Day == new DateOnly(2025, 8, 11));
    }

    [Fact]
    public void A_story_match_after_a_day_the_report_still_looks_ahead_to_is_not_taken()
    {
        // The dated report (Tuesday 12 August 2025) tells of a Monday to come; the undated one, of a truce that
        // expires on August 12: the Monday after that day cannot be its own, whatever year its words would take.
        var dated = StoryWireDatelineTests.Member("dated.txt", new DatedBy(new DateOnly(2025, 8, 12), DateSource.Declared, "the front matter", 0.98),
            "Portugal and Morocco will resume their cement talks in Geneva on Monday, the trade ministry in Lisbon said.\n"
            + "Mills in the Algarve want the quota on clinker raised.", 0);
        var undated = StoryWireDatelineTests.Member("undated.txt", default,
            "Portugal and Morocco resumed their cement talks in Geneva on Monday, officials in Lisbon said.\n"
            + "The talks seek to extend a truce on clinker duties that expires on August 12.", 1);
        var dates = StoryDates.FromStory([dated, undated], new StoryClusterer(new TermStatistics()));
        Assert.NotEqual(new DateOnly(2025, 8, 18), dates[1].Date);
        Assert.True(dates[1].Date is null || dates[1].Date < new DateOnly(2025, 8, 12), $"{dates[1].Date}: {dates[1].Evidence}");
    }
}
