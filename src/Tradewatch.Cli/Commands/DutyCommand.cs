using System.CommandLine;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Schedule;

namespace Tradewatch.Cli.Commands;

internal static class DutyCommand
{
    public static Command Create(CliContext context)
    {
        var importer = Options.Text("--importer", "The importing economy, e.g. US.", required: true);
        var origin = Options.Text("--origin", "The origin of the goods, e.g. CN.", required: true);
        var hs = Options.Text("--hs", "The HS code of the product, as written: 8505.11, 850511 or 8505.11.00. Without it, only layers on all goods.");
        var hts = Options.Text("--hts", "A US tariff line, as written: 8505.11.00.70, 8505110070, 8505.11.00 or 8505.11 (the same as --hs, checked against the US schedule).");
        var quantity = Options.Text("--quantity", "The quantity entered, to compute specific and compound base rates (with --unit).");
        var unit = Options.Text("--unit", "The unit of --quantity: kg, liter, No., doz., m2... as the rate is written.");
        var date = Options.Text("--date", "The entry date, yyyy-MM-dd.", required: true);
        var value = Options.Text("--value", "The customs value, to compute the additional duty.");
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var db = NewsDatabase.LedgerOption();
        var scenario = Options.Scenario();
        var command = new Command("duty", "The duty stack for a product from an origin on a date: each layer with its basis, rate, status and sources.")
        {
            importer, origin, hs, hts, date, value, quantity, unit, knownAt, json, ledgerFiles, db, scenario,
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

            if (parse.GetValue(hs) is not null && parse.GetValue(hts) is not null)
            {
                throw new UsageException("give --hs or --hts, not both.");
            }

            var codeOption = parse.GetValue(hts) is null ? "--hs" : "--hts";
            var codeText = parse.GetValue(hts) ?? parse.GetValue(hs);
            var product = Options.Hs(reference, codeText);
            var day = Options.Day("--date", parse.GetValue(date));
            var amount = Options.Value(parse.GetValue(value));
            var qty = Options.Value(parse.GetValue(quantity));
            var unitText = parse.GetValue(unit);
            if (qty is not null && unitText is null)
            {
                throw new UsageException("--quantity needs --unit (kg, liter, No....).");
            }

            var known = Options.KnownAtValue(parse.GetValue(knownAt));
            var session = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles), reference, parse.GetValue(db));
            var view = session.ViewAt(known, parse.GetValue(scenario));
            var schedule = imp.Code == "US" && product is not null ? session.Schedule : null;
            var question = new Question(product, amount, qty, unitText);
            var answer = Answer(schedule, view, imp, org, question, day, codeOption, codeText);

            // what was deposited at entry, as known on the entry day, beside what is owed as known now
            DutyAnswer? deposited = null;
            var entryKnowledge = Core.Time.DateParsing.EndOfDay(day);
            if (known is null || known > entryKnowledge)
            {
                var then = session.ViewAt(entryKnowledge, parse.GetValue(scenario));
                deposited = Answer(schedule, then, imp, org, question, day, codeOption, codeText).Answer;
            }

