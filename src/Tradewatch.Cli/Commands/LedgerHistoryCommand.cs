using System.CommandLine;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Core;
using Tradewatch.Core.Ledger;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch ledger history ID</c>: every record of a measure (or of one record) in the order recorded, with what each changed: the correction trail.</summary>
internal static class LedgerHistoryCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "A measure's id, or the id of a suspension, voiding, licence, agreement, deadline or notice." };
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var command = new Command("history", "Every record of a measure in the order recorded, with what changed (rate entries, suspensions and their changes, voidings, licences, corrections).") { id, json, ledgerFiles };
        command.SetAction(parse =>
        {
            var ledger = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles)).Ledger;
            var wanted = parse.GetValue(id)!;
            var entries = RecordHistory.Of(ledger, wanted);
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
}
