using System.CommandLine;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.App.Questions;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;

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
        var metalWeight = Options.Text("--metal-weight", "The metal's share of the goods' weight, in percent: under 15% the April 2026 metals duties do not apply (9903.82.03), except to articles of chapters 72, 73, 74 and 76.");
        var metalValue = Options.Text("--metal-value", "The value of the steel, aluminium or copper content (part of --value): Section 232 layers charged on the metal content fall on it, the rest of the value pays the other layers.");
        var metal = Options.Text("--metal", "The metal the goods are articles of: steel, aluminium (aluminum) or copper. It settles a duty that depends on it (8544.42.90 as an article of copper pays the copper headings, U.S. note 16(c)(viii), not the aluminium ones).");
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var db = NewsDatabase.LedgerOption();
        var scenario = Options.Scenario();
        var command = new Command("duty", "The duty stack for a product from an origin on a date: each layer with its basis, rate, status and sources.")
        {
            importer, origin, hs, hts, date, value, metalValue, metalWeight, metal, quantity, unit, knownAt, json, ledgerFiles, db, scenario,
        };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            StartupTimings.Mark("reference data (HS, countries)");
            var input = new DutyInput(
                parse.GetValue(importer), parse.GetValue(origin), parse.GetValue(hs), parse.GetValue(hts), parse.GetValue(date), parse.GetValue(value),
                parse.GetValue(quantity), parse.GetValue(unit), parse.GetValue(knownAt), parse.GetValue(scenario), parse.GetValue(metalValue), parse.GetValue(metalWeight))
            {
                Metal = parse.GetValue(metal),
            };
            var question = Problems.ValueOf(DutyQuestion.Parse(input, reference));
            StartupTimings.Mark("question parsed");
            var session = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles), reference, parse.GetValue(db), preloadSchedule: question.Importer.Code == "US");
            StartupTimings.Mark("ledger read (files, scopes, reviewed records)");
            if (StartupTimings.Enabled && question.Importer.Code == "US")
            {
                _ = session.Schedule;
                StartupTimings.Mark("US tariff schedule read");
            }

            var result = Problems.ValueOf(DutyAnswers.Ask(session, question));
            StartupTimings.Mark("answered");
            if (parse.GetValue(json))
            {
                Render.Json(context, DutyDto.From(result));
            }
            else
            {
                Table(context, result);
            }

            StartupTimings.Mark("written");

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Table(CliContext context, DutyResult full)
    {
        var answer = full.Answer;
        var q = full.Question;
        var deposited = full.Deposited;
        var description = full.HsDescription;
        var value = q.Value;
        var console = Render.Console(context);
        // the code asked: lines below it that answer alike were asked for its answer (answer.Product is the first of them)
        var what = q.Product is { } p ? $"HS {p}" + (description is null ? string.Empty : $" ({Truncate(description, 60)})") : "all goods";
        console.MarkupLine($"[bold]Duty[/] into {answer.Importer} on {Markup.Escape(what)} from {answer.Origin}, entered {Render.Day(answer.Date)}"
            + (answer.KnownAt is null ? string.Empty : $", as known at {Render.KnownAt(answer.KnownAt)}"));
        if (DutyDto.AlikeNote(q.Product?.ToString(), full.LinesAlike.Select(l => l.Code.ToString()).ToList()) is { } alike)
        {
            console.WriteLine(alike);
        }

        if (full.Lines.Count > 0)
        {
            console.WriteLine($"The lines under {q.Product} answer differently (HTSUS {full.Revision?.Title}); name one of them:");
            // a line whose stack has a layer exempt on a claim (USMCA origin...) shows its total with the claim made
            var claims = full.Lines.Any(l => l.Answer.IfClaimed is not null);
            var lines = new Table().AddColumns("Line", "Description", "MFN", "Additional", "Total");
            if (claims)
            {
                lines.AddColumn("If claimed");
            }

            foreach (var l in full.Lines)
            {
                List<string> row = [l.Line.Code.ToString(), Markup.Escape(Truncate(l.Line.Description, 50)), Markup.Escape(l.Answer.Base?.Rate.Text ?? "?"),
                    Render.Percent(DutyAnswers.LineAdditionalPercent(l.Answer, value)), LineTotal(l.Answer, value)];
                if (claims)
                {
                    row.Add(l.Answer.IfClaimed is { } c ? LineTotal(c.Rest, value) : string.Empty);
                }

                lines.AddRow([.. row]);
            }

            console.Write(lines);
            WriteExemptions(console, full.Lines.SelectMany(l => l.Answer.IfClaimed?.Exempt ?? []), "; \"If claimed\" is a line's total with the claim made.");
            WriteLetIn(console, full.Lines.Where(l => l.Answer.IfClaimed is { LetIn.Count: > 0 }).Select(l => ((string?)l.Line.Code.ToString(), l.Answer.IfClaimed!)).ToList());
            WriteLineConditions(console, full.Lines, value);
            WriteDeposit(console, answer, deposited, value);

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
                if (b.AgreementRateFor(q.Origin) is { } agreed)
                {
                    console.WriteLine($"  if the goods qualify under the {agreed.Agreement.Name} and are claimed ({agreed.Indicator}): {agreed.Rate.Text} in place of {b.Rate.Text}");
                }
            }
        }

        foreach (var e in answer.ExemptByMetalWeight)
        {
            console.WriteLine(e.NoMetal
                ? $"Exempt: {e.Measure.Id} ({e.Heading}: the goods contain no aluminium, steel or copper)"
                : $"Exempt: {e.Measure.Id} ({e.Heading}: the metal is under {Render.Percent(e.Measure.MetalWeightExemption!.BelowPercent)} of the goods' weight)");
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
                var status = Render.Status(l.Status) + (l.Exemption is { } x ? $": {LayerExemptionDto.Describe(x)}" : l.Voiding is { } v ? $" by {v.Basis}" : string.Empty);
                table.AddRow(Markup.Escape(l.Measure.Id), Markup.Escape(l.Measure.Basis), rate, Markup.Escape(status), Markup.Escape(refs));
            }

            console.Write(table);
            notes.Write(console);
        }

        console.MarkupLine($"Total additional rate: [bold]{Render.Percent(answer.TotalAdditionalPercent)}[/]" + (answer.Content is null ? string.Empty : " (on the metal content)"));
        if (answer.TotalPercent is { } total)
        {
            console.MarkupLine($"Total rate with the base rate: [bold]{Render.Percent(total)}[/]" + (answer.Content is null ? string.Empty : " (on the metal content)"));
        }

        if (answer.Content is { } split && value is { } entered)
        {
            WriteRest(console, split, entered);
            console.MarkupLine($"Additional rate on the whole value: [bold]{Render.Percent(answer.AdditionalPercentOn(entered))}[/]"
                + (answer.TotalPercentOn(entered) is { } all ? $"; with the base rate: [bold]{Render.Percent(all)}[/]" : string.Empty));
        }
        else if (full.ContentRule is { } rule)
        {
            console.WriteLine($"Charged on the {string.Join(" and ", rule.Metals)} content only: {string.Join(", ", rule.OnContent.Select(m => m.Id))}; without --metal-value the whole value pays it, as above. "
                + $"Given the metal's value, the rest of the value pays {Render.Percent(rule.Rest.TotalAdditionalPercent)}"
                + (rule.Rest.Layers.Count == 0 ? " (no additional layers)." : $" ({LayerList(rule.Rest)})."));
        }
        else if (q.MetalValue is not null && full.Lines.Count == 0)
        {
            console.WriteLine("The metal value changes nothing here: no layer on this line is charged on the metal content only, so the whole value pays every layer.");
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

        if (answer.IfClaimed is { } claimed)
        {
            WriteClaimed(console, answer, claimed, q);
        }

        WriteDeposit(console, answer, deposited, value);
        var depositedOnly = deposited?.ConditionalMeasures.Where(d => answer.ConditionalMeasures.All(c => c.Measure.Id != d.Measure.Id)) ?? [];
        foreach (var c in answer.ConditionalMeasures.Concat(depositedOnly))
        {
            console.WriteLine($"Also, only if it applies: {ConditionalMeasureDto.Describe(c.Measure.Title, c.RatePercent)} ({c.Measure.Condition})"
                + (c.Measure.Metal is { } of ? $"; {Metals.DependsOn(of, c.Measure.Id)}: give --metal {of} (or the metal they are of) to settle it" : string.Empty));
            var stack = IfApplying(answer, c.Measure.Id);
            if (!ReferenceEquals(stack, answer))
            {
                console.WriteLine("  " + Beside("If it applies", answer, stack, q));
                if (stack.IfClaimed is { } both)
                {
                    // goods used as the condition says and claimed as well: the layers the claim exempts from go too, beside the stack if it applies
                    console.WriteLine("  " + Beside($"If it applies and {ClaimWords(both)}", stack, both.Rest, q) + $"; exempt on the claim: {string.Join(", ", both.Exempt.Select(m => m.Id))}");
                }
            }

            if (deposited is not null)
            {
                WriteConditionalDeposit(console, answer, deposited, c.Measure.Id, value);
            }
        }

        Render.Coverage(console, answer.Coverage, answer.Notes);
    }

    /// <summary>
    /// What was deposited at entry under the law then beside what is owed as known now, when they differ: for the code asked
    /// when its lines are listed (the layers on all of them; the lines' base rates are their own), as the JSON's deposit is.
    /// </summary>
    private static void WriteDeposit(IAnsiConsole console, DutyAnswer answer, DutyAnswer? deposited, decimal? value)
    {
        if (deposited is null || SameDeposit(deposited, answer, value))
        {
            return;
        }

        console.WriteLine($"Deposited at entry on {Render.KnownAt(deposited.KnownAt)} under the law then: {DepositBeside(deposited, answer, value)}");
    }

    /// <summary>
    /// The deposit at entry had a conditional layer's condition held, beside what is owed if it holds, when either differs
    /// from the stack without it: the deposit's stack if it applied then (<see cref="ConditionalLayer.IfApplies"/>), or its own.
    /// </summary>
    private static void WriteConditionalDeposit(IAnsiConsole console, DutyAnswer answer, DutyAnswer deposited, string measure, decimal? value)
    {
        var (then, now) = (IfApplying(deposited, measure), IfApplying(answer, measure));
        if ((ReferenceEquals(then, deposited) && ReferenceEquals(now, answer)) || (SameDeposit(then, now, value) && SameDeposit(deposited, answer, value)))
        {
            return;
        }

        console.WriteLine($"  Deposited at entry if it applies: {DepositBeside(then, now, value)}");
    }

    /// <summary>A stack's own if a conditional layer's condition holds (<see cref="ConditionalLayer.IfApplies"/>); the stack itself where that changes nothing.</summary>
    private static DutyAnswer IfApplying(DutyAnswer answer, string measure) =>
        answer.ConditionalMeasures.FirstOrDefault(c => c.Measure.Id == measure)?.IfApplies ?? answer;

    private static bool SameDeposit(DutyAnswer deposited, DutyAnswer answer, decimal? value) =>
        deposited.TotalAdditionalPercent == answer.TotalAdditionalPercent && deposited.TotalPercent == answer.TotalPercent
        && (value is not { } v || deposited.DutyOn(v) == answer.DutyOn(v));

    /// <summary>A deposit's rate (and with the claims made at entry) beside what is owed as known now, and the difference on the value.</summary>
    private static string DepositBeside(DutyAnswer deposited, DutyAnswer answer, decimal? value)
    {
        // base and layers when both sides have an ad valorem base rate (the page compares so too); the layers alone otherwise,
        // as for listed lines, whose base rates are their own
        var withBase = deposited.TotalPercent is not null && answer.TotalPercent is not null;
        var known = answer.KnownAt is null ? "now" : "at " + Render.KnownAt(answer.KnownAt);
        return Render.Percent(Rate(deposited, value, withBase)) + (deposited.InLieuOfBase ? " in all, in lieu of every other duty" : string.Empty)
            + (deposited.IfClaimed is { } dc ? $" ({Render.Percent(Rate(dc.Rest, value, withBase))} if claimed at entry)" : string.Empty)
            + $"; owed as known {known}: {Render.Percent(Rate(answer, value, withBase))}"
            + (value is { } whole ? $" (difference on {whole:0.##}: {Difference(deposited, answer, whole, withBase):0.00})" : string.Empty);
    }

    /// <summary>The claims a claimed stack was answered with, in words: "the USMCA claim is made".</summary>
    private static string ClaimWords(ClaimedExemption claimed) =>
        claimed.Exempt.Select(m => m.Claim).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } names
            ? $"the {string.Join(" and ", names)} claim is made"
            : "the claim is made";

    /// <summary>A listed line's total rate, or its additional rate on top of a base rate that is not ad valorem.</summary>
    private static string LineTotal(DutyAnswer answer, decimal? value) =>
        DutyAnswers.LineTotalPercent(answer, value) is { } t ? Render.Percent(t) : "MFN + " + Render.Percent(DutyAnswers.LineAdditionalPercent(answer, value));

    /// <summary>A stack's rate as the deposit line compares it: on the whole value when split on the metal content, with the base rate if asked and known.</summary>
    private static decimal Rate(DutyAnswer answer, decimal? value, bool withBase) =>
        value is { } v && answer.Content is not null
            ? (withBase ? answer.TotalPercentOn(v) : null) ?? answer.AdditionalPercentOn(v)
            : (withBase ? answer.TotalPercent : null) ?? answer.TotalAdditionalPercent;

    /// <summary>What was deposited less what is owed on the value: the additional layers differ, the base rate (when compared) is the same line's.</summary>
    private static decimal Difference(DutyAnswer deposited, DutyAnswer owed, decimal value, bool withBase) =>
        withBase && deposited.Content is null && owed.Content is null
            ? Math.Round(value * ((deposited.TotalPercent ?? deposited.TotalAdditionalPercent) - (owed.TotalPercent ?? owed.TotalAdditionalPercent)) / 100m, 2)
            : (deposited.DutyOn(value) ?? 0) - (owed.DutyOn(value) ?? 0);

    /// <summary>The stack if the goods qualify for the exemptions their layers name (USMCA origin...), beside the answer's.</summary>
    private static void WriteClaimed(IAnsiConsole console, DutyAnswer answer, ClaimedExemption claimed, DutyQuestion q)
    {
        WriteExemptions(console, claimed.Exempt);
        console.WriteLine(Beside("If claimed", answer, claimed.Rest, q));
        WriteLetIn(console, claimed.LetIn.Count > 0 ? [(null, claimed)] : []);
    }

    /// <summary>
    /// The layers of listed lines that apply only if their condition holds, each once with its condition, and then each
    /// line's total if it holds (and if it holds and the line's claim is made), as a line asked alone gives them.
    /// </summary>
    private static void WriteLineConditions(IAnsiConsole console, IReadOnlyList<LineAnswer> lines, decimal? value)
    {
        var conditional = lines.SelectMany(l => l.Answer.ConditionalMeasures.Select(c => (l.Line, l.Answer, Conditional: c)))
            .GroupBy(x => x.Conditional.Measure.Id, StringComparer.Ordinal);
        foreach (var measure in conditional)
        {
            var c = measure.First().Conditional;
            // a line whose stack is its own if the condition holds (a layer at 0%, or one another layer keeps out) owes the same
            // a layer on the goods' metal: every line it may fall on is listed, each saying its duty depends on the metal
            var changed = measure.Where(x => x.Conditional.IfApplies is not null || c.Measure.Metal is not null).ToList();
            console.WriteLine($"Also, only if it applies: {ConditionalMeasureDto.Describe(c.Measure.Title, c.RatePercent)} ({c.Measure.Condition}), on {measure.Count()} of the lines"
                + (changed.Count == 0 ? ", which owe the same if it does" : changed.Count == measure.Count() ? ":" : $"; those it changes:"));
            foreach (var (line, answer, each) in changed)
            {
                var text = $"  {line.Code}: {LineTotal(answer, value)}";
                if (each.IfApplies is { } stack)
                {
                    text += $", if it applies {LineTotal(stack, value)}";
                    if (stack.IfClaimed is { } both)
                    {
                        text += $", if it applies and {ClaimWords(both)} {LineTotal(both.Rest, value)}";
                    }
                }

                if (c.Measure.Metal is { } of)
                {
                    text += $"; {Metals.DependsOn(of, c.Measure.Id)}: give --hs {line.Code} --metal {of} to settle it";
                }

                console.WriteLine(text);
            }
        }
    }

    /// <summary>The layers a claim lets in (a metals duty the exempt auto-part layer kept out), on the lines named, and why.</summary>
    private static void WriteLetIn(IAnsiConsole console, List<(string? Line, ClaimedExemption Claimed)> letIn)
    {
        if (letIn.Count == 0)
        {
            return;
        }

        var what = letIn.GroupBy(l => string.Join(", ", l.Claimed.LetIn.Select(m => m.Id)), StringComparer.Ordinal).Select(group =>
        {
            var lines = group.Select(g => g.Line).OfType<string>().ToList();
            var rates = group.First().Claimed.Rest.Layers.Where(l => group.First().Claimed.LetIn.Contains(l.Measure))
                .Select(l => $"{l.Measure.Id} {Render.Percent(l.RatePercent)}" + (l.Measure.ContentMetal is { } metal ? $" on the {metal} content" : string.Empty));
            return string.Join(", ", rates) + (lines.Count == 0 ? string.Empty : $" on {string.Join(", ", lines)}");
        });
        console.WriteLine($"The claim lets in {string.Join("; ", what)}: {ClaimedExemption.LetInReason}.");
    }

    /// <summary>Another stack of the goods (with a claim made, with a condition met) beside the answer's: its totals instead of the answer's, and its layers.</summary>
    private static string Beside(string label, DutyAnswer answer, DutyAnswer rest, DutyQuestion q)
    {
        // on the whole value when it is given, so a stack split on its metal content says what the goods pay as a whole
        static decimal Additional(DutyAnswer a, decimal? value) => value is { } v ? a.AdditionalPercentOn(v) : a.TotalAdditionalPercent;
        static decimal? Total(DutyAnswer a, decimal? value) => value is { } v ? a.TotalPercentOn(v) : a.TotalPercent;
        var text = $"{label}: total additional rate {Render.Percent(Additional(rest, q.Value))} instead of {Render.Percent(Additional(answer, q.Value))}";
        if (Total(rest, q.Value) is { } total && Total(answer, q.Value) is { } was)
        {
            text += rest.InLieuOfBase
                ? $"; in lieu of the base rate and every other duty, {Render.Percent(total)} in all instead of {Render.Percent(was)}"
                : $"; with the base rate {Render.Percent(total)} instead of {Render.Percent(was)}";
        }

        if (q.Value is { } value && rest.TotalDutyOn(value, q.Quantity, q.Unit) is { } duty && answer.TotalDutyOn(value, q.Quantity, q.Unit) is { } owed)
        {
            text += $"; total duty on {value:0.##}: {duty:0.00} instead of {owed:0.00}";
        }
        else if (q.Value is { } v && rest.DutyOn(v) is { } additional)
        {
            text += $"; additional duty on {v:0.##}: {additional:0.00} instead of {answer.DutyOn(v):0.00}";
        }

        // a layer the claim lets in (a metals derivative once the auto-part layer is gone) may be charged on the metal content only
        var onContent = rest.Content is null ? rest.Layers.Where(l => l.Measure.ContentMetal is not null && answer.Layers.All(a => a.Measure.Id != l.Measure.Id)).ToList() : [];
        return text + (rest.Layers.Count == 0 ? " (no additional layers)" : $" ({LayerList(rest)})")
            + (onContent.Count == 0 ? string.Empty
                : $"; {string.Join(", ", onContent.Select(l => l.Measure.Id))} is charged on the {string.Join(" and ", onContent.Select(l => l.Measure.ContentMetal).Distinct())} content only, and without --metal-value the whole value pays it, as here");
    }

    /// <summary>The layers exempt on a claim, one line per claim (USMCA origin...), each ended by <paramref name="suffix"/>.</summary>
    private static void WriteExemptions(IAnsiConsole console, IEnumerable<Core.Ledger.Measure> exempt, string suffix = "")
    {
        foreach (var condition in exempt.DistinctBy(m => m.Id).GroupBy(m => m.Condition!, StringComparer.Ordinal))
        {
            console.WriteLine($"Exempt if the goods qualify: {string.Join(", ", condition.Select(m => m.Id))} ({condition.Key}){suffix}");
        }
    }

    /// <summary>A stack's layers on one line: each with its rate, and its status when it is not in force (a void layer is not owed).</summary>
    private static string LayerList(DutyAnswer answer) => string.Join(", ", answer.Layers.Select(l =>
        $"{l.Measure.Id} {Render.Percent(l.RatePercent)}{(l.Status == LayerStatus.InForce ? string.Empty : " " + Render.Status(l.Status))}"));

    /// <summary>The layers on the value other than the metal content, when the answer is split on it.</summary>
    private static void WriteRest(IAnsiConsole console, ContentSplit split, decimal value)
    {
        var rest = split.Rest;
        console.WriteLine($"Charged on the {string.Join(" and ", split.Metals)} content only: {string.Join(", ", split.OnContent.Select(m => m.Id))}; the layers above fall on the metal value {split.MetalValue:0.##}.");
        console.WriteLine($"On the rest of the value ({value - split.MetalValue:0.##}):");
        if (rest.Layers.Count == 0)
        {
            console.WriteLine("  no additional layers");
        }
        else
        {
            var table = new Table().AddColumns("Measure", "Basis", "Rate", "Status");
            foreach (var l in rest.Layers)
            {
                table.AddRow(Markup.Escape(l.Measure.Id), Markup.Escape(l.Measure.Basis), Render.Percent(l.RatePercent), Markup.Escape(Render.Status(l.Status)));
            }

            console.Write(table);
        }

        console.MarkupLine($"Total additional rate on the rest: [bold]{Render.Percent(rest.TotalAdditionalPercent)}[/]");
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
