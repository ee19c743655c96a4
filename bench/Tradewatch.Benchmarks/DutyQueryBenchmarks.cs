using BenchmarkDotNet.Attributes;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.Formats.Ledger;
using Tradewatch.TestSupport;

namespace Tradewatch.Benchmarks;

/// <summary>Duty queries on the bundled US-China ledger: the total rate (fast path) and the full stack with sources.</summary>
[MemoryDiagnoser]
public class DutyQueryBenchmarks
{
    private const int Queries = 4096;
    private LedgerView _view = null!;
    private (Economy Importer, Economy Origin, HsCode Product, DateOnly Date)[] _queries = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = RepoData.Directory;
        var reference = ReferenceData.Load(data);
        var ledger = TradeLedger.Empty;
        foreach (var file in Directory.GetFiles(Path.Combine(data, "ledger"), "*.yaml"))
        {
            var result = LedgerFileReader.ReadFile(file, reference);
            ledger = ledger.Append(result.Batch, ledger.Version);
        }

        _view = ledger.AsKnownAt(null);
        var random = new Random(42);
        string[] codes = ["8505.11", "8471.30", "8703.80", "8541.40", "6109.10", "1201.90", "9503.00", "8517.13", "3926.90", "8708.99", "0201.10", "2709.00"];
        var us = new Economy("US");
        var cn = new Economy("CN");
        var start = new DateOnly(2025, 1, 1).DayNumber;
        _queries = Enumerable.Range(0, Queries).Select(i =>
        {
            var swap = random.Next(4) == 0;
            return (swap ? cn : us, swap ? us : cn, HsCode.Parse(codes[random.Next(codes.Length)]), DateOnly.FromDayNumber(start + random.Next(730)));
        }).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Queries)]
    public decimal TotalRate()
    {
        decimal sum = 0;
        foreach (var (importer, origin, product, date) in _queries)
        {
            sum += _view.TotalAdditionalPercent(importer, origin, product, date);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Queries)]
    public int FullStack()
    {
        var layers = 0;
        foreach (var (importer, origin, product, date) in _queries)
        {
            layers += _view.Duty(importer, origin, product, date).Layers.Count;
        }

        return layers;
    }
}
