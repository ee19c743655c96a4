using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.News.Claims;

namespace Tradewatch.News.Pipeline;

/// <summary>
/// A tariff or export-control claim checked against the ledger: the day it was checked on, the
/// economies it resolved to, and the verdict (<see cref="Tariff"/> or <see cref="Export"/>).
/// </summary>
public sealed record CheckedClaim(
    ConsolidatedClaim Claim,
    DateOnly? Day,
    Economy? Imposer,
    Economy? Target,
    CheckVerdict Verdict,
    string Explanation,
    CheckResult? Tariff,
    ExportCheckResult? Export);

/// <summary>
/// The stage after consolidation: each tariff and export-control claim compared with the ledger as
/// known on the claim's day (what its reports could have known); a claim that fails that but agrees
/// with what the ledger holds now (a change accepted in review since) is consistent, and says so.
/// </summary>
public static class CheckStage
{
    /// <summary>
    /// Said of a claim the ledger did not hold on the claim's day but holds now (a record accepted in
    /// review, or recorded late): the report was ahead of the ledger, not wrong.
    /// </summary>
    private const string RecordedLater = "recorded in the ledger after the claim's day: ";

    public static IReadOnlyList<CheckedClaim> Run(
        IEnumerable<ConsolidatedClaim> claims,
        IReadOnlyDictionary<string, DateOnly?> published,
        TradeLedger ledger,
        EconomyCatalog economies)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(economies);
        var rows = new List<CheckedClaim>();
        foreach (var claim in claims)
        {
            var days = claim.Sources.Select(s => published.GetValueOrDefault(s.Document));
            switch (claim.Facts)
            {
                case TariffFacts t:
                    rows.Add(CheckTariff(claim, t, days, ledger, economies));
                    break;
                case ExportControlFacts e:
                    rows.Add(CheckExport(claim, e, days, ledger, economies));
                    break;
            }
        }

        return rows;
    }

    private static CheckedClaim CheckTariff(ConsolidatedClaim claim, TariffFacts t, IEnumerable<DateOnly?> published, TradeLedger ledger, EconomyCatalog economies)
    {
        var day = CheckDay(t.AsOf, published);
        if (t.Imposer is null || t.Target is null || t.Target == "*" || t.RatePercent is null
            || !economies.TryResolve(t.Imposer, out var imposer) || !economies.TryResolve(t.Target, out var target))
        {
            return NotCovered(claim, day, null, null, "the claim does not name one imposer, one target and a rate");
        }

        if (day is not { } d)
        {
            return NotCovered(claim, null, imposer, target, "the claim has no day to check it on");
        }

        if (!OnAllGoods(t.Products))
        {
            return NotCovered(claim, d, imposer, target, $"the claim is about '{t.Products}', which the ledger does not name by words");
        }

        var statement = new TariffStatement(imposer, target, t.RatePercent.Value, d, t.Qualifier);
        var result = ClaimCheck.Tariff(ledger, statement);
        if (result.Verdict != CheckVerdict.Consistent && ClaimCheck.Tariff(ledger, statement, knownNow: true) is { Verdict: CheckVerdict.Consistent } later)
        {
            result = later with { Explanation = RecordedLater + later.Explanation };
        }

        return new CheckedClaim(claim, d, imposer, target, result.Verdict, result.Explanation, result, null);
    }

    private static CheckedClaim CheckExport(ConsolidatedClaim claim, ExportControlFacts e, IEnumerable<DateOnly?> published, TradeLedger ledger, EconomyCatalog economies)
    {
        var day = CheckDay(e.Date, published);
        if (e.Imposer is null || !economies.TryResolve(e.Imposer, out var imposer))
        {
            return NotCovered(claim, day, null, null, "the claim does not name the economy that controls the exports");
        }

        Economy? target = null;
        if (e.Target != "*")
        {
            if (!economies.TryResolve(e.Target, out var resolved))
            {
                return NotCovered(claim, day, imposer, null, $"'{e.Target}' is not an economy the ledger knows");
            }

            target = resolved;
        }

        if (day is not { } d)
        {
            return NotCovered(claim, null, imposer, target, "the claim has no day to check it on");
        }

        var statement = new ExportControlStatement(imposer, target, e.Items, d);
        var result = ClaimCheck.ExportControl(ledger, statement);
        if (result.Verdict != CheckVerdict.Consistent && ClaimCheck.ExportControl(ledger, statement, knownNow: true) is { Verdict: CheckVerdict.Consistent } later)
        {
            result = later with { Explanation = RecordedLater + later.Explanation };
        }

        return new CheckedClaim(claim, d, imposer, target, result.Verdict, result.Explanation, null, result);
    }

    private static CheckedClaim NotCovered(ConsolidatedClaim claim, DateOnly? day, Economy? imposer, Economy? target, string why) =>
        new(claim, day, imposer, target, CheckVerdict.NotCovered, why, null, null);

    /// <summary>
    /// The day to check a claim on: its own day; for a month or a year, the earliest publication
    /// day of its reports when that falls inside the period (what the report could have known), else
    /// the period's last day; without a date, the earliest publication day.
    /// </summary>
    public static DateOnly? CheckDay(ClaimDate? asOf, IEnumerable<DateOnly?> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        if (asOf is not { } date)
        {
            return published.Min();
        }

        if (date.AsDate is { } day)
        {
            return day;
        }

        var first = new DateOnly(date.Year, date.Month == 0 ? 1 : date.Month, 1);
        var last = date.Month == 0 ? new DateOnly(date.Year, 12, 31) : first.AddMonths(1).AddDays(-1);
        return published.Where(p => p >= first && p <= last).Min() ?? last;
    }

    /// <summary>
    /// A claim whose goods are only words for a layer on all goods ("the fentanyl duty") is checked
    /// against the layers on all goods, where a single layer at the claimed rate makes it consistent.
    /// </summary>
    private static bool OnAllGoods(string products) =>
        products is "all" or "" || products.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(TariffFinder.AllGoodsLayerWords.Contains);
}
