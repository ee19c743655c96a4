using System.CommandLine;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Evaluation;

namespace Tradewatch.Cli.Commands;

internal static class DutyCommand
{
    public static Command Create(CliContext context)
    {
        var importer = Options.Text("--importer", "The importing economy, e.g. US.", required: true);
        var origin = Options.Text("--origin", "The origin of the goods, e.g. CN.", required: true);
        var hs = Options.Text("--hs", "The HS code of the product, as written: 8505.11, 850511 or 8505.11.00. Without it, only layers on all goods.");
        var date = Options.Text("--date", "The entry date, yyyy-MM-dd.", required: true);
        var value = Options.Text("--value", "The customs value, to compute the additional duty.");
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var db = NewsDatabase.LedgerOption();
        var scenario = Options.Scenario();
        var command = new Command("duty", "The duty stack for a product from an origin on a date: each layer with its basis, rate, status and sources.")
        {
            importer, origin, hs, date, value, knownAt, json, ledgerFiles, db, scenario,
        };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            var imp = Options.Economy(reference, "--importer", parse.GetValue(importer));
            var org = Options.Economy(reference, "--origin", parse.GetValue(origin));
            if (imp == org)
            {
                throw new UsageException("--importer and --origin are the same economy: a duty applies to goods from another economy.");
            }

            var product = Options.Hs(reference, parse.GetValue(hs));
            var day = Options.Day("--date", parse.GetValue(date));
            var amount = Options.Value(parse.GetValue(value));
            var known = Options.KnownAtValue(parse.GetValue(knownAt));
            var view = ScenarioLoader.ViewOver(context.DataDirectory, reference, ReviewedLedger.Load(context, parse.GetValue(ledgerFiles), reference, parse.GetValue(db)), known, parse.GetValue(scenario));
            var answer = view.Duty(imp, org, product, day);
            if (parse.GetValue(json))
            {
                Render.Json(context, ToJson(answer, amount));
            }
            else
            {
                Table(context, answer, amount, reference.Nomenclature.Describe(product ?? default));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static object ToJson(DutyAnswer answer, decimal? value) => new
    {
        importer = answer.Importer.Code,
        origin = answer.Origin.Code,
        hs = answer.Product?.ToString(),
        date = Render.Day(answer.Date),
        knownAt = Render.KnownAt(answer.KnownAt),
        layers = answer.Layers.Select(l => new
        {
            measure = l.Measure.Id,
            title = l.Measure.Title,
            basis = l.Measure.Basis,
            ratePercent = l.RatePercent,
            scheduledPercent = l.ScheduledPercent,
            status = Render.Status(l.Status),
            suspensions = l.Suspensions.Select(s => s.Id).ToList(),
            voidedBy = l.Voiding?.Id,
            legal = l.Measure.LegalText,
            scopeNote = l.Measure.Products.Description,
            sources = l.Sources,
        }).ToList(),
        totalAdditionalPercent = answer.TotalAdditionalPercent,
        refundablePercent = answer.RefundablePercent,
        value,
        additionalDuty = answer.DutyOn(value),
        refundableDuty = value is { } v ? Math.Round(v * answer.RefundablePercent / 100m, 2) : (decimal?)null,
        conditional = answer.ConditionalMeasures.Select(m => new { measure = m.Id, title = m.Title, condition = m.Condition }).ToList(),
        coverage = Render.Coverage(answer.Coverage),
        notes = answer.Notes,
    };

    private static void Table(CliContext context, DutyAnswer answer, decimal? value, string? description)
    {
        var console = Render.Console(context);
        var what = answer.Product is { } p ? $"HS {p}" + (description is null ? string.Empty : $" ({Truncate(description, 60)})") : "all goods";
        console.MarkupLine($"[bold]Duty[/] into {answer.Importer} on {Markup.Escape(what)} from {answer.Origin}, entered {Render.Day(answer.Date)}"
            + (answer.KnownAt is null ? string.Empty : $", as known at {Render.KnownAt(answer.KnownAt)}"));
        if (answer.Layers.Count == 0)
        {
            console.WriteLine("No additional layers apply: the normal (MFN) rate only.");
        }
        else
        {
            var table = new Table().AddColumns("Measure", "Basis", "Rate", "Status", "Sources");
            var notes = new Footnotes();
            foreach (var l in answer.Layers)
            {
                var refs = notes.Refer(l.Sources);
                var rate = l.RatePercent != l.ScheduledPercent ? $"{Render.Percent(l.RatePercent)} (of {Render.Percent(l.ScheduledPercent)})" : Render.Percent(l.RatePercent);
                var status = Render.Status(l.Status) + (l.Voiding is { } v ? $" ({v.Id})" : string.Empty);
                table.AddRow(Markup.Escape(l.Measure.Id), Markup.Escape(l.Measure.Basis), rate, Markup.Escape(status), Markup.Escape(refs));
            }

            console.Write(table);
            notes.Write(console);
        }

        console.MarkupLine($"Total additional rate: [bold]{Render.Percent(answer.TotalAdditionalPercent)}[/]");
        if (answer.RefundablePercent > 0)
        {
            console.MarkupLine($"Void layers (refundable): {Render.Percent(answer.RefundablePercent)}");
        }

        if (value is { } v2)
        {
            console.WriteLine($"Additional duty on {v2:0.##}: {answer.DutyOn(v2):0.00}");
        }

        foreach (var m in answer.ConditionalMeasures)
        {
            console.WriteLine($"Also, only if it applies: {m.Title} ({m.Condition})");
        }

        Render.Coverage(console, answer.Coverage, answer.Notes);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
