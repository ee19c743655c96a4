using System.CommandLine;
using Spectre.Console;
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
            var (imp, org, product, start, end) = (question.Importer, question.Origin, question.Product, question.From, question.To);
            var known = question.KnownAt is { } day ? DateParsing.EndOfDay(day) : (DateTimeOffset?)null;
            var session = ReviewedLedger.Open(context, null, reference);
            // a scenario that does not apply as known then is named with the reason; the others are compared
            var asked = parse.GetValue(names)!;
            var refused = asked.Where(n => n != "baseline").Select(n => (Name: n, Refusal: session.Refusal(known, n))).Where(r => r.Refusal is not null).ToList();
            var views = asked.Where(n => !refused.Any(r => r.Name == n))
                .Select(n => (Name: n, View: n == "baseline" ? session.Ledger.AsKnownAt(known) : session.ViewAt(known, n))).ToList();
            if (views.Count == 0)
            {
                throw new BadDataException(string.Join(" ", refused.Select(r => r.Refusal)));
            }

            var days = new List<DateOnly>();
            for (var d = new DateOnly(start.Year, start.Month, 1); d <= end; d = d.AddMonths(1))
            {
                days.Add(d < start ? start : d);
            }

            DutyAnswer Answer(LedgerView view, DateOnly day) => view.Duty(imp, org, product, day);
            if (parse.GetValue(json))
            {
                Render.Json(context, new
                {
                    importer = imp.Code,
                    origin = org.Code,
                    hs = product?.ToString(),
                    scenarios = views.Select(v => new
                    {
                        name = v.Name,
                        points = days.Select(d => Answer(v.View, d)).Select(a => new { date = Render.Day(a.Date), totalAdditionalPercent = a.TotalAdditionalPercent, refundablePercent = a.RefundablePercent }).ToList(),
                    }).ToList(),
                    notApplicable = refused.Select(r => new { name = r.Name, reason = r.Refusal }).ToList(),
                });
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumn("Month");
            foreach (var v in views)
            {
                table.AddColumn(Markup.Escape(v.Name));
            }

            foreach (var d in days)
            {
                table.AddRow([Render.Day(d), .. views.Select(v => Answer(v.View, d)).Select(a => Render.Percent(a.TotalAdditionalPercent) + (a.RefundablePercent > 0 ? $" (+{Render.Percent(a.RefundablePercent)} void)" : string.Empty))]);
            }

            Render.Console(context).Write(table);
            foreach (var (_, refusal) in refused)
            {
                context.Out.WriteLine($"Not compared: {refusal}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
