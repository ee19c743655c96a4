using System.Globalization;
using Tradewatch.Core.Evaluation;
using Tradewatch.News.Claims;

namespace Tradewatch.News.Pipeline;

/// <summary>
/// Turns a checked claim into the ledger change that would make the ledger agree with it, or says
/// why it cannot: a consistent claim needs none; a peak, an earlier rate, a threat or a plan
/// describes no rate to record; a claim about goods named by words has no HS scope.
/// </summary>
public static class ProposalBuilder
{
    /// <summary>The change for the claim, or null with the reason none is proposed.</summary>
    public static ProposedChange? For(CheckedClaim check, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(check);
        reason = null;
        if (check.Verdict == CheckVerdict.Consistent)
        {
            reason = "consistent with the ledger";
            return null;
        }

        if (check.Day is not { } day || check.Imposer is not { } imposer)
        {
            reason = check.Explanation;
            return null;
        }

        switch (check.Claim.Facts)
        {
            case TariffFacts t when check.Tariff is { } result && check.Target is { } target && t.RatePercent is { } rate:
                return ForTariff(t, result, imposer.Code, target.Code, rate, day, out reason);
            case ExportControlFacts when check.Export is { Verdict: CheckVerdict.NotCovered, Uncovered.Count: > 0 } export:
                return new ProposedChange(
                    ChangeAction.NewExportControl, imposer.Code, check.Target?.Code, day, null, null, export.Uncovered,
                    $"{imposer.Code} export controls on {string.Join(", ", export.Uncovered)} to {check.Target?.Code ?? "every economy"} (reported)");
            case ExportControlFacts:
                reason = check.Verdict == CheckVerdict.Inconsistent
                    ? "the ledger names the items under a measure not in force that day; its schedule is a curator's call"
                    : check.Explanation;
                return null;
            default:
                reason = check.Explanation;
                return null;
        }
    }

    /// <summary>
    /// How far a proposal's reading can be trusted, from 0 to 1: a claim read whole from one report starts at one
    /// half; each further independent outlet that makes it adds 0.15 (to at most 0.9); a time taken from the day
    /// of publication rather than the sentence, a rate announced rather than in force, and a claim the ledger
    /// contradicts rather than lacks (a misreading is likelier) each take 0.1 off. A reading score, not a calibrated
    /// probability: it orders the queue for a reviewer and never decides anything.
    /// </summary>
    public static double Confidence(CheckedClaim check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var score = 0.5 + 0.15 * Math.Max(0, check.Claim.Corroboration - 1);
        score = Math.Min(score, 0.9);
        if (check.Claim.Facts is TariffFacts t)
        {
            score -= t.DatedByPublication ? 0.1 : 0;
            score -= t.Qualifier == "announced" ? 0.1 : 0;
        }

        score -= check.Verdict == CheckVerdict.Inconsistent ? 0.1 : 0;
        return Math.Round(Math.Clamp(score, 0.05, 0.95), 2);
    }

    private static ProposedChange? ForTariff(TariffFacts t, CheckResult result, string imposer, string target, decimal rate, DateOnly day, out string? reason)
    {
        reason = null;
        if (t.Inferred is { Count: > 0 } inferred)
        {
            // Only a claim whose time, parties and scope its sentence gives can change the ledger.
            reason = $"the report's sentence does not give the claim's {string.Join(" and ", inferred)}; they were taken from the context";
            return null;
        }

        var inForce = t.Qualifier is "in-force" or "";
        if (!inForce && !(t.Qualifier == "announced" && result.Verdict == CheckVerdict.NotCovered))
        {
            reason = $"a {t.Qualifier} rate states no change to the rates in force";
            return null;
        }

        // A report's words for goods ("e-bikes", "steel") are not a tariff scope, and "all" is also what
        // is read when the sentence names no goods: a new layer's products are left unread, for the
        // reviewer to narrow to HS codes or to confirm as all goods before it can be accepted.
        var goods = t.Products == "all" ? "goods" : t.Products;
        var ledger = result.LedgerPercent ?? 0m;
        if (result.Verdict == CheckVerdict.NotCovered || ledger == 0m)
        {
            return new ProposedChange(ChangeAction.NewTariffLayer, imposer, target, day, rate, null, [],
                string.Create(CultureInfo.InvariantCulture, $"{imposer} tariff of {rate:0.##}% on {goods} from {target} (reported)"));
        }

        var difference = rate - ledger;
        if (difference > 0)
        {
            return new ProposedChange(ChangeAction.NewTariffLayer, imposer, target, day, difference, null, [],
                string.Create(CultureInfo.InvariantCulture, $"{imposer} tariff on {goods} from {target}: reported {rate:0.##}% against the ledger's {ledger:0.##}%, {difference:0.##} points not in the ledger"));
        }

        var points = -difference;
        var layer = result.Layers.Where(l => l.Status == LayerStatus.InForce && l.RatePercent >= points).OrderByDescending(l => l.RatePercent).FirstOrDefault();
        if (layer is null)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"no single layer in force carries the {points:0.##} points the report leaves out");
            return null;
        }

        return new ProposedChange(ChangeAction.SuspendPoints, imposer, target, day, points, layer.Measure.Id, [],
            string.Create(CultureInfo.InvariantCulture, $"{points:0.##} points of {layer.Measure.Id} suspended: reported {rate:0.##}% against the ledger's {ledger:0.##}%"));
    }
}
