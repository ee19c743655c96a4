using System.Collections.Frozen;
using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Tartarus.Snowball.Ext;
using Tradewatch.Core;

namespace Tradewatch.App.Search;

/// <summary>A synonym's stem and the share of the searched word's use that their common sense has (0 to 1): "bike" is "bicycle" 0.86, "motorcycle" 0.14.</summary>
public readonly record struct Synonym(string Stem, double Share);

/// <summary>
/// What a word of a search may also be found as: its stem (Snowball's English stemmer, so "bicycles",
/// "bicycle" and "tariffs", "tariff" meet) and the stems of its synonyms, read from
/// <c>data/search/synonyms.tsv</c> (WordNet's nouns that share a common sense with a word of the
/// schedules' goods descriptions, made by <c>tools/gen-search-synonyms</c>: "bike" and "bicycle"), each
/// with the share of the word's use that the sense they share has, as counted in WordNet's sense-tagged
/// texts (<see cref="Synonym.Share"/>), so a rare sense of an ambiguous word weighs little.
/// English stop words ("on", "the") say nothing of what is sought.
/// </summary>
public sealed class SearchLexicon
{
    private readonly FrozenDictionary<string, Synonym[]> synonyms;

    private SearchLexicon(FrozenDictionary<string, Synonym[]> synonyms) => this.synonyms = synonyms;

    /// <summary>No synonyms: stems only.</summary>
    public static SearchLexicon Empty { get; } = new(FrozenDictionary<string, Synonym[]>.Empty);

    /// <summary>The path of the synonyms table under a data directory.</summary>
    public static string SynonymsPath(string dataDirectory) => Path.Combine(dataDirectory, "search", "synonyms.tsv");

    /// <summary>Reads the synonyms table under <paramref name="dataDirectory"/>; a missing or malformed table is bad data.</summary>
    public static SearchLexicon Load(string dataDirectory)
    {
        var path = SynonymsPath(dataDirectory);
        if (!File.Exists(path))
        {
            throw new BadDataException($"The search synonyms table {path} is missing (tools/gen-search-synonyms makes it).");
        }

        var byStem = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
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
                throw new BadDataException($"{path}:{number}: expected a word, a tab and its synonyms (synonym:share).");
            }

            var stem = Stem(line[..tab]);
            if (!byStem.TryGetValue(stem, out var set))
            {
                byStem[stem] = set = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            foreach (var entry in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = entry.LastIndexOf(':');
                if (colon <= 0 || !double.TryParse(entry.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || share is <= 0 or > 1)
                {
                    throw new BadDataException($"{path}:{number}: '{entry}' is not a synonym with its share (synonym:share, a share above 0 and at most 1).");
                }

                // two words of one stem ("bike", "bikes") keep the larger share of a synonym
                if (Stem(entry[..colon]) is var s && s != stem)
                {
                    set[s] = Math.Max(share, set.GetValueOrDefault(s));
                }
            }
        }

        return new SearchLexicon(byStem.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Synonym(p.Key, p.Value)).ToArray(),
            StringComparer.Ordinal));
    }

    /// <summary>The synonyms of a word whose stem is <paramref name="stem"/>, by stem; none when it has none.</summary>
    public IReadOnlyList<Synonym> SynonymsOf(string stem) => synonyms.TryGetValue(stem, out var found) ? found : [];

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
