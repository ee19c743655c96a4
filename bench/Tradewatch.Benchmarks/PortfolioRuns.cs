using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Portfolios;
using Tradewatch.Core.Products;
using Tradewatch.Formats.Ledger;
using Tradewatch.TestSupport;

namespace Tradewatch.Benchmarks;

/// <summary>
/// Timed whole runs of portfolio costing, each printing one table row per round:
/// <list type="bullet">
/// <item><c>portfolio-parse FILE</c>: the CSV read alone, on 1 and 2 threads, in MB/s;</item>
/// <item><c>portfolio-eval LINES</c>: lines already in memory (generated, not parsed) tallied on 2 threads and costed;</item>
/// <item><c>portfolio-duckdb FILE</c>: the same totals by Tradewatch and by DuckDB (read_csv and SQL), side by side, checked equal;</item>
/// <item><c>portfolio-scenarios FILE DIR</c>: the file costed under every scenario file in DIR, in one read;</item>
/// <item><c>generate-scenarios N DIR</c>: writes N scenario overlays for the bundled ledger.</item>
/// </list>
/// </summary>
internal static class PortfolioRuns
{
    /// <summary>The 10-digit lines under each of the generator's subheadings in the latest revision of the bundled US schedule.</summary>
    public static IReadOnlyDictionary<string, string[]> UsTariffLines()
    {
        var schedule = Tradewatch.Formats.Schedule.CompactSchedule.Load(Path.Combine(RepoData.Directory, "us-schedule"));
        return PortfolioGenerator.Codes.ToDictionary(
            c => c.Code,
            c => schedule.LeavesUnder(schedule.Latest, HsCode.Parse(c.Code)).Select(l => l.Code.ToString()).ToArray(),
            StringComparer.Ordinal);
    }

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Run(string[] args)
    {
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, Invariant)).FirstOrDefault(3);
        switch (args)
        {
            case ["portfolio-parse", var file, ..]:
                Parse(file, rounds);
                break;
            case ["portfolio-eval", var lines, ..]:
                Evaluate(long.Parse(lines, Invariant), rounds);
                break;
            case ["portfolio-duckdb", var file, ..]:
                SideBySide(file, rounds);
                break;
            case ["portfolio-scenarios", var file, var folder, ..]:
                Scenarios(file, folder, rounds);
                break;
            case ["generate-scenarios", var count, var folder]:
                GenerateScenarios(int.Parse(count, Invariant), folder);
                break;
            default:
                throw new ArgumentException("usage: portfolio-parse FILE | portfolio-eval LINES | portfolio-duckdb FILE | portfolio-scenarios FILE DIR | generate-scenarios N DIR [--rounds N]");
        }
    }

    private static (ReferenceData Reference, TradeLedger Ledger) Load()
    {
        var reference = ReferenceData.Load(RepoData.Directory);
        var ledger = TradeLedger.Empty;
        foreach (var file in Directory.GetFiles(Path.Combine(RepoData.Directory, "ledger"), "*.yaml").Order(StringComparer.Ordinal))
        {
            ledger = ledger.Append(LedgerFileReader.ReadFile(file, reference).Batch, ledger.Version);
        }

        return (reference, ledger);
    }

    private static PortfolioReadResult ReadFile(ReferenceData reference, string file, int workers)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return new PortfolioCsvReader(reference.Nomenclature, reference.Economies).Read(stream, workers);
    }

    private static void Parse(string file, int rounds)
    {
        var (reference, _) = Load();
        var megabytes = new FileInfo(file).Length / 1e6;
        ReadFile(reference, file, 2);
        Console.WriteLine($"| threads | lines | MB | seconds | MB/s | CPU seconds | MB per CPU second |");
        Console.WriteLine($"| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var workers in new[] { 1, 2 })
        {
            for (var round = 0; round < rounds; round++)
            {
                var cpu = Cpu();
                var clock = Stopwatch.StartNew();
                var result = ReadFile(reference, file, workers);
                var seconds = clock.Elapsed.TotalSeconds;
                cpu = Cpu() - cpu;
                Console.WriteLine($"| {workers} | {result.Tally.Lines:N0} | {megabytes:N0} | {seconds:0.000} | {megabytes / seconds:N0} | {cpu:0.000} | {megabytes / cpu:N0} |");
            }
        }
    }

    private static void Evaluate(long count, int rounds)
    {
        var (_, ledger) = Load();
        var view = ledger.AsKnownAt(null);
        Economy us = new("US"), cn = new("CN");
        var codes = PortfolioGenerator.Codes.ToDictionary(c => c.Code, c => HsCode.Parse(c.Code), StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var lines = PortfolioGenerator.Lines(count).Select(l => new ImportLine(us, cn, codes[l.Code], l.Date, l.Value)).ToArray();
        Console.WriteLine($"generated {lines.Length:N0} lines in memory in {clock.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine("| lines | threads | tally s | cost s | total s | CPU s | duty |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var round = 0; round < rounds; round++)
        {
            var cpu = Cpu();
            clock.Restart();
            var halves = new[] { lines.AsMemory(0, lines.Length / 2), lines.AsMemory(lines.Length / 2) };
            var tallies = halves.AsParallel().WithDegreeOfParallelism(2).Select(part =>
            {
                var tally = new PortfolioTally();
                foreach (ref readonly var line in part.Span)
                {
                    tally.Add(line);
                }

                return tally;
            }).ToList();
            tallies[0].Merge(tallies[1]);
            var tallied = clock.Elapsed.TotalSeconds;
            var summary = tallies[0].Evaluate(view);
            var total = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"| {summary.Lines:N0} | 2 | {tallied:0.000} | {total - tallied:0.000} | {total:0.000} | {Cpu() - cpu:0.000} | {summary.Duty:N2} |");
        }
    }

    private static void SideBySide(string file, int rounds)
    {
        var (reference, ledger) = Load();
        var view = ledger.AsKnownAt(null);
        var clock = Stopwatch.StartNew();
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        Exec(duck, "SET threads = 2");
        ExportSteps(duck, view, file);
        Console.WriteLine($"step tables exported to DuckDB in {clock.Elapsed.TotalSeconds:0.000} s (not timed below)");
        Console.WriteLine("| round | Tradewatch s | DuckDB s | DuckDB / Tradewatch | Tradewatch CPU s | DuckDB CPU s | same totals |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (var round = 0; round < rounds; round++)
        {
            var cpu = Cpu();
            clock.Restart();
            var ours = ReadFile(reference, file, 2);
            var summary = ours.Tally.Evaluate(view);
            var tradewatch = clock.Elapsed.TotalSeconds;
            var ourCpu = Cpu() - cpu;
            cpu = Cpu();
            clock.Restart();
            var theirs = DuckTotals(duck, file);
            var duckdb = clock.Elapsed.TotalSeconds;
            var theirCpu = Cpu() - cpu;
            var same = theirs.Lines == summary.Lines && theirs.Value == summary.Value
                && Round(theirs.DutyByLayer).SequenceEqual(Round(summary.DutyByLayer))
                && Round(theirs.RefundByLayer).SequenceEqual(Round(summary.RefundByLayer));
            Console.WriteLine($"| {round + 1} | {tradewatch:0.000} | {duckdb:0.000} | {duckdb / tradewatch:0.00}x | {ourCpu:0.000} | {theirCpu:0.000} | {(same ? "yes" : "NO")} |");
            if (!same || round == 0)
            {
                Console.WriteLine($"  Tradewatch: {summary.Lines:N0} lines, value {summary.Value:N2}, duty {Show(summary.DutyByLayer)}, refund {Show(summary.RefundByLayer)}");
                Console.WriteLine($"  DuckDB:     {theirs.Lines:N0} lines, value {theirs.Value:N2}, duty {Show(theirs.DutyByLayer)}, refund {Show(theirs.RefundByLayer)}");
            }
        }
    }

    /// <summary>CPU seconds this process has used, on all threads (DuckDB's included): on a shared machine, a figure the other load does not inflate.</summary>
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static SortedDictionary<string, decimal> Round(IReadOnlyDictionary<string, decimal> map) =>
        new(map.Where(kv => kv.Value != 0).ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 2)), StringComparer.Ordinal);

    private static string Show(IReadOnlyDictionary<string, decimal> map) =>
        string.Join(", ", Round(map).Select(kv => $"{kv.Key} {kv.Value:N2}"));

    /// <summary>
    /// The ledger's step tables for the products of the file as two DuckDB tables: steps
    /// (importer, origin, hs as written in the file, first day, step id) and the layers in force
    /// or void in each step with their rate as a fraction.
    /// </summary>
    private static void ExportSteps(DuckDBConnection duck, LedgerView view, string file)
    {
        // the codes as the file writes them: the generator's subheadings, or the 10-digit lines under them
        var codes = new List<string>();
        using (var command = duck.CreateCommand())
        {
            command.CommandText = $"SELECT DISTINCT hs FROM read_csv('{file.Replace("'", "''", StringComparison.Ordinal)}', header = true, columns = {{'hs': 'VARCHAR', 'origin': 'VARCHAR', 'importer': 'VARCHAR', 'date': 'DATE', 'value': 'DECIMAL(18,2)'}}) ORDER BY hs";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                codes.Add(reader.GetString(0));
            }
        }

        Exec(duck, "CREATE TABLE steps (importer VARCHAR, origin VARCHAR, hs VARCHAR, start DATE, step_id INTEGER)");
        Exec(duck, "CREATE TABLE step_layers (step_id INTEGER, layer VARCHAR, rate DECIMAL(9,6), is_void BOOLEAN)");
        using var steps = duck.CreateAppender("steps");
        using var layers = duck.CreateAppender("step_layers");
        var id = 0;
        foreach (var code in codes)
        {
            foreach (var step in view.Timeline(new Economy("US"), new Economy("CN"), HsCode.Parse(code), new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31)))
            {
                id++;
                steps.CreateRow().AppendValue("US").AppendValue("CN").AppendValue(code).AppendValue(step.Start.ToDateTime(TimeOnly.MinValue)).AppendValue(id).EndRow();
                foreach (var layer in step.Layers.Where(l => l.Status != LayerStatus.Suspended && l.RatePercent > 0))
                {
                    layers.CreateRow().AppendValue(id).AppendValue(layer.Measure.Id).AppendValue(layer.RatePercent / 100m).AppendValue(layer.Status == LayerStatus.Void).EndRow();
                }
            }
        }
    }

    private sealed record DuckResult(long Lines, decimal Value, Dictionary<string, decimal> DutyByLayer, Dictionary<string, decimal> RefundByLayer);

    /// <summary>
    /// DuckDB reads the CSV itself, sums value per product and day (as Tradewatch's tally does: a
    /// plain ASOF join of every line took 35 s on 10 million lines), finds each day's step with an
    /// ASOF join, sums value per step, then duty per layer.
    /// </summary>
    private static DuckResult DuckTotals(DuckDBConnection duck, string file)
    {
        var path = file.Replace("'", "''", StringComparison.Ordinal);
        Exec(duck, $$"""
            CREATE OR REPLACE TEMP TABLE per_step AS
            WITH lines AS (
                SELECT * FROM read_csv('{{path}}', header = true,
                    columns = {'hs': 'VARCHAR', 'origin': 'VARCHAR', 'importer': 'VARCHAR', 'date': 'DATE', 'value': 'DECIMAL(18,2)'}))
            , daily AS (
                SELECT importer, origin, hs, date, count(*) AS lines, sum(value) AS value FROM lines GROUP BY ALL)
            SELECT s.step_id, sum(d.lines) AS lines, sum(d.value) AS value
            FROM daily d ASOF JOIN steps s
              ON d.importer = s.importer AND d.origin = s.origin AND d.hs = s.hs AND d.date >= s.start
            GROUP BY s.step_id
            """);
        long lines = 0;
        decimal value = 0;
        using (var command = duck.CreateCommand())
        {
            command.CommandText = "SELECT CAST(sum(lines) AS VARCHAR), CAST(sum(value) AS VARCHAR) FROM per_step";
            using var reader = command.ExecuteReader();
            reader.Read();
            lines = long.Parse(reader.GetString(0), Invariant);
            value = decimal.Parse(reader.GetString(1), Invariant);
        }

        var duty = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var refund = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using (var command = duck.CreateCommand())
        {
            command.CommandText = "SELECT l.layer, l.is_void, CAST(sum(p.value * l.rate) AS VARCHAR) FROM per_step p JOIN step_layers l USING (step_id) GROUP BY ALL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                (reader.GetBoolean(1) ? refund : duty)[reader.GetString(0)] = decimal.Parse(reader.GetString(2), Invariant);
            }
        }

        return new DuckResult(lines, value, duty, refund);
    }

    private static void Exec(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Scenarios(string file, string folder, int rounds)
    {
        Console.WriteLine("| round | scenarios | load ledger s | scenario views s | read + tally s | cost all views s | total s |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var (reference, ledger) = Load();
            var loaded = clock.Elapsed.TotalSeconds;
            var views = new List<LedgerView> { ledger.AsKnownAt(null) };
            foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                var result = new LedgerFileReader(reference, ledger).Read(new StringReader(File.ReadAllText(path)), path);
                if (!result.IsValid)
                {
                    throw new InvalidOperationException($"{path}: {string.Join("; ", result.Problems)}");
                }

                views.Add(new Scenario(Path.GetFileNameWithoutExtension(path), null, result.Batch).Apply(ledger, null));
            }

            var viewed = clock.Elapsed.TotalSeconds;
            var read = ReadFile(reference, file, 2);
            var tallied = clock.Elapsed.TotalSeconds;
            var summaries = views.AsParallel().WithDegreeOfParallelism(2).Select(v => read.Tally.Evaluate(v)).ToList();
            var total = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"| {round + 1} | {views.Count - 1} | {loaded:0.000} | {viewed - loaded:0.000} | {tallied - viewed:0.000} | {total - tallied:0.000} | {total:0.000} |");
            if (round == 0)
            {
                Console.WriteLine($"  {read.Tally.Lines:N0} lines; duty from {summaries.Min(s => s.Duty):N0} to {summaries.Max(s => s.Duty):N0} across views");
            }
        }
    }

    /// <summary>
    /// Overlays of four kinds, with dates and rates varying: the Geneva truce ending early, List 3
    /// at another rate, a threatened across-the-board tariff, a ruling voiding the Section 122 surcharge.
    /// </summary>
    private static void GenerateScenarios(int count, string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var day = new DateOnly(2025, 6, 1).AddDays(i * 5 % 540).ToString("yyyy-MM-dd", Invariant);
            var rate = 10 + (i * 7 % 90);
            var name = $"generated-{i:000}";
            var body = (i % 4) switch
            {
                0 => $"suspension-changes:\n  - {{suspension: us-geneva-suspension, to: {day}, note: ends early}}\n",
                1 => $"rates:\n  - {{measure: us-301-list3, from: {day}, rate: {rate}}}\n",
                2 => $"measures:\n  - id: {name}-threat\n    kind: tariff\n    title: Threatened tariff\n    imposer: US\n    targets: [CN]\n    products: all\n    basis: Generated threat\n    sources: [https://example.org/{name}]\n    rates:\n      - {{from: {day}, rate: {rate}}}\n",
                _ => $"voidings:\n  - id: {name}-ruling\n    measures: [us-section-122]\n    from: 2026-02-24\n    basis: Generated ruling\n",
            };
            File.WriteAllText(Path.Combine(folder, name + ".yaml"), $"name: {name}\ndescription: Generated overlay {i} for benchmarks.\n{body}");
        }

        Console.WriteLine($"wrote {count} scenarios to {folder}");
    }
}
