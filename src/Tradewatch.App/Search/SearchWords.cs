using System.Text;
using Tradewatch.News.Text;

namespace Tradewatch.App.Search;

/// <summary>
/// The words of a search, read as report text is (<see cref="TextNormal.Words"/>: case folded,
/// "U.S." as "us", "8505.11" one word, a hyphen parting words, so "e-bikes" is "e bikes"), each
/// taken to its stem and its synonyms' stems (<see cref="SearchLexicon"/>), English stop words left out.
/// A text matches when every word of the search is found in it: its stem starts a stem of the text
/// ("tariffs" finds "tariff", "electr" finds "electrical", "e" finds "electric"), or a synonym's stem
/// is one ("bikes" finds "bicycles"). A search of no words matches everything. Accents are folded on
/// both sides, so "Sao Paulo" finds "São Paulo" and "Zürich" finds "Zurich".
/// </summary>
public sealed class SearchWords
{
    private readonly IReadOnlyList<(string Stem, IReadOnlyList<Synonym> Synonyms)> terms;

    private SearchWords(IReadOnlyList<(string Stem, IReadOnlyList<Synonym> Synonyms)> terms) => this.terms = terms;

    public bool IsEmpty => terms.Count == 0;

    /// <summary>The words of <paramref name="query"/>; stop words count only when it has nothing else ("the who").</summary>
    public static SearchWords Of(string? query, SearchLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var words = TextNormal.Words(Fold(query ?? string.Empty)).Distinct(StringComparer.Ordinal).ToList();
        var meaningful = words.Where(w => !SearchLexicon.IsStopWord(w)).ToList();
        return new(meaningful.Count > 0 || words.Count == 0 ? meaningful.Select(w => SearchLexicon.Stem(w)).Distinct(StringComparer.Ordinal)
            .Select(s => (s, lexicon.SynonymsOf(s))).ToList()
            : words.Select(w => (SearchLexicon.Stem(w), (IReadOnlyList<Synonym>)[])).ToList());
    }

    /// <summary>True when every word is found in one of the texts (null texts are skipped).</summary>
    public bool AllIn(params string?[] texts) => terms.Count == 0 || AllIn(SearchText.Of(texts));

    /// <summary>True when every word is found in <paramref name="text"/>.</summary>
    public bool AllIn(SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < terms.Count; i++)
        {
            if (!Finds(i, text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words the search has (stop words left out as <see cref="Of"/> says).</summary>
    public int Count => terms.Count;

    /// <summary>What a synonym of the word's one sense found in a text is worth against the word itself.</summary>
    public const double SynonymStrength = 0.8;

    /// <summary>
    /// How well the search's word number <paramref name="term"/> is found in <paramref name="text"/>, for
    /// ranking: 1 when its stem is a stem of the text; a synonym's stem, <see cref="SynonymStrength"/>
    /// times the share of the word's use that their common sense has (<see cref="Synonym.Share"/>: "bike"
    /// found as "bicycle" 0.69, as "motorcycle" 0.11), so a synonym always weighs less than the word
    /// itself and a rare sense little; the start of a stem, the share of that stem it covers ("electr" of
    /// "electr" 1, "e" of "electr" 1/6); 0 when it is not found.
    /// </summary>
    public double Strength(int term, SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (stem, synonyms) = terms[term];
        var started = text.StemStarting(stem);
        var best = started is null ? 0 : (double)stem.Length / started.Length;
        foreach (var synonym in synonyms)
        {
            if (text.Has(synonym.Stem))
            {
                best = Math.Max(best, SynonymStrength * synonym.Share);
            }
        }

        return best;
    }

    /// <summary>How well the whole search is found in <paramref name="text"/>: the sum of its words' <see cref="Strength"/>, for ranking texts alike in kind (HS descriptions).</summary>
    public double Score(SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double score = 0;
        for (var term = 0; term < terms.Count; term++)
        {
            score += Strength(term, text);
        }

        return score;
    }

    /// <summary>
    /// Whether the search's words stand side by side in <paramref name="text"/>, in the search's order (stop words
    /// aside): "permanent magnets" in "electromagnets; permanent magnets and articles", not in "magnets, permanent or
    /// not". Each word is found as <see cref="Finds"/> finds it. A search of one word is a phrase wherever it is found.
    /// </summary>
    public bool PhraseIn(SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sequence = text.Sequence;
        for (var start = 0; start + terms.Count <= sequence.Count; start++)
        {
            var all = true;
            for (var term = 0; term < terms.Count && all; term++)
            {
                all = FindsStem(term, sequence[start + term]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private bool FindsStem(int term, string stem)
    {
        var (own, synonyms) = terms[term];
        return stem.StartsWith(own, StringComparison.Ordinal) || synonyms.Any(s => s.Stem == stem);
    }

    /// <summary>Whether the search's word number <paramref name="term"/> is found in <paramref name="text"/>: its stem starts a stem of the text, or a synonym's stem is one.</summary>
    public bool Finds(int term, SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (stem, synonyms) = terms[term];
        return text.HasPrefix(stem) || synonyms.Any(s => text.Has(s.Stem));
    }

    /// <summary>
    /// The text with accents taken off its letters (é as e, ü as u) and the letters that do not decompose
    /// spelled in plain Latin (ß as ss, ø as o, ł as l); text without such letters is returned as it is.
    /// The product runs with invariant globalization, whose Unicode normalization leaves accented letters
    /// whole, so the Latin-1 and Latin Extended-A letters are mapped here (<see cref="Accented"/>).
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0)
            {
                folded.Append(Plain[at]);
                continue;
            }

            folded.Append(c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'Æ' => "AE",
                'œ' => "oe",
                'Œ' => "OE",
                'ø' => "o",
                'Ø' => "O",
                'ł' => "l",
                'Ł' => "L",
                'đ' or 'ð' => "d",
                'Đ' or 'Ð' => "D",
                'þ' => "th",
                'Þ' => "Th",
                'ı' => "i",
                _ => c.ToString(),
            });
        }

        return folded.ToString();
    }

    /// <summary>The letters of U+00C0 to U+017F that are a Latin letter and accents (their canonical decomposition), and that letter in <see cref="Plain"/>.</summary>
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊ" +
        "ċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚś" +
        "ŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";

    private const string Plain =
        "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcC" +
        "cCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSs" +
        "SsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";
}
