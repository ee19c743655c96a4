using System.Text.RegularExpressions;

namespace Tradewatch.News.Text;

/// <summary>
/// Whether a sentence speaks of what is still to come: a modal ("will", "would", "'ll"), a plan or
/// schedule ("plans to", "scheduled", "due to", "set to"), "next", or the present tense of a verb of a schedule ("expires",
/// "takes effect", "take effect", "ends on", "have until"), which speaks of a day still to come. Dating a weekday and reading
/// a claim's time both ask it, so it sits below both. A meeting's schedule speaks so too: "opens on", "resumes in", "is due
/// in", and the present progressive of meeting and travel, which with a day names an arrangement ("are meeting on Friday").
/// </summary>
public static partial class Tense
{
    [GeneratedRegex(@"\b(?:will|would|shall|set to|scheduled|due to|expected to|plans? to|going to|next|upcoming|to continue|to begin|to start|kick off|'ll|’ll|expires|lapses|runs?[ \t]+out|takes?[ \t]+effect|kicks?[ \t]+in|(?:comes?|goes?)[ \t]+in(?:to)?[ \t]+(?:force|effect)|(?:ends?|starts?|begins?|opens|resumes|reopens|convenes|reconvenes)[ \t]+(?:on|in|from)|(?:is|are)[ \t]+due[ \t]+(?:in|at|on)|(?:is|are)[ \t]+(?:meeting|travell?ing|visiting|flying|heading|gathering|hosting)|(?:have|has)[ \t]+until)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();

    public static bool IsFuture(ReadOnlySpan<char> sentence) => FutureMarker().IsMatch(sentence);

    /// <summary>A sentence about what is still to come: the future tense, or a day after the report's ("tomorrow").</summary>
    public static bool IsAhead(string sentence) => IsFuture(sentence) || Tomorrow().IsMatch(sentence);

    /// <summary>
    /// Whether a clause speaks of what is still to come as the report is written: <see cref="IsAhead"/>, less a plan told in
    /// the past ("the pause was due to lapse", "duties were set to rise", "had been expected to"), which looked ahead from a
    /// day gone. Asked of the clause that holds a day; a whole sentence's tense is left to <see cref="IsAhead"/>.
    /// </summary>
    public static bool IsAheadNow(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return IsAhead(PastPlan().Replace(clause, " "));
    }

    [GeneratedRegex(@"\b(?:was|were|had[ \t]+been)[ \t]+(?:due|set|expected|scheduled|slated|poised|going|planning|meant)[ \t]+to[ \t]+\p{L}+(?:[ \t]+(?:effect|in|out|into[ \t]+(?:force|effect)))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PastPlan();

    /// <summary>
    /// Whether the clause that holds the words at <paramref name="index"/> (between commas, semicolons, colons, brackets
    /// or dashes, the words' own comma aside) tells a past deed and speaks of nothing to come: "it would review the levies,
    /// days after the increase of August 7 took effect", "officials began talks on Monday, seeking to extend a truce that
    /// expires on August 12". A sentence's future words are often of another clause than its days.
    /// </summary>
    public static bool IsPastClause(string sentence, int index, int length)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var start = sentence.AsSpan(0, index).LastIndexOfAny(ClauseBreaks) + 1;
        var after = sentence.AsSpan(index + length).IndexOfAny(ClauseBreaks);
        var clause = sentence.AsSpan(start, (after < 0 ? sentence.Length : index + length + after) - start);
        return !IsFuture(clause) && !Tomorrow().IsMatch(clause) && PastDeed().IsMatch(clause);
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:()—–");

    /// <summary>A verb in the past tense: a common irregular one, or one ending in "-ed".</summary>
    [GeneratedRegex(@"\b(?:said|told|took|was|were|had|rose|fell|began|came|went|met|held|made|won|lost|grew|sent|spoke|wrote|gave|\p{Ll}{3,}ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastDeed();

    [GeneratedRegex(@"\btomorrow\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Tomorrow();
}
