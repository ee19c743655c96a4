using System.Text.Json;
using System.Text.RegularExpressions;
using Tradewatch.News.Text;
using P = Tradewatch.News.Cleaning.LinePatterns;

namespace Tradewatch.News.Cleaning;

/// <summary>
/// A learnt judge of the lines of a flat page: logistic regression over what a line looks like
/// (its length, punctuation, capitals, function words, widget and link words) and where it stands
/// (its place in the page, its neighbours). Trained by <c>tools/train-line-model</c> on the lines of
/// the 181 pages of the article-extraction benchmark (MIT licence, see data/boilerplate/README.md),
/// a line labelled article when the page's true body holds it. The model file ships in
/// data/boilerplate/line-model.json and is embedded here.
/// </summary>
public sealed partial class LineModel
{
    public static readonly string[] FeatureNames =
    [
        "log_chars", "log_words", "ends_sentence", "ends_colon", "punct_ratio", "digit_ratio", "upper_initial_ratio",
        "all_caps", "stop_ratio", "mean_word_length", "commas_per_word", "has_quote", "starts_lower", "separators",
        "widget_words", "promo", "teaser", "credit", "domain", "repeated", "prev_log_words",
        "next_log_words", "prev_ends_sentence", "next_ends_sentence", "window_log_words", "has_verb_said", "cohesion",
        "second_person", "first_plural", "imperative", "question", "exclamation", "has_date", "ends_ellipsis", "log_sentences",
        "quoted_share", "lexicon_mean", "lexicon_min",
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly double[] weights;
    private readonly double[] mean;
    private readonly double[] scale;
    private readonly double bias;

    public LineModel(double[] weights, double bias, double[] mean, double[] scale, double threshold, LineLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(scale);
        if (weights.Length != FeatureNames.Length || mean.Length != FeatureNames.Length || scale.Length != FeatureNames.Length)
        {
            throw new ArgumentException($"a line model has {FeatureNames.Length} weights, means and scales");
        }

        (this.weights, this.bias, this.mean, this.scale, Threshold, Lexicon) = (weights, bias, mean, scale, threshold, lexicon);
    }

    /// <summary>Lines the model never takes: a sentence of this many words or more is left to the rules.</summary>
    public const int ProtectedWords = 6;

    /// <summary>
    /// A line that reads as a sentence of <see cref="ProtectedWords"/> words or more: the pages the model
    /// learnt from are whole, the reports here are often excerpts, so where a line stands says less here
    /// and a sentence is kept unless a rule names it.
    /// </summary>
    public static bool Protects(string line) =>
        P.EndsLikeSentence().IsMatch(line) && P.Word().Count(line) >= ProtectedWords;

    /// <summary>The word weights the model reads lines with, learnt with it.</summary>
    public LineLexicon Lexicon { get; }

    /// <summary>Below this probability of being the article's, a line the rules kept is taken out.</summary>
    public double Threshold { get; }

    private static readonly Lazy<LineModel> ShippedModel = new(() => Load("line-model.json"));

    private static readonly Lazy<LineModel> ShippedSentenceModel = new(() => Load("sentence-model.json"));

    /// <summary>The model in data/boilerplate/line-model.json, read when first asked for: it judges fragments, labels and headings.</summary>
    public static LineModel Shipped => ShippedModel.Value;

    /// <summary>
    /// The model in data/boilerplate/sentence-model.json: the same features, learnt on the lines that read as
    /// sentences only (<see cref="Protects"/>), with a threshold that keeps nearly every article sentence.
    /// </summary>
    public static LineModel ShippedSentences => ShippedSentenceModel.Value;

    public double Probability(IReadOnlyList<string> lines, int i, Page? page = null) =>
        Probability(Features(lines, i, page, EdgesUnknown, Lexicon));

    /// <summary>
    /// Whether a line at the text's first or last place has its missing neighbours read as unknown (NaN,
    /// which weighs as the mean) rather than as empty: the sentence model's texts are often excerpts, cut
    /// before and after the article, where the edge is no page's top or bottom.
    /// </summary>
    public bool EdgesUnknown { get; init; }

    public double Probability(double[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = bias;
        for (var k = 0; k < weights.Length; k++)
        {
            if (!double.IsNaN(features[k]))
            {
                z += weights[k] * (features[k] - mean[k]) / scale[k];
            }
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// What the features need from the whole page: the lines it repeats (menus in header and footer)
    /// and, for each content word, how many lines hold it.
    /// </summary>
    public sealed class Page
    {
        private Page(HashSet<string> repeated, Dictionary<string, int> lineCounts) => (Repeated, LineCounts) = (repeated, lineCounts);

        public HashSet<string> Repeated { get; }

        public Dictionary<string, int> LineCounts { get; }

        public static Page Of(IReadOnlyList<string> lines)
        {
            ArgumentNullException.ThrowIfNull(lines);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var repeated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                if (!seen.Add(line))
                {
                    repeated.Add(line);
                }

                foreach (var w in ContentWords(line))
                {
                    counts[w] = counts.GetValueOrDefault(w) + 1;
                }
            }

            return new Page(repeated, counts);
        }
    }

    /// <summary>A line's distinct content words, lower-cased: three letters or more, not a function word.</summary>
    public static HashSet<string> ContentWords(string line)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match w in P.Word().Matches(line))
        {
            var lower = w.Value.ToLowerInvariant();
            if (lower.Length >= 3 && !Sentences.IsStopWord(lower))
            {
                set.Add(lower);
            }
        }

        return set;
    }

    /// <param name="lexicon">The word weights to read the line with (training passes ones learnt without the line's page); none, when null.</param>
    public static double[] Features(IReadOnlyList<string> lines, int i, Page? page = null, bool edgesUnknown = false, LineLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        page ??= Page.Of(lines);
        var (lexiconMean, lexiconMin) = lexicon?.Score(lines[i]) ?? (0, 0);
        var line = lines[i];
        var words = P.Word().Matches(line);
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int letters = 0, digits = 0, punct = 0;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsPunctuation(c) || char.IsSymbol(c))
            {
                punct++;
            }
        }

