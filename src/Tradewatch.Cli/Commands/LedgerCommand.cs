using System.CommandLine;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.Cli.Commands;

internal static class LedgerCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("ledger", "Validate, list and show the measures of a ledger.");
        command.Subcommands.Add(Validate(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(LedgerHistoryCommand.Create(context));
        command.Subcommands.Add(LedgerSourcesCommand.Create(context));
        command.Subcommands.Add(LedgerCoverageCommand.Create(context));
        command.Subcommands.Add(BuildUs(context));
        return command;
    }

    private static Command BuildUs(CliContext context)
    {
        var source = new Argument<string>("SOURCE") { Description = "The shared US tariff schedule folder (../shared/data/us-tariff-schedule)." };
        var data = Options.Text("--data", "The repository's data folder to write (default: data).");
        var command = new Command("build-us", "Regenerate the US import measures (data/ledger/us-imports.yaml), their scope lists (data/scopes/us-*.txt) and the authority-level rates they are checked against (data/us-schedule/authority-rates.tsv.gz) from the shared US tariff schedule.") { source, data };
        command.SetAction(parse =>
        {
            // only the country table: the scope lists this command writes may be missing or stale
            Core.Economies.EconomyCatalog economies;
            using (var countries = File.OpenText(Path.Combine(context.DataDirectory, "countries", "country-codes.csv")))
            {
                economies = Core.Economies.EconomyCatalog.ParseCsv(countries);
            }

            var folder = parse.GetValue(data) ?? "data";
            if (!Directory.Exists(Path.Combine(folder, "ledger")))
            {
                throw new UsageException($"{folder} is not a data folder (it has no ledger/): run from the repository root or pass --data");
            }

            Formats.UsSchedule.UsMeasureBuild build;
            try
            {
                var schedule = new Formats.UsSchedule.UsScheduleSource(parse.GetValue(source)!);
                build = new Formats.UsSchedule.UsMeasureBuilder(schedule, name => economies.TryResolve(name, out var e) ? e.Code : null).Write(folder);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
            {
                throw new BadDataException($"cannot build the US measures: {e.Message}");
            }

            foreach (var decision in build.Decisions)
            {
                context.Out.WriteLine(decision);
            }

            context.Out.WriteLine($"{build.Measures} measures, {build.ScopeLists} scope lists ({build.Lines} lines) written under {folder}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Validate(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Ledger files to check (default: the bundled ledger).", Arity = ArgumentArity.ZeroOrMore };
        var json = Options.Json();
        var command = new Command("validate", "Check ledger files and report every problem with its file and line.") { files, json };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            var paths = parse.GetValue(files) is { Length: > 0 } given ? given : LedgerLoader.BundledFiles(context.DataDirectory).ToArray();
            var problems = new List<LedgerProblem>();
            var warnings = new List<LedgerProblem>();
            var records = 0;
            foreach (var path in paths)
            {
                if (!File.Exists(path))
                {
                    problems.Add(new LedgerProblem(path, 0, 0, Directory.Exists(path) ? "a folder, not a ledger file" : "file not found"));
                    continue;
                }

                var result = LedgerFileReader.ReadFile(path, reference);
                problems.AddRange(result.Problems);
                warnings.AddRange(result.Warnings);
                records += result.Batch.Count;
            }

            if (parse.GetValue(json))
            {
                Render.Json(context, new { files = paths, records, valid = problems.Count == 0, problems = problems.Select(p => new { file = p.File, line = p.Line, column = p.Column, message = p.Message }).ToList(), warnings = warnings.Select(p => new { file = p.File, line = p.Line, column = p.Column, message = p.Message }).ToList() });
            }
            else
            {
                foreach (var problem in problems)
                {
                    context.Out.WriteLine(problem.ToString());
                }

                foreach (var warning in warnings)
                {
                    context.Out.WriteLine($"warning: {warning}");
                }

                context.Out.WriteLine(problems.Count == 0
                    ? $"{string.Join(", ", paths)}: valid ({records} records" + (warnings.Count > 0 ? $", {warnings.Count} warning(s)" : string.Empty) + ")"
                    : $"{problems.Count} problem(s) in {paths.Length} file(s)");
            }

            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.BadData;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var db = NewsDatabase.LedgerOption();
        var imposer = Options.Text("--imposer", "Only measures imposed by this economy.");
        var command = new Command("list", "List the measures with their current rate and sources.") { imposer, knownAt, json, ledgerFiles, db };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            var view = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles), reference, parse.GetValue(db)).Ledger.AsKnownAt(Options.KnownAtValue(parse.GetValue(knownAt)));
            var only = parse.GetValue(imposer) is { } text ? Options.Economy(reference, "--imposer", text) : (Core.Economies.Economy?)null;
            var measures = view.Measures.Where(m => only is null || m.Imposer == only).ToList();
            if (parse.GetValue(json))
            {
                Render.Json(context, new
                {
                    knownAt = Render.KnownAt(view.KnownAt),
                    measures = measures.Select(m => new
                    {
                        id = m.Id,
                        kind = m.Kind,
                        title = m.Title,
                        imposer = m.Imposer.Code,
                        targets = m.Targets.ToString(),
                        products = m.Products.ToString(),
                        basis = m.Basis,
                        sources = m.Provenance.Sources,
                    }).ToList(),
                });
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Kind", "Imposer", "Targets", "Basis", "Schedule");
            foreach (var m in measures)
            {
                table.AddRow(Markup.Escape(m.Id), Kind(m.Kind), m.Imposer.Code, Markup.Escape(m.Targets.ToString()), Markup.Escape(m.Basis), Markup.Escape(Schedule(view, m)));
            }

            Render.Console(context).Write(table);
            context.Out.WriteLine($"{measures.Count} measures" + (view.KnownAt is null ? string.Empty : $" known at {Render.KnownAt(view.KnownAt)}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The measure's id (see 'tradewatch ledger list')." };
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var db = NewsDatabase.LedgerOption();
        var command = new Command("show", "Show one measure: scope, schedule, suspensions, voidings, licences and every source.") { id, knownAt, json, ledgerFiles, db };
        command.SetAction(parse =>
        {
            var ledger = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles), null, parse.GetValue(db)).Ledger;
            var view = ledger.AsKnownAt(Options.KnownAtValue(parse.GetValue(knownAt)));
            var wanted = parse.GetValue(id)!;
            var measure = view.FindMeasure(wanted);
            if (measure is null)
            {
                var close = view.Measures.Select(m => m.Id).Where(m => m.Contains(wanted, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
                throw new BadDataException($"no measure '{wanted}'" + (ledger.FindMeasure(wanted) is not null ? " known at that date" : string.Empty)
                    + (close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : "; run 'tradewatch ledger list' to see the ids"));
            }

            var rates = ledger.Rates.Where(r => r.MeasureId == measure.Id && (view.KnownAt is null || r.Provenance.Recorded <= view.KnownAt)).ToList();
            var suspensions = view.EffectiveSuspensions.Where(s => s.MeasureId == measure.Id).ToList();
            var voidings = view.Voidings.Where(v => v.MeasureIds.Contains(measure.Id)).ToList();
            var licences = view.Licences.Where(l => l.MeasureId == measure.Id).ToList();
            if (parse.GetValue(json))
            {
                Render.Json(context, new
                {
                    id = measure.Id,
                    kind = measure.Kind,
                    title = measure.Title,
                    imposer = measure.Imposer.Code,
                    targets = measure.Targets.ToString(),
                    products = measure.Products.ToString(),
                    productsNote = measure.Products.Description,
                    items = measure.Items,
                    basis = measure.Basis,
                    legal = measure.LegalText,
                    group = measure.StackingGroup,
                    condition = measure.Condition,
                    recorded = Render.Day(DateOnly.FromDateTime(measure.Provenance.Recorded.UtcDateTime)),
                    note = measure.Provenance.Note,
                    sources = measure.Provenance.Sources,
                    recordedRates = rates.Select(r => new { from = Render.Day(r.Valid.Start), to = Render.Day(r.Valid.End), ratePercent = r.RatePercent, recorded = Render.Day(DateOnly.FromDateTime(r.Provenance.Recorded.UtcDateTime)), note = r.Provenance.Note, sources = r.Provenance.Sources }).ToList(),
                    schedule = view.Schedule(measure.Id).Select(s => new { from = Render.Day(s.Valid.Start), to = Render.Day(s.Valid.End), scheduledPercent = s.ScheduledPercent, inForcePercent = s.InForcePercent, status = Render.Status(s.Status) }).ToList(),
                    suspensions = suspensions.Select(s => new { id = s.Id, title = s.Title, from = Render.Day(s.Valid.Start), to = Render.Day(s.Valid.End), points = s.Points, products = s.Products?.ToString(), sources = s.Provenance.Sources }).ToList(),
                    voidings = voidings.Select(v => new { id = v.Id, basis = v.Basis, from = Render.Day(v.Valid.Start), to = Render.Day(v.Valid.End), sources = v.Provenance.Sources }).ToList(),
                    licences = licences.Select(l => new { id = l.Id, title = l.Title, action = l.Action, date = Render.Day(l.Date), sources = l.Provenance.Sources }).ToList(),
                });
                return ExitCodes.Ok;
            }

            var console = Render.Console(context);
            console.MarkupLine($"[bold]{Markup.Escape(measure.Id)}[/]: {Markup.Escape(measure.Title)}");
            var grid = new Grid().AddColumn().AddColumn();
            void Row(string key, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    grid.AddRow(key, Markup.Escape(value));
                }
            }

            Row("Kind", Kind(measure.Kind));
            Row("Imposer", measure.Imposer.Code);
            Row("Targets", measure.Targets.ToString());
            Row("Products", measure.Products + (measure.Products.Description is { } d ? $" ({d})" : string.Empty));
            Row("Items", string.Join(", ", measure.Items));
            Row("Basis", measure.Basis);
            Row("Legal text", measure.LegalText);
            Row("Stacking group", measure.StackingGroup);
            Row("Condition", measure.Condition);
            Row("Recorded", Render.Day(DateOnly.FromDateTime(measure.Provenance.Recorded.UtcDateTime)));
            Row("Note", measure.Provenance.Note);
            Row("Sources", string.Join("\n", measure.Provenance.Sources));
            console.Write(grid);

            var schedule = new Table().Title("Schedule as known").AddColumns("From", "To", "Rate", "In force", "Status");
            foreach (var s in view.Schedule(measure.Id))
            {
                schedule.AddRow(Render.Day(s.Valid.Start), Render.Day(s.Valid.End) ?? "open", Render.Percent(s.ScheduledPercent), Render.Percent(s.InForcePercent), Render.Status(s.Status));
            }

            console.Write(schedule);
            var history = new Table().Title("Recorded rate entries (append-only)").AddColumns("Recorded", "From", "To", "Rate", "Note");
            foreach (var r in rates)
            {
                history.AddRow(Render.Day(DateOnly.FromDateTime(r.Provenance.Recorded.UtcDateTime)), Render.Day(r.Valid.Start), Render.Day(r.Valid.End) ?? "open",
                    r.RatePercent is { } p ? Render.Percent(p) : "ends", Markup.Escape(r.Provenance.Note ?? string.Empty));
            }

            console.Write(history);
            foreach (var s in suspensions)
            {
                console.WriteLine($"Suspension {s.Id}: {(s.Points is { } pts ? $"{pts:0.##} points" : "whole")} from {Render.Day(s.Valid.Start)} to {Render.Day(s.Valid.End) ?? "open"}" + (s.Products is { } sc ? $" on {sc}" : string.Empty));
            }

            foreach (var v in voidings)
            {
                console.WriteLine($"Void from {Render.Day(v.Valid.Start)}: {v.Basis} ({v.Id})");
            }

            foreach (var l in licences)
            {
                console.WriteLine($"Licence {Render.Day(l.Date)}: {l.Title}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Schedule(LedgerView view, Measure measure)
    {
        var schedule = view.Schedule(measure.Id);
        if (schedule.Count == 0)
        {
            return "not in effect";
        }

        return !measure.HasRate
            ? string.Join(", ", schedule.Select(s => $"{Render.Day(s.Valid.Start)}..{Render.Day(s.Valid.End)} {Render.Status(s.Status)}"))
            : string.Join(", ", schedule.Select(s => $"{Render.Day(s.Valid.Start)} {Render.Percent(s.InForcePercent)}" + (s.Status == LayerStatus.InForce ? string.Empty : $" {Render.Status(s.Status)}")));
    }

    private static string Kind(MeasureKind kind) => RecordHistory.KindName(kind);
}
