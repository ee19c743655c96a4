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
/// <para>
/// A common name of goods in the search ("laptop", "solar cells") may also be read as the schedule words it
/// (<see cref="SearchLexicon.WordingsOf"/>): each such reading is another search (<see cref="Readings"/>) worth
/// <see cref="Weight"/>, and a text matches the search when it matches one of its readings.
/// </para>
/// </summary>
public sealed class SearchWords
{
    /// <param name="Form">The word's plain singular (<see cref="SearchLexicon.Singular"/>); null for a word of a schedule's wording, which has only its stem.</param>
    private sealed record Term(string Stem, string? Form, IReadOnlyList<Synonym> Synonyms);

    private readonly IReadOnlyList<Term> terms;
    private readonly IReadOnlyList<SearchWords> alternatives;

    /// <summary>The kinds of goods the search's last word names (<see cref="SearchLexicon.KindsOf"/>), kept by every reading of it.</summary>
    private readonly IReadOnlyList<Wording> kinds;

    private SearchWords(IReadOnlyList<Term> terms, IReadOnlyList<SearchWords> alternatives, double weight, IReadOnlyList<Wording> kinds)
    {
        this.terms = terms;
        this.alternatives = alternatives;
        this.kinds = kinds;
        Weight = weight;
    }

    public bool IsEmpty => terms.Count == 0;

    /// <summary>What a match of this reading is worth against one of the search as written: 1 for that, <see cref="SynonymStrength"/> times the wording's share for a common name read as the schedule words it.</summary>
    public double Weight { get; }

    /// <summary>
    /// The search as written (without its other readings), then each reading with one common name of it replaced
    /// by a schedule's wording ("laptop" as "portable automatic data processing machine"); none has readings of its own.
    /// </summary>
    public IReadOnlyList<SearchWords> Readings => [alternatives.Count == 0 ? this : new SearchWords(terms, [], Weight, kinds), .. alternatives];

    /// <summary>
    /// How surely <paramref name="names"/> (a description's, <see cref="DescriptionHeads"/>) name a kind of the goods the search's last word
    /// names: the largest share (<see cref="SearchLexicon.KindsOf"/>) of a kind whose last word is a head and all of whose words are in a
    /// name ("holsters and similar containers" for "wallet", a container: 0.49); 0 when they name none.
    /// </summary>
    public double KindShare(DescriptionNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        double share = 0;
        foreach (var kind in kinds)
        {
            if (kind.Share > share && names.Heads.Contains(kind.Stems[^1]) && kind.Stems.All(names.Named.Contains))
            {
                share = kind.Share;
            }
        }

        return share;
    }

    /// <summary>The words of a search as <see cref="Of"/> reads them (folded, lower case, each once), stop words left out unless it has nothing else.</summary>
    public static IReadOnlyList<string> WordsOf(string? query)
    {
        var words = TextNormal.Words(Fold(query ?? string.Empty)).Distinct(StringComparer.Ordinal).ToList();
        var meaningful = words.Where(w => !SearchLexicon.IsStopWord(w)).ToList();
        return meaningful.Count == 0 ? words : meaningful;
    }

    /// <summary>The words of <paramref name="query"/>; stop words count only when it has nothing else ("the who").</summary>
    public static SearchWords Of(string? query, SearchLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var words = WordsOf(query);
        if (words.All(SearchLexicon.IsStopWord))
        {
            return new([.. words.Select(w => new Term(SearchLexicon.Stem(w), SearchLexicon.Singular(w), []))], [], 1, []);
        }

        var terms = words.Select(w => (Word: w, Stem: SearchLexicon.Stem(w))).DistinctBy(t => t.Stem, StringComparer.Ordinal)
            .Select(t => new Term(t.Stem, SearchLexicon.Singular(t.Word), lexicon.SynonymsOf(t.Stem))).ToList();
        var kinds = terms.Count == 0 ? [] : lexicon.KindsOf(terms[^1].Stem);
        var alternatives = new List<SearchWords>();
        for (var start = 0; start < terms.Count; start++)
        {
            for (var length = Math.Min(lexicon.LongestName, terms.Count - start); length >= 1; length--)
            {
                foreach (var wording in lexicon.WordingsOf(terms.Skip(start).Take(length).Select(t => t.Stem)))
                {
                    List<Term> reading = [.. terms.Take(start), .. wording.Stems.Select(s => new Term(s, null, [])), .. terms.Skip(start + length)];
                    var replacesLast = start + length == terms.Count;
                    alternatives.Add(new SearchWords([.. reading.DistinctBy(t => t.Stem, StringComparer.Ordinal)], [], SynonymStrength * wording.Share, replacesLast ? [] : kinds));
                }
            }
        }

        return new(terms, alternatives, 1, kinds);
    }

    /// <summary>True when every word is found in one of the texts (null texts are skipped).</summary>
    public bool AllIn(params string?[] texts) => terms.Count == 0 || AllIn(SearchText.Of(texts));

