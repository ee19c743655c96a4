using Tradewatch.News.Text;

namespace Tradewatch.News.Tests;

public class CalendarDayTests
{
    [Theory]
    [InlineData(2025, 2, 28, "2025-02-28")]
    [InlineData(2024, 2, 29, "2024-02-29")]
    [InlineData(2026, 12, 31, "2026-12-31")]
    public void Of_returns_the_day_when_the_year_has_it(int year, int month, int day, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CalendarDay.Of(year, month, day));

    [Theory]
    [InlineData(2025, 2, 29)]
    [InlineData(2025, 4, 31)]
    [InlineData(2025, 13, 1)]
    [InlineData(2025, 0, 10)]
    [InlineData(2025, 6, 0)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 1, 1)]
    public void Of_returns_null_for_a_day_that_does_not_exist_or_a_placeholder_year(int year, int month, int day) =>
        Assert.Null(CalendarDay.Of(year, month, day));

    [Fact]
    public void Exists_allows_29_February_in_some_year() =>
        Assert.True(CalendarDay.Exists(2, 29) && !CalendarDay.Exists(2, 30) && !CalendarDay.Exists(11, 31));

    [Theory]
    [InlineData("January", 1)]
    [InlineData("sept", 9)]
    [InlineData("DEC", 12)]
    [InlineData("Mai", 0)]
    [InlineData("Mo", 0)]
    public void MonthNumber_reads_an_english_name_or_its_first_three_letters(string name, int expected) =>
        Assert.Equal(expected, CalendarDay.MonthNumber(name));
}
