using Tradewatch.Core.Time;

namespace Tradewatch.Core.Tests;

public class DateRangeTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static DateRange R(string start, string? end) => new(D(start), end is null ? null : D(end));

    [Theory]
    [InlineData("2025-05-14", "2025-08-12", "2025-05-14", true)]
    [InlineData("2025-05-14", "2025-08-12", "2025-08-11", true)]
    [InlineData("2025-05-14", "2025-08-12", "2025-08-12", false)]
    [InlineData("2025-05-14", "2025-08-12", "2025-05-13", false)]
    [InlineData("2025-05-14", null, "2030-01-01", true)]
    public void Contains_treats_the_end_as_exclusive(string start, string? end, string day, bool expected) =>
        Assert.Equal(expected, R(start, end).Contains(D(day)));

    [Theory]
    [InlineData("2025-01-01", "2025-02-01", "2025-02-01", null, null)]
    [InlineData("2025-01-01", "2025-03-01", "2025-02-01", null, "2025-02-01..2025-03-01")]
    [InlineData("2025-01-01", null, "2025-02-01", "2025-02-10", "2025-02-01..2025-02-10")]
    [InlineData("2025-01-01", null, "2024-01-01", null, "2025-01-01..")]
    public void Intersect_returns_the_common_days_or_null_when_disjoint(string aStart, string? aEnd, string bStart, string? bEnd, string? expected) =>
        Assert.Equal(expected, R(aStart, aEnd).Intersect(R(bStart, bEnd))?.ToString());

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => R("2025-02-01", "2025-02-01"));

    [Theory]
    [InlineData("2025-02-30", false)]
    [InlineData("2025-02-28", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-2-1", false)]
    [InlineData("tomorrow", false)]
    public void TryParseDay_accepts_only_days_that_exist(string text, bool ok) =>
        Assert.Equal(ok, DateParsing.TryParseDay(text, out _));
}
