using System.Collections.Frozen;
using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Tartarus.Snowball.Ext;
using Tradewatch.Core;

namespace Tradewatch.App.Search;

/// <summary>A synonym's stem and the share of the searched word's use that their common sense has (0 to 1): "bike" is "bicycle" 0.86, "motorcycle" 0.14.</summary>
public readonly record struct Synonym(string Stem, double Share);

/// <summary>The schedule's wording for an everyday name of goods, as stems in order ("portabl automat data process machin" for "laptop"), and the share of the name's use that sense has.</summary>
public sealed record Wording(IReadOnlyList<string> Stems, double Share);

/// <summary>
/// What a word of a search may also be found as: its stem (Snowball's English stemmer, so "bicycles",
/// "bicycle" and "tariffs", "tariff" meet) and the stems of its synonyms, read from
/// <c>data/search/synonyms.tsv</c> (WordNet's nouns that share a common sense with a word of the
/// schedules' goods descriptions, made by <c>tools/gen-search-synonyms</c>: "bike" and "bicycle"), each
/// with the share of the word's use that the sense they share has, as counted in WordNet's sense-tagged
/// texts (<see cref="Synonym.Share"/>), so a rare sense of an ambiguous word weighs little.
/// Everyday names of goods that the schedules word otherwise ("laptop", "solar cells") are read from
/// <c>data/search/common-names.tsv</c> (made by <c>tools/gen-search-common-names</c> from WordNet and the
/// tariff's terms of art), each with the schedule's wordings for it (<see cref="WordingsOf"/>). The kinds of goods a word of
/// the goods descriptions names ("desk": table, furniture) are read from <c>data/search/kinds.tsv</c>, made by the same tool
/// from WordNet's hypernyms (<see cref="KindsOf"/>).
/// English stop words ("on", "the") say nothing of what is sought.
/// </summary>
public sealed class SearchLexicon
{
    private readonly FrozenDictionary<string, Synonym[]> synonyms;
    private readonly FrozenDictionary<string, Wording[]> wordings;
    private readonly FrozenDictionary<string, Wording[]> kinds;

    private SearchLexicon(FrozenDictionary<string, Synonym[]> synonyms, FrozenDictionary<string, Wording[]> wordings, int longestName, FrozenDictionary<string, Wording[]> kinds)
    {
        this.synonyms = synonyms;
        this.wordings = wordings;
        this.kinds = kinds;
        LongestName = longestName;
    }

    /// <summary>No synonyms, no common names and no kinds: stems only.</summary>
    public static SearchLexicon Empty { get; } = new(FrozenDictionary<string, Synonym[]>.Empty, FrozenDictionary<string, Wording[]>.Empty, 0, FrozenDictionary<string, Wording[]>.Empty);

    /// <summary>The most words a common name has.</summary>
    public int LongestName { get; }

    /// <summary>The path of the synonyms table under a data directory.</summary>
    public static string SynonymsPath(string dataDirectory) => Path.Combine(dataDirectory, "search", "synonyms.tsv");

    /// <summary>The path of the common names table under a data directory.</summary>
    public static string CommonNamesPath(string dataDirectory) => Path.Combine(dataDirectory, "search", "common-names.tsv");

    /// <summary>The path of the kinds table under a data directory.</summary>
    public static string KindsPath(string dataDirectory) => Path.Combine(dataDirectory, "search", "kinds.tsv");

