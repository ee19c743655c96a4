using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.News.Stories;

namespace Tradewatch.News.Tests;

/// <summary>Days a report names by weekday and date place it within a week of them: sentences written here for the tests.</summary>
public class WeekdayAndDateTests
{
    // 4 June 2025 was a Wednesday, 30 May 2025 a Friday.
    private const string Ahead = "The trade minister said Friday that duties on imported cement would double to 40%.\n"
        + "Builders in the south had warned of higher prices for months, officials said.\n"
        + "The higher duties take effect on Wednesday, June 4, the ministry said.";

    [Fact]
    public void A_day_still_to_come_named_by_its_weekday_puts_the_lead_in_the_week_before_it()
    {
        var dated = MentionedDates.Infer(Ahead, storyYear: 2025);
        Assert.Equal(new DateOnly(2025, 5, 30), dated.Date);
        Assert.Contains("Wednesday, June 4", dated.Evidence, StringComparison.Ordinal);
        Assert.Contains("Friday", dated.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The minister said Friday that the duties would double.", DayOfWeek.Friday)]
    [InlineData("The duties will double next month, the minister announced on Friday.", DayOfWeek.Friday)]
    [InlineData("The duties will double on Friday, the minister said.", null)]
    public void The_day_a_plan_was_told_on_is_the_leads_day_in_a_sentence_about_the_future(string sentence, DayOfWeek? day) =>
        Assert.Equal(day, MentionedDates.Lead(sentence)?.Day);

    [Theory]
    [InlineData("The envoys met on Monday and Tuesday, June 2 and 3, in Oslo.")] // 2 June 2025 was a Monday: "Tuesday, June 2" is no pair
    [InlineData("The envoys met Monday-Tuesday, June 2-3, in Oslo.")]
    [InlineData("The envoys met on Tuesday, June 2 to 3, in Oslo.")]
    public void Two_days_named_together_do_not_pair_a_weekday_with_the_wrong_date(string sentence) =>
        Assert.Null(MentionedDates.WeekOf(sentence, 2025));

    [Fact]
    public void The_leads_day_is_a_weekday_named_without_its_date_rather_than_one_named_with_it() =>
        Assert.Equal(DayOfWeek.Tuesday, MentionedDates.Lead("Talks began on Monday, July 28, in Stockholm and ended on Tuesday without a deal.")?.Day);

    [Fact]
    public void A_weekday_named_only_with_its_date_is_still_the_leads_day() =>
        Assert.Equal(DayOfWeek.Monday, MentionedDates.Lead("The ministry published the order on Monday, March 3, officials said.")?.Day);

    [Fact]
    public void A_later_weekday_of_the_week_a_dated_day_opens_dates_the_report()
    {
        // 28 July 2025 was a Monday.
        var dated = MentionedDates.Infer("Talks began on Monday, July 28, 2025, in Stockholm and ended on Tuesday without a deal.\nThe negotiators plan to meet again in the autumn.");
        Assert.Equal(new DateOnly(2025, 7, 29), dated.Date);
    }

    [Fact]
    public void Two_days_each_named_with_its_weekday_both_pair() =>
        Assert.NotNull(MentionedDates.WeekOf("The envoys met on Monday, June 2 and Tuesday, June 3, in Oslo.", 2025));

    [Theory]
    [InlineData("on Wednesday, June 4, 2025", "2025-05-28", "2025-06-04")]
    [InlineData("on Wednesday (June 4)", "2025-05-28", "2025-06-04")]
    [InlineData("on June 4 (Wednesday)", "2025-05-28", "2025-06-04")]
    public void The_week_before_a_day_to_come_bounds_the_report(string day, string from, string to)
    {
        var week = MentionedDates.WeekOf("The higher duties will take effect " + day + ".", 2025);
        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (week!.Value.From, week.Value.To));
    }

    [Fact]
    public void A_past_day_named_by_its_weekday_puts_the_report_in_the_week_after_it()
    {
        var week = MentionedDates.WeekOf("The ministry published the order on Monday, March 3, officials said.", 2025);
        Assert.Equal((new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 10)), (week!.Value.From, week.Value.To));
    }

    [Fact]
    public void The_end_of_a_term_named_by_its_weekday_bounds_the_report_either_side() =>
        Assert.Equal(
            (new DateOnly(2025, 5, 30), new DateOnly(2025, 6, 13)),
            MentionedDates.WeekOf("The mills had been given until Friday, June 6, to file their claims.", 2025) is { } w ? (w.From, w.To) : default);

    [Theory]
    [InlineData("The higher duties take effect on Tuesday, June 4, 2025.")]
    [InlineData("The higher duties were ordered on Monday, March 3, and take effect on Wednesday, June 4, 2025.")]
    public void A_weekday_that_is_not_its_dates_or_days_that_disagree_place_nothing(string text) =>
        Assert.Null(MentionedDates.WeekOf(text, 2025));

    [Fact]
    public void A_yearless_day_takes_the_year_either_side_on_which_its_weekday_falls() =>
        Assert.Equal(new DateOnly(2025, 6, 4), MentionedDates.WeekOf("The duties will take effect on Wednesday, June 4.", 2026)?.To);

    [Fact]
    public void A_story_date_after_the_day_the_report_looks_ahead_to_is_not_borrowed()
    {
        var members = new[]
        {
            Member("later.txt", new DatedBy(new DateOnly(2025, 8, 12), DateSource.Declared, "the front matter", 0.98),
                "The trade minister said Tuesday that cement duties of 40% had raised prices for builders in the south.\nThe duties took effect in June, the ministry said.", 0),
            Member("undated.txt", default, Ahead, 1),
        };
        var dates = StoryDates.FromStory(members, new StoryClusterer(new TermStatistics()));
        Assert.Equal(new DateOnly(2025, 5, 30), dates[1].Date);
        Assert.Contains("Wednesday, June 4", dates[1].Evidence, StringComparison.Ordinal);
    }

    private static StoryMember Member(string id, DatedBy own, string body, int group)
    {
        var clean = ArticleCleaner.Clean(new SourceReport(id, InputFormat.PlainText, body, ReportMetadata.Empty, id, []));
        return new StoryMember(id, own, clean.Text, null, group, () => clean, () => StoryFeatures.Of(string.Empty, clean.Text, own.Date));
    }
}
