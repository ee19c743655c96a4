using System.Text;
using Tradewatch.Core.Limits;
using Tradewatch.Core.Portfolios;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;
using Tradewatch.News.Dates;
using Tradewatch.News.Html;
using Tradewatch.News.Reading;
using Tradewatch.News.Text;
using Xunit.Abstractions;

namespace Tradewatch.Cli.Tests.Fuzzing;

/// <summary>
/// A fuzz harness per parser, run as a smoke test: each parser meets mutated inputs from its seed
/// corpus (<c>Fuzzing/corpus/NAME/</c>, with every crash found kept there as a regression input) and
/// must answer with a result or its documented exception, never another exception, a stack overflow
/// or a hang. <c>TRADEWATCH_FUZZ_EXECUTIONS</c> sets the inputs per parser for a long run (default 2,000;
/// the page extractor a tenth), <c>TRADEWATCH_FUZZ_SEED</c> the seed.
/// </summary>
public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    private static readonly Lazy<Formats.Ledger.ReferenceData> Reference = new(() => Formats.Ledger.LedgerLoader.Reference(CliRunner.DataDirectory));

    private static readonly Lazy<Core.Ledger.TradeLedger> BaseLedger = new(() => Formats.Ledger.LedgerLoader.Load(CliRunner.DataDirectory, null, Reference.Value));

    public static TheoryData<string> Harnesses => [.. Harness.Keys];

    private static readonly Dictionary<string, (Action<byte[]> Run, int Share)> Harness = new(StringComparer.Ordinal)
    {
        ["ledger"] = (bytes => Ledger(bytes, overlay: false), 1),
        ["scenario"] = (bytes => Ledger(bytes, overlay: true), 1),
        ["front-matter"] = (bytes => FrontMatter.Split(Encoding.UTF8.GetString(bytes)), 1),
        ["html"] = (Html, 10),
        ["feed"] = (Feed, 1),
        ["csv"] = (Csv, 1),
        ["hs"] = (Hs, 1),
        ["dates"] = (Dates, 1),
        ["reader"] = (bytes => Reader(bytes), 4),
    };

    [Theory]
    [MemberData(nameof(Harnesses))]
    public void Parser_survives_mutated_input(string name)
    {
        var (run, share) = Harness[name];
        var seeds = Corpus(name);
        Assert.NotEmpty(seeds);
        // Every seed, and every crash kept from earlier runs, first.
        foreach (var seed in seeds)
        {
            Check(name, run, seed);
        }

        var executions = Math.Max(1, Setting("TRADEWATCH_FUZZ_EXECUTIONS", 2000) / share);
        var fuzzer = new MutationFuzzer(seeds, Setting("TRADEWATCH_FUZZ_SEED", 20261204) ^ name.GetHashCode(StringComparison.Ordinal));
        for (var i = 0; i < executions; i++)
        {
            Check(name, run, fuzzer.Next());
        }

        output.WriteLine($"{name}: {seeds.Count} seeds and {executions} mutated inputs, no failure");
    }

    private static void Check(string name, Action<byte[]> run, byte[] input)
    {
        try
        {
            run(input);
        }
        catch (Exception e)
        {
            var kept = Path.Combine(Path.GetTempPath(), $"tw-fuzz-{name}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input))[..12]}");
            File.WriteAllBytes(kept, input);
            Assert.Fail($"{name}: {e.GetType().Name}: {e.Message} (input kept in {kept}; add it to Fuzzing/corpus/{name}/)\n{e.StackTrace}");
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var n) && n > 0 ? n : fallback;

    private static List<byte[]> Corpus(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fuzzing", "corpus", name);
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList() : [];
    }

    /// <summary>A ledger or scenario: strict UTF-8, then the reader, which reports problems and never throws.</summary>
    private static void Ledger(byte[] bytes, bool overlay)
    {
        var (text, problem) = StrictUtf8.Decode(bytes);
        if (text is null)
        {
            Assert.NotNull(problem);
            return;
        }

        var reader = overlay ? new Formats.Ledger.LedgerFileReader(Reference.Value, BaseLedger.Value) : new Formats.Ledger.LedgerFileReader(Reference.Value);
        var result = reader.Read(new StringReader(text), "fuzz.yaml");
        Assert.All(result.Problems, p => Assert.True(p.Line >= 0));
    }

    /// <summary>The page extractor directly (not through the reader, which turns any exception into an issue), on a thread with the reader's stack.</summary>
    private static void Html(byte[] bytes)
    {
        var html = Encoding.UTF8.GetString(bytes);
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    _ = HtmlArticleExtractor.Extract(html, null);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 512 * 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("the extractor threw", failure);
        }
    }

    /// <summary>A feed: a result, or a FormatException naming what is wrong.</summary>
    private static void Feed(byte[] bytes)
    {
        try
        {
            var feed = FeedParser.Parse(Encoding.UTF8.GetString(bytes));
            Assert.NotNull(feed.Items);
        }
        catch (FormatException)
        {
        }
    }

    /// <summary>A portfolio: a tally with its problems, or an InvalidDataException for a file that is no portfolio at all.</summary>
    private static void Csv(byte[] bytes)
    {
        try
        {
            var result = new PortfolioCsvReader(Reference.Value.Nomenclature, Reference.Value.Economies).Read(new MemoryStream(bytes), blockSize: 4096);
            Assert.True(result.Skipped >= 0);
        }
        catch (InvalidDataException)
        {
        }
    }

    /// <summary>HS codes: never a throw, and a code parsed from text or bytes alike prints as text that parses back to it.</summary>
    private static void Hs(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var fromText = HsCode.TryParse(text, out var code);
        var fromBytes = HsCode.TryParse(bytes, out var codeFromBytes);
        if (fromText)
        {
            Assert.True(HsCode.TryParse(code.ToString(), out var again) && again == code, $"'{code}' does not parse back");
        }

        if (fromText && fromBytes)
        {
            Assert.Equal(code, codeFromBytes);
        }
    }

    /// <summary>Dates: never a throw; a day found in text lies within it.</summary>
    private static void Dates(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        _ = DateParsing.TryParseDay(text, out _);
        _ = DateText.ParseValue(text);
        foreach (var mention in DateText.Find(text))
        {
            Assert.InRange(mention.Start, 0, text.Length);
            Assert.InRange(mention.End, mention.Start, text.Length);
        }

        _ = PortfolioCsvReader.ParseDay(bytes);
        _ = PortfolioCsvReader.TryParseAmount(bytes, out _);
    }

    /// <summary>The whole reader, as a folder walk feeds it, under each extension: it reports, it never throws.</summary>
    private static void Reader(byte[] bytes)
    {
        foreach (var name in new[] { "f.txt", "f.md", "f.xml", "f.txt.gz" })
        {
            var result = ReportReader.Read("fuzz", name, bytes);
            Assert.DoesNotContain(result.Issues, i => i.Message.Contains("could not be read (", StringComparison.Ordinal));
        }
    }
}
