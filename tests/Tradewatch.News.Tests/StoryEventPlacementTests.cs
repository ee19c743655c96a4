using Tradewatch.News.Dates;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.News.Stories;

namespace Tradewatch.News.Tests;

/// <summary>
/// A report takes its story's date only when the events it shares with the dated reports allow it: the
/// sentences here are written for the tests.
/// </summary>
public class StoryEventPlacementTests
{
    private static StoryMember Member(string id, DatedBy own, string body, int group) => StoryWireDatelineTests.Member(id, own, body, group);

    private static DatedBy[] Date(params StoryMember[] members) => StoryDates.FromStory(members, new StoryClusterer(new TermStatistics()));

    private static readonly DatedBy Declared = new(new DateOnly(2025, 9, 17), DateSource.Declared, "the front matter", 0.98);

    // Published on Wednesday 17 September 2025.
    private const string DatedText = "Portugal and Morocco signed a new cement accord in Rabat, officials said.\n"
        + "The accord follows a quota deal last month under which Lisbon lifted duties on clinker shipped from Casablanca.\n"
        + "Mills in the north welcomed the accord.";

    [Fact]
    public void A_report_telling_as_last_week_what_the_dated_report_places_last_month_is_not_given_its_day()
    {
        const string undated = "Morocco welcomed the end of the cement dispute with Portugal.\n"
            + "Lisbon lifted duties on clinker shipped from Casablanca last week under a quota deal, the ministry said.\n"
            + "Builders expect cheaper cement by the winter.";
        var dates = Date(Member("dated.txt", Declared, DatedText, 0), Member("undated.txt", default, undated, 1));
        Assert.Null(dates[1].Date);
        Assert.Contains("last month", dates[1].Evidence, StringComparison.Ordinal);
        Assert.Contains("2025-09-07", dates[1].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_telling_as_yesterday_what_the_dated_report_places_on_a_day_is_dated_the_day_after()
    {
        const string dated = "Portugal and Morocco signed a new cement accord in Rabat, officials said.\n"
            + "On September 2, Lisbon lifted duties on clinker shipped from Casablanca under a quota deal.\n"
            + "Mills in the north welcomed the accord.";
        const string undated = "Morocco welcomed the end of the cement dispute with Portugal.\n"
            + "Lisbon yesterday lifted duties on clinker shipped from Casablanca under a quota deal, the ministry said.";
        var dates = Date(Member("dated.txt", Declared, dated, 0), Member("undated.txt", default, undated, 1));
        Assert.Equal((new DateOnly(2025, 9, 3), DateSource.Story), (dates[1].Date, dates[1].Source));
        Assert.Contains("dated.txt", dates[1].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_whose_shared_event_admits_the_dated_reports_day_takes_it()
    {
        // A deal of this month, told so by both: the report appeared in September, as the dated one did.
        const string undated = "Morocco welcomed the end of the cement dispute with Portugal.\n"
            + "Lisbon lifted duties on clinker shipped from Casablanca under a quota deal this month, the ministry said.";
        var dated = "Portugal and Morocco signed a new cement accord in Rabat, officials said.\n"
            + "The accord follows a quota deal earlier this month under which Lisbon lifted duties on clinker shipped from Casablanca.";
        var dates = Date(Member("dated.txt", Declared, dated, 0), Member("undated.txt", default, undated, 1));
        Assert.Equal(new DateOnly(2025, 9, 17), dates[1].Date);
    }

    // Published on Wednesday 17 September 2025; places the deal on Thursday 4 September.
    private const string PlacingText = "Portugal and Morocco signed a new cement accord in Rabat, officials said.\n"
        + "On September 4, Lisbon lifted duties on clinker shipped from Casablanca under a quota deal.\n"
        + "Mills in the north welcomed the accord.";

    [Fact]
    public void A_lead_weekday_is_taken_once_the_reports_own_words_narrow_the_days_to_one()
    {
        // "last month" of the deal allows all of October; the report still looks ahead to 13 October, so of
        // its Tuesdays only the 7th is before it (30 September is not in the month).
        const string undated = "Moroccan builders cheered cheaper cement on Tuesday, their association said.\n"
            + "Lisbon lifted duties on clinker shipped from Casablanca last month under a quota deal, the ministry said.\n"
            + "A second quota will take effect on October 13.";
        var dates = Date(Member("dated.txt", Declared, PlacingText, 0), Member("undated.txt", default, undated, 1));
        Assert.Equal((new DateOnly(2025, 10, 7), DateSource.Story), (dates[1].Date, dates[1].Source));
        Assert.Contains("'Tuesday'", dates[1].Evidence, StringComparison.Ordinal);
        Assert.Contains("dated.txt", dates[1].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_dated_by_its_own_words_places_the_lead_weekday_of_another_of_its_story()
    {
        // Neither report gives a date of its own: the first is dated by the day it names, then the second by it.
        const string own = "Portugal and Morocco signed a new cement accord in Rabat on Wednesday, September 17, 2025, officials said.\n"
            + "On September 4, Lisbon lifted duties on clinker shipped from Casablanca under a quota deal.";
        const string undated = "Moroccan builders cheered cheaper cement on Tuesday, their association said.\n"
            + "Lisbon lifted duties on clinker shipped from Casablanca last month under a quota deal, the ministry said.\n"
            + "A second quota will take effect on October 13.";
        var members = new[] { Member("own.txt", default, own, 0), Member("undated.txt", default, undated, 1) };
        var dates = Date(members);
        StoryDates.FromMentions(members, dates, () => null, new StoryClusterer(new TermStatistics()));
        Assert.Equal(new DateOnly(2025, 9, 17), dates[0].Date);
        Assert.Equal((new DateOnly(2025, 10, 7), DateSource.Story), (dates[1].Date, dates[1].Source));
        Assert.True(dates[1].Confidence <= dates[0].Confidence);
    }

    // Published on Wednesday 20 August 2025; the minister spoke on Tuesday 5 August.
    private const string MinisterText = "Cement prices rose again in the south, builders said.\n"
        + "On August 5, the trade minister said cement duties of 40% had raised prices for builders.";

    [Theory]
    [InlineData("Tuesday", "2025-08-05")]
    [InlineData("Friday", null)]
    public void A_weekday_told_is_the_event_a_dated_report_places_only_on_that_weekday(string weekday, string? from)
    {
        var told = EventDays.Told([$"Builders protested in Faro.\nThe trade minister said {weekday} that cement duties of 40% had raised prices for builders."]);
        var placement = EventDays.Place(told, EventDays.Placed("dated.txt", MinisterText, new DateOnly(2025, 8, 20)));
        Assert.Equal(from, placement?.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_copy_of_a_report_the_story_cannot_date_is_left_undated_with_it()
    {
        const string undated = "Morocco welcomed the end of the cement dispute with Portugal.\n"
            + "Lisbon lifted duties on clinker shipped from Casablanca last week under a quota deal, the ministry said.";
        const string copy = "Morocco has welcomed the end of its cement dispute with Portugal.\n"
            + "Builders in Tangier expect cheaper cement by the winter, the association said.";
        var dates = Date(Member("dated.txt", Declared, DatedText, 0), Member("undated.txt", default, undated, 1), Member("copy.txt", default, copy, 1));
        Assert.Equal((null, null), (dates[1].Date, dates[2].Date));
    }

    [Theory]
    [InlineData("Analysts say the levy will raise prices, and last month the ministry doubled the cement quota.", MentionedDates.TimeWord.LastMonth)]
    [InlineData("The ministry doubled the cement quota on Tuesday.", MentionedDates.TimeWord.Weekday)]
    [InlineData("The ministry doubled the cement quota on Tuesday, March 4.", MentionedDates.TimeWord.Day)]
    [InlineData("The ministry doubled the cement quota earlier this week.", MentionedDates.TimeWord.ThisWeek)]
    public void A_sentence_told_as_past_is_placed_by_its_one_time_word(string sentence, MentionedDates.TimeWord word) =>
        Assert.Equal(word, Assert.Single(Timed("Cement quota doubled\n\n" + sentence)).Word);

    [Theory]
    [InlineData("The ministry will double the cement quota next month.")]
    [InlineData("The ministry doubled the cement quota last week after talks in April.")]
    public void A_sentence_about_the_future_or_with_two_time_words_places_nothing(string sentence) =>
        Assert.Empty(Timed("Cement quota doubled in Lisbon, officials said.\n\n" + sentence));

    [Fact]
    public void A_sentence_of_the_lead_naming_no_time_is_placed_as_the_lead()
    {
        var placings = MentionedDates.Placings("The ministry doubled the cement quota, officials said.\n\nMills welcomed the change on Tuesday.").ToList();
        Assert.Equal([MentionedDates.TimeWord.Lead, MentionedDates.TimeWord.Weekday], placings.Select(p => p.Word));
    }

    private static List<MentionedDates.Placing> Timed(string text) => [.. MentionedDates.Placings(text).Where(p => p.Word != MentionedDates.TimeWord.Lead)];
}