        int upper = 0, stop = 0, wordChars = 0;
        foreach (Match w in words)
        {
            if (char.IsUpper(w.Value[0]))
            {
                upper++;
            }

            if (Sentences.IsStopWord(w.Value.ToLowerInvariant()))
            {
                stop++;
            }

            wordChars += w.Length;
        }

        var n = Math.Max(1, words.Count);
        var chars = Math.Max(1, line.Length);
        double Log(int x) => Math.Log(1 + x);
        bool Inside(int j) => j >= 0 && j < lines.Count;
        int WordsAt(int j) => Inside(j) ? P.Word().Count(lines[j]) : 0;
        double Neighbour(int j, double value) => edgesUnknown && !Inside(j) ? double.NaN : value;
        double EndsAt(int j) => Neighbour(j, Inside(j) && P.EndsLikeSentence().IsMatch(lines[j]) ? 1 : 0);
        // Cohesion: the share of the line's content words that other lines of the page use too; a
        // teaser for another story or a menu shares few words with the article around it.
        var own = ContentWords(line);
        var unquoted = Unquoted(line);
        var shared = own.Count(w => page.LineCounts.GetValueOrDefault(w) > 1);
        var window = 0;
        var around = 0;
        for (var j = i - 2; j <= i + 2; j++)
        {
            window += j == i ? 0 : WordsAt(j);
            around += j != i && Inside(j) ? 1 : 0;
        }

