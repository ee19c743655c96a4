using Tradewatch.Core.Evaluation;

namespace Tradewatch.Core.Ledger;

/// <summary>
/// A named overlay of changes on the ledger: end a suspension early, add a threatened measure,
/// change a rate, void a layer from a date. Applied on top of the ledger as known at a time, so
/// that its changes take precedence over everything recorded.
/// </summary>
public sealed record Scenario(string Name, string? Description, LedgerBatch Changes)
{
    /// <summary>
    /// Why this scenario cannot apply to <paramref name="ledger"/> as known at <paramref name="knownAt"/>, in a reader's
    /// words, or null when it can: it changes measures or suspensions the ledger did not hold then (a scenario about the
    /// Section 122 surcharge asked as known before the surcharge was recorded), each named by its title and the day it
    /// was first recorded.
    /// </summary>
    public string? NotApplicable(TradeLedger ledger, DateTimeOffset? knownAt)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        bool Known(Provenance p) => knownAt is not { } t || p.Recorded <= t;
        var measures = ledger.Measures.Where(m => Known(m.Provenance)).Select(m => m.Id).Concat(Changes.Measures.Select(m => m.Id)).ToHashSet(StringComparer.Ordinal);
        var suspensions = ledger.Suspensions.Where(x => Known(x.Provenance)).Select(x => x.Id).Concat(Changes.Suspensions.Select(x => x.Id)).ToHashSet(StringComparer.Ordinal);
        // a measure named by a former id is the measure it was renamed to
        var missing = Changes.Rates.Select(r => r.MeasureId).Concat(Changes.Suspensions.Select(x => x.MeasureId)).Concat(Changes.Voidings.SelectMany(v => v.MeasureIds))
            .Select(ledger.CurrentId)
            .Where(id => !measures.Contains(id))
            .Concat(Changes.SuspensionChanges.Select(c => c.SuspensionId).Where(id => !suspensions.Contains(id)))
            .Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        string Named(string id)
        {
            var (title, recorded) = ledger.FindMeasure(id) is { } m ? (m.Title, (DateTimeOffset?)m.Provenance.Recorded)
                : ledger.Suspensions.FirstOrDefault(x => x.Id == id) is { } x ? (x.Title, x.Provenance.Recorded)
                : (id, null);
            return recorded is { } day ? $"{title} (first recorded on {day:yyyy-MM-dd})" : title;
        }

        var what = string.Join("; ", missing.Select(Named));
        return knownAt is { } k ? $"it changes {what}, which the ledger did not yet hold as known at {k:yyyy-MM-dd}" : $"it changes {what}, which the ledger does not hold";
    }

    /// <summary>
    /// The refusal of this scenario for <paramref name="ledger"/> as known at <paramref name="knownAt"/>, as one sentence naming
    /// it ("scenario 'deal-signed-2026' does not apply: it changes ..."), or null when it applies (<see cref="NotApplicable"/>):
    /// what a question under this scenario answers and what a comparison of scenarios says of it.
    /// </summary>
    public string? Refusal(TradeLedger ledger, DateTimeOffset? knownAt) =>
        NotApplicable(ledger, knownAt) is { } why ? $"scenario '{Name}' does not apply: {why}." : null;

    /// <summary>The ledger as known at <paramref name="knownAt"/>, with this scenario's changes on top.</summary>
    public LedgerView Apply(TradeLedger ledger, DateTimeOffset? knownAt)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var known = ledger.Restrict(knownAt);
        // Stamped after anything the ledger can hold, so that the overlay wins wherever it speaks.
        var stamp = DateTimeOffset.MaxValue;
        Provenance P(Provenance p) => p with { Recorded = stamp, RecordedBy = p.RecordedBy ?? $"scenario {Name}" };
        var batch = new LedgerBatch
        {
            Measures = Changes.Measures.Select(m => m with { Provenance = P(m.Provenance) }).ToList(),
            Rates = Changes.Rates.Select(r => r with { Provenance = P(r.Provenance) }).ToList(),
            Suspensions = Changes.Suspensions.Select(s => s with { Provenance = P(s.Provenance) }).ToList(),
            SuspensionChanges = Changes.SuspensionChanges.Select(c => c with { Provenance = P(c.Provenance) }).ToList(),
            Voidings = Changes.Voidings.Select(v => v with { Provenance = P(v.Provenance) }).ToList(),
            Licences = Changes.Licences.Select(l => l with { Provenance = P(l.Provenance) }).ToList(),
            Agreements = Changes.Agreements.Select(a => a with { Provenance = P(a.Provenance) }).ToList(),
            Deadlines = Changes.Deadlines.Select(d => d with { Provenance = P(d.Provenance) }).ToList(),
            StackingRules = Changes.StackingRules,
        };
        return known.Append(batch, known.Version).AsKnownAt(null);
    }
}
