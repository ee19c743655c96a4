using System.Globalization;
using Tradewatch.Benchmarks;
using Tradewatch.Core.Products;

namespace Tradewatch.Core.Tests;

public class PortfolioGeneratorTests
{
    [Fact]
    public void The_same_seed_writes_the_same_book_and_another_seed_another()
    {
        static string Book(int seed)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            PortfolioGenerator.Write(writer, 1000, seed);
            return writer.ToString();
        }

        Assert.Equal(Book(3), Book(3));
        Assert.NotEqual(Book(3), Book(4));
        Assert.StartsWith("hs,origin,importer,date,value\n", Book(3), StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_dates_and_values_stay_in_range()
    {
        foreach (var (code, date, value) in PortfolioGenerator.Lines(50_000, seed: 9))
        {
            Assert.True(HsCode.TryParse(code, out _), code);
            Assert.InRange(date, new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31));
            Assert.InRange(value, 400m, 163_000m);
            Assert.Equal(value, Math.Round(value, 2));
        }
    }

    [Fact]
    public void Chapters_come_out_roughly_in_the_weights_of_US_imports_from_China()
    {
        const int lines = 200_000;
        var expected = PortfolioGenerator.Codes.GroupBy(c => c.Code[..2]).ToDictionary(g => g.Key, g => (double)g.Sum(c => c.Weight) / PortfolioGenerator.TotalWeight, StringComparer.Ordinal);
        var seen = PortfolioGenerator.Lines(lines, seed: 5).GroupBy(l => l.Code[..2]).ToDictionary(g => g.Key, g => (double)g.Count() / lines, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), seen.Keys.Order(StringComparer.Ordinal));
        foreach (var (chapter, share) in expected)
        {
            Assert.InRange(seen[chapter], share * 0.95, share * 1.05);
        }

        // electrical machinery (85) and machinery (84) lead, as in the trade statistics
        Assert.Equal(["85", "84"], seen.OrderByDescending(kv => kv.Value).Take(2).Select(kv => kv.Key));
    }

    [Fact]
    public void Dates_cover_both_years()
    {
        var months = PortfolioGenerator.Lines(20_000, seed: 2).Select(l => (l.Date.Year, l.Date.Month)).Distinct().Count();
        Assert.Equal(24, months);
    }
}
