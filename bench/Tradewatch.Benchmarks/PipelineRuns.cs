using System.Diagnostics;
using Tradewatch.News.Cleaning;
using Tradewatch.News.Dedup;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.TestSupport;

namespace Tradewatch.Benchmarks;

/// <summary>
/// Timed whole runs (not BenchmarkDotNet: one run of 100,000 reports is the measurement).
///   pipeline N      read -> clean -> dedupe -> cluster -> date over N synthetic reports
///   neardup N...    the near-duplicate index alone over N reports each, to show it is near-linear
/// </summary>
internal static class PipelineRuns
{
    public static void Run(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "pipeline";
        var sizes = args.Skip(1).Select(int.Parse).DefaultIfEmpty(mode == "pipeline" ? 100_000 : 10_000).ToList();
        var samples = SyntheticCorpus.SampleTexts(FindSamples());
        Console.WriteLine($"{Environment.ProcessorCount} cores, {samples.Count} sample texts, .NET {Environment.Version}");

        foreach (var n in sizes)
        {
            var files = SyntheticCorpus.Generate(samples, n);
            GC.Collect();
            if (mode == "pipeline")
            {
                var watch = Stopwatch.StartNew();
                var analysis = NewsPipeline.Run(files);
                watch.Stop();
                var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
                Console.WriteLine($"pipeline {n:N0} reports: {watch.Elapsed.TotalSeconds:F1} s, {n / watch.Elapsed.TotalSeconds:F0} reports/s, peak working set {peak:F0} MB, {analysis.Stories.Count:N0} stories, {analysis.Duplicates.Count:N0} duplicate groups");
            }
            else
            {
                var texts = files.AsParallel().AsOrdered()
                    .Select(f => ReportReader.Read(f.Id, f.FileName, f.Bytes).Reports is [var r, ..] ? ArticleCleaner.Clean(r).Text : string.Empty)
                    .ToList();
                var fingerprints = texts.AsParallel().AsOrdered().Select(Fingerprint.Of).ToList();
                var index = new NearDuplicateIndex();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var pairs = 0;
                for (var i = 0; i < texts.Count; i++)
                {
                    pairs += index.Add(files[i].Id, texts[i], fingerprints[i]).Count;
                }

                watch.Stop();
                // The index runs on one thread: its CPU time (with the GC's) is what the machine's other load does not inflate.
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                Console.WriteLine($"neardup {n:N0} reports: {watch.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU, {cpu.TotalMicroseconds / n:F0} us CPU/report, {pairs:N0} duplicate pairs");
            }
        }
    }

    private static string FindSamples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "data", "samples")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new DirectoryNotFoundException("data/samples") : Path.Combine(dir.FullName, "data", "samples");
    }
}
