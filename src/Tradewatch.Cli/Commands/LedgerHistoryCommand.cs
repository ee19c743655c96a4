using System.CommandLine;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Core;
using Tradewatch.Core.Ledger;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch ledger history ID</c>: every record of a measure (or of one record) in the order recorded, with what each changed: the correction trail.</summary>
internal static class LedgerHistoryCommand
{
    private sealed record Entry(DateTimeOffset Recorded, int Order, string Record, string Change, IReadOnlyList<string> Sources);

    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "A measure's id, or the id of a suspension, voiding, licence, agreement, deadline or notice." };
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var command = new Command("history", "Every record of a measure in the order recorded, with what changed (rate entries, suspensions and their changes, voidings, licences, corrections).") { id, json, ledgerFiles };
        command.SetAction(parse =>
        {
            var ledger = ReviewedLedger.Load(context, parse.GetValue(ledgerFiles));
            var wanted = parse.GetValue(id)!;
            var entries = Collect(ledger, wanted);
            if (entries.Count == 0)
            {
                throw new BadDataException($"no record '{wanted}' in the ledger; run 'tradewatch ledger list' to see the measure ids");
            }

            if (parse.GetValue(json))
            {
                Render.Json(context, new
                {
                    id = wanted,
                    records = entries.Select(e => new { recorded = Render.Day(DateOnly.FromDateTime(e.Recorded.UtcDateTime)), record = e.Record, change = e.Change, sources = e.Sources }).ToList(),
                });
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Recorded", "Record", "What it says or changes");
            foreach (var e in entries)
            {
                table.AddRow(Render.Day(DateOnly.FromDateTime(e.Recorded.UtcDateTime)), Markup.Escape(e.Record), Markup.Escape(e.Change));
            }

            Render.Console(context).Write(table);
            context.Out.WriteLine($"{entries.Count} records, in the order recorded");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<Entry> Collect(TradeLedger ledger, string id)
    {
        var entries = new List<Entry>();
        void Add(DateTimeOffset recorded, string record, string change, IReadOnlyList<string> sources) =>
            entries.Add(new Entry(recorded, entries.Count, record, change, sources));

        var ids = new HashSet<string>(StringComparer.Ordinal) { id };
        if (ledger.FindMeasure(id) is { } m)
        {
            Add(m.Provenance.Recorded, $"measure {m.Id}", $"{LedgerCommand.KindName(m.Kind)} '{m.Title}' by {m.Imposer} on {m.Targets}; basis {m.Basis}; products {m.Products}" + Note(m.Provenance), m.Provenance.Sources);
            foreach (var r in ledger.Rates.Where(r => r.MeasureId == id))
            {
                var rate = r.RatePercent is not { } p ? "ends" : m.HasRate ? Render.Percent(p) : "applies";
                Add(r.Provenance.Recorded, "rate entry", $"from {Render.Day(r.Valid.Start)}" + (r.Valid.End is { } e ? $" to {Render.Day(e)}" : string.Empty) + $": {rate}" + Note(r.Provenance), r.Provenance.Sources);
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
            Add(s.Provenance.Recorded, $"suspension {s.Id}", $"{(s.Points is { } pts ? $"{pts:0.##} points" : "whole")} from {Render.Day(s.Valid.Start)}" + (s.Valid.End is { } e ? $" to {Render.Day(e)}" : string.Empty) + Note(s.Provenance), s.Provenance.Sources);
            foreach (var c in ledger.SuspensionChanges.Where(c => c.SuspensionId == s.Id))
            {
                Add(c.Provenance.Recorded, $"suspension change {s.Id}", $"end moved to {Render.Day(c.NewEnd) ?? "open"}" + Note(c.Provenance), c.Provenance.Sources);
            }
        }

        foreach (var v in ledger.Voidings.Where(v => ids.Contains(v.Id)))
        {
            Add(v.Provenance.Recorded, $"voiding {v.Id}", $"{v.Basis}: void from {Render.Day(v.Valid.Start)} ({string.Join(", ", v.MeasureIds)})", v.Provenance.Sources);
        }

        foreach (var l in ledger.Licences.Where(l => ids.Contains(l.Id)))
        {
            Add(l.Provenance.Recorded, $"licence {l.Id}", $"{l.Action.ToString().ToLowerInvariant()} on {Render.Day(l.Date)}: {l.Title}", l.Provenance.Sources);
        }

        foreach (var r in LedgerRecordRow.Of(ledger).Where(r => r.Id == id && r.Type is "agreement" or "deadline" or "notice"))
        {
            Add(r.Recorded, $"{r.Type} {r.Id}", "recorded", r.Sources);
        }

        foreach (var a in ledger.Amendments.Where(a => ids.Contains(a.RecordId)))
        {
            Add(a.Provenance.Recorded, $"correction of {a.RecordId}", "replaces " + string.Join(", ", a.Changed()) + Note(a.Provenance), a.Provenance.Sources);
        }

        return entries.OrderBy(e => e.Recorded).ThenBy(e => e.Order).ToList();
    }

    private static string Note(Provenance provenance) => provenance.Note is { } n ? $" ({n})" : string.Empty;
}
