using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Evaluation;
using Tradewatch.News.Claims;
using Tradewatch.News.Pipeline;
using Tradewatch.Storage;

namespace Tradewatch.Cli.Commands;

/// <summary>
/// <c>claims</c>, <c>conflicts</c> and <c>check</c>: what the reports state, where they disagree, and how
/// their tariff and export-control claims stand against the ledger as known on their dates. Over
/// the reports given as PATHs, read in memory; without PATHs, over the news database (<c>--db</c>).
/// </summary>
internal static class ClaimsCommands
{
    private static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files and folders of reports, as for 'tradewatch analyze'; without them, the reports stored in the news database.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Reads the claims and says on the error stream what the extractor could not read.</summary>
    private static ReportClaims Read(CliContext context, string[]? paths, string? db)
    {
        var read = ReadClaims(context, paths, db);
        foreach (var gap in read.Result.Gaps)
        {
            context.Error.WriteLine("gap: " + gap);
        }

        return read;
    }

    private static ReportClaims ReadClaims(CliContext context, string[]? paths, string? db)
    {
        if (paths is { Length: > 0 })
        {
            if (db is not null)
            {
                throw new UsageException("give PATHs or --db, not both: PATHs are read in memory, --db reads the stored reports.");
            }

            var inputs = InputFiles.Load(paths, context, out var loadIssues);
            var analysis = NewsPipeline.Run(inputs);
            foreach (var issue in loadIssues.Concat(analysis.Issues))
            {
                context.Error.WriteLine(issue.ToString());
            }

            return ReportClaims.Of(analysis);
        }

        if (db is not null && !NewsDatabase.Exists(db))
        {
            throw new BadDataException($"news database not found: {db}; run 'tradewatch ingest PATH --db {db}' first, or give PATHs");
        }

        using var store = NewsDatabase.OpenForReading(db, context);
        var stored = store.Claims().Claims;
        if (stored.Published.Count == 0)
        {
            context.Error.WriteLine("the news database holds no reports; run 'tradewatch ingest PATH' first, or give PATHs");
        }

        return stored;
    }

    public static Command Claims(CliContext context)
    {
        var paths = Paths();
        var kind = Options.Text("--kind", "Only claims of this kind: person, meeting, call, tariff, export-control, licence, figure, quote, deadline, agreement.");
        var story = Options.Text("--story", "Only claims made by reports of this story ('tradewatch stories' lists them; with PATHs, the ids 'analyze' gives: s1, s2...).");
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = new Command("claims", "The claims the reports make, consolidated, each with its sources and corroboration.") { paths, kind, story, db, json };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(kind);
            if (wanted is not null && !News.Claims.ClaimFacts.FilterKinds.Contains(wanted))
            {
                throw new UsageException($"--kind '{wanted}' is not a kind of claim: one of {string.Join(", ", News.Claims.ClaimFacts.FilterKinds)}.");
            }

            var read = Read(context, parse.GetValue(paths), parse.GetValue(db));
            var inStory = parse.GetValue(story);
            if (inStory is not null && !read.Stories.Values.Contains(inStory, StringComparer.Ordinal))
            {
                throw new BadDataException($"no story {inStory}; 'tradewatch stories' lists them");
            }

            var claims = ClaimDto.List(
                read.Result.Claims.Where(c => inStory is null || c.Sources.Any(s => read.Stories.GetValueOrDefault(s.Document) == inStory)),
                wanted);
            if (parse.GetValue(json))
            {
                Render.Json(context, claims);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Kind", "Claim", "Sources", "Outlets");
            foreach (var claim in claims.Select(c => c.Claim))
            {
                var node = ClaimJson.ToJson(claim);
                var facts = node.Where(kv => kv.Key is not ("id" or "kind" or "sources" or "corroboration") && kv.Value is not null)
                    .Select(kv => $"{kv.Key}={(kv.Value is JsonArray list ? string.Join(", ", list.Select(x => x?.ToString())) : kv.Value!.ToJsonString(Render.JsonOptions).Trim('"'))}");
                table.AddRow(Markup.Escape(claim.Id), Markup.Escape((string?)node["kind"] ?? string.Empty), Markup.Escape(string.Join("; ", facts)),
                    Markup.Escape(string.Join(", ", claim.Sources.Select(s => s.Document).Distinct())), claim.Corroboration.ToString(CultureInfo.InvariantCulture));
            }

            Render.Console(context).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Conflicts(CliContext context)
    {
        var paths = Paths();
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = new Command("conflicts", "Where the reports disagree, with both sides; and the differences that are not conflicts, explained.") { paths, db, json };
        command.SetAction(parse =>
        {
            var result = Read(context, parse.GetValue(paths), parse.GetValue(db)).Result;
            if (parse.GetValue(json))
            {
                Render.Json(context, ConflictsDto.From(result));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Kind", "Type", "Claims", "Explanation");
            foreach (var d in result.Conflicts.Concat(result.NonConflicts))
            {
                table.AddRow(Markup.Escape(d.Kind), Markup.Escape(ClaimJson.TypeName(d.Type)) + (d.IsConflict ? string.Empty : " (not a conflict)"), Markup.Escape(string.Join(", ", d.Claims)), Markup.Escape(d.Explanation));
            }

            Render.Console(context).Write(table);
            context.Out.WriteLine($"{result.Conflicts.Count} conflict(s), {result.NonConflicts.Count} explained difference(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Check(CliContext context)
    {
        var paths = Paths();
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var command = new Command("check", "Check the reports' tariff and export-control claims against the ledger as known on each claim's date.") { paths, db, json, ledgerFiles };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            var read = Read(context, parse.GetValue(paths), parse.GetValue(db));
            var database = parse.GetValue(paths) is { Length: > 0 } ? null : parse.GetValue(db) ?? context.DefaultDatabase;
            var ledger = ReviewedLedger.Open(context, parse.GetValue(ledgerFiles), reference, database).Ledger;
            var rows = read.Check(ledger, reference.Economies);
            if (parse.GetValue(json))
            {
                Render.Json(context, rows.Select(CheckDto.From).ToList());
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Claim", "Says", "Verdict", "Ledger");
            foreach (var r in rows)
            {
                // A claim without a date of its own is checked on its reports' publication day: say so.
                string When(ClaimDate? own) => own?.ToString() ?? (r.Day is { } day ? $"undated, checked on {Render.Day(day)}" : "undated");
                var says = r.Claim.Facts switch
                {
                    TariffFacts t => $"{t.Imposer} on {t.Target}: {t.RatePercent:0.##}% {t.Qualifier}, {When(t.AsOf)}",
                    ExportControlFacts e => $"{e.Imposer} controls {string.Join(", ", e.Items)} to {e.Target}, {When(e.Date)}",
                    _ => string.Empty,
                };
                var verdict = r.Verdict switch
                {
                    CheckVerdict.Consistent => "consistent",
                    CheckVerdict.Inconsistent => "inconsistent",
                    _ => "not covered",
                };
                table.AddRow(Markup.Escape(r.Claim.Id), Markup.Escape(says), verdict, Markup.Escape(r.Explanation));
            }

            Render.Console(context).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
