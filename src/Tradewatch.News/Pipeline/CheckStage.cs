using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.News.Claims;

namespace Tradewatch.News.Pipeline;

/// <summary>A tariff claim and how it stands against the ledger as known on its day.</summary>
public sealed record TariffClaimCheck(ConsolidatedClaim Claim, TariffFacts Facts, CheckResult Result);

/// <summary>
/// The stage after consolidation: each tariff claim checked against the ledger as known on the
/// claim's day. A claim that names no single imposer, target and rate, or no day, is not covered.
/// </summary>
public static class CheckStage
{
    /// <param name="published">Each document's publication day, used when a claim states none of its own.</param>
    public static IReadOnlyList<TariffClaimCheck> Run(
        ConsolidationResult claims, IReadOnlyDictionary<string, DateOnly?> published, EconomyCatalog economies, TradeLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(economies);
        var rows = new List<TariffClaimCheck>();
        foreach (var claim in claims.Claims)
        {
            if (claim.Facts is not TariffFacts t)
            {
                continue;
            }

            CheckResult verdict;
            if (t.Imposer is null || t.Target is null || t.Target == "*" || t.RatePercent is null
                || !economies.TryResolve(t.Imposer, out var imposer) || !economies.TryResolve(t.Target, out var target))
            {
                verdict = new CheckResult(CheckVerdict.NotCovered, "the claim does not name one imposer, one target and a rate", [], null);
            }
            else if (CheckDay(t.AsOf, claim.Sources.Select(x => published.GetValueOrDefault(x.Document))) is not { } day)
            {
                verdict = new CheckResult(CheckVerdict.NotCovered, "the claim has no day to check it on", [], null);
            }
            else if (t.Products is not ("all" or ""))
            {
                verdict = new CheckResult(CheckVerdict.NotCovered, $"the claim is about '{t.Products}', which the ledger does not name by words", [], null);
            }
            else
            {
                verdict = ClaimCheck.Tariff(ledger, new TariffStatement(imposer, target, t.RatePercent.Value, day, t.Qualifier));
            }

            rows.Add(new TariffClaimCheck(claim, t, verdict));
        }

        return rows;
    }

    /// <summary>
    /// The day to check a claim on: its own day; for a month or a year, the earliest publication
    /// day of its reports when that falls inside the period (what the report could have known), else the period's last day.
    /// </summary>
    private static DateOnly? CheckDay(ClaimDate? asOf, IEnumerable<DateOnly?> published)
    {
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
}
