using BenchmarkDotNet.Running;
using Tradewatch.Benchmarks;

if (args is ["generate-portfolio", var count, var path])
{
    PortfolioGenerator.Write(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"wrote {count} lines to {path}");
    return;
}

if (args is ["pipeline" or "neardup", ..])
{
    PipelineRuns.Run(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DutyQueryBenchmarks).Assembly).Run(args);
