using Tradewatch.News.Dates;

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
    [InlineData("on June 9")]
    [InlineData("February 30, 2025")]
    [InlineData("a 2025 forecast")]
    [InlineData("2025/02-03")] // two separators
    [InlineData("version 2025.02.03.4")]
    public void Partial_or_impossible_dates_are_not_dates(string text) => Assert.Empty(DateText.Find(text));
}
