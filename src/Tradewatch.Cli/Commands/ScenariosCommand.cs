using System.CommandLine;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.App.Questions;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Time;

namespace Tradewatch.Cli.Commands;

internal static class ScenariosCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("scenarios", "List, show and compare scenarios: named overlays on the ledger.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Compare(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = Options.Json();
        var command = new Command("list", "List the bundled scenarios.") { json };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            var scenarios = ReviewedLedger.Open(context, null, reference).Scenarios.Values.ToList();
            if (parse.GetValue(json))
            {
                Render.Json(context, scenarios.Select(s => new { name = s.Name, description = s.Description, changes = s.Changes.Count }).ToList());
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Name", "Changes", "Description");
            foreach (var s in scenarios)
            {
                table.AddRow(Markup.Escape(s.Name), s.Changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(s.Description ?? string.Empty));
            }

            Render.Console(context).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "A bundled scenario's name, or a scenario file." };
        var command = new Command("show", "Show what a scenario changes.") { name };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            var ledger = ReviewedLedger.Open(context, null, reference).Ledger;
            var s = ScenarioLoader.Load(context.DataDirectory, reference, ledger, parse.GetValue(name)!);
            var o = context.Out;
            o.WriteLine($"{s.Name}: {s.Description}");
            foreach (var m in s.Changes.Measures)
            {
                o.WriteLine($"  adds measure {m.Id}: {m.Title} ({m.Basis}) on {m.Targets}");
            }

            foreach (var r in s.Changes.Rates)
            {
                o.WriteLine($"  sets {r.MeasureId} from {Render.Day(r.Valid.Start)}{(r.Valid.End is { } e ? $" to {Render.Day(e)}" : string.Empty)}: {(r.RatePercent is { } p ? Render.Percent(p) : "ends")}");
            }

            foreach (var c in s.Changes.SuspensionChanges)
            {
                o.WriteLine($"  ends suspension {c.SuspensionId} on {Render.Day(c.NewEnd)}");
            }

            foreach (var v in s.Changes.Voidings)
            {
                o.WriteLine($"  voids {string.Join(", ", v.MeasureIds)} from {Render.Day(v.Valid.Start)} ({v.Basis})");
            }

            foreach (var sus in s.Changes.Suspensions)
            {
                o.WriteLine($"  suspends {sus.MeasureId} from {Render.Day(sus.Valid.Start)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Compare(CliContext context)
    {
        var names = new Argument<string[]>("SCENARIO") { Description = "Two or more scenarios (names or files); 'baseline' is the ledger itself.", Arity = new ArgumentArity(2, 10) };
        var importer = Options.Text("--importer", "The importing economy (default US).");
        var origin = Options.Text("--origin", "The origin (default CN).");
        var hs = Options.Text("--hs", "An HS code; without it, layers on all goods.");
        var from = Options.Text("--from", "First day (default 2025-01-01).");
        var to = Options.Text("--to", "Last day (default 2026-12-31).");
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var command = new Command("compare", "Compare the total additional rate under scenarios, month by month.") { names, importer, origin, hs, from, to, knownAt, json };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            // the pair and the window of a timeline, read as the timeline question reads them
            var input = new TimelineInput(parse.GetValue(importer) ?? "US", parse.GetValue(origin) ?? "CN", parse.GetValue(hs), parse.GetValue(from), parse.GetValue(to), parse.GetValue(knownAt));
            var question = Problems.ValueOf(TimelineQuestion.Parse(input, reference));
            var session = ReviewedLedger.Open(context, null, reference);
            // a scenario that does not apply as known then is named with the reason; the others are compared
            var comparison = Problems.ValueOf(ScenarioComparisonDto.Of(session, question, parse.GetValue(names)!));
            if (parse.GetValue(json))
            {
                Render.Json(context, comparison);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumn("Month");
            foreach (var series in comparison.Scenarios)
            {
                table.AddColumn(Markup.Escape(series.Name));
            }

            for (var i = 0; i < comparison.Scenarios[0].Points.Count; i++)
            {
                table.AddRow([comparison.Scenarios[0].Points[i].Date, .. comparison.Scenarios.Select(s => s.Points[i]).Select(p => Render.Percent(p.TotalAdditionalPercent) + (p.RefundablePercent > 0 ? $" (+{Render.Percent(p.RefundablePercent)} void)" : string.Empty))]);
            }

            Render.Console(context).Write(table);
            foreach (var refusal in comparison.NotApplicable)
            {
                context.Out.WriteLine($"Not compared: {refusal.Reason}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
