using System.Globalization;

namespace Tradewatch.Core.Ledger;

/// <summary>Every dated record of a ledger as one row: what it is, its id, when recorded, its sources. One home for the listing the ledger commands and pages share.</summary>
public sealed record LedgerRecordRow(string Type, string Id, DateTimeOffset Recorded, IReadOnlyList<string> Sources)
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

    /// <summary>The latest recorded time of any record (rate entries, suspension changes and corrections included); null for an empty ledger.</summary>
    public static DateTimeOffset? LatestRecorded(TradeLedger ledger) =>
        Of(ledger).Select(r => r.Recorded)
            .Concat(ledger.Rates.Select(r => r.Provenance.Recorded))
            .Concat(ledger.SuspensionChanges.Select(c => c.Provenance.Recorded))
            .Concat(ledger.Amendments.Select(a => a.Provenance.Recorded))
            .Select(t => (DateTimeOffset?)t)
            .Max();
}

/// <summary>One record in a measure's history: when it was recorded, what it is and what it says or changes.</summary>
public sealed record HistoryEntry(DateTimeOffset Recorded, string Record, string Change, IReadOnlyList<string> Sources);

/// <summary>
/// The correction trail of a measure (or of one record): every record that concerns it in the order
/// recorded, with what each says or changes. One home for <c>ledger history</c> and the measure page.
/// </summary>
public static class RecordHistory
{
    /// <summary>The kind of a measure in words, as tables, JSON and pages show it.</summary>
    public static string KindName(MeasureKind kind) => kind switch
    {
        MeasureKind.Tariff => "tariff",
        MeasureKind.ConditionalTariff => "conditional tariff",
        MeasureKind.ExportControl => "export control",
        MeasureKind.ExportBan => "export ban",
        MeasureKind.Fee => "fee",
        _ => "end-user control",
    };

    /// <summary>The records about <paramref name="id"/> in recorded order; empty when the ledger has no such record.</summary>
    public static IReadOnlyList<HistoryEntry> Of(TradeLedger ledger, string id)
    {
        var entries = new List<(HistoryEntry Entry, int Order)>();
        void Add(DateTimeOffset recorded, string record, string change, IReadOnlyList<string> sources) =>
            entries.Add((new HistoryEntry(recorded, record, change, sources), entries.Count));

        id = ledger.CurrentId(id);
        var ids = new HashSet<string>(StringComparer.Ordinal) { id };
        if (ledger.FindMeasure(id) is { } m)
        {
            Add(m.Provenance.Recorded, $"measure {m.Id}", $"{KindName(m.Kind)} '{m.Title}' by {m.Imposer} on {m.Targets}; basis {m.Basis}; products {m.Products}" + Note(m.Provenance), m.Provenance.Sources);
            foreach (var r in ledger.Rates.Where(r => r.MeasureId == id))
            {
                var rate = r.RatePercent is not { } p ? "ends" : m.HasRate ? Percent(p) : "applies";
                Add(r.Provenance.Recorded, "rate entry", $"from {Day(r.Valid.Start)}" + (r.Valid.End is { } e ? $" to {Day(e)}" : string.Empty) + $": {rate}" + Note(r.Provenance), r.Provenance.Sources);
            }

            foreach (var s in ledger.Suspensions.Where(s => s.MeasureId == id))
            {
                ids.Add(s.Id);
            }

            foreach (var v in ledger.Voidings.Where(v => v.MeasureIds.Contains(id) || ledger.Amendments.Any(a => a.RecordId == v.Id && (a.Measures?.Contains(id) ?? false))))
            {
                ids.Add(v.Id);
            }

            foreach (var l in ledger.Licences.Where(l => l.MeasureId == id))
            {
                ids.Add(l.Id);
            }
        }

        foreach (var s in ledger.Suspensions.Where(s => ids.Contains(s.Id)))
        {
            Add(s.Provenance.Recorded, $"suspension {s.Id}", $"{(s.Points is { } pts ? $"{pts:0.##} points" : "whole")} from {Day(s.Valid.Start)}" + (s.Valid.End is { } e ? $" to {Day(e)}" : string.Empty) + Note(s.Provenance), s.Provenance.Sources);
            foreach (var c in ledger.SuspensionChanges.Where(c => c.SuspensionId == s.Id))
            {
                Add(c.Provenance.Recorded, $"suspension change {s.Id}", $"end moved to {(c.NewEnd is { } end ? Day(end) : "open")}" + Note(c.Provenance), c.Provenance.Sources);
            }
        }

        foreach (var v in ledger.Voidings.Where(v => ids.Contains(v.Id)))
        {
            Add(v.Provenance.Recorded, $"voiding {v.Id}", $"{v.Basis}: void from {Day(v.Valid.Start)} ({string.Join(", ", v.MeasureIds)})", v.Provenance.Sources);
        }

        foreach (var l in ledger.Licences.Where(l => ids.Contains(l.Id)))
        {
            Add(l.Provenance.Recorded, $"licence {l.Id}", $"{l.Action.ToString().ToLowerInvariant()} on {Day(l.Date)}: {l.Title}", l.Provenance.Sources);
        }

        foreach (var r in LedgerRecordRow.Of(ledger).Where(r => r.Id == id && r.Type is "agreement" or "deadline" or "notice"))
        {
            Add(r.Recorded, $"{r.Type} {r.Id}", "recorded", r.Sources);
        }

        foreach (var a in ledger.Amendments.Where(a => ids.Contains(a.RecordId)))
        {
            Add(a.Provenance.Recorded, $"correction of {a.RecordId}", "replaces " + string.Join(", ", a.Changed()) + Note(a.Provenance), a.Provenance.Sources);
        }

        return entries.OrderBy(e => e.Entry.Recorded).ThenBy(e => e.Order).Select(e => e.Entry).ToList();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => $"{value:0.##}%";

    private static string Note(Provenance provenance) => provenance.Note is { } n ? $" ({n})" : string.Empty;
}
