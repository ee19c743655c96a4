using BenchmarkDotNet.Attributes;

namespace Tradewatch.ClaimsBench;

/// <summary>Extraction and consolidation of a whole corpus folder, per run.</summary>
[MemoryDiagnoser]
public class ClaimsBenchmark
{
    public static string Folder { get; set; } = "";

    private List<CorpusReport> reports = [];

    [GlobalSetup]
    public void Setup() => reports = CorpusFolder.Read(Environment.GetEnvironmentVariable("CLAIMS_BENCH_FOLDER") ?? Folder);

    [Benchmark]
    public int ExtractAndConsolidate() => Pipeline.Run(reports).Result.Consolidation.Claims.Count;
}
