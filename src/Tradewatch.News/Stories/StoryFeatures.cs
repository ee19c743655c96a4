using Tradewatch.News.Text;

namespace Tradewatch.News.Stories;

/// <summary>What story grouping looks at in a report: its content words (log-scaled counts), the economies it names, its date.</summary>
public sealed record StoryFeatures(IReadOnlyDictionary<string, double> Terms, IReadOnlyDictionary<string, int> Economies, DateOnly? Date)
{
    public static StoryFeatures Of(string headline, string text, DateOnly? date)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in TextNormal.Words(headline + "\n" + text))
        {
            if (word.Length < 3 || Sentences.IsStopWord(word) || char.IsDigit(word[0]))
            {
                continue;
            }

            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var terms = counts.ToDictionary(c => c.Key, c => 1 + Math.Log(c.Value), StringComparer.Ordinal);
        return new StoryFeatures(terms, Stories.Economies.Count(headline + "\n" + text), date);
    }
}

/// <summary>Document frequencies of terms over the reports seen so far, for IDF weights.</summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> frequency = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public IReadOnlyDictionary<string, int> Frequencies => frequency;

    public void Add(IEnumerable<string> terms)
    {
        Documents++;
        foreach (var t in terms)
        {
            frequency[t] = frequency.GetValueOrDefault(t) + 1;
        }
    }

    /// <summary>Takes back a report counted ahead that was not added after all (another writer stored it first).</summary>
    public void Remove(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Documents--;
        foreach (var t in terms)
        {
            if (frequency.GetValueOrDefault(t) is > 1 and var n)
            {
                frequency[t] = n - 1;
            }
            else
            {
                frequency.Remove(t);
            }
        }
    }

    /// <summary>Restores counts kept elsewhere (the store).</summary>
    public void Load(int documents, IEnumerable<KeyValuePair<string, int>> frequencies)
    {
        Documents = documents;
        frequency.Clear();
        foreach (var (t, n) in frequencies)
        {
            frequency[t] = n;
        }
    }

    public double Idf(string term) => Math.Log(1 + ((double)Math.Max(Documents, 1) / Math.Max(frequency.GetValueOrDefault(term), 1)));
}
