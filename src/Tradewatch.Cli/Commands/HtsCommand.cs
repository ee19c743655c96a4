using System.CommandLine;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.App.Search;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.Core.Schedule;
using Tradewatch.Core.Time;
using Tradewatch.Formats.Schedule;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch hts</c>: the US tariff schedule: build its compact form, search it, show a line.</summary>
internal static class HtsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("hts", "The Harmonized Tariff Schedule of the United States, revision by revision: search it, show a line, rebuild its compact form.");
        command.Subcommands.Add(Build(context));
        command.Subcommands.Add(Search(context));
        command.Subcommands.Add(Show(context));
        return command;
    }

    private static Command Build(CliContext context)
    {
        var from = Options.Text("--from", "The folder of USITC JSON revisions (hts_2025_basic.json.gz ...), e.g. ../shared/data/us-tariff-schedule/hts.", required: true);
        var revisions = Options.Text("--revisions", "The revision table (default: revisions.tsv in --out).");
        var output = Options.Text("--out", "The folder to write the compact schedule to (default: the bundled data/us-schedule).");
        var command = new Command("build", "Regenerate the compact schedule (lines.tsv.gz) from the USITC JSON revisions listed in the revision table.") { from, revisions, output };
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output) ?? LedgerSession.ScheduleFolder(context.DataDirectory);
            var table = parse.GetValue(revisions) ?? Path.Combine(outDir, CompactSchedule.RevisionsFile);
            var source = parse.GetValue(from)!;
            if (!System.IO.Directory.Exists(source))
            {
                throw new BadDataException($"--from {source}: no such folder.");
            }

            try
            {
                var summary = CompactSchedule.Build(source, table, outDir);
                context.Out.WriteLine($"{summary.Revisions} revisions, {summary.RowsRead} rows read, {summary.RowsWritten} row versions written to {summary.Output}");
            }
            catch (BadDataException e)
            {
                throw new BadDataException($"nothing written: {e.Message}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string?> DateOption() => Options.Text("--date", "The day whose schedule to use, yyyy-MM-dd (default: the latest revision).");

    /// <summary>The revision in force on the day as known at the time, or the latest; a day before the first revision is bad data.</summary>
    internal static ScheduleRevision Revision(TariffSchedule schedule, DateOnly? day, DateTimeOffset? knownAt)
    {
        var date = day ?? DateOnly.MaxValue;
        return schedule.InForce(date, knownAt)
            ?? throw new BadDataException($"no revision of the US tariff schedule was in force on {Render.Day(date)}"
                + (knownAt is null ? string.Empty : $" as known at {Render.KnownAt(knownAt)}")
                + $": the schedule held starts with {schedule.Revisions[0].Title}, effective {Render.Day(schedule.Revisions[0].Effective)}.");
    }

    private static Command Search(CliContext context)
    {
        var query = new Argument<string>("WORDS") { Description = "Words of the goods, e.g. \"permanent magnets\"." };
        var date = DateOption();
        var knownAt = Options.KnownAt();
        var limit = Options.Text("--limit", "How many lines to list (default 20).");
        var json = Options.Json();
        var command = new Command("search", "Find US tariff lines by their full description (their own words and their ancestors'), best first; plurals, word starts and synonyms (\"e-bikes\" finds bicycles) count.") { query, date, knownAt, limit, json };
        command.SetAction(parse =>
        {
            var schedule = LedgerSession.ReadSchedule(context.DataDirectory);
            var revision = Revision(schedule, Options.OptionalDay("--date", parse.GetValue(date)), Options.KnownAtValue(parse.GetValue(knownAt)));
            var count = parse.GetValue(limit) is { } l ? int.TryParse(l, out var n) && n > 0 ? n : throw new UsageException($"--limit '{l}' is not a positive whole number.") : 20;
            var found = new HtsLineSearch().Find(schedule, revision, parse.GetValue(query), SearchLexicon.Load(context.DataDirectory));
            var hits = found.Hits.Take(count).ToList();
            if (parse.GetValue(json))
            {
                Render.Json(context, new
                {
                    revision = revision.Id,
                    query = parse.GetValue(query),
                    leftOut = found.LeftOut,
                    lines = hits.Select(h => new
                    {
                        hts = h.Line.Code.ToString(),
                        description = h.Line.Description,
                        fullDescription = h.FullDescription,
                        general = schedule.RatesOf(revision, h.Line)?.General.Text,
                        score = h.Score,
                    }).ToList(),
                });
                return ExitCodes.Ok;
            }

            var console = Render.Console(context);
            if (found.LeftOut.Count > 0)
            {
                console.MarkupLine($"No line holds every word of \"{Markup.Escape(parse.GetValue(query) ?? string.Empty)}\"; leaving out {Markup.Escape(string.Join(", ", found.LeftOut.Select(w => $"\"{w}\"")))}:");
            }

            console.MarkupLine($"[bold]{hits.Count}[/] line(s) for \"{Markup.Escape(found.Searched)}\" in the HTSUS {Markup.Escape(revision.Title)}");
            if (hits.Count == 0)
            {
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Line", "Description (ancestors > own words)", "General");
            foreach (var h in hits)
            {
                table.AddRow(h.Line.Code.ToString(), Markup.Escape(h.FullDescription), Markup.Escape(schedule.RatesOf(revision, h.Line)?.General.Text ?? string.Empty));
            }

            console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var code = new Argument<string>("LINE") { Description = "A US tariff line: 8505.11.00.70, 8505110070, 8505.11.00 or 8505.11." };
        var date = DateOption();
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var command = new Command("show", "A US tariff line: its path in the tree, its rates, its footnotes, and how they changed revision by revision.") { code, date, knownAt, json };
        command.SetAction(parse =>
        {
            var schedule = LedgerSession.ReadSchedule(context.DataDirectory);
            var known = Options.KnownAtValue(parse.GetValue(knownAt));
            var revision = Revision(schedule, Options.OptionalDay("--date", parse.GetValue(date)), known);
            var text = parse.GetValue(code) ?? string.Empty;
            var hts = UsLine(schedule, revision, text, "LINE");
            var line = schedule.Line(revision, hts)!;
            var rates = schedule.RatesOf(revision, line);
            var path = schedule.Path(revision, hts);
            var below = schedule.LinesUnder(revision, hts).Where(l => l.Code != hts).ToList();
            var history = History(schedule, hts, known);
            var measures = MeasuresOn(context, hts, known);
            if (parse.GetValue(json))
            {
                Render.Json(context, new
                {
                    hts = hts.ToString(),
                    revision = revision.Id,
                    description = line.Description,
                    path = path.Select(n => new { hts = n.Code?.ToString(), description = n.Description }).ToList(),
                    units = line.Units,
                    general = rates?.General.Text,
                    special = rates?.Special,
                    column2 = rates?.Column2.Text,
                    ratesFrom = rates?.RatedAt.Code.ToString(),
                    footnotes = line.Footnotes.Concat(rates is { } r && r.RatedAt != line ? r.RatedAt.Footnotes : []).Select(f => new { columns = f.Columns, text = f.Text, chapter99 = f.Chapter99.Select(c => c.ToString()).ToList() }).ToList(),
                    lines = below.Select(l => new { hts = l.Code.ToString(), description = l.Description }).ToList(),
                    history = history.Select(h => new { revision = h.Revision.Id, effective = Render.Day(h.Revision.Effective), recorded = Render.KnownAt(h.Revision.Recorded), change = h.Change }).ToList(),
                    measures = measures.Named.Select(m => new
                    {
                        measure = m.Measure.Id,
                        title = m.Measure.Title,
                        basis = m.Measure.Basis,
                        targets = m.Targets,
                        condition = m.Measure.Condition,
                        rates = m.Rates.Select(r => new { from = Render.Day(r.Valid.Start), to = r.Valid.End is { } e ? Render.Day(e) : null, ratePercent = r.ScheduledPercent, status = r.Status.ToString().ToLowerInvariant() }).ToList(),
                    }).ToList(),
                    allGoodsMeasures = measures.AllGoods,
                    lists = measures.Lists.Select(l => new
                    {
                        name = l.Name,
                        whole = l.Whole,
                        entries = l.Entries.Select(c => c.ToString()).ToList(),
                        below = l.Below.Select(c => c.ToString()).ToList(),
                        uses = l.Uses.Select(u => new
                        {
                            role = u.Role.ToString().ToLowerInvariant(),
                            record = u.Record,
                            measure = u.Measure,
                            title = u.Title,
                            from = u.From is { } f ? Render.Day(f) : null,
                            sources = u.Sources,
                        }).ToList(),
                    }).ToList(),
                });
                return ExitCodes.Ok;
            }

            var console = Render.Console(context);
            console.MarkupLine($"[bold]{hts}[/] {Markup.Escape(line.Description)}  (HTSUS {Markup.Escape(revision.Title)}, effective {Render.Day(revision.Effective)})");
            foreach (var node in path)
            {
                console.WriteLine($"{new string(' ', node.Indent * 2)}{node.Code?.ToString() ?? "-"} {node.Description}");
            }

            console.WriteLine($"{new string(' ', line.Indent * 2)}{hts} {line.Description}");
            if (line.Units.Count > 0)
            {
                console.WriteLine($"Units: {string.Join(", ", line.Units)}");
            }

            if (rates is null)
            {
                console.WriteLine("No rate on this line or above it: the rates are on the lines below.");
            }
            else
            {
                var from = rates.RatedAt == line ? string.Empty : $" (set on {rates.RatedAt.Code})";
                console.WriteLine($"General (MFN): {Or(rates.General.Text)}{from}");
                console.WriteLine($"Special: {Or(rates.Special)}");
                console.WriteLine($"Column 2 (CU, KP, RU, BY): {Or(rates.Column2.Text)}");
            }

            foreach (var f in line.Footnotes.Concat(rates is { } r2 && r2.RatedAt != line ? r2.RatedAt.Footnotes : []))
            {
                console.WriteLine($"Footnote ({string.Join(", ", f.Columns)}): {f.Text}");
            }

            if (below.Count > 0)
            {
                console.WriteLine("Lines below:");
                foreach (var l in below)
                {
                    console.WriteLine($"  {l.Code} {l.Description}");
                }
            }

            console.WriteLine("Over time (revisions of the schedule):");
            foreach (var h in history)
            {
                console.WriteLine($"  {Render.Day(h.Revision.Effective)} {h.Revision.Title}: {h.Change}");
            }

            console.WriteLine(measures.Named.Count == 0 ? "Measures naming this line: none" : "Measures naming this line (US imports; 'tradewatch duty' gives the stack for a partner and day):");
            foreach (var m in measures.Named)
            {
                var steps = string.Join("; ", m.Rates.Select(r => $"{Render.Day(r.Valid.Start)}{(r.Valid.End is { } e ? " to " + Render.Day(e) : string.Empty)} {r.ScheduledPercent:0.##}%{(r.Status == LayerStatus.InForce ? string.Empty : " " + r.Status.ToString().ToLowerInvariant())}"));
                console.WriteLine($"  {m.Measure.Id} ({m.Measure.Basis}) on {m.Targets}: {(steps.Length == 0 ? "no rate" : steps)}{(m.Measure.Condition is null ? string.Empty : m.Measure.Kind == MeasureKind.ConditionalTariff ? (m.Measure.ExemptOnClaim ? " [only if it applies; exempt on a claim]" : " [only if it applies]") : " [exempt on a claim]")}");
            }

            if (measures.AllGoods > 0)
            {
                console.WriteLine($"  and {measures.AllGoods} measure(s) on all goods of their partners (reciprocal, fentanyl, Section 122), unless an exemption list names this line");
            }

            console.WriteLine(measures.Lists.Count == 0 ? "Lists holding this line: none" : "Lists holding this line (data/scopes; exemption lists and product lists):");
            foreach (var l in measures.Lists)
            {
                var held = l.Whole ? $"as {string.Join(", ", l.Entries)}" : $"only the lines below: {Some(l.Below.Select(c => c.ToString()).ToList())}";
                console.WriteLine($"  {l.Name} ({held})");
                foreach (var group in l.Uses.GroupBy(u => (u.Role, u.Title, u.From)))
                {
                    var what = group.Key.Role switch
                    {
                        ListRole.Covers => "its lines are covered by",
                        ListRole.Exempts => "its lines are left out of",
                        _ => $"{group.Key.Title} from {(group.Key.From is { } f ? Render.Day(f) : "the start")}: lifts",
                    };
                    var records = Some(group.Select(u => u.Measure).Distinct(StringComparer.Ordinal).ToList());
                    console.WriteLine($"    {what} {records}" + (group.Key.Role == ListRole.Suspends ? string.Empty : $" ({group.Key.Title})"));
                    console.WriteLine($"      sources: {string.Join(" ", group.SelectMany(u => u.Sources).Distinct(StringComparer.Ordinal))}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Or(string text) => text.Length == 0 ? "(none)" : text;

    /// <summary>The first few items of a list, and how many more.</summary>
    private static string Some(List<string> items) =>
        string.Join(", ", items.Take(4)) + (items.Count > 4 ? $" and {items.Count - 4} more" : string.Empty);

    private sealed record LineMeasure(Measure Measure, string Targets, IReadOnlyList<(DateRange Valid, decimal ScheduledPercent, decimal InForcePercent, LayerStatus Status)> Rates);

    /// <summary>
    /// The US import measures whose product scope names the line, a line above it or lines below it
    /// (the bundled ledger, as known at <paramref name="known"/>), with their rates over time; the
    /// measures on all goods are only counted.
    /// </summary>
    private static (List<LineMeasure> Named, int AllGoods, IReadOnlyList<LineList> Lists) MeasuresOn(CliContext context, HsCode hts, DateTimeOffset? known)
    {
        var session = new LedgerSession(context.DataDirectory, null);
        var view = session.ViewAt(known, null);
        var us = view.Measures.Where(m => m.HasRate && m.Imposer.Code == "US").ToList();
        var named = us.Where(m => !m.Products.All && (m.Products.Covers(hts) || m.Products.Include.Any(i => i.StartsWith(hts) && !m.Products.Exclude.Any(x => i.StartsWith(x)))))
            .Select(m => new LineMeasure(m, Targets(m.Targets), view.Schedule(m.Id)))
            .ToList();
        var allGoods = us.Count(m => m.Products.All && m.Products.Covers(hts));
        return (named, allGoods, LineLists.Holding(view, session.Reference.ScopeLists, hts));
    }

    private static string Targets(EconomyScope targets)
    {
        var listed = targets.All ? "all partners" : string.Join(", ", targets.Include.Take(6).Select(e => e.Code)) + (targets.Include.Count > 6 ? $" and {targets.Include.Count - 6} more" : string.Empty);
        return targets.Exclude.Count == 0 ? listed : $"{listed} except {string.Join(", ", targets.Exclude.Take(6).Select(e => e.Code))}{(targets.Exclude.Count > 6 ? $" and {targets.Exclude.Count - 6} more" : string.Empty)}";
    }

    /// <summary>
    /// A US tariff line as the user wrote it, checked against the revision: a code that is not a
    /// tariff number is a usage error; one the revision does not have is bad data naming the code.
    /// </summary>
    internal static HsCode UsLine(TariffSchedule schedule, ScheduleRevision revision, string text, string option)
    {
        var (code, problem) = UsTariffLines.Read(schedule, revision, text, "line");
        if (problem is null)
        {
            return code;
        }

        // a level the schedule numbers only below (8471.80.40 as 8471.80.40.00, 8703.60 as 8703.60.00): the one line that stands for it
        var below = code.Length >= 4 ? schedule.LinesUnder(revision, code).Where(l => l.Code != code).ToList() : [];
        var top = below.Count == 0 ? [] : below.Where(l => l.Code.Length == below.Min(b => b.Code.Length)).ToList();
        return top.Count == 1 ? top[0].Code : throw Problems.Failure(problem, _ => option);
    }

    private sealed record LineChange(ScheduleRevision Revision, string Change);

    /// <summary>How the line's own rates and footnotes read from revision to revision, as known at the time.</summary>
    private static List<LineChange> History(TariffSchedule schedule, HsCode code, DateTimeOffset? knownAt)
    {
        var changes = new List<LineChange>();
        string? previous = null;
        foreach (var revision in schedule.Revisions.Where(r => knownAt is not { } t || r.Recorded <= t))
        {
            var line = schedule.Line(revision, code);
            var rates = line is null ? null : schedule.RatesOf(revision, line);
            var state = line is null
                ? "not in the schedule"
                : $"general {Or(rates?.General.Text ?? string.Empty)}; column 2 {Or(rates?.Column2.Text ?? string.Empty)}"
                  + (line.Chapter99References.Count + (rates?.RatedAt.Chapter99References.Count ?? 0) > 0
                      ? $"; see {string.Join(", ", line.Chapter99References.Concat(rates?.RatedAt.Chapter99References ?? []).Distinct())}"
                      : string.Empty);
            if (state != previous)
            {
                changes.Add(new LineChange(revision, previous is null ? state : $"{state} (was {previous})"));
                previous = state;
            }
        }

        return changes;
    }
}
