using System.Collections.Frozen;

namespace Tradewatch.News.Text;

/// <summary>
/// The sentences of a cleaned text, split one way for every stage (dedupe aligns them, dates read the
/// lead, claims are read from them), and the stop words left out when sentences are compared.
/// A sentence ends at '.', '!', '?' or '…' (and any closing quotes or brackets) followed by a space and
/// a capital, a digit, an opening quote or bracket, a bullet or a dash, unless the full stop ends an
/// abbreviation ("Mr.", "U.S.", "Feb.") or an initial. A line break ends a sentence unless the line
/// stops mid-sentence and the next goes on in lower case (<see cref="Wraps"/>).
/// </summary>
public static class Sentences
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with", "from", "as", "is", "are", "was", "were",
        "be", "been", "that", "this", "it", "its", "he", "she", "they", "their", "his", "her", "said", "says", "will", "would",
        "has", "have", "had", "not", "but", "which", "who", "after", "over", "into", "than", "more", "also", "about", "we", "our",
        "there", "these", "those", "can", "could", "may", "might", "s", "t", "mr", "ms", "mrs", "us", "so", "if", "up", "out",
    };

    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "gen", "sen", "rep",
        "gov", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
        "u.k", "e.u", "u.n", "a.m", "p.m", "etc", "approx", "est", "dept", "mt", "ft", "lt", "col", "capt", "maj", "brig",
        "adm", "amb", "atty", "supt",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsStopWord(string word) => Stop.Contains(word);

    /// <summary>The sentences of <paramref name="text"/>, whitespace trimmed, in order.</summary>
    public static IEnumerable<string> Split(string text) => Spans(text).Select(s => text[s.Start..s.End]);

    /// <summary>The sentences of <paramref name="text"/> as half-open spans <c>[Start, End)</c>, whitespace trimmed, none empty.</summary>
    public static List<(int Start, int End)> Spans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (!Wraps(text.AsSpan(start, i - start), text.AsSpan(i + 1)))
                {
                    Add(text, start, i, result);
                    start = i + 1;
                }

                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '\'' or '”' or '’' or ')' or ']')
            {
                j++;
            }

            if (j >= text.Length || text[j] is not (' ' or '\t' or '\u00a0'))
            {
                continue;
            }

            var k = j;
            while (k < text.Length && text[k] is ' ' or '\t' or '\u00a0')
            {
                k++;
            }

            if ((k < text.Length && !StartsSentence(text[k])) || (c == '.' && IsAbbreviation(text, i)))
            {
                continue;
            }

            Add(text, start, j, result);
            start = j;
        }

        Add(text, start, text.Length, result);
        return result;
    }

    /// <summary>
    /// Whether a sentence is hard-wrapped from <paramref name="line"/> onto <paramref name="next"/>: the
    /// line does not end like a sentence and the next goes on in lower case (after an opening quote, maybe).
    /// </summary>
    public static bool Wraps(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        line = line.TrimEnd();
        if (line.IsEmpty || line[^1] is '.' or '!' or '?' or ':' or '"' or '”' or '’' or '…' or ')')
        {
            return false;
        }

        if (next.IsEmpty)
        {
            return false;
        }

        if (next[0] is '\'' or '‘' or '"' or '“')
        {
            return next.Length > 1 && char.IsLower(next[1]);
        }

        return char.IsLower(next[0]);
    }

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

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '•' or '-' or '–' or '—' or '\n';

    /// <summary>Whether the full stop at <paramref name="dot"/> ends an abbreviation or a capital initial rather than a sentence.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot - 1;
        while (s >= 0 && (char.IsLetter(text[s]) || text[s] == '.'))
        {
            s--;
        }

        var word = text.AsSpan(s + 1, dot - s - 1);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.Contains(word.ToString());
    }

    private static void Add(string text, int start, int end, List<(int Start, int End)> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add((start, end));
        }
    }
}
