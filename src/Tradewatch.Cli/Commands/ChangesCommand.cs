using System.CommandLine;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.App.Questions;
using Tradewatch.Cli.Output;

namespace Tradewatch.Cli.Commands;

internal static class ChangesCommand
{
    public static Command Create(CliContext context)
    {
        var from = Options.Text("--from", "First day of the window, yyyy-MM-dd.", required: true);
        var to = Options.Text("--to", "Last day of the window, yyyy-MM-dd (inclusive).", required: true);
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var db = NewsDatabase.LedgerOption();
        var scenario = Options.Scenario();
        var command = new Command("changes", "Everything that starts, changes, is suspended, ends or falls due in a window, like a calendar.")
        {
            from, to, knownAt, json, ledgerFiles, db, scenario,
        };
        command.SetAction(parse =>
        {
            var question = Problems.ValueOf(ChangesQuestion.Parse(new ChangesInput(parse.GetValue(from), parse.GetValue(to), parse.GetValue(knownAt), parse.GetValue(scenario))));
            var (start, end) = (question.From, question.To);
            var reference = LedgerLoader.Reference(context.DataDirectory);
            var view = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles), reference, parse.GetValue(db)).View(question.KnownAt, question.Scenario);
            // Expiries before today are told in the past, as the server tells them.
            var events = view.Changes(start, end, DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime));
            if (parse.GetValue(json))
            {
                Render.Json(context, ChangesDto.Of(question, view, events));
                return ExitCodes.Ok;
            }

            var console = Render.Console(context);
            console.MarkupLine($"[bold]Changes[/] from {Render.Day(start)} to {Render.Day(end)}: {events.Count}");
            var table = new Table().AddColumns("Date", "What", "Id", "Text");
            foreach (var group in events.GroupBy(e => e.Date))
            {
                var first = true;
                foreach (var e in group)
                {
                    table.AddRow(first ? Render.Day(e.Date) : string.Empty, AnswerJson.Kebab(e.Kind.ToString()), Markup.Escape(e.Subject), Markup.Escape(e.Text));
                    first = false;
                }
            }

            console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
