using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tradewatch.News.Html;

// Runs SmartReader and Tradewatch's extractor over the article-extraction benchmark in one
// process, writes each one's predictions in the shape score-extraction reads, and prints
// warm throughput. Rounds alternate between the two so machine load hits both alike.
if (args.Length > 0 && args[0] == "train-lines")
{
    return LineTraining.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "clean-lines")
{
    return LineCleaningEval.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "score-lines")
{
    // Each line of the given plain-text files with the line model's probability that it is the article's.
    foreach (var file in args[1..])
    {
        var lines = File.ReadAllLines(file).Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0).ToList();
        var page = Tradewatch.News.Cleaning.LineModel.Page.Of(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var sentence = Tradewatch.News.Cleaning.LineModel.Protects(lines[i]);
            var model = sentence ? Tradewatch.News.Cleaning.LineModel.ShippedSentences : Tradewatch.News.Cleaning.LineModel.Shipped;
            var p = model.Probability(lines, i, page);
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}\t{(sentence ? "S" : "f")}\t{p:F3}\t{(p < model.Threshold ? "out" : "in")}\t{(lines[i].Length > 100 ? lines[i][..100] : lines[i])}"));
        }
    }

    return 0;
}

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Tradewatch.HtmlBench [--bench DIR] [--out DIR] [--rounds N] [--only tradewatch|smartreader]");
    return 2;
}

var pages = BenchPages.Load(options.BenchDirectory);
if (pages.Count == 0)
{
    Console.Error.WriteLine($"no pages found under {Path.Combine(options.BenchDirectory, "html")}");
    return 2;
}

Console.WriteLine($"{pages.Count} pages, {pages.Sum(p => (long)p.Html.Length) / 1_000_000.0:F1} M chars");
var extractors = new List<Extractor>();
if (options.Only is null or "smartreader")
{
    extractors.Add(new Extractor("smartreader", p => new SmartReader.Reader(p.Url ?? "https://localhost/", p.Html).GetArticle().TextContent ?? string.Empty));
}

if (options.Only is null or "tradewatch")
{
    extractors.Add(new Extractor("tradewatch", p => HtmlArticleExtractor.Extract(p.Html, p.Url is null ? null : new Uri(p.Url)).Text));
}

// Warm-up pass: JIT and caches; its output is what gets written and scored.
foreach (var extractor in extractors)
{
    var bodies = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
    foreach (var page in pages)
    {
        bodies[page.Id] = new Dictionary<string, string>(StringComparer.Ordinal) { ["articleBody"] = extractor.Run(page) };
    }

    Directory.CreateDirectory(options.OutputDirectory);
    var path = Path.Combine(options.OutputDirectory, extractor.Name + ".json");
    var json = JsonSerializer.Serialize(bodies, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    File.WriteAllText(path, json, new UTF8Encoding(false));
    Console.WriteLine($"{extractor.Name}: predictions written to {path}");
}

for (var round = 0; round < options.Rounds; round++)
{
    foreach (var extractor in extractors)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            extractor.Run(page);
        }

        watch.Stop();
        extractor.Seconds.Add(watch.Elapsed.TotalSeconds);
    }
}

Console.WriteLine();
Console.WriteLine($"warm throughput over {options.Rounds} alternating rounds (median round):");
foreach (var extractor in extractors)
{
    var sorted = extractor.Seconds.Order().ToList();
    var median = sorted[sorted.Count / 2];
    Console.WriteLine($"  {extractor.Name,-12} {pages.Count / median,7:F1} pages/s  ({median * 1000 / pages.Count:F2} ms/page; best round {pages.Count / sorted[0]:F1} pages/s)");
}

if (extractors.Count == 2)
{
    var medians = extractors.Select(e => e.Seconds.Order().ElementAt(e.Seconds.Count / 2)).ToList();
    Console.WriteLine($"  speed-up: {medians[0] / medians[1]:F2}x");
}

return 0;

internal sealed record Page(string Id, string? Url, string Html);

internal sealed record Extractor(string Name, Func<Page, string> Run)
{
    public List<double> Seconds { get; } = [];
}

internal sealed record BenchOptions(string BenchDirectory, string OutputDirectory, int Rounds, string? Only)
{
    public static BenchOptions? Parse(string[] args)
    {
        var bench = "../shared/bench/article-extraction";
        var output = "out/html-bench";
        var rounds = 5;
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--bench" when value is not null: bench = value; i++; break;
                case "--out" when value is not null: output = value; i++; break;
                case "--rounds" when value is not null && int.TryParse(value, out rounds) && rounds > 0: i++; break;
                case "--only" when value is "tradewatch" or "smartreader": only = value; i++; break;
                default: return null;
            }
        }

        return new BenchOptions(bench, output, rounds, only);
    }
}
