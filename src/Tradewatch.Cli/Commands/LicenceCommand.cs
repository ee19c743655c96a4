using System.CommandLine;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.App.Questions;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Evaluation;

namespace Tradewatch.Cli.Commands;

internal static class LicenceCommand
{
    public static Command Create(CliContext context)
    {
        var exporter = Options.Text("--exporter", "The exporting economy, e.g. CN.", required: true);
        var destination = Options.Text("--destination", "Where the goods go, e.g. US.", required: true);
        var item = Options.Text("--item", "The item by name, e.g. samarium, gallium, EDA software.");
        var hs = Options.Text("--hs", "The item by HS code, e.g. 2805.30.");
        var date = Options.Text("--date", "The export date, yyyy-MM-dd.", required: true);
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var db = NewsDatabase.LedgerOption();
        var scenario = Options.Scenario();
        var command = new Command("licence", "Whether an export needs a licence (or is banned), under which measure, with the licences reported.")
        {
            exporter, destination, item, hs, date, knownAt, json, ledgerFiles, db, scenario,
        };
        command.Aliases.Add("license");
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            var input = new LicenceInput(
                parse.GetValue(exporter), parse.GetValue(destination), parse.GetValue(item), parse.GetValue(hs), parse.GetValue(date), parse.GetValue(knownAt), parse.GetValue(scenario));
            var question = Problems.ValueOf(LicenceQuestion.Parse(input, reference));
            var session = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles), reference, parse.GetValue(db));
            var answer = LicenceAnswers.Ask(session, question);
            if (parse.GetValue(json))
            {
                Render.Json(context, LicenceDto.From(answer, question.Scenario));
            }
            else
            {
                Table(context, answer);
            }

            // an unknown item, or a day before the ledger's coverage: not covered, rather than "no licence required"
            return answer.ItemKnown && answer.Coverage != Coverage.Outside ? ExitCodes.Ok : ExitCodes.NotCovered;
        });
        return command;
    }

    private static void Table(CliContext context, LicenceAnswer answer)
    {
        var console = Render.Console(context);
        var verdict = !answer.ItemKnown ? "not covered: the ledger does not know this item"
            : answer.Coverage == Coverage.Outside ? "not covered: the day is before the ledger's coverage"
            : answer.Prohibited ? "prohibited" : answer.LicenceRequired ? "a licence is required" : "no licence requirement found in the ledger";
        console.MarkupLine($"Export of [bold]{Markup.Escape(answer.Item)}[/] from {answer.Exporter} to {answer.Destination} on {Render.Day(answer.Date)}: [bold]{verdict}[/]");
        if (answer.Measures.Count > 0)
        {
            var table = new Table().AddColumns("Measure", "Basis", "Matched", "Status", "Sources");
            var notes = new Footnotes();
            foreach (var m in answer.Measures)
            {
                var status = m.Status is { } s ? Render.Status(s) + (m.Suspension is { } sus ? $" ({sus.Id})" : string.Empty) : "not in effect that day";
                table.AddRow(Markup.Escape(m.Measure.Id), Markup.Escape(m.Measure.Basis), Markup.Escape(m.MatchedOn), Markup.Escape(status), Markup.Escape(notes.Refer(m.Measure.Provenance.Sources)));
            }

            console.Write(table);
            notes.Write(console);
            foreach (var m in answer.Measures.Where(m => m.Measure.LegalText is not null || m.Measure.ControlList is not null || m.Measure.EndUsers is not null))
            {
                console.WriteLine($"{m.Measure.Id}:");
                WriteIf(console, "  Announcement: ", m.Measure.LegalText);
                WriteIf(console, "  Control list: ", m.Measure.ControlList);
                WriteIf(console, "  End users: ", m.Measure.EndUsers);
            }
        }

        foreach (var l in answer.Licences)
        {
            console.WriteLine($"Reported {Render.Day(l.Date)}: {l.Title} ({l.Action.ToString().ToLowerInvariant()}) {string.Join(" ", l.Provenance.Sources)}");
        }

        Render.Coverage(console, answer.Coverage, answer.Notes);
    }

    private static void WriteIf(IAnsiConsole console, string label, string? text)
    {
        if (text is not null)
        {
            console.WriteLine(label + text);
        }
    }
}
