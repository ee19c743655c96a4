using System.Collections.Frozen;

namespace Tradewatch.News.Claims;

/// <summary>
/// Splits a text into sentences, as half-open spans. A line break ends a sentence unless the line
/// stops mid-sentence and the next one goes on in lower case or with a quotation. Very long
/// sentences are cut into pieces at a comma or a space so that no rule ever sees more than
/// <see cref="MaxLength"/> characters; the cut is reported as a gap.
/// </summary>
internal static class Sentences
{
    public const int MaxLength = 1200;

    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "gen", "sen", "rep",
        "gov", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
        "u.k", "e.u", "u.n", "a.m", "p.m", "etc", "approx", "est", "dept", "mt", "ft", "lt", "col", "capt",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static List<ClaimSpan> Split(string text, List<ExtractionGap> gaps)
    {
        var result = new List<ClaimSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (!ContinuesOnNextLine(text, start, i))
                {
                    Add(text, start, i, result, gaps);
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

            if (k < text.Length && !StartsSentence(text[k]))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }

            Add(text, start, j, result, gaps);
            start = j;
        }

        Add(text, start, text.Length, result, gaps);
        return result;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '•' or '-' or '–' or '—' or '\n';

    private static bool ContinuesOnNextLine(string text, int lineStart, int newline) =>
        Wraps(text.AsSpan(lineStart, newline - lineStart), text.AsSpan(newline + 1));

    /// <summary>
    /// Whether a sentence is hard-wrapped from <paramref name="line"/> onto <paramref name="next"/>: the
    /// line does not end like a sentence and the next goes on in lower case (after an opening quote, maybe).
    /// </summary>
    internal static bool Wraps(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
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

    private static void Add(string text, int start, int end, List<ClaimSpan> result, List<ExtractionGap> gaps)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        if (end - start > MaxLength)
        {
            gaps.Add(new ExtractionGap("long-sentence", start,
                $"A sentence of {end - start} characters was cut into pieces of at most {MaxLength}; claims across a cut are missed."));
        }

        while (end - start > MaxLength)
        {
            var cut = text.LastIndexOf(", ", start + MaxLength, MaxLength / 2, StringComparison.Ordinal);
            if (cut < 0)
            {
                cut = text.LastIndexOf(' ', start + MaxLength, MaxLength / 2);
            }

            cut = cut < 0 ? start + MaxLength : cut + 1;
            result.Add(new ClaimSpan(start, cut));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            result.Add(new ClaimSpan(start, end));
        }
    }
}