            if (parse.GetValue(json))
            {
                Render.Json(context, ToJson(answer, question, deposited));
            }
            else
            {
                Table(context, answer, question, deposited, reference.Nomenclature.Describe(product ?? default));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>What the user asked beyond the parties and the day: the line, the value and the quantity.</summary>
    internal sealed record Question(Core.Products.HsCode? Product, decimal? Value, decimal? Quantity, string? Unit);

    /// <summary>One line under the code asked about, with its own answer: listed when the lines below answer differently.</summary>
    internal sealed record LineAnswer(TariffLine Line, DutyAnswer Answer);

    /// <summary>The answer, and the lines below the code when they answer differently (then the answer has no base layer).</summary>
    internal sealed record FullAnswer(DutyAnswer Answer, IReadOnlyList<LineAnswer> Lines, ScheduleRevision? Revision);

    /// <summary>
    /// The duty with its base layer for a US import: the line's rate from the schedule revision in force
    /// on the day as known then. A code with several lines below it whose answers differ lists them,
    /// rather than picking one; a line the schedule lacks is bad data naming it.
    /// </summary>
    internal static FullAnswer Answer(TariffSchedule? schedule, LedgerView view, Economy importer, Economy origin, Question question, DateOnly day, string option, string? text)
    {
        // The line's MFN rate goes into the question: an all-in layer (a deal floor) collects only what tops it up.
        var own = schedule is not null && question.Product is { } asked ? MfnLayer.For(schedule, origin, asked, day, view.KnownAt) : null;
        var answer = view.Duty(importer, origin, question.Product, day, own?.AdValoremPercent);
        if (schedule is null || question.Product is not { } code)
        {
            return new FullAnswer(answer, [], null);
        }

        var revision = schedule.InForce(day, view.KnownAt);
        if (revision is null)
        {
            return new FullAnswer(answer, [], null);
        }

        var leaves = schedule.LeavesUnder(revision, code);
        if (leaves.Count == 0)
        {
            HtsCommand.UsLine(schedule, revision, text ?? code.ToString(), option);
        }

        if (leaves.Count <= 1 && own is not null)
        {
            return new FullAnswer(answer with { Base = own }, [], revision);
        }

        var lines = leaves.Select(l =>
        {
            var mfn = MfnLayer.For(schedule, origin, l.Code, day, view.KnownAt);
            return new LineAnswer(l, view.Duty(importer, origin, l.Code, day, mfn?.AdValoremPercent) with { Base = mfn });
        }).ToList();
        var distinct = lines.Select(l => (l.Answer.Base?.Rate.Text, l.Answer.TotalAdditionalPercent, string.Join(',', l.Answer.Layers.Select(x => x.Measure.Id)))).Distinct().Count();
        if (distinct == 1)
        {
            // every line below answers alike: the answer is theirs
            return new FullAnswer(answer with { Base = lines[0].Answer.Base is { } b ? b with { Line = own?.Line ?? b.Rates.RatedAt } : null }, [], revision);
        }

        return new FullAnswer(answer, lines, revision);
    }

    public static object ToJson(DutyAnswer answer, decimal? value) => ToJson(new FullAnswer(answer, [], null), new Question(answer.Product, value, null, null), null);

    private static object? BaseJson(MfnLayer? m, Question q) => m is null ? null : new
    {
        hts = m.Line.Code.ToString(),
        ratedAt = m.Rates.RatedAt.Code.ToString(),
        revision = m.Revision.Id,
        column = m.Column == MfnColumn.Column2 ? "column-2" : "general",
        rate = m.Rate.Text,
        adValoremPercent = m.AdValoremPercent,
        specificUnits = m.Rate.SpecificUnits,
        amount = m.Amount(q.Value, q.Quantity, q.Unit),
        special = m.Rates.Special,
        specialNote = m.Rates.Special.Length == 0 ? null : "preferential rates apply only when the goods qualify under the programme; not applied here",
        chapter99 = m.Line.Chapter99References.Concat(m.Rates.RatedAt.Chapter99References).Distinct().Select(c => c.ToString()).ToList(),
    };

    private static object ToJson(FullAnswer full, Question q, DutyAnswer? deposited)
    {
        var answer = full.Answer;
        var value = q.Value;
        return new
        {
            importer = answer.Importer.Code,
            origin = answer.Origin.Code,
            hs = answer.Product?.ToString(),
            revision = full.Revision?.Id,
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
            mfn = BaseJson(answer.Base, q),
            totalPercent = answer.TotalPercent,
            quantity = q.Quantity,
            unit = q.Unit,
            totalDuty = answer.TotalDutyOn(value, q.Quantity, q.Unit),
            ambiguous = full.Lines.Count > 0,
            lines = full.Lines.Select(l => new
            {
                hts = l.Line.Code.ToString(),
                description = l.Line.Description,
                mfn = l.Answer.Base?.Rate.Text,
                additionalPercent = l.Answer.TotalAdditionalPercent,
                totalPercent = l.Answer.TotalPercent,
                totalDuty = l.Answer.TotalDutyOn(value, q.Quantity, q.Unit),
                layers = l.Answer.Layers.Select(x => x.Measure.Id).ToList(),
            }).ToList(),
            deposited = deposited is null ? null : new
            {
                knownAt = Render.KnownAt(deposited.KnownAt),
                totalAdditionalPercent = deposited.TotalAdditionalPercent,
                totalPercent = deposited.TotalPercent,
                totalDuty = deposited.TotalDutyOn(value, q.Quantity, q.Unit),
                layers = deposited.Layers.Select(l => new { measure = l.Measure.Id, ratePercent = l.RatePercent }).ToList(),
            },
        };
    }

    private static void Table(CliContext context, FullAnswer full, Question q, DutyAnswer? deposited, string? description)
    {
        var answer = full.Answer;
        var value = q.Value;
        var console = Render.Console(context);
        var what = answer.Product is { } p ? $"HS {p}" + (description is null ? string.Empty : $" ({Truncate(description, 60)})") : "all goods";
        console.MarkupLine($"[bold]Duty[/] into {answer.Importer} on {Markup.Escape(what)} from {answer.Origin}, entered {Render.Day(answer.Date)}"
            + (answer.KnownAt is null ? string.Empty : $", as known at {Render.KnownAt(answer.KnownAt)}"));
        if (full.Lines.Count > 0)
        {
            console.WriteLine($"The lines under {answer.Product} answer differently (HTSUS {full.Revision?.Title}); name one of them:");
            var lines = new Table().AddColumns("Line", "Description", "MFN", "Additional", "Total");
            foreach (var l in full.Lines)
            {
                lines.AddRow(l.Line.Code.ToString(), Markup.Escape(Truncate(l.Line.Description, 50)), Markup.Escape(l.Answer.Base?.Rate.Text ?? "?"),
                    Render.Percent(l.Answer.TotalAdditionalPercent), l.Answer.TotalPercent is { } t ? Render.Percent(t) : "MFN + " + Render.Percent(l.Answer.TotalAdditionalPercent));
            }

            console.Write(lines);
            return;
        }

        if (answer.Base is { } b)
        {
            var column = b.Column == MfnColumn.Column2 ? "Column 2" : "MFN (general)";
            var from = b.Rates.RatedAt.Code == b.Line.Code ? string.Empty : $", set on {b.Rates.RatedAt.Code}";
            console.WriteLine($"{column} rate on {b.Line.Code} ({b.Revision.Title}{from}): {(b.Rate.IsEmpty ? "(none)" : b.Rate.Text)}");
            if (b.AdValoremPercent is null && b.Amount(value, q.Quantity, q.Unit) is { } computed)
            {
                console.WriteLine($"  base duty on {value:0.##} and {q.Quantity:0.###} {q.Unit}: {computed:0.00}");
            }
            else if (b.AdValoremPercent is null)
            {
                console.WriteLine(b.Rate.IsComputable
                    ? $"  a specific or compound rate: give --value, --quantity and --unit ({string.Join(", ", b.Rate.SpecificUnits)}) to compute it"
                    : "  a rate the schedule states in words: shown, not computed");
            }

            if (b.Column == MfnColumn.General && b.Rates.Special.Length > 0)
            {
                console.WriteLine($"  special: {b.Rates.Special} (only if the goods qualify under the programme; not applied)");
            }
        }

        if (answer.Layers.Count == 0)
        {
            console.WriteLine("No additional layers apply.");
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
        if (answer.TotalPercent is { } total)
        {
            console.MarkupLine($"Total rate with the base rate: [bold]{Render.Percent(total)}[/]");
        }

        if (answer.RefundablePercent > 0)
        {
            console.MarkupLine($"Void layers (refundable): {Render.Percent(answer.RefundablePercent)}");
        }

        if (value is { } v2)
        {
            console.WriteLine($"Additional duty on {v2:0.##}: {answer.DutyOn(v2):0.00}");
            if (answer.TotalDutyOn(v2, q.Quantity, q.Unit) is { } whole)
            {
                console.WriteLine($"Total duty on {v2:0.##}: {whole:0.00}");
            }
        }

        if (deposited is not null && (deposited.TotalAdditionalPercent != answer.TotalAdditionalPercent || deposited.TotalPercent != answer.TotalPercent))
        {
            var then = deposited.TotalPercent ?? deposited.TotalAdditionalPercent;
            var now = answer.TotalPercent ?? answer.TotalAdditionalPercent;
            console.WriteLine($"Deposited at entry, as known on {Render.KnownAt(deposited.KnownAt)}: {Render.Percent(then)}; owed as known {(answer.KnownAt is null ? "now" : "at " + Render.KnownAt(answer.KnownAt))}: {Render.Percent(now)}"
                + (value is { } v3 ? $" (difference on {v3:0.##}: {Math.Round(v3 * (then - now) / 100m, 2):0.00})" : string.Empty));
        }

        foreach (var m in answer.ConditionalMeasures)
        {
            console.WriteLine($"Also, only if it applies: {m.Title} ({m.Condition})");
        }

        Render.Coverage(console, answer.Coverage, answer.Notes);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
