using System.Collections.Frozen;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Tartarus.Snowball.Ext;
using Tradewatch.Core;

namespace Tradewatch.App.Search;

/// <summary>
/// What a word of a search may also be found as: its stem (Snowball's English stemmer, so "bicycles",
/// "bicycle" and "tariffs", "tariff" meet) and the stems of its synonyms, read from
/// <c>data/search/synonyms.tsv</c> (WordNet's nouns that share a common sense with a word of the
/// schedules' goods descriptions, made by <c>tools/gen-search-synonyms</c>: "bike" and "bicycle").
/// English stop words ("on", "the") say nothing of what is sought.
/// </summary>
public sealed class SearchLexicon
{
    private readonly FrozenDictionary<string, string[]> synonyms;

    private SearchLexicon(FrozenDictionary<string, string[]> synonyms) => this.synonyms = synonyms;

    /// <summary>No synonyms: stems only.</summary>
    public static SearchLexicon Empty { get; } = new(FrozenDictionary<string, string[]>.Empty);

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

        var byStem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
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
                throw new BadDataException($"{path}:{number}: expected a word, a tab and its synonyms.");
            }

            var stem = Stem(line[..tab]);
            if (!byStem.TryGetValue(stem, out var set))
            {
                byStem[stem] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var other in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Stem(other) is var s && s != stem)
                {
                    set.Add(s);
                }
            }
        }

        return new SearchLexicon(byStem.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The stems of the synonyms of a word whose stem is <paramref name="stem"/>; none when it has none.</summary>
    public IReadOnlyList<string> SynonymsOf(string stem) => synonyms.TryGetValue(stem, out var found) ? found : [];

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