    /// <summary>Reads the synonyms and common names tables under <paramref name="dataDirectory"/>; a missing or malformed table is bad data.</summary>
    public static SearchLexicon Load(string dataDirectory)
    {
        var (names, longest) = LoadWordings(CommonNamesPath(dataDirectory), "common names", "name", "wording");
        var (kindsOf, _) = LoadWordings(KindsPath(dataDirectory), "kinds", "word", "kind");
        var byStem = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (word, synonym, share) in Entries(SynonymsPath(dataDirectory), "synonyms", "tools/gen-search-synonyms", "word", "synonym", " "))
        {
            var stem = Stem(word);
            if (!byStem.TryGetValue(stem, out var set))
            {
                byStem[stem] = set = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            // two words of one stem ("bike", "bikes") keep the larger share of a synonym
            if (Stem(synonym) is var s && s != stem)
            {
                set[s] = Math.Max(share, set.GetValueOrDefault(s));
            }
        }

        return new SearchLexicon(
            byStem.ToFrozenDictionary(
                kv => kv.Key,
                kv => kv.Value.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Synonym(p.Key, p.Value)).ToArray(),
                StringComparer.Ordinal),
            names,
            longest,
            kindsOf);
    }

    /// <summary>A table of names, each with other wordings and their shares (common names and their schedule wordings, words and their kinds), by the stems of the name.</summary>
    private static (FrozenDictionary<string, Wording[]> Names, int Longest) LoadWordings(string path, string table, string keyName, string entry)
    {
        var names = new Dictionary<string, Dictionary<string, Wording>>(StringComparer.Ordinal);
        var longest = 0;
        foreach (var (text, wordingText, share) in Entries(path, table, "tools/gen-search-common-names", keyName, entry, " | "))
        {
            var name = StemsOf(text);
            longest = Math.Max(longest, name.Length);
            var key = string.Join(' ', name);
            if (!names.TryGetValue(key, out var set))
            {
                names[key] = set = new Dictionary<string, Wording>(StringComparer.Ordinal);
            }

            var stems = StemsOf(wordingText);
            var wording = string.Join(' ', stems);
            if (stems.Length > 0 && (!set.TryGetValue(wording, out var had) || had.Share < share))
            {
                set[wording] = new Wording(stems, share);
            }
        }

        return (names.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Values.OrderBy(w => string.Join(' ', w.Stems), StringComparer.Ordinal).ToArray(), StringComparer.Ordinal), longest);
    }

    /// <summary>
    /// The entries of a search table made by <paramref name="tool"/>: each row a key, a tab and entries
    /// "text:share" split by <paramref name="separator"/>, a share above 0 and at most 1; '#' starts a
    /// comment line. A missing table or a malformed row is bad data, named by its line.
    /// </summary>
    private static IEnumerable<(string Key, string Text, double Share)> Entries(string path, string table, string tool, string key, string entry, string separator)
    {
        if (!File.Exists(path))
        {
            throw new BadDataException($"The search {table} table {path} is missing ({tool} makes it).");
        }

        return Rows();

        IEnumerable<(string, string, double)> Rows()
        {
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0)
                {
                    throw new BadDataException($"{path}:{number}: expected a {key}, a tab and its {entry}s ({entry}:share, separated by '{separator}').");
                }

                foreach (var item in line[(tab + 1)..].Split(separator, StringSplitOptions.RemoveEmptyEntries))
                {
                    var colon = item.LastIndexOf(':');
                    if (colon <= 0 || !double.TryParse(item.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || share is <= 0 or > 1)
                    {
                        throw new BadDataException($"{path}:{number}: '{item}' is not a {entry} with its share ({entry}:share, a share above 0 and at most 1).");
                    }

                    yield return (line[..tab], item[..colon], share);
                }
            }
        }
    }

    private static string[] StemsOf(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !IsStopWord(w)).Select(Stem)];

    /// <summary>The synonyms of a word whose stem is <paramref name="stem"/>, by stem; none when it has none.</summary>
    public IReadOnlyList<Synonym> SynonymsOf(string stem) => synonyms.TryGetValue(stem, out var found) ? found : [];

    /// <summary>The schedule's wordings for the common name whose words' stems are <paramref name="stems"/>, in order; none when it is no common name.</summary>
    public IReadOnlyList<Wording> WordingsOf(IEnumerable<string> stems) =>
        wordings.TryGetValue(string.Join(' ', stems), out var found) ? found : [];

    /// <summary>
    /// The kinds of goods that a word whose stem is <paramref name="stem"/> names in its commonest senses (the senses' longer names and
    /// WordNet's hypernyms of them), as stems in order, each with the share of the word's use that sense has times a fall for each level
    /// up the hypernyms ("camera": "photograph camera" 0.76; "desk": "tabl" 0.7, "furnitur" 0.49);
    /// none when it names no goods or no kind of them is worded in the schedules.
    /// </summary>
    public IReadOnlyList<Wording> KindsOf(string stem) => kinds.TryGetValue(stem, out var found) ? found : [];

    /// <summary>
    /// A word's plain singular ("batteries" battery, "boxes" box, "magnets" magnet; "glass", "bus" and "magnetic" as they are),
    /// for telling a word's own forms from other words of its stem ("magnetic" is stemmed as "magnets" is).
    /// tools/gen-search-common-names compares names with descriptions by the same rule.
    /// </summary>
    public static string Singular(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("zes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        return word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) ? word[..^1] : word;
    }

    /// <summary>Whether a (lower-case) word is an English stop word.</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>
    /// The stem of a lower-case word; a word with a digit in it ("8505.11", "232") is kept whole, a code
    /// or a number being no inflected word.
    /// </summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || word.Any(char.IsDigit))
        {
            return word;
        }

        // the stemmer keeps state between calls, so each thread has its own
        var stemmer = stemmerOfThread ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    [ThreadStatic]
    private static EnglishStemmer? stemmerOfThread;

    private static readonly FrozenSet<string> StopWords =
        StopAnalyzer.ENGLISH_STOP_WORDS_SET.Select(w => w.ToString()!).ToFrozenSet(StringComparer.Ordinal);
}
