using BenchmarkDotNet.Running;
using Tradewatch.Benchmarks;

if (args is ["generate-portfolio", var count, var path])
{
    PortfolioGenerator.Write(path, long.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"wrote {count} lines to {path}");
    return;
}

if (args is ["portfolio-parse" or "portfolio-eval" or "portfolio-duckdb" or "portfolio-scenarios" or "generate-scenarios", ..])
{
    PortfolioRuns.Run(args);
    return;
}

if (args is ["pipeline" or "neardup", ..])
{
    PipelineRuns.Run(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DutyQueryBenchmarks).Assembly).Run(args);
