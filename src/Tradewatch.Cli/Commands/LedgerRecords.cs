using Tradewatch.Core.Ledger;

namespace Tradewatch.Cli.Commands;

/// <summary>Every dated record of a ledger as one row: what it is, its id, when recorded, its sources. One home for the listing the ledger commands share.</summary>
internal sealed record LedgerRecordRow(string Type, string Id, DateTimeOffset Recorded, IReadOnlyList<string> Sources)
{
    /// <summary>The records that carry an id (measures, suspensions, voidings, licences, agreements, deadlines, notices), as the ledger holds them.</summary>
    public static IEnumerable<LedgerRecordRow> Of(TradeLedger ledger) =>
        ledger.Measures.Select(m => new LedgerRecordRow("measure", m.Id, m.Provenance.Recorded, m.Provenance.Sources))
            .Concat(ledger.Suspensions.Select(s => new LedgerRecordRow("suspension", s.Id, s.Provenance.Recorded, s.Provenance.Sources)))
            .Concat(ledger.Voidings.Select(v => new LedgerRecordRow("voiding", v.Id, v.Provenance.Recorded, v.Provenance.Sources)))
            .Concat(ledger.Licences.Select(l => new LedgerRecordRow("licence", l.Id, l.Provenance.Recorded, l.Provenance.Sources)))
            .Concat(ledger.Agreements.Select(a => new LedgerRecordRow("agreement", a.Id, a.Provenance.Recorded, a.Provenance.Sources)))
            .Concat(ledger.Deadlines.Select(d => new LedgerRecordRow("deadline", d.Id, d.Provenance.Recorded, d.Provenance.Sources)))
            .Concat(ledger.Notices.Select(n => new LedgerRecordRow("notice", n.Id, n.Provenance.Recorded, n.Provenance.Sources)));
}
