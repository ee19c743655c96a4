using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Running;
using Tradewatch.ClaimsBench;
using Tradewatch.News.Claims;

// claims-bench analyse <articles folder> <out.json>   writes an analysis file for ../shared/tools/score
// claims-bench throughput <articles folder> [seconds]  reports per second, extraction + consolidation
// claims-bench bdn <articles folder>                   the BenchmarkDotNet run
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: claims-bench analyse|throughput|bdn <articles folder> [out.json|seconds]");
    return 2;
}

var reports = CorpusFolder.Read(args[1]);
switch (args[0])
{
    case "analyse":
        {
            var (docs, result) = Pipeline.Run(reports);
            var analysis = new JsonObject
            {
                ["documents"] = new JsonArray(docs.Select(d =>
                {
                    var meta = reports.First(r => r.Document.Id == d.Id);
                    return (JsonNode)new JsonObject
                    {
                        ["id"] = d.Id,
                        ["title"] = meta.Title,
                        ["url"] = meta.Url,
                        ["outlet"] = d.Outlet,
                        ["published"] = d.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        ["text"] = d.Text,
                    };
                }).ToArray()),
                ["duplicates"] = new JsonArray(),
                ["stories"] = new JsonArray(new JsonObject { ["id"] = "s1", ["documents"] = new JsonArray(docs.Select(d => (JsonNode)JsonValue.Create(d.Id)).ToArray()) }),
            };
            foreach (var (key, value) in ClaimJson.ToJson(result.Consolidation).ToList())
            {
                analysis[key] = value?.DeepClone();
            }

            analysis["gaps"] = new JsonArray(result.Extracted.SelectMany(e => e.Gaps.Select(g => (JsonNode)new JsonObject
            {
                ["document"] = e.Document.Id,
                ["code"] = g.Code,
                ["position"] = g.Position,
                ["message"] = g.Message,
            })).ToArray());
            File.WriteAllText(args[2], analysis.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            Console.WriteLine($"{docs.Count} documents, {result.Consolidation.Claims.Count} claims, {result.Consolidation.Conflicts.Count} conflicts -> {args[2]}");
            return 0;
        }

    case "throughput":
        {
            var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
            Pipeline.Run(reports);
            var workers = Environment.ProcessorCount;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            long done = 0;
            Parallel.For(0, workers, _ =>
            {
                while (watch.Elapsed.TotalSeconds < seconds)
                {
                    Pipeline.Run(reports);
                    Interlocked.Add(ref done, reports.Count);
                }
            });

            // On a shared machine the wall clock counts the time other processes held the cores; reports per
            // CPU-second is what one core does, so times the core count is what the machine does alone.
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine($"{done} reports in {watch.Elapsed.TotalSeconds:F1} s: {done / watch.Elapsed.TotalSeconds:F0} reports/s ({workers} workers, extraction + consolidation of {reports.Count}-report sets)");
            Console.WriteLine($"{cpu:F1} CPU-seconds: {done / cpu:F0} reports per CPU-second, {workers * done / cpu:F0} reports/s on {workers} unshared cores");
            return 0;
        }

    case "bdn":
        ClaimsBenchmark.Folder = Path.GetFullPath(args[1]);
        BenchmarkRunner.Run<ClaimsBenchmark>(args: args.Skip(2).ToArray());
        return 0;
    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
