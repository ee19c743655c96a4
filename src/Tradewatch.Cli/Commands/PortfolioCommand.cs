using System.CommandLine;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.App.Charts;
using Tradewatch.Cli.Output;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Portfolios;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.Cli.Commands;

internal static class PortfolioCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV file with a header: hs, origin, importer, date, value (columns found by name); optionally quantity and unit (for specific and compound MFN rates), metal_weight and metal_value, claim (a preference claimed at entry, such as USMCA: the layers it exempts from are left out), and metal (the metal the goods are articles of, as duty --metal takes it: copper settles 8544.42.90)." };
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

            var reference = LedgerLoader.Reference(context.DataDirectory);
            var known = Options.KnownAtValue(parse.GetValue(knownAt));
            var session = ReviewedLedger.Open(context, null, reference);
            var views = new List<(string Name, LedgerView View)> { ("baseline", session.ViewAt(known, null)) };
            // a scenario that does not apply as known then is named with the reason; the others are compared
            var refused = (parse.GetValue(scenarios) ?? []).Select(s => (Name: s, Refusal: session.Refusal(known, s))).Where(r => r.Refusal is not null).ToList();
            views.AddRange((parse.GetValue(scenarios) ?? []).Where(s => !refused.Any(r => r.Name == s)).Select(s => (s, session.ViewAt(known, s))));
            var read = Read(context, path, session.PortfolioReader());
            foreach (var problem in read.Problems)
            {
                context.Error.WriteLine($"{path}:{problem.Line}: {problem.Message}");
            }

            if (read.Skipped > read.Problems.Count)
            {
                context.Error.WriteLine($"... and {read.Skipped - read.Problems.Count} more");
            }

            var skipped = read.Skipped;
            var currency = PortfolioCurrency.Of(session.Reference, read.Tally);
            // the lines are read once; each view is worked out from the same tally
            var results = views.Select(v => (v.Name, Summary: read.Tally.Evaluate(v.View, session.Schedule))).ToList();
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
                    currency = currency.Code,
                    currencies = currency.All,
                    scenarios = results.Select(r => new
                    {
                        name = r.Name,
                        lines = r.Summary.Lines,
                        value = r.Summary.Value,
                        duty = Math.Round(r.Summary.Duty, 2),
                        baseDuty = Math.Round(r.Summary.BaseDuty, 2),
                        baseNotComputed = r.Summary.BaseNotComputed,
                        baseNotComputedLines = r.Summary.BaseNotComputedLines.Select(l => new { line = l.Line, reason = l.Reason, value = l.Value }).ToList(),
                        claimNotOfOrigin = r.Summary.ClaimNotOfOrigin,
                        metalNotStatedLines = r.Summary.MetalNotStatedLines.Select(l => new { line = l.Line, metal = l.Metal, measure = l.Measure, value = l.Value, reason = l.Reason }).ToList(),
                        totalDuty = Math.Round(r.Summary.TotalDuty, 2),
                        effectiveRatePercent = r.Summary.EffectiveRatePercent,
                        refundExposure = Math.Round(r.Summary.RefundExposure, 2),
                        dutyByLayer = r.Summary.DutyByLayer.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 2)),
                        refundByLayer = r.Summary.RefundByLayer.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 2)),
                        byOrigin = r.Summary.ByOrigin.ToDictionary(kv => kv.Key, kv => new { value = kv.Value.Value, duty = Math.Round(kv.Value.Duty, 2) }),
                        byChapter = r.Summary.ByChapter.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new { value = kv.Value.Value, duty = Math.Round(kv.Value.Duty, 2) }),
                        byMetal = r.Summary.ByMetal.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new { value = kv.Value.Value, duty = Math.Round(kv.Value.Duty, 2) }),
                    }).ToList(),
                    notApplicable = refused.Select(r => new { name = r.Name, reason = r.Refusal }).ToList(),
                });
            }
            else
            {
                Table(context, results, skipped, currency);
                foreach (var (_, refusal) in refused)
                {
                    context.Out.WriteLine($"Not compared: {refusal}");
                }
            }

            return skipped > 0 && results[0].Summary.Lines == 0 ? ExitCodes.BadData : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Streams the CSV in blocks (memory stays flat whatever the file's size), parsing on every
    /// core; each malformed line is counted and the first ones reported with their line number.
    /// On a terminal, a large file shows how far the read has got.
    /// </summary>
    private static PortfolioReadResult Read(CliContext context, string path, PortfolioCsvReader reader)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var size = stream.Length;
        var workers = size < LargeFile ? 1 : Math.Clamp(Environment.ProcessorCount, 1, 8);
        var progress = context.IsTerminal && size >= LargeFile ? new Progress(context, path, size) : null;
        try
        {
            return reader.Read(stream, workers, progress is null ? null : progress.Report);
        }
        catch (InvalidDataException e)
        {
            throw new BadDataException($"{path}: {e.Message}");
        }
        finally
        {
            progress?.Done();
        }
    }

    /// <summary>Files from this size on are read on every core, with progress shown on a terminal.</summary>
    private const long LargeFile = 64L << 20;

    /// <summary>One line on stderr, rewritten at most twice a second.</summary>
    private sealed class Progress(CliContext context, string path, long size)
    {
        private long _last = context.Clock.GetTimestamp();
        private bool _shown;

        public void Report(long bytes)
        {
            if (context.Clock.GetElapsedTime(_last).TotalMilliseconds < 500)
            {
                return;
            }

            _last = context.Clock.GetTimestamp();
            _shown = true;
            context.Error.Write($"\rreading {Path.GetFileName(path)}: {bytes / 1e9:0.0} of {size / 1e9:0.0} GB ({bytes * 100 / size}%)   ");
        }

        public void Done()
        {
            if (_shown)
            {
                context.Error.WriteLine();
            }
        }
    }

    /// <summary>How many lines whose MFN duty is not computed (or whose metal is left unsaid) the table lists.</summary>
    private const int ShownNotComputed = 10;

    /// <summary>A table of the lines a total leaves out or costs on an assumption, the first <see cref="ShownNotComputed"/> of them, and how many more.</summary>
    private static void WriteLeftLines(IAnsiConsole console, string title, IReadOnlyList<(string Line, decimal Value, string Reason)> lines, string hint)
    {
        var table = new Table().Title(title).AddColumns("Line", "Value", "Why");
        foreach (var (line, value, reason) in lines.Take(ShownNotComputed))
        {
            table.AddRow(Markup.Escape(line), $"{value:N2}", Markup.Escape(reason));
        }

        console.Write(table);
        if (lines.Count > ShownNotComputed)
        {
            console.MarkupLine($"... and {lines.Count - ShownNotComputed} more line(s) (--json lists them all).{hint}");
        }
    }

    private static void Table(CliContext context, List<(string Name, PortfolioSummary Summary)> results, long skipped, PortfolioCurrency currency)
    {
        var console = Render.Console(context);
        var baseline = results[0].Summary;
        console.MarkupLine($"[bold]Portfolio[/]: {baseline.Lines} lines, customs value {baseline.Value:N2}{Markup.Escape(currency.Suffix)}" + (skipped > 0 ? $", {skipped} malformed line(s) skipped" : string.Empty));
        console.WriteLine(currency.Note);
        var compare = new Table().AddColumns("Scenario", "MFN duty", "Additional duty", "Total duty", "Effective rate", "Refund exposure");
        foreach (var (name, s) in results)
        {
            compare.AddRow(Markup.Escape(name), $"{s.BaseDuty:N2}", $"{s.Duty:N2}", $"{s.TotalDuty:N2}", Render.Percent(s.EffectiveRatePercent), $"{s.RefundExposure:N2}");
        }

        console.Write(compare);
        if (baseline.BaseNotComputed > 0)
        {
            WriteLeftLines(console, $"MFN duty not computed on a customs value of {baseline.BaseNotComputed:N2}",
                [.. baseline.BaseNotComputedLines.Select(l => (l.Line, l.Value, l.Reason))], " Give quantity and unit columns to compute specific and compound rates.");
        }

        if (baseline.ClaimNotOfOrigin > 0)
        {
            console.WriteLine($"Claimed under a preference their origin is no party to (USMCA on goods of Guatemala), on a customs value of {baseline.ClaimNotOfOrigin:N2}: costed as unclaimed.");
        }

        if (baseline.MetalNotStatedLines.Count > 0)
        {
            WriteLeftLines(console, "Costed without their metal (give the metal column, as duty --metal, to settle it)",
                [.. baseline.MetalNotStatedLines.Select(l => (l.Line, l.Value, l.Reason))], string.Empty);
        }

        var layers = new Table().Title("Baseline by layer").AddColumns("Layer", "Duty", "Refund exposure");
        foreach (var layer in baseline.DutyByLayer.Keys.Union(baseline.RefundByLayer.Keys).Order(StringComparer.Ordinal))
        {
            layers.AddRow(Markup.Escape(layer), $"{baseline.DutyByLayer.GetValueOrDefault(layer):N2}", $"{baseline.RefundByLayer.GetValueOrDefault(layer):N2}");
        }

        console.Write(layers);
        var chapters = new Table().Title("Baseline by HS chapter (top 10 by duty)").AddColumns("Chapter", "Value", "Total duty");
        foreach (var (chapter, (value, duty)) in baseline.ByChapter.OrderByDescending(kv => kv.Value.Duty).Take(10))
        {
            chapters.AddRow(chapter, $"{value:N2}", $"{duty:N2}");
        }

        console.Write(chapters);
        var origins = new Table().Title("Baseline by origin").AddColumns("Origin", "Value", "Total duty");
        foreach (var (origin, (value, duty)) in baseline.ByOrigin.OrderByDescending(kv => kv.Value.Duty))
        {
            origins.AddRow(origin, $"{value:N2}", $"{duty:N2}");
        }

        console.Write(origins);
        if (baseline.ByMetal.Count > 0)
        {
            var metals = new Table().Title("Baseline, lines naming their metal").AddColumns("Metal", "Value", "Total duty");
            foreach (var (metal, (value, duty)) in baseline.ByMetal.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                metals.AddRow(metal, $"{value:N2}", $"{duty:N2}");
            }

            console.Write(metals);
        }
    }
}