    /// <summary>True when every word of the search, or of one of its <see cref="Readings"/>, is found in <paramref name="text"/>.</summary>
    public bool AllIn(SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AllOwnIn(text) || alternatives.Any(a => a.AllOwnIn(text));
    }

    private bool AllOwnIn(SearchText text)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (!Finds(i, text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words the search has (stop words left out as <see cref="Of"/> says), its other readings aside.</summary>
    public int Count => terms.Count;

    /// <summary>What a synonym of the word's one sense found in a text is worth against the word itself.</summary>
    public const double SynonymStrength = 0.8;

    /// <summary>What a word of the search's stem but not its form ("magnetic" for "magnets") found in a text is worth against the word itself.</summary>
    public const double OtherFormStrength = 0.5;

    /// <summary>
    /// How well the search's word number <paramref name="term"/> is found in <paramref name="text"/>, for
    /// ranking: 1 when its stem is a stem of the text as a form of the word itself ("magnet" or "magnets"),
    /// <see cref="OtherFormStrength"/> when only another word of its stem is ("magnetic"); a synonym's stem,
    /// <see cref="SynonymStrength"/> times the share of the word's use that their common sense has
    /// (<see cref="Synonym.Share"/>: "bike" found as "bicycle" 0.69, as "motorcycle" 0.11), so a synonym always
    /// weighs less than the word itself and a rare sense little; the start of a stem, the share of that stem it
    /// covers ("electr" of "electr" 1, "e" of "electr" 1/6); 0 when it is not found.
    /// </summary>
    public double Strength(int term, SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (stem, form, synonyms) = terms[term];
        var started = text.StemStarting(stem);
        var best = started is null ? 0
            : started != stem ? (double)stem.Length / started.Length
            : form is null || text.HasForm(form) ? 1 : OtherFormStrength;
        foreach (var synonym in synonyms)
        {
            if (text.Has(synonym.Stem))
            {
                best = Math.Max(best, SynonymStrength * synonym.Share);
            }
        }

        return best;
    }

    /// <summary>
    /// How well the whole search is found in <paramref name="text"/>: the sum of its words' <see cref="Strength"/>, for ranking
    /// texts alike in kind (HS descriptions); for a search with other readings, the best of theirs times their <see cref="Weight"/>.
    /// </summary>
    public double Score(SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var best = OwnScore(text);
        foreach (var alternative in alternatives)
        {
            if (alternative.AllOwnIn(text))
            {
                best = Math.Max(best, alternative.Weight * alternative.OwnScore(text));
            }
        }

        return best;
    }

    private double OwnScore(SearchText text)
    {
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
    /// A search with other readings is a phrase in the text when one of them is.
    /// </summary>
    public bool PhraseIn(SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OwnPhraseIn(text) || alternatives.Any(a => a.OwnPhraseIn(text));
    }

    private bool OwnPhraseIn(SearchText text)
    {
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

    /// <summary>Whether the search's last word (the head of a name of goods: "magnets" of "permanent magnets") is found as one of <paramref name="heads"/> (stems), itself or a synonym; also asked of a description's named words.</summary>
    public bool HeadIn(IReadOnlySet<string> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        return terms.Count > 0 && (heads.Contains(terms[^1].Stem) || terms[^1].Synonyms.Any(s => heads.Contains(s.Stem)));
    }

    /// <summary>
    /// Whether the search's last word is a head noun of <paramref name="names"/> in one of its own forms (<see cref="SearchLexicon.Singular"/>),
    /// or a synonym is: "towels" heads "Handkerchiefs, ... towels", but not "Terry toweling", nor "paints" "Paintings", though each pair
    /// has one stem. A word of a schedule's wording (which has no form) is found by its stem.
    /// </summary>
    public bool HeadFormIn(DescriptionNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (terms.Count == 0)
        {
            return false;
        }

        var (stem, form, synonyms) = terms[^1];
        return (names.Heads.Contains(stem) && (form is null || names.HeadForms.Contains(form))) || synonyms.Any(s => names.Heads.Contains(s.Stem));
    }

    /// <summary>Whether every word of the search is found among <paramref name="named"/> (stems of a description's names of goods), itself or a synonym.</summary>
    public bool AllNamedIn(IReadOnlySet<string> named)
    {
        ArgumentNullException.ThrowIfNull(named);
        return terms.All(t => named.Contains(t.Stem) || t.Synonyms.Any(s => named.Contains(s.Stem)));
    }

    private bool FindsStem(int term, string stem)
    {
        var (own, _, synonyms) = terms[term];
        return stem.StartsWith(own, StringComparison.Ordinal) || synonyms.Any(s => s.Stem == stem);
    }

    /// <summary>Whether the search's word number <paramref name="term"/> is found in <paramref name="text"/>: its stem starts a stem of the text, or a synonym's stem is one.</summary>
    public bool Finds(int term, SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (stem, _, synonyms) = terms[term];
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