        return
        [
            Log(line.Length),
            Log(words.Count),
            P.EndsLikeSentence().IsMatch(line) ? 1 : 0,
            line.EndsWith(':') ? 1 : 0,
            punct / (double)chars,
            digits / (double)chars,
            upper / (double)n,
            letters > 3 && !line.Any(char.IsLower) ? 1 : 0,
            stop / (double)n,
            wordChars / (double)n,
            line.Count(c => c == ',') / (double)n,
            line.IndexOfAny(['"', '“', '”']) >= 0 ? 1 : 0,
            line.Length > 0 && char.IsLower(line[0]) ? 1 : 0,
            Separators().Count(line) / (double)Math.Max(1, tokens.Length),
            P.WidgetLabel().IsMatch(line) || Widget().IsMatch(line) ? 1 : 0,
            P.Promo().IsMatch(line) ? 1 : 0,
            P.Teaser().IsMatch(line) ? 1 : 0,
            P.Credit().IsMatch(line) || P.PhotoCredit().IsMatch(line) || P.Byline().IsMatch(line) ? 1 : 0,
            P.Domain().IsMatch(line) || P.Email().IsMatch(line) ? 1 : 0,
            page.Repeated.Contains(line) ? 1 : 0,
            Neighbour(i - 1, Log(WordsAt(i - 1))),
            Neighbour(i + 1, Log(WordsAt(i + 1))),
            EndsAt(i - 1),
            EndsAt(i + 1),
            !edgesUnknown || around == 4 ? Log(window) : around == 0 ? double.NaN : Log((int)Math.Round(window * 4.0 / around)),
            P.ReportingVerb().IsMatch(line) ? 1 : 0,
            own.Count > 0 ? shared / (double)own.Count : 0,
            SecondPerson().IsMatch(unquoted) ? 1 : 0,
            FirstPlural().IsMatch(unquoted) ? 1 : 0,
            Imperative().IsMatch(line) ? 1 : 0,
            line.TrimEnd(Closers).EndsWith('?') ? 1 : 0,
            line.TrimEnd(Closers).EndsWith('!') ? 1 : 0,
            DateText.Find(line).Count > 0 ? 1 : 0,
            P.EndsWithEllipsis().IsMatch(line) ? 1 : 0,
            Log(P.SentenceBreak().Count(line) + 1),
            1 - (unquoted.Length / (double)chars),
            lexiconMean,
            lexiconMin,
        ];
    }

    private static readonly char[] Closers = ['"', '\'', '’', '”', ')', ']', ' '];

    /// <summary>The line without what stands inside quotation marks: who the page addresses, not whom a speaker does.</summary>
    private static string Unquoted(string line) => Quoted().Replace(line, " ");

    public string ToJson(string trainedOn) => JsonSerializer.Serialize(
        new ModelFile(trainedOn, FeatureNames, weights, bias, mean, scale, Threshold, EdgesUnknown, Lexicon.Weights), Indented);

    public static LineModel FromJson(string json)
    {
        var file = JsonSerializer.Deserialize<ModelFile>(json) ?? throw new InvalidDataException("the line model file is empty");
        if (!file.Features.SequenceEqual(FeatureNames))
        {
            throw new InvalidDataException("the line model was trained on other features; run tools/train-line-model");
        }

        return new LineModel(file.Weights, file.Bias, file.Mean, file.Scale, file.Threshold, new LineLexicon(file.Lexicon ?? new Dictionary<string, double>()))
        {
            EdgesUnknown = file.EdgesUnknown,
        };
    }

    private static LineModel Load(string name)
    {
        using var stream = typeof(LineModel).Assembly.GetManifestResourceStream("Tradewatch.News.Cleaning." + name)
            ?? throw new InvalidOperationException("the line model is not embedded in Tradewatch.News");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private sealed record ModelFile(string TrainedOn, string[] Features, double[] Weights, double Bias, double[] Mean, double[] Scale, double Threshold, bool EdgesUnknown = false, IReadOnlyDictionary<string, double>? Lexicon = null);

    /// <summary>Marks between menu items and breadcrumbs: "Home › World | Business".</summary>
    [GeneratedRegex(@"(?:^|\s)[|›»>•·/](?=\s|$)")]
    private static partial Regex Separators();

    [GeneratedRegex("""“[^”]*”?|"[^"]*"?""")]
    private static partial Regex Quoted();

    /// <summary>The page speaking to its reader.</summary>
    [GeneratedRegex(@"\b(?:you|your|yours|yourself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPerson();

    /// <summary>The page speaking for itself (outside quotes, a report rarely says "we").</summary>
    [GeneratedRegex(@"\b(?:[Ww]e|[Oo]ur|us|[Ww]e're|[Ww]e've|[Ww]e'll)\b")]
    private static partial Regex FirstPlural();

    /// <summary>A line that opens with a verb of a call to action: the page asking its reader to do something.</summary>
    [GeneratedRegex(@"^\W{0,3}(?:get|sign|subscribe|click|tap|read|watch|listen|download|join|follow|share|support|donate|give|help|become|register|log|enter|visit|check|stay|keep|find|discover|learn|explore|try|see|view|browse|contact|email|send|tell|let|make|don't|do not|never|please|start|claim|save|shop|buy|order|book|upgrade|unlock|continue|go|back|return|skip|load|show|hide|open|close|print|comment|like|rate|vote|take|add|sign-up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Imperative();

    /// <summary>Words of buttons and page furniture.</summary>
    [GeneratedRegex(@"\b(?:share|tweet|email|print|comments?|menu|search|home|login|log in|sign in|register|subscribe|newsletter|facebook|twitter|linkedin|whatsapp|instagram|youtube|copyright|privacy|terms|cookies?|advertis\w*|click|download|app|gallery|video|watch|listen|podcast|more)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Widget();
}
