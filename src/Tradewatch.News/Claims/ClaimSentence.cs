using Tradewatch.News.Text;

namespace Tradewatch.News.Claims;

/// <summary>
/// The sentences claims are read from (<see cref="Sentences"/>, the one splitter of the pipeline), and
/// the sentence a claim was read from, as a reviewer reads it beside the claim.
/// </summary>
public static class ClaimSentence
{
    /// <summary>The most characters any claim rule sees at once: a longer sentence is cut into pieces.</summary>
    public const int MaxLength = 1200;

    /// <summary>
    /// The whole sentence of <paramref name="text"/> around the source's span (split as the extractor
    /// splits), whitespace collapsed; null when the span lies outside the text.
    /// </summary>
    public static string? Of(string text, ClaimSource source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        if (source.Start < 0 || source.End > text.Length || source.End <= source.Start)
        {
            return null;
        }

        var sentence = Split(text, []).Find(s => s.Start <= source.Start && source.Start < s.End);
        var (start, end) = sentence.End > sentence.Start ? (Math.Min(sentence.Start, source.Start), Math.Max(sentence.End, source.End)) : (source.Start, source.End);
        return string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The sentences of a document as the rules read them: a sentence longer than <see cref="MaxLength"/>
    /// is cut at a comma or a space, so that no rule ever sees more, and the cut is reported as a gap.
    /// </summary>
    internal static List<ClaimSpan> Split(string text, List<ExtractionGap> gaps)
    {
        var result = new List<ClaimSpan>();
        foreach (var (first, end) in Sentences.Spans(text))
        {
            var start = AfterDateline(text, first, end);
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

        return result;
    }

    /// <summary>
    /// Where a sentence's words start: after the wire dateline that opens its line, if any ("WASHINGTON,
    /// July 14 (Reuters) - "), so that no rule reads the filing day as the day of an event or the place
    /// as the subject of the first sentence.
    /// </summary>
    private static int AfterDateline(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        if (!text.AsSpan(lineStart, start - lineStart).IsWhiteSpace())
        {
            return start;
        }

        var skip = WireDateline.OpeningLength(text[start..end]);
        return skip > 0 && skip < end - start ? start + skip : start;
    }
}
