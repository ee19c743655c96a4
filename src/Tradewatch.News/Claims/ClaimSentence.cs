namespace Tradewatch.News.Claims;

/// <summary>The sentence a claim was read from, as a reviewer reads it beside the claim.</summary>
public static class ClaimSentence
{
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

        var sentence = Sentences.Split(text, []).Find(s => s.Start <= source.Start && source.Start < s.End);
        var (start, end) = sentence.End > sentence.Start ? (Math.Min(sentence.Start, source.Start), Math.Max(sentence.End, source.End)) : (source.Start, source.End);
        return string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
