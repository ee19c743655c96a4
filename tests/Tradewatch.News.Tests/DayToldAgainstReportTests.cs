using Tradewatch.News.Dates;

namespace Tradewatch.News.Tests;

/// <summary>
/// A past day a report names both by its date and by its distance from its own day ("last week, on July 9")
/// places the report: sentences written here for the tests.
/// </summary>
public class DayToldAgainstReportTests
{
    // 9 July 2025 was a Wednesday; 12 June 2025 a Thursday.
    [Fact]
    public void A_day_of_last_week_puts_the_leads_weekday_in_the_week_after_it()
    {
        var dated = MentionedDates.Infer("The carmaker on Thursday said its shares rose 4%.\nLast week, on July 9, 2025, it became the first to sell a million electric vans.");
        Assert.Equal(new DateOnly(2025, 7, 17), dated.Date);
        Assert.Contains("Last week", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_of_last_month_puts_the_report_in_the_month_after_it()
    {
        var dated = MentionedDates.Infer("The minister said on Monday that exports of rice rose.\nLast month, on June 12, 2025, the government cut the rice tariff to 10%.");
        Assert.Equal(new DateOnly(2025, 7, 7), dated.Date);
        // A month holds the weekday four times: the first is no surer than the latest past day and the weekday alone.
        Assert.Equal(PublicationDates.MentionedConfidence, dated.Confidence);
    }

    [Fact]
    public void Without_a_weekday_the_days_after_a_day_of_last_week_are_a_later_bound()
    {
        var dated = MentionedDates.Infer("Shares of the carmaker rose 4%.\nLast week, on July 9, 2025, it became the first to sell a million electric vans.");
        Assert.Equal(new DateOnly(2025, 7, 14), dated.Date);
        Assert.Equal(PublicationDates.LatestPastAloneConfidence, dated.Confidence);
    }

    [Theory]
    [InlineData("Later this month, on July 20, the ministers will meet in Oslo.")]
    [InlineData("Last week the union said the truce ending July 9 was too short.")]
    [InlineData("Last week the ministers met in Oslo on July 9 and in Bergen on July 12.")]
    public void A_day_to_come_a_terms_end_or_two_days_in_one_clause_place_nothing(string sentence) =>
        Assert.Null(MentionedDates.WeekOf(sentence, 2025));

    [Fact]
    public void Earlier_this_week_with_its_date_puts_the_report_in_the_rest_of_that_week()
    {
        var week = MentionedDates.WeekOf("Earlier this week, on July 8, the ministers met in Oslo.", 2025);
        Assert.Equal((new DateOnly(2025, 7, 8), new DateOnly(2025, 7, 13)), week is { } w ? (w.From, w.To) : default);
    }
}
