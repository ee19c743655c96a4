using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tradewatch.News.Cleaning;
using Tradewatch.News.Reading;

/// <summary>
/// Trains <see cref="LineModel"/> on the article-extraction benchmark: each page's text, a line per
/// block element, labelled article when the page's true body holds the line (at least half of its
/// word trigrams; a line of fewer than four words only when the body has it as a line of its own).
/// Pages are dealt into five folds by their order; the threshold is the highest one that keeps
/// <see cref="TargetRecall"/> of the held-out article lines the model judges (sentences of six words
/// or more it never takes, see <see cref="LineModel.Protects"/>), and
/// the shipped model is then trained on every page. Deterministic: the same pages give the same file.
/// </summary>
internal static partial class LineTraining
{
    private const int Folds = 5;
    private const int Epochs = 600;
    private const double LearningRate = 0.5;
    private const double L2 = 1e-3;
    private const double TargetRecall = 0.98;

    /// <summary>Held-out article sentences the sentence model keeps: a sentence lost costs more than a label.</summary>
    private const double TargetSentenceRecall = 0.995;

    /// <summary>Sentence lines that are not the article's are fewer: a word of the sentence lexicon needs fewer pages.</summary>
    private const int SentenceLexiconMinPages = 5;

    public static int Run(string[] args)
    {
        var bench = args.Length > 0 ? args[0] : "../shared/bench/article-extraction";
        var output = args.Length > 1 ? args[1] : "data/boilerplate/line-model.json";
        var sentenceOutput = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, "sentence-model.json");
        var truth = Truth(Path.Combine(bench, "ground-truth.json"));
        var pages = BenchPages.Load(bench).Where(p => truth.ContainsKey(p.Id)).ToList();
        var labelled = new List<(int Page, List<string> Lines, bool[] Article)>();
        for (var pi = 0; pi < pages.Count; pi++)
        {
            var lines = HtmlFragmentText.ToText(pages[pi].Html).Split('\n').Where(l => l.Length > 0).ToList();
            var (_, bodyLines, trigrams) = truth[pages[pi].Id];
            labelled.Add((pi, lines, lines.Select(l => Label(l, bodyLines, trigrams)).ToArray()));
        }

        // The word lexicon a page's lines are read with is learnt on the other folds' pages, so that the
        // models learn how far to trust it on pages it has not seen; the shipped lexicons are learnt on all.
        // The sentence model has its own, learnt on sentence lines only.
        IEnumerable<(int, string, bool)> LexiconLines(Func<int, bool> take, bool sentences) =>
            labelled.Where(p => take(p.Page)).SelectMany(p => p.Lines.Select((l, i) => (p.Page, l, p.Article[i])))
                .Where(r => !sentences || LineModel.Protects(r.l));
        var foldLexicons = Enumerable.Range(0, Folds).Select(f => LineLexicon.Learn(LexiconLines(pi => pi % Folds != f, false))).ToArray();
        var foldSentenceLexicons = Enumerable.Range(0, Folds).Select(f => LineLexicon.Learn(LexiconLines(pi => pi % Folds != f, true), SentenceLexiconMinPages)).ToArray();
        var rows = new List<Row>();
        foreach (var (pi, lines, article) in labelled)
        {
            var context = LineModel.Page.Of(lines);
            for (var i = 0; i < lines.Count; i++)
            {
                var isSentence = LineModel.Protects(lines[i]);
                rows.Add(new Row(
                    pi % Folds,
                    LineModel.Features(lines, i, context, edgesUnknown: isSentence, foldLexicons[pi % Folds]),
                    isSentence ? LineModel.Features(lines, i, context, edgesUnknown: true, foldSentenceLexicons[pi % Folds]) : [],
                    article[i],
                    isSentence));
            }
        }

        var lexicon = LineLexicon.Learn(LexiconLines(_ => true, false));
        var sentenceLexicon = LineLexicon.Learn(LexiconLines(_ => true, true), SentenceLexiconMinPages);
        Console.WriteLine($"lexicons of {lexicon.Count} words (lines) and {sentenceLexicon.Count} words (sentences)");

