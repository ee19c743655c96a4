using System.Text.RegularExpressions;

namespace Tradewatch.News.Text;

/// <summary>Sentences of a cleaned text, each as the set of its content words, for aligning two reports.</summary>
public static partial class Sentences
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with", "from", "as", "is", "are", "was", "were",
        "be", "been", "that", "this", "it", "its", "he", "she", "they", "their", "his", "her", "said", "says", "will", "would",
        "has", "have", "had", "not", "but", "which", "who", "after", "over", "into", "than", "more", "also", "about", "we", "our",
        "there", "these", "those", "can", "could", "may", "might", "s", "t", "mr", "ms", "mrs", "us", "so", "if", "up", "out",
    };

    public static bool IsStopWord(string word) => Stop.Contains(word);

    /// <summary>Sentences of at least <paramref name="minWords"/> words, each as its set of content words, with its word count.</summary>
    public static List<(HashSet<string> Words, int Length)> ContentSets(string text, int minWords = 5)
    {
        var result = new List<(HashSet<string>, int)>();
        foreach (var sentence in Split(text))
        {
            var words = TextNormal.Words(sentence);
            if (words.Count < minWords)
            {
                continue;
            }

            result.Add((words.Where(w => !Stop.Contains(w)).ToHashSet(StringComparer.Ordinal), words.Count));
        }

        return result;
    }

    public static IEnumerable<string> Split(string text)
    {
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var start = 0;
            foreach (Match m in Break().Matches(paragraph))
            {
                var end = m.Index + m.Length;
                yield return paragraph[start..end].Trim();
                start = end;
            }

            if (start < paragraph.Length)
            {
                yield return paragraph[start..].Trim();
            }
        }
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    // A full stop after an initial or "U.S." followed by a capital is ambiguous; rare enough for alignment.
    // An abbreviated month ("Feb. 3", "Aug. 12") ends no sentence.
    [GeneratedRegex("""(?<=[.!?]['"’”)\]]*)(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+(?=['"‘“(]?[A-Z0-9])""")]
    private static partial Regex Break();
}
