using Tradewatch.News.Claims;
using Tradewatch.News.Dates;
using Tradewatch.News.Pipeline;

namespace Tradewatch.News.Tests;

/// <summary>
/// A tariff's start told by its weekday only, dated by the schedule that ships: sentences written here for
/// the tests. The schedule's facts they rest on: the 25% IEEPA duty on Canada took effect on Tuesday 4 March
/// 2025, the 50% Section 232 steel duty on Wednesday 4 June 2025.
/// </summary>
public class ScheduleDaysTests
{
    private const string Ahead = "Ottawa's trade minister said Friday that Canada would answer in kind.\n"
        + "The 25% duties on Canadian goods are due to begin on Tuesday, officials said.\n"
        + "Retailers have been stocking up for weeks.";

    [Fact]
    public void A_start_still_to_come_puts_the_report_in_the_week_before_the_schedules_day()
    {
        var week = ScheduleDays.WeekOf(Ahead, 2025);
        Assert.Equal((new DateOnly(2025, 2, 25), new DateOnly(2025, 3, 4)), (week!.Value.From, week.Value.To));
        Assert.Contains("ieepa/fentanyl", week.Value.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_leads_weekday_in_that_week_dates_a_report_that_names_no_day()
    {
        var dated = MentionedDates.Infer(Ahead, storyYear: 2025, otherWeek: y => ScheduleDays.WeekOf(Ahead, y));
        Assert.Equal(new DateOnly(2025, 2, 28), dated.Date);
        Assert.Contains("2025-03-04", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_past_start_of_a_products_tariff_puts_the_report_in_the_week_after_it()
    {
        const string text = "Steelmakers said Thursday that orders had slowed after the 50% tariff on imported steel took effect on Wednesday.";
        var week = ScheduleDays.WeekOf(text, 2025);
        Assert.Equal(new DateOnly(2025, 6, 4), week!.Value.From);
        Assert.Equal(new DateOnly(2025, 6, 5), MentionedDates.Infer(text, storyYear: 2025, otherWeek: y => ScheduleDays.WeekOf(text, y)).Date);
    }

    [Theory]
    [InlineData("The 25% duties on Canadian goods are due to begin on Thursday, officials said.")]
    [InlineData("The 25% duties on Canadian goods are due to begin on Tuesday, March 4, officials said.")]
    [InlineData("The 25% duties on imported cars are due to begin on Tuesday, officials said.")]
    [InlineData("Officials said the duties on Canadian goods would begin on Tuesday.")]
    public void A_start_the_schedule_does_not_date_or_a_sentence_that_dates_itself_places_nothing(string text) =>
        Assert.Null(ScheduleDays.WeekOf(text, 2025));

    [Fact]
    public void A_change_is_the_first_day_of_each_new_rate_of_a_partner_under_a_measure()
    {
        string[][] rows =
        [
            ["file", "policy_date", "partner", "measure", "rate_percent"],
            ["a", "2025-01-01", "XA", "s232/widgets", "10"],
            ["b", "2025-02-03", "XA", "s232/widgets", "10"],
            ["b", "2025-02-03", "XB", "s232/widgets", "20"],
            ["c", "2025-03-03", "XA", "s232/widgets", "20"],
            ["c", "2025-03-03", "XB", "s232/widgets", "20"],
        ];
        var changes = ScheduleDays.Changes(rows).Select(c => (c.Day, c.Rate, string.Join(",", c.Partners.Order(StringComparer.Ordinal)))).ToList();
        Assert.Equal(
            [(new DateOnly(2025, 1, 1), 10m, "XA"), (new DateOnly(2025, 2, 3), 20m, "XB"), (new DateOnly(2025, 3, 3), 20m, "XA")],
            changes);
    }

    [Theory]
    [InlineData("Importers scrambled as the 25% duty on goods from Canada took effect today.", "2025-03-04")]
    [InlineData("Importers scrambled after the 25% duty on goods from Canada took effect yesterday.", "2025-03-05")]
    [InlineData("The 25% duty on goods from Canada will take effect tomorrow, officials said.", "2025-03-03")]
    public void A_start_told_by_its_distance_from_the_reports_day_dates_it(string text, string expected)
    {
        var dated = MentionedDates.Infer(text, storyYear: 2025, otherWeek: y => ScheduleDays.WeekOf(text, y));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), dated.Date);
        Assert.Contains("2025-03-04", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_this_week_puts_the_report_in_that_week_after_it()
    {
        const string text = "Shippers said Friday that cargo had slowed since the 25% duty on goods from Canada took effect this week.";
        Assert.Equal((new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 9)), ScheduleDays.WeekOf(text, 2025) is { } w ? (w.From, w.To) : default);
        Assert.Equal(new DateOnly(2025, 3, 7), MentionedDates.Infer(text, storyYear: 2025, otherWeek: y => ScheduleDays.WeekOf(text, y)).Date);
    }

    [Fact]
    public void A_report_with_no_year_anywhere_takes_the_one_year_in_which_the_schedule_has_its_start()
    {
        const string text = "Steelmakers said Thursday that orders had slowed after the 50% tariff on imported steel took effect on Wednesday.";
        Assert.Equal(2025, StoryDates.ScheduledYear(text));
        var member = StoryWireDatelineTests.Member("undated.txt", default, text, 0);
        var dates = new DatedBy[1];
        StoryDates.FromMentions([member], dates, () => null, new Tradewatch.News.Stories.StoryClusterer(new Tradewatch.News.Stories.TermStatistics()));
        Assert.Equal(new DateOnly(2025, 6, 5), dates[0].Date);
        Assert.Contains("the one year in which the schedule has such a start", dates[0].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_the_schedule_has_in_no_year_gives_none() =>
        Assert.Null(StoryDates.ScheduledYear("Steelmakers said Thursday that orders had slowed after the 35% tariff on imported steel took effect on Wednesday."));

    [Fact]
    public void A_start_by_distance_that_the_schedule_has_on_several_days_places_nothing() =>
        // China's rate under the IEEPA orders became 10% on several days of 2025 (February, April, May, November).
        Assert.Null(ScheduleDays.WeekOf("The 10% tariff on imports from China took effect today, officials said.", 2025));
}
