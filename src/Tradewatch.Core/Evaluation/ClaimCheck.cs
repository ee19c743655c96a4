using Tradewatch.Core.Economies;

namespace Tradewatch.Core.Evaluation;

/// <summary>How a claim from the news stands against the ledger.</summary>
public enum CheckVerdict
{
    /// <summary>The ledger, as known on the claim's date, says the same.</summary>
    Consistent,

    /// <summary>The ledger covers the pair on that date and says something else.</summary>
    Inconsistent,

    /// <summary>The ledger holds nothing on the pair, or nothing it could compare.</summary>
    NotCovered,
}

/// <summary>What a tariff claim states: the imposer's rate on the target's goods, of a kind, on a date.</summary>
/// <param name="Qualifier">in-force, peak, previous, announced, threatened or planned (FORMAT.md).</param>
public sealed record TariffStatement(Economy Imposer, Economy Target, decimal RatePercent, DateOnly AsOf, string Qualifier);

/// <summary>What an export-control claim states: the imposer controls exports of the items to the target (every economy when null) on a date.</summary>
public sealed record ExportControlStatement(Economy Imposer, Economy? Target, IReadOnlyList<string> Items, DateOnly AsOf);

/// <summary>
/// The verdict on an export-control claim: the ledger's export measures that name the items, and
/// the items no measure names (<see cref="Uncovered"/>), which make the claim not covered.
/// </summary>
public sealed record ExportCheckResult(CheckVerdict Verdict, string Explanation, IReadOnlyList<Ledger.Measure> Measures, IReadOnlyList<string> Uncovered);

/// <summary>The verdict on a claim, with the ledger's layers beside it and a sentence that explains it.</summary>
public sealed record CheckResult(CheckVerdict Verdict, string Explanation, IReadOnlyList<DutyLayer> Layers, decimal? LedgerPercent);

/// <summary>
/// Compares tariff claims with the ledger as it was known on the claim's date (what a report could
/// have known), on goods in general: the layers on all goods, or a single layer the claim may name.
/// </summary>
public static class ClaimCheck
{
    private const decimal Tolerance = 0.05m;

    /// <param name="knownNow">Compare with everything the ledger holds now, rather than with what it held at the end of the claim's day.</param>
    public static CheckResult Tariff(Ledger.TradeLedger ledger, TariffStatement claim, bool knownNow = false)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(claim);
        var view = ledger.AsKnownAt(knownNow ? null : Time.DateParsing.EndOfDay(claim.AsOf));
        var stack = view.Duty(claim.Imposer, claim.Target, null, claim.AsOf);
        var everything = view.Timeline(claim.Imposer, claim.Target, null, new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        if (everything.All(s => s.Layers.Count == 0))
        {
            return new CheckResult(CheckVerdict.NotCovered, $"the ledger holds no tariff of {claim.Imposer} on all goods from {claim.Target}", [], null);
        }

        bool Same(decimal a) => Math.Abs(a - claim.RatePercent) <= Tolerance;
        var total = stack.TotalAdditionalPercent;
        switch (claim.Qualifier)
        {
            case "peak":
                {
                    var peak = everything.Where(s => s.Start <= claim.AsOf).Select(s => s.TotalAdditionalPercent).DefaultIfEmpty(0).Max();
                    return Same(peak)
                        ? new CheckResult(CheckVerdict.Consistent, $"the ledger's peak up to {claim.AsOf:yyyy-MM-dd} is {peak:0.##}%", stack.Layers, peak)
                        : new CheckResult(CheckVerdict.Inconsistent, $"the ledger's peak up to {claim.AsOf:yyyy-MM-dd} is {peak:0.##}%, not {claim.RatePercent:0.##}%", stack.Layers, peak);
                }

            case "previous":
                {
                    var earlier = everything.Where(s => s.Start < claim.AsOf).ToList();
                    var match = earlier.LastOrDefault(s => Same(s.TotalAdditionalPercent) || s.Layers.Any(l => Same(l.RatePercent)));
                    return match is not null
                        ? new CheckResult(CheckVerdict.Consistent, $"the ledger had {claim.RatePercent:0.##}% from {match.Start:yyyy-MM-dd}", match.Layers, match.TotalAdditionalPercent)
                        : new CheckResult(CheckVerdict.Inconsistent, $"the ledger never had {claim.RatePercent:0.##}% before {claim.AsOf:yyyy-MM-dd}", stack.Layers, total);
                }

            case "announced" or "threatened" or "planned":
                {
                    var later = everything.Where(s => s.Start > claim.AsOf).FirstOrDefault(s => Same(s.TotalAdditionalPercent) || s.Layers.Any(l => Same(l.RatePercent)));
                    return later is not null
                        ? new CheckResult(CheckVerdict.Consistent, $"the ledger, as known then, has {claim.RatePercent:0.##}% from {later.Start:yyyy-MM-dd}", later.Layers, later.TotalAdditionalPercent)
                        : new CheckResult(CheckVerdict.NotCovered, $"the ledger holds no {claim.Qualifier} rate of {claim.RatePercent:0.##}%: a candidate for review", stack.Layers, total);
                }

            default:
                {
                    if (Same(total))
                    {
                        var note = view.Measures.Any(m => m.Imposer == claim.Imposer && m.Targets.Contains(claim.Target) && m.Kind == Ledger.MeasureKind.Tariff && !m.Products.All)
                            ? "; product-specific layers add to it for the goods they cover"
                            : string.Empty;
                        return new CheckResult(CheckVerdict.Consistent, $"the layers on all goods total {total:0.##}% on {claim.AsOf:yyyy-MM-dd}{note}", stack.Layers, total);
                    }

                    var layer = stack.Layers.FirstOrDefault(l => Same(l.RatePercent));
                    return layer is not null
                        ? new CheckResult(CheckVerdict.Consistent, $"{layer.Measure.Basis} is {layer.RatePercent:0.##}% on {claim.AsOf:yyyy-MM-dd} (the layers on all goods total {total:0.##}%)", stack.Layers, total)
                        : new CheckResult(CheckVerdict.Inconsistent, $"the layers on all goods total {total:0.##}% on {claim.AsOf:yyyy-MM-dd}, not {claim.RatePercent:0.##}%", stack.Layers, total);
                }
        }
    }

