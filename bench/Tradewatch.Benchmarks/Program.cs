using BenchmarkDotNet.Running;
using Tradewatch.Benchmarks;
using Tradewatch.TestSupport;

if (args is ["generate-portfolio", var count10, var path10, "--lines10"])
{
    var tariffLines = PortfolioRuns.UsTariffLines();
    PortfolioGenerator.Write(path10, long.Parse(count10, System.Globalization.CultureInfo.InvariantCulture), tariffLines: tariffLines);
    Console.WriteLine($"wrote {count10} lines over {tariffLines.Values.Sum(l => l.Length)} 10-digit US lines to {path10}");
    return 0;
}

if (args is ["generate-portfolio", var count, var path])
{
    PortfolioGenerator.Write(path, long.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"wrote {count} lines to {path}");
    return 0;
}

if (args is ["duty-rate", var runSeconds])
{
    DutyRateRun.Run(double.Parse(runSeconds, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["portfolio-parse" or "portfolio-eval" or "portfolio-duckdb" or "portfolio-scenarios" or "generate-scenarios", ..])
{
    PortfolioRuns.Run(args);
    return 0;
}

if (args is ["generate-reports", var reportCount, var folder, ..])
{
    // The synthetic corpus (copies, versions, reprints of events made from data/samples) as files, for ingest runs.
    Directory.CreateDirectory(folder);
    var samples = SyntheticCorpus.SampleTexts(RepoData.Samples);
    foreach (var f in SyntheticCorpus.Generate(samples, int.Parse(reportCount, System.Globalization.CultureInfo.InvariantCulture)))
    {
        File.WriteAllBytes(Path.Combine(folder, f.FileName), f.Bytes);
    }

    Console.WriteLine($"wrote {reportCount} reports to {folder}");
    return 0;
}

if (args is ["team-check", var corpus, var alone, var shared, ..])
{
    return TeamRuns.Check(corpus, alone, shared, args.Length > 4 ? args[4] : null);
}

if (args is ["decision-seen", var first, var second, var token, var decisions])
{
    return await TeamRuns.DecisionSeen(new Uri(first), new Uri(second), token, int.Parse(decisions, System.Globalization.CultureInfo.InvariantCulture));
}

if (args is ["pipeline" or "neardup", ..])
{
    PipelineRuns.Run(args);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(DutyQueryBenchmarks).Assembly).Run(args);
return 0;
