using System.CommandLine;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Server.Charts;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;
using Tradewatch.Storage.LedgerFiles;
using BadDataException = Tradewatch.Storage.BadDataException;

namespace Tradewatch.Cli.Commands;

internal static class PortfolioCommand
{
    private static readonly string[][] Columns =
    [
        ["hs", "hs_code", "hscode", "hts", "tariff_code", "commodity_code"],
        ["origin", "country_of_origin", "origin_country"],
        ["importer", "destination", "import_country"],
        ["date", "entry_date", "entered"],
        ["value", "customs_value", "value_usd", "amount"],
    ];

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV file with a header: hs, origin, importer, date, value (columns found by name)." };
        var scenarios = new Option<string[]>("--scenario") { Description = "Also cost the portfolio under these scenarios (repeatable).", AllowMultipleArgumentsPerToken = true };
        var knownAt = Options.KnownAt();
        var json = Options.Json();
        var svg = Options.Text("--svg", "Draw the duty under each scenario as a bar chart into this SVG file.");
        var command = new Command("portfolio", "What an import book costs: duty per layer, origin and HS chapter, effective rate, refund exposure, under scenarios.")
        {
            file, scenarios, knownAt, json, svg,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new BadDataException($"no such file: {path}");
            }

            var reference = LedgerLoader.Reference(context);
            var known = Options.KnownAtValue(parse.GetValue(knownAt));
            var views = new List<(string Name, LedgerView View)> { ("baseline", ScenarioLoader.View(context, reference, null, known, null)) };
            views.AddRange((parse.GetValue(scenarios) ?? []).Select(s => (s, ScenarioLoader.View(context, reference, null, known, s))));
            var accumulators = views.Select(v => new PortfolioAccumulator(v.View)).ToList();
            var (skipped, problems) = Read(path, reference, line =>
            {
                foreach (var a in accumulators)
                {
                    a.Add(line);
                }
            });

            foreach (var problem in problems.Take(20))
            {
                context.Error.WriteLine($"{path}:{problem}");
            }

            if (problems.Count > 20)
            {
                context.Error.WriteLine($"... and {problems.Count - 20} more");
            }

            var results = views.Zip(accumulators, (v, a) => (v.Name, Summary: a.Summary())).ToList();
            if (parse.GetValue(svg) is { } svgPath)
            {
                File.WriteAllText(svgPath, BarChartSvg.Draw("Additional duty by scenario", results.Select(r => (r.Name, r.Summary.Duty, r.Summary.RefundExposure)).ToList()));
                context.Error.WriteLine($"wrote {svgPath}");
            }

