using System.Diagnostics;
using System.Globalization;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.Formats.Ledger;
using Tradewatch.TestSupport;

namespace Tradewatch.Benchmarks;

/// <summary>
/// A timed run of total-rate answers on one thread over the whole bundled ledger (the US imports from every
/// partner included): 10-digit lines from the US scope lists, partners and days drawn at random, for a number of
/// seconds. <c>duty-rate SECONDS</c>; prints the answers per second and the load time.
/// </summary>
internal static class DutyRateRun
{
    private static readonly string[] Partners = ["CN", "VN", "DE", "JP", "MX", "CA", "GB", "IN", "BR", "KR", "CH", "TW"];

    public static void Run(double seconds)
    {
        var load = Stopwatch.StartNew();
        var data = RepoData.Directory;
        var reference = ReferenceData.Load(data);
        var ledger = TradeLedger.Empty;
        foreach (var file in Directory.GetFiles(Path.Combine(data, "ledger"), "*.yaml"))
        {
            ledger = ledger.Append(LedgerFileReader.ReadFile(file, reference).Batch, ledger.Version);
        }

        var view = ledger.AsKnownAt(null);
        load.Stop();

        // 10-digit lines the measures name, padded where a list names a shorter line
        var lines = Directory.GetFiles(Path.Combine(data, "scopes"), "us-*.txt")
            .SelectMany(File.ReadLines)
            .Where(l => l.Length is >= 4 and <= 10 && l.All(char.IsAsciiDigit))
            .Select(l => l.PadRight(10, '0'))
            .Distinct(StringComparer.Ordinal)
            .Select(HsCode.Parse)
            .ToArray();
        Economy[] partners = [.. Partners.Select(c => new Economy(c))];
        var us = new Economy("US");
        var random = new Random(42);
        const int Batch = 1 << 16;
        var queries = Enumerable.Range(0, Batch)
            .Select(_ => (Partner: partners[random.Next(partners.Length)], Line: lines[random.Next(lines.Length)], Day: DateOnly.FromDayNumber(new DateOnly(2025, 1, 1).DayNumber + random.Next(730))))
            .ToArray();

        // warm up: every pair indexed once
        foreach (var q in queries)
        {
            view.TotalAdditionalPercent(us, q.Partner, q.Line, q.Day);
        }

        long answers = 0;
        decimal sum = 0;
        // the process's CPU time as well as the wall clock: on a shared machine the thread gets only part of a core
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var q in queries)
            {
                sum += view.TotalAdditionalPercent(us, q.Partner, q.Line, q.Day);
            }

            answers += queries.Length;
        }

        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ledger loaded in {load.Elapsed.TotalMilliseconds:0} ms ({ledger.Measures.Count} measures); {lines.Length} 10-digit lines, {partners.Length} partners"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{answers} answers in {clock.Elapsed.TotalSeconds:0.00} s on one thread: {answers / clock.Elapsed.TotalSeconds:0} answers a second (checksum {sum:0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process CPU time {cpu.TotalSeconds:0.00} s: {answers / cpu.TotalSeconds:0} answers per CPU second"));
    }
}
