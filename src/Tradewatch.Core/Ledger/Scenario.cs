using Tradewatch.Core.Evaluation;

namespace Tradewatch.Core.Ledger;

/// <summary>
/// A named overlay of changes on the ledger: end a suspension early, add a threatened measure,
/// change a rate, void a layer from a date. Applied on top of the ledger as known at a time, so
/// that its changes take precedence over everything recorded.
/// </summary>
public sealed record Scenario(string Name, string? Description, LedgerBatch Changes)
{
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