            if (parse.GetValue(json))
            {
                Render.Json(context, new
                {
                    file = path,
                    skipped,
                    scenarios = results.Select(r => new
                    {
                        name = r.Name,
                        lines = r.Summary.Lines,
                        value = r.Summary.Value,
                        duty = Math.Round(r.Summary.Duty, 2),
                        effectiveRatePercent = r.Summary.EffectiveRatePercent,
                        refundExposure = Math.Round(r.Summary.RefundExposure, 2),
                        dutyByLayer = r.Summary.DutyByLayer.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 2)),
                        refundByLayer = r.Summary.RefundByLayer.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 2)),
                        byOrigin = r.Summary.ByOrigin.ToDictionary(kv => kv.Key, kv => new { value = kv.Value.Value, duty = Math.Round(kv.Value.Duty, 2) }),
                        byChapter = r.Summary.ByChapter.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new { value = kv.Value.Value, duty = Math.Round(kv.Value.Duty, 2) }),
                    }).ToList(),
                });
            }
            else
            {
                Table(context, results, skipped);
            }

            return skipped > 0 && results[0].Summary.Lines == 0 ? ExitCodes.BadData : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Streams the CSV; each malformed line is reported with its line number and skipped.</summary>
    private static (int Skipped, List<string> Problems) Read(string path, ReferenceData reference, Action<ImportLine> add)
    {
        var problems = new List<string>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new BadDataException($"{path} is empty: it needs a header line naming the columns hs, origin, importer, date, value");
        }

        var index = Columns.Select(names => Array.FindIndex(header, h => names.Contains(h.Trim().ToLowerInvariant()))).ToArray();
        var missing = Columns.Where((names, i) => index[i] < 0).Select(names => names[0]).ToList();
        if (missing.Count > 0)
        {
            throw new BadDataException($"{path}: the header has no column for {string.Join(", ", missing)} (found: {string.Join(", ", header)}); name them hs, origin, importer, date, value");
        }

        var skipped = 0;
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string? Field(int column) => index[column] < csv.Parser.Count ? csv.Parser[index[column]] : null;
            string? error = null;
            if (!HsCode.TryParse(Field(0), out var hs) || !reference.Nomenclature.Contains(hs))
            {
                error = $"HS code '{Field(0)}' is not in the HS 2022 nomenclature";
            }
            else if (!reference.Economies.TryResolve(Field(1), out var origin))
            {
                error = $"unknown origin '{Field(1)}'";
            }
            else if (!reference.Economies.TryResolve(Field(2), out var importer))
            {
                error = $"unknown importer '{Field(2)}'";
            }
            else if (!DateParsing.TryParseDay(Field(3), out var date) || date.Year < 1990 || date.Year > 2100)
            {
                error = $"'{Field(3)}' is not a date between 1990 and 2100 (yyyy-MM-dd)";
            }
            else if (!decimal.TryParse(Field(4), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                error = $"value '{Field(4)}' is not an amount (digits and a decimal point)";
            }
            else
            {
                add(new ImportLine(importer, origin, hs, date, value));
            }

            if (error is not null)
            {
                skipped++;
                problems.Add($"{line}: {error}; line skipped");
            }
        }

        return (skipped, problems);
    }

    private static void Table(CliContext context, List<(string Name, PortfolioSummary Summary)> results, int skipped)
    {
        var console = Render.Console(context);
        var baseline = results[0].Summary;
        console.MarkupLine($"[bold]Portfolio[/]: {baseline.Lines} lines, customs value {baseline.Value:N2}" + (skipped > 0 ? $", {skipped} malformed line(s) skipped" : string.Empty));
        var compare = new Table().AddColumns("Scenario", "Duty", "Effective rate", "Refund exposure");
        foreach (var (name, s) in results)
        {
            compare.AddRow(Markup.Escape(name), $"{s.Duty:N2}", Render.Percent(s.EffectiveRatePercent), $"{s.RefundExposure:N2}");
        }

        console.Write(compare);
        var layers = new Table().Title("Baseline by layer").AddColumns("Layer", "Duty", "Refund exposure");
        foreach (var layer in baseline.DutyByLayer.Keys.Union(baseline.RefundByLayer.Keys).Order(StringComparer.Ordinal))
        {
            layers.AddRow(Markup.Escape(layer), $"{baseline.DutyByLayer.GetValueOrDefault(layer):N2}", $"{baseline.RefundByLayer.GetValueOrDefault(layer):N2}");
        }

        console.Write(layers);
        var chapters = new Table().Title("Baseline by HS chapter (top 10 by duty)").AddColumns("Chapter", "Value", "Duty");
        foreach (var (chapter, (value, duty)) in baseline.ByChapter.OrderByDescending(kv => kv.Value.Duty).Take(10))
        {
            chapters.AddRow(chapter, $"{value:N2}", $"{duty:N2}");
        }

        console.Write(chapters);
        var origins = new Table().Title("Baseline by origin").AddColumns("Origin", "Value", "Duty");
        foreach (var (origin, (value, duty)) in baseline.ByOrigin.OrderByDescending(kv => kv.Value.Duty))
        {
            origins.AddRow(origin, $"{value:N2}", $"{duty:N2}");
        }

        console.Write(origins);
    }
}
