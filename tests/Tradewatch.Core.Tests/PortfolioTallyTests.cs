using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;

namespace Tradewatch.Core.Tests;

/// <summary>A one-layer ledger built in code: 20% from 4 March 2025, voided by a ruling recorded in 2026.</summary>
public class PortfolioTallyTests
{
    private static readonly Economy Us = new("US");
    private static readonly Economy Cn = new("CN");
    private static readonly HsCode Magnet = HsCode.Parse("8505.11");
    private static readonly HsCode Shirt = HsCode.Parse("6109.10");

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static Provenance At(string day) => new(DateParsing.StartOfDay(D(day)), ["https://example.org/" + day]);

    private static TradeLedger Ledger() => TradeLedger.Empty.Append(
        new LedgerBatch
        {
            Measures = [new("tariff", MeasureKind.Tariff, "tariff", Us, new EconomyScope(false, [Cn], []), ProductScope.AllGoods, [], "tariff", null, null, null, At("2025-03-01"))],
            Rates = [new("tariff", new DateRange(D("2025-03-04"), null), 20, At("2025-03-01"))],
            Voidings = [new Voiding("ruling", ["tariff"], new DateRange(D("2025-06-01"), null), "court", At("2026-02-20"))],
        },
        expectedVersion: 0);

    private static PortfolioTally Tally(params (HsCode Product, string Date, decimal Value)[] lines)
    {
        var tally = new PortfolioTally();
        foreach (var (product, date, value) in lines)
        {
            tally.Add(new ImportLine(Us, Cn, product, D(date), value));
        }

        return tally;
    }

    [Fact]
    public void Duty_is_worked_out_per_step_and_voided_layers_become_refund_exposure()
    {
        var tally = Tally((Magnet, "2025-03-03", 500), (Magnet, "2025-03-04", 1000), (Shirt, "2025-07-01", 2000.10m), (Magnet, "2030-01-01", 3));
        var before = tally.Evaluate(Ledger().AsKnownAt(DateParsing.EndOfDay(D("2025-12-31"))));
        Assert.Equal(4, before.Lines);
        Assert.Equal(3503.10m, before.Value);
        Assert.Equal(200m + 400.02m + 0.6m, before.Duty);
        Assert.Equal(0m, before.RefundExposure);
        var after = tally.Evaluate(Ledger().AsKnownAt(null));
        Assert.Equal(200m, after.Duty);
        Assert.Equal(400.62m, after.RefundExposure);
        Assert.Equal((1503m, 200m), after.ByChapter["85"]);
        Assert.Equal((2000.10m, 0m), after.ByChapter["61"]);
    }

    [Fact]
    public void Tallies_merged_in_any_order_give_the_same_totals_as_one()
    {
        var lines = Enumerable.Range(0, 500).Select(i => (i % 2 == 0 ? Magnet : Shirt, DateOnly.FromDayNumber(D("2024-06-01").DayNumber + (i * 7 % 900)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i * 1.01m)).ToArray();
        var view = Ledger().AsKnownAt(null);
        var whole = Tally(lines).Evaluate(view);
        var left = Tally(lines[250..]);
        left.Merge(Tally(lines[..250]));
        var merged = left.Evaluate(view);
        Assert.Equal(whole.Value, merged.Value);
        Assert.Equal(whole.Duty, merged.Duty);
        Assert.Equal(whole.RefundExposure, merged.RefundExposure);
        Assert.Equal(whole.Lines, merged.Lines);
    }

    [Fact]
    public void Lines_over_decades_in_falling_date_order_are_tallied_without_the_day_table_blowing_up()
    {
        var tally = new PortfolioTally();
        var last = new DateOnly(2100, 12, 31).DayNumber;
        for (var day = last; day > last - 40_000; day -= 3)
        {
            tally.Add(Us, Cn, Magnet, day, 1m);
        }

        var summary = tally.Evaluate(Ledger().AsKnownAt(null));
        Assert.Equal(13_334, summary.Lines);
        Assert.Equal(13_334m, summary.Value);
    }

    [Fact]
    public void Values_finer_than_cents_or_past_long_sums_are_kept_exactly()
    {
        var tally = new PortfolioTally();
        var slot = tally.SlotFor(Us, Cn, Magnet);
        var day = D("2025-06-01").DayNumber;
        tally.AddCents(slot, day, 150);
        tally.Add(slot, day, 0.125m);
        tally.AddCents(slot, day, long.MaxValue - 10);
        tally.AddCents(slot, day, 100);
        tally.Add(slot, day, 123456789012345678901.5m);
        Assert.Equal(1.50m + 0.125m + ((long.MaxValue - 10) / 100m) + 1m + 123456789012345678901.5m, tally.Value);
        Assert.Equal(5, tally.Lines);
    }

    [Fact]
    public void Products_the_layers_cover_alike_share_one_whole_timeline()
    {
        var view = Ledger().AsKnownAt(null);
        var magnet = view.WholeTimeline(Us, Cn, Magnet);
        Assert.Same(magnet, view.WholeTimeline(Us, Cn, Shirt));
        Assert.Equal(view.Timeline(Us, Cn, Magnet, new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31)).Select(s => (s.Start, s.TotalAdditionalPercent, s.RefundablePercent)), magnet.Select(s => (s.Start, s.TotalAdditionalPercent, s.RefundablePercent)));
        Assert.NotSame(magnet, view.WholeTimeline(Cn, Us, Magnet));
    }
}
