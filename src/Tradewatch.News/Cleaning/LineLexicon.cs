using System.Text.RegularExpressions;
using P = Tradewatch.News.Cleaning.LinePatterns;

namespace Tradewatch.News.Cleaning;

/// <summary>
/// What each common word says about the line it stands in: the log ratio, learnt from labelled pages, of the
/// word's share of the words of article lines to its share of the words of the page's other lines. "subscribe", "newsletter",
/// "credit", "rights" lean to furniture; "said", "would", "because" to the article. Only words found in
/// the lines of many pages are kept, so the weights are the trade's conventions, not one site's wording.
/// Learnt by <c>tools/train-line-model</c> with each line model, and shipped in its file.
/// </summary>
public sealed class LineLexicon
{
    /// <summary>A word is kept when lines of at least this many pages hold it.</summary>
    public const int MinPages = 8;

    /// <summary>Weights are clipped to this magnitude: no one word decides a line.</summary>
    public const double MaxWeight = 3;

    /// <summary>Smoothing added to each class's count of a word.</summary>
    private const double Smoothing = 1;

    private readonly Dictionary<string, double> weights;

    public LineLexicon(IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = new Dictionary<string, double>(weights, StringComparer.Ordinal);
    }

    public int Count => weights.Count;

    public double Weight(string word) => weights.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>
    /// The mean weight of the line's distinct known words and the lowest of them (the word that leans most to
    /// furniture); both 0 for a line with no known word.
    /// </summary>
    public (double Mean, double Min) Score(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double sum = 0, min = 0;
        var known = 0;
        foreach (Match m in P.Word().Matches(line))
        {
            var w = m.Value.ToLowerInvariant();
            if (!seen.Add(w) || !weights.TryGetValue(w, out var weight))
            {
                continue;
            }

            sum += weight;
            min = known == 0 ? weight : Math.Min(min, weight);
            known++;
        }

        return known == 0 ? (0, 0) : (sum / known, min);
    }

    /// <summary>
    /// Learns the weights from labelled lines: for each word held by lines of at least <see cref="MinPages"/>
    /// pages, the smoothed log ratio of its share of the words of article lines to its share of the words of
    /// other lines (a word counted once a line). Shares of words, not of lines: article lines are long and
    /// hold most words, which says nothing of a word.
    /// </summary>
    public static LineLexicon Learn(IEnumerable<(int Page, string Line, bool Article)> lines, int minPages = MinPages)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var article = new Dictionary<string, int>(StringComparer.Ordinal);
        var other = new Dictionary<string, int>(StringComparer.Ordinal);
        var pages = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        long articleWords = 0, otherWords = 0;
        foreach (var (page, line, isArticle) in lines)
        {
            var counts = isArticle ? article : other;
            foreach (var w in P.Word().Matches(line).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
                if (isArticle)
                {
                    articleWords++;
                }
                else
                {
                    otherWords++;
                }

                if (!pages.TryGetValue(w, out var set))
                {
                    pages[w] = set = [];
                }

                set.Add(page);
            }
        }

        var result = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (w, set) in pages)
        {
            if (set.Count < minPages)
            {
                continue;
            }

            var a = (article.GetValueOrDefault(w) + Smoothing) / (articleWords + Smoothing);
            var o = (other.GetValueOrDefault(w) + Smoothing) / (otherWords + Smoothing);
            result[w] = Math.Round(Math.Clamp(Math.Log(a / o), -MaxWeight, MaxWeight), 3);
        }

        return new LineLexicon(result);
    }

    /// <summary>The weights, by word in order, as a model file keeps them.</summary>
    public SortedDictionary<string, double> Weights => new(weights, StringComparer.Ordinal);
}
