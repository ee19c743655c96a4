using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.News.Claims;
using Tradewatch.News.Pipeline;

namespace Tradewatch.Cli.Commands;

/// <summary>
/// <c>claims</c>, <c>conflicts</c> and <c>check</c> over reports read in memory: what the reports state,
/// where they disagree, and how their tariff claims stand against the ledger as known on their dates.
/// </summary>
internal static class ClaimsCommands
{
    private static Argument<string[]> Paths() => new("PATH") { Description = "Files and folders of reports, as for 'tradewatch analyze'.", Arity = ArgumentArity.OneOrMore };

    private static (Analysis Analysis, ConsolidationResult Claims) Read(CliContext context, string[] paths)
    {
        var inputs = InputFiles.Load(paths, context, out var loadIssues);
        var analysis = NewsPipeline.Run(inputs);
        foreach (var issue in loadIssues.Concat(analysis.Issues))
        {
            context.Error.WriteLine(issue.ToString());
        }

        return (analysis, ClaimStage.Run(analysis));
    }

    public static Command Claims(CliContext context)
    {
        var paths = Paths();
        var kind = Options.Text("--kind", "Only claims of this kind: person, meeting, call, tariff, export-control, licence, figure, quote, deadline, agreement.");
        var json = Options.Json();
        var command = new Command("claims", "The claims the reports make, consolidated, each with its sources and corroboration.") { paths, kind, json };
        command.SetAction(parse =>
        {
            var (_, result) = Read(context, parse.GetValue(paths)!);
            var wanted = parse.GetValue(kind);
            var claims = result.Claims.Select(c => (Claim: c, Json: ClaimJson.ToJson(c)))
                .Where(c => wanted is null || (string?)c.Json["kind"] == wanted)
                .ToList();
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(new JsonArray(claims.Select(c => (JsonNode)c.Json).ToArray()).ToJsonString(Render.JsonOptions));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Kind", "Claim", "Sources", "Outlets");
            foreach (var (claim, node) in claims)
            {
                var facts = node.Where(kv => kv.Key is not ("id" or "kind" or "sources" or "corroboration") && kv.Value is not null)
                    .Select(kv => $"{kv.Key}={kv.Value!.ToJsonString(Render.JsonOptions).Trim('"')}");
                table.AddRow(Markup.Escape(claim.Id), Markup.Escape((string?)node["kind"] ?? string.Empty), Markup.Escape(string.Join("; ", facts)),
                    Markup.Escape(string.Join(", ", claim.Sources.Select(s => s.Document).Distinct())), claim.Corroboration.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            Render.Console(context).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Conflicts(CliContext context)
    {
        var paths = Paths();
        var json = Options.Json();
        var command = new Command("conflicts", "Where the reports disagree, with both sides; and the differences that are not conflicts, explained.") { paths, json };
        command.SetAction(parse =>
        {
            var (_, result) = Read(context, parse.GetValue(paths)!);
            if (parse.GetValue(json))
            {
                var node = ClaimJson.ToJson(result);
                context.Out.WriteLine(new JsonObject { ["conflicts"] = node["conflicts"]!.DeepClone(), ["nonConflicts"] = node["nonConflicts"]!.DeepClone() }.ToJsonString(Render.JsonOptions));
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
        var json = Options.Json();
        var ledgerFiles = Options.Ledger();
        var command = new Command("check", "Check the reports' tariff claims against the ledger as known on each claim's date.") { paths, json, ledgerFiles };
        command.SetAction(parse =>
        {
            var reference = LedgerLoader.Reference(context.DataDirectory);
            var ledger = LedgerLoader.Load(context.DataDirectory, parse.GetValue(ledgerFiles), reference);
            var (analysis, result) = Read(context, parse.GetValue(paths)!);
            var published = analysis.Reports.ToDictionary(r => r.Id, r => r.Published.Date, StringComparer.Ordinal);
            var rows = CheckStage.Run(result, published, reference.Economies, ledger);
            if (parse.GetValue(json))
            {
                Render.Json(context, rows.Select(r => new
                {
                    claim = r.Claim.Id,
                    imposer = r.Facts.Imposer,
                    target = r.Facts.Target,
                    ratePercent = r.Facts.RatePercent,
                    asOf = r.Facts.AsOf?.ToString(),
                    qualifier = r.Facts.Qualifier,
                    verdict = r.Result.Verdict,
                    explanation = r.Result.Explanation,
                    ledgerPercent = r.Result.LedgerPercent,
                    layers = r.Result.Layers.Select(l => new { measure = l.Measure.Id, basis = l.Measure.Basis, ratePercent = l.RatePercent, status = Render.Status(l.Status) }).ToList(),
                    documents = r.Claim.Sources.Select(s => s.Document).Distinct().ToList(),
                }).ToList());
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Claim", "Says", "Verdict", "Ledger");
            foreach (var (claim, t, r) in rows.Select(r => (r.Claim, r.Facts, r.Result)))
            {
                table.AddRow(Markup.Escape(claim.Id), Markup.Escape($"{t.Imposer} on {t.Target}: {t.RatePercent:0.##}% {t.Qualifier}, {t.AsOf}"),
                    r.Verdict.ToString(), Markup.Escape(r.Explanation));
            }

            Render.Console(context).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
