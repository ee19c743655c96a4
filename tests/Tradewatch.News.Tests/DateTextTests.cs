using Tradewatch.News.Dates;

using Tradewatch.News.Text;

namespace Tradewatch.News.Tests;

public class DateTextTests
{
    [Theory]
    [InlineData("2025-06-09", "2025-06-09")]
    [InlineData("Jun 9, 2025 - 09:37", "2025-06-09")]
    [InlineData("Monday, June 9, 2025", "2025-06-09")]
    [InlineData("11 Jun 2025", "2025-06-11")]
    [InlineData("Published on 3rd March 2026", "2026-03-03")]
    [InlineData("Agency14-04-2025", "2025-04-14")]
    [InlineData("Wed, 21 Jan 2026 09:00:00 GMT", "2026-01-21")]
    [InlineData("Posted 2026/01/21 09:00", "2026-01-21")]
    [InlineData("Posted 2026.01.21", "2026-01-21")]
    public void Full_dates_are_found(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateText.ParseValue(text));

    [Theory]
    [InlineData("quinta-feira, 5 de março de 2026 às 10:20", "2026-03-05")]
    [InlineData("5 марта 2026", "2026-03-05")]
    [InlineData("Veröffentlicht am 5. März 2026", "2026-03-05")]
    [InlineData("le 5 mars 2026", "2026-03-05")]
    [InlineData("Maret 5, 2026", "2026-03-05")]
    [InlineData("5 ottobre del 2026", "2026-10-05")]
    [InlineData("2026年3月5日 10:20", "2026-03-05")]
    [InlineData("发布时间：2026 年 03 月 05 日", "2026-03-05")]
    [InlineData("2026년 3월 5일 오전 10:20", "2026-03-05")]
    public void Full_dates_with_another_languages_month_name_are_found(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(DateText.Find(text)).Date);

    [Theory]
    [InlineData("won 3 games 2026")] // not a month in any language
    [InlineData("5 de março")] // no year
    [InlineData("listopad 5, 2026")] // November in Czech, October in Croatian
    [InlineData("2026年13月5日")] // no month 13
    [InlineData("3月5日")] // no year
    public void Words_that_are_no_month_or_no_one_month_give_no_date(string text) => Assert.Empty(DateText.Find(text));

    [Fact]
    public void The_month_lexicon_reads_any_case_and_both_grammatical_cases()
    {
        Assert.Equal(9, MonthNames.Month("СЕНТЯБРЯ"));
        Assert.Equal(9, MonthNames.Month("сентябрь"));
        Assert.Equal(10, MonthNames.Month("Outubro"));
        Assert.Equal(0, MonthNames.Month("games"));
    }

    [Theory]
    [InlineData("Ideas 11.14.2019 09:00 AM", "2019-11-14")] // the second number cannot be a month: month first
    [InlineData("Agency 04.11.2019", "2019-11-04")] // either could be: day first
    [InlineData("Agency 14-04-2025", "2025-04-14")]
    public void Numeric_dates_are_read_month_first_only_when_they_must_be(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(DateText.Find(text)).Date);

    [Theory]
    [InlineData("Posted 03/04/2026 10:15 AM", "2026-03-04")] // a 12-hour clock: the US's month first
    [InlineData("Posted 03/04/2026 at 4:40 p.m. ET", "2026-03-04")]
    [InlineData("Posted 03/04/2026 16:40", "2026-04-03")] // a 24-hour clock says nothing: day first
    [InlineData("Posted 14/04/2026 10:15 AM", "2026-04-14")] // the first number cannot be a month
    public void A_twelve_hour_clock_after_a_numeric_date_reads_it_month_first(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(DateText.Find(text)).Date);

    [Theory]
    [InlineData("By Jane Roe -\n3/4/26 06:56 AM EST", "2026-03-04")]
    [InlineData("On 3/4/26 at 4:00 PM EST", "2026-03-04")]
    [InlineData("Jane Roe\n3/4/26 4:40PM", "2026-03-04")]
    [InlineData("Filed 25.03.26 09:30", "2026-03-25")]
    public void A_two_digit_year_is_read_in_a_time_stamp(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(DateText.Find(text)).Date);

    [Theory]
    [InlineData("a 3/4/26 split")] // no time of day: a ratio, a score, a fraction as often as a date
    [InlineData("see 1.2.19 of the manual")]
    [InlineData("version 2.3.14.5 10:00")]
    public void A_two_digit_year_without_a_time_is_no_date(string text) => Assert.Empty(DateText.Find(text));

    [Theory]
    [InlineData("Agency 13.14.2019")]
    public void Numeric_dates_with_no_month_are_not_dates(string text) => Assert.Empty(DateText.Find(text));

    [Theory]
    [InlineData("on June 9")]
    [InlineData("February 30, 2025")]
    [InlineData("a 2025 forecast")]
    [InlineData("2025/02-03")] // two separators
    [InlineData("version 2025.02.03.4")]
    public void Partial_or_impossible_dates_are_not_dates(string text) => Assert.Empty(DateText.Find(text));
}
