using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.TestSupport;

namespace Tradewatch.Formats.Tests.Ledger;

/// <summary>
/// The fast total (<see cref="LedgerView.TotalAdditionalPercent"/>, a table per pair and line) against the full
/// duty stack (<see cref="LedgerView.Duty(Economy, Economy, HsCode?, DateOnly, decimal?)"/>) on the bundled ledger:
/// the same total for lines the US scope lists name, every partner of the benchmark, days across 2025-2026 and
/// several record times, with and without a base rate.
/// </summary>
public class FastTotalTests
{
    private static readonly Economy Us = new("US");
    private static readonly string[] Partners = ["CN", "HK", "VN", "DE", "JP", "MX", "CA", "GB", "IN", "BR", "KR", "CH", "TW", "RU", "AU"];

    [Theory]
    [InlineData(null)]
    [InlineData("2025-06-09")]
    [InlineData("2026-02-19")]
    [InlineData("2026-04-20")]
    public void The_fast_total_is_the_full_stacks_total(string? knownAt)
    {
        var view = RepoData.Ledger.AsKnownAt(knownAt is null ? null : new DateTimeOffset(DateOnly.Parse(knownAt, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero));
        var lines = Directory.GetFiles(Path.Combine(RepoData.Directory, "scopes"), "us-*.txt")
            .SelectMany(File.ReadLines)
            .Where(l => l.Length is >= 4 and <= 10 && l.All(char.IsAsciiDigit))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(HsCode.Parse)
            .ToArray();
        Economy[] partners = [.. Partners.Select(c => new Economy(c))];
        decimal?[] bases = [null, 0, 2.5m, 20];
        var random = new Random(7);
        for (var n = 0; n < 4000; n++)
        {
            var origin = partners[random.Next(partners.Length)];
            var line = lines[random.Next(lines.Length)];
            var day = DateOnly.FromDayNumber(new DateOnly(2024, 9, 1).DayNumber + random.Next(850));
            var basis = bases[random.Next(bases.Length)];
            // the same pair and line again on another day: the second question reads the table the first built
            foreach (var d in new[] { day, day.AddDays(random.Next(-200, 200)) })
            {
                Assert.True(
                    view.Duty(Us, origin, line, d, basis).TotalAdditionalPercent == view.TotalAdditionalPercent(Us, origin, line, d, basis),
                    $"{origin} {line} {d:yyyy-MM-dd} base {basis}: full stack {view.Duty(Us, origin, line, d, basis).TotalAdditionalPercent}, fast {view.TotalAdditionalPercent(Us, origin, line, d, basis)}");
            }
        }
    }
}