    /// <summary>
    /// Compares an export-control claim with the ledger's export measures as known on its date: each
    /// item must be named by a measure of the imposer that covers the target and is in force that day.
    /// </summary>
    /// <param name="knownNow">Compare with everything the ledger holds now, rather than with what it held at the end of the claim's day.</param>
    public static ExportCheckResult ExportControl(Ledger.TradeLedger ledger, ExportControlStatement claim, bool knownNow = false)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Items.Count == 0)
        {
            return new ExportCheckResult(CheckVerdict.NotCovered, "the claim names no item", [], []);
        }

        var view = ledger.AsKnownAt(knownNow ? null : Time.DateParsing.EndOfDay(claim.AsOf));
        var measures = view.Measures.Where(m => m.IsExportMeasure && m.Imposer == claim.Imposer
            && (claim.Target is { } t ? m.Targets.Contains(t) : m.Targets.All)).ToList();
        var named = new List<Ledger.Measure>();
        var uncovered = new List<string>();
        var notInForce = new List<string>();
        foreach (var item in claim.Items)
        {
            var matching = measures.Where(m => ItemMatcher.Find(m.Items, item) is not null).ToList();
            if (matching.Count == 0)
            {
                uncovered.Add(item);
                continue;
            }

            named.AddRange(matching.Where(m => !named.Contains(m)));
            if (!matching.Any(m => view.Schedule(m.Id).Any(s => s.Valid.Contains(claim.AsOf) && s.Status == LayerStatus.InForce)))
            {
                notInForce.Add(item);
            }
        }

        var target = claim.Target is { } economy ? economy.Code : "every economy";
        if (uncovered.Count > 0)
        {
            return new ExportCheckResult(CheckVerdict.NotCovered, $"the ledger holds no export measure of {claim.Imposer} to {target} on {string.Join(", ", uncovered)}", named, uncovered);
        }

        return notInForce.Count > 0
            ? new ExportCheckResult(CheckVerdict.Inconsistent, $"the ledger's measures on {string.Join(", ", notInForce)} ({string.Join(", ", named.Select(m => m.Id))}) are not in force on {claim.AsOf:yyyy-MM-dd}", named, [])
            : new ExportCheckResult(CheckVerdict.Consistent, $"in force on {claim.AsOf:yyyy-MM-dd} under {string.Join(", ", named.Select(m => m.Id))}", named, []);
    }
}
