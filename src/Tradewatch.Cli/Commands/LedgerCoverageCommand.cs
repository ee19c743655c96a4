using System.CommandLine;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch ledger coverage</c>: per imposer and kind of measure, what the ledger holds exactly, what only approximately, and what it says is missing.</summary>
internal static class LedgerCoverageCommand
{
    public static Command Create(CliContext context)
    {
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var command = new Command("coverage", "Per imposer and kind of measure: what is exact, what is approximate (and why), what is missing.") { knownAt, json, ledgerFiles };
        command.SetAction(parse =>
        {
            var ledger = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles)).Ledger.Restrict(Options.KnownAtValue(parse.GetValue(knownAt)));
            var assessed = ledger.Measures.Select(m => (Measure: m, Assessment: MeasureCoverage.Assess(m, m.Provenance.Sources))).ToList();
            var keys = assessed.Select(a => (a.Measure.Imposer.Code, a.Measure.Kind))
                .Concat(ledger.Gaps.Select(g => (g.Imposer.Code, g.Kind)))
                .Distinct().OrderBy(k => k.Code, StringComparer.Ordinal).ThenBy(k => k.Kind).ToList();
            var rows = keys.Select(k => new
            {
                imposer = k.Code,
                kind = RecordHistory.KindName(k.Kind),
                exact = assessed.Where(a => a.Measure.Imposer.Code == k.Code && a.Measure.Kind == k.Kind && a.Assessment.Coverage == Coverage.Exact).Select(a => a.Measure.Id).ToList(),
                approximate = assessed.Where(a => a.Measure.Imposer.Code == k.Code && a.Measure.Kind == k.Kind && a.Assessment.Coverage != Coverage.Exact)
                    .Select(a => new { measure = a.Measure.Id, reasons = a.Assessment.Reasons }).ToList(),
                missing = ledger.Gaps.Where(g => g.Imposer.Code == k.Code && g.Kind == k.Kind).Select(g => g.Subject + (g.Note is { } n ? $" ({n})" : string.Empty)).ToList(),
            }).ToList();
            if (parse.GetValue(json))
            {
                Render.Json(context, new { knownAt = Render.KnownAt(parse.GetValue(knownAt) is null ? null : Options.KnownAtValue(parse.GetValue(knownAt))), coverage = rows });
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Imposer", "Kind", "Exact", "Approximate", "Missing");
            foreach (var r in rows)
            {
                table.AddRow(
                    r.imposer,
                    Markup.Escape(r.kind),
                    Markup.Escape(string.Join("\n", r.exact)),
                    Markup.Escape(string.Join("\n", r.approximate.Select(a => $"{a.measure}: {string.Join("; ", a.reasons)}"))),
                    Markup.Escape(string.Join("\n", r.missing)));
            }

            Render.Console(context).Write(table);
            context.Out.WriteLine($"{rows.Sum(r => r.exact.Count)} exact, {rows.Sum(r => r.approximate.Count)} approximate, {rows.Sum(r => r.missing.Count)} known gaps");
            return ExitCodes.Ok;
        });
        return command;
    }
}