        Console.WriteLine($"{pages.Count} pages, {rows.Count} lines, {rows.Count(r => r.Article)} article lines");
        var held = new double[rows.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var model = Train(rows.Where(r => r.Fold != fold).ToList(), 0.5, lexicon);
            for (var k = 0; k < rows.Count; k++)
            {
                if (rows[k].Fold == fold)
                {
                    held[k] = model.Probability(rows[k].Features);
                }
            }
        }

        var judged = Enumerable.Range(0, rows.Count).Where(k => rows[k].Article && !rows[k].Protected).Select(k => held[k]).Order().ToList();
        var threshold = judged[(int)Math.Floor((1 - TargetRecall) * judged.Count)];
        Report("cross-validated (5 folds by page)", rows, held, threshold);
        var final = Train(rows, threshold, lexicon);
        Report("trained on all pages (optimistic)", rows, rows.Select(r => final.Probability(r.Features)).ToArray(), threshold);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, final.ToJson($"{pages.Count} pages of the article-extraction benchmark (scrapinghub, MIT); {rows.Count} lines; threshold keeps {TargetRecall:P1} of the held-out article lines not protected as sentences") + "\n", new UTF8Encoding(false));
        Console.WriteLine($"model written to {output}");

        // Sentences: a model of their own, learnt on sentence lines only.
        var sentences = rows.Where(r => r.Protected).Select(r => r with { Features = r.SentenceFeatures }).ToList();
        var heldSentences = new double[sentences.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var model = Train(sentences.Where(r => r.Fold != fold).ToList(), 0.5, sentenceLexicon, edgesUnknown: true);
            for (var k = 0; k < sentences.Count; k++)
            {
                if (sentences[k].Fold == fold)
                {
                    heldSentences[k] = model.Probability(sentences[k].Features);
                }
            }
        }

        var articleSentences = Enumerable.Range(0, sentences.Count).Where(k => sentences[k].Article).Select(k => heldSentences[k]).Order().ToList();
        var sentenceThreshold = articleSentences[(int)Math.Floor((1 - TargetSentenceRecall) * articleSentences.Count)];
        var unprotected = sentences.Select(r => r with { Protected = false }).ToList();
        Report("sentences, cross-validated (5 folds by page)", unprotected, heldSentences, sentenceThreshold);
        var finalSentences = Train(sentences, sentenceThreshold, sentenceLexicon, edgesUnknown: true);
        Report("sentences, trained on all pages (optimistic)", unprotected, sentences.Select(r => finalSentences.Probability(r.Features)).ToArray(), sentenceThreshold);
        File.WriteAllText(sentenceOutput, finalSentences.ToJson($"{pages.Count} pages of the article-extraction benchmark (scrapinghub, MIT); {sentences.Count} sentence lines; threshold keeps {TargetSentenceRecall:P1} of the held-out article sentences") + "\n", new UTF8Encoding(false));
        Console.WriteLine($"sentence model written to {sentenceOutput}");
        return 0;
    }

    private static void Report(string name, List<Row> rows, double[] p, double threshold)
    {
        int keptArticle = 0, article = 0, removedOther = 0, other = 0, keptJudged = 0, judged = 0;
        for (var k = 0; k < rows.Count; k++)
        {
            var kept = rows[k].Protected || p[k] >= threshold;
            if (rows[k].Article)
            {
                article++;
                keptArticle += kept ? 1 : 0;
                if (!rows[k].Protected)
                {
                    judged++;
                    keptJudged += kept ? 1 : 0;
                }
            }
            else
            {
                other++;
                removedOther += kept ? 0 : 1;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: threshold {threshold:F3}; article lines kept {keptArticle / (double)article:P1} ({keptJudged / (double)judged:P1} of those not protected as sentences); other lines removed {removedOther / (double)other:P1}"));
    }

    private static LineModel Train(List<Row> rows, double threshold, LineLexicon lexicon, bool edgesUnknown = false)
    {
        var d = LineModel.FeatureNames.Length;
        var mean = new double[d];
        var scale = new double[d];
        // Unknown values (NaN: a neighbour beyond the text's edge) are left out of the means and scales and
        // weigh as the mean, as LineModel.Probability weighs them.
        var known = new int[d];
        foreach (var r in rows)
        {
            for (var j = 0; j < d; j++)
            {
                if (!double.IsNaN(r.Features[j]))
                {
                    mean[j] += r.Features[j];
                    known[j]++;
                }
            }
        }

        for (var j = 0; j < d; j++)
        {
            mean[j] /= Math.Max(1, known[j]);
        }

        foreach (var r in rows)
        {
            for (var j = 0; j < d; j++)
            {
                if (!double.IsNaN(r.Features[j]))
                {
                    scale[j] += (r.Features[j] - mean[j]) * (r.Features[j] - mean[j]) / Math.Max(1, known[j]);
                }
            }
        }

        for (var j = 0; j < d; j++)
        {
            scale[j] = Math.Sqrt(scale[j]) is var s && s > 1e-9 ? s : 1;
        }

        // Classes weighted to an equal share, so the many menu lines do not drown the article's.
        var positives = rows.Count(r => r.Article);
        var wPos = rows.Count / (2.0 * Math.Max(1, positives));
        var wNeg = rows.Count / (2.0 * Math.Max(1, rows.Count - positives));
        var w = new double[d];
        var b = 0.0;
        var x = rows.Select(r => r.Features.Select((v, j) => double.IsNaN(v) ? 0 : (v - mean[j]) / scale[j]).ToArray()).ToArray();
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var gw = new double[d];
            var gb = 0.0;
            for (var k = 0; k < rows.Count; k++)
            {
                var z = b;
                for (var j = 0; j < d; j++)
                {
                    z += w[j] * x[k][j];
                }

                var y = rows[k].Article ? 1.0 : 0.0;
                var err = (1 / (1 + Math.Exp(-z)) - y) * (rows[k].Article ? wPos : wNeg);
                for (var j = 0; j < d; j++)
                {
                    gw[j] += err * x[k][j];
                }

                gb += err;
            }

            for (var j = 0; j < d; j++)
            {
                w[j] -= LearningRate * (gw[j] / rows.Count + L2 * w[j]);
            }

            b -= LearningRate * gb / rows.Count;
        }

        return new LineModel(w.Select(Round).ToArray(), Round(b), mean.Select(Round).ToArray(), scale.Select(Round).ToArray(), Round(threshold), lexicon) { EdgesUnknown = edgesUnknown };
    }

    private static double Round(double v) => Math.Round(v, 6);

    public static bool Label(string line, HashSet<string> bodyLines, HashSet<string> trigrams)
    {
        var words = Words(line);
        if (words.Count < 4)
        {
            return bodyLines.Contains(string.Join(' ', words));
        }

        var found = 0;
        for (var i = 0; i + 2 < words.Count; i++)
        {
            found += trigrams.Contains($"{words[i]} {words[i + 1]} {words[i + 2]}") ? 1 : 0;
        }

        return found * 2 >= words.Count - 2;
    }

    private static List<string> Words(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    public static Dictionary<string, (string Body, HashSet<string> Lines, HashSet<string> Trigrams)> Truth(string path)
    {
        var result = new Dictionary<string, (string, HashSet<string>, HashSet<string>)>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var entry in doc.RootElement.EnumerateObject())
        {
            if (!entry.Value.TryGetProperty("articleBody", out var bodyValue) || bodyValue.GetString() is not { } body)
            {
                continue;
            }

            var lines = body.Split('\n').Select(l => string.Join(' ', Words(l))).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
            var words = Words(body);
            var trigrams = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + 2 < words.Count; i++)
            {
                trigrams.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
            }

            result[entry.Name] = (body, lines, trigrams);
        }

        return result;
    }

    private sealed record Row(int Fold, double[] Features, double[] SentenceFeatures, bool Article, bool Protected);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
