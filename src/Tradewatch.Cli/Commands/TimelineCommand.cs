using System.CommandLine;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.App.Charts;
using Tradewatch.App.Questions;
using Tradewatch.Cli.Output;

namespace Tradewatch.Cli.Commands;

internal static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var importer = Options.Text("--importer", "The importing economy, e.g. US.", required: true);
        var origin = Options.Text("--origin", "The origin of the goods, e.g. CN.", required: true);
        var hs = Options.Text("--hs", "An HS code: include the layers on that product. Without it, only layers on all goods.");
        var from = Options.Text("--from", "First day, yyyy-MM-dd (default 2025-01-01).");
        var to = Options.Text("--to", "Last day, yyyy-MM-dd (default 2026-12-31).");
        var svg = Options.Text("--svg", "Also draw the timeline as an SVG chart into this file.");
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var db = NewsDatabase.LedgerOption();
        var scenario = Options.Scenario();
        var command = new Command("timeline", "The total additional rate between two economies as steps over time, with what changed at each step.")
        {
            importer, origin, hs, from, to, svg, knownAt, json, ledgerFiles, db, scenario,
        };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            var input = new TimelineInput(
                parse.GetValue(importer), parse.GetValue(origin), parse.GetValue(hs), parse.GetValue(from), parse.GetValue(to), parse.GetValue(knownAt), parse.GetValue(scenario));
            var question = Problems.ValueOf(TimelineQuestion.Parse(input, reference));
            var (imp, org, product, start, end) = (question.Importer, question.Origin, question.Product, question.From, question.To);
            var view = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles), reference, parse.GetValue(db)).View(question.KnownAt, question.Scenario);
            var steps = view.Timeline(imp, org, product, start, end);
            var scope = product is { } p ? $"HS {p}" : "all goods";
            if (parse.GetValue(svg) is { } svgPath)
            {
                var title = $"Additional {imp} tariff on {scope} from {org}" + (view.KnownAt is null ? string.Empty : $", as known at {Render.KnownAt(view.KnownAt)}");
                var chart = StepChartSvg.Draw(title, steps.Select(s => new ChartStep(s.Start, s.TotalAdditionalPercent, s.RefundablePercent, $"{Render.Day(s.Start)}: {Render.Percent(s.TotalAdditionalPercent)}; {string.Join("; ", s.Changes)}")).ToList(), start, end);
                File.WriteAllText(svgPath, chart);
                context.Error.WriteLine($"wrote {svgPath}");
            }

            if (parse.GetValue(json))
            {
                Render.Json(context, TimelineDto.Of(question, view, steps));
                return ExitCodes.Ok;
            }

            var console = Render.Console(context);
            console.MarkupLine($"[bold]Additional {imp} tariff on {Markup.Escape(scope)} from {org}[/], {Render.Day(start)} to {Render.Day(end)}"
                + (view.KnownAt is null ? string.Empty : $", as known at {Render.KnownAt(view.KnownAt)}"));
            if (product is null)
            {
                console.WriteLine("Layers on all goods only; pass --hs for the layers on a product (Section 301, product tariffs).");
            }

            var table = new Table().AddColumns("From", "Total", "Void", "What changed");
            foreach (var s in steps)
            {
                table.AddRow(Render.Day(s.Start), Render.Percent(s.TotalAdditionalPercent), s.RefundablePercent > 0 ? Render.Percent(s.RefundablePercent) : string.Empty,
                    Markup.Escape(s.Changes.Count == 0 ? string.Join(", ", s.Layers.Select(l => $"{l.Measure.Basis} {Render.Percent(l.RatePercent)}")) : string.Join("\n", s.Changes)));
            }

            console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
