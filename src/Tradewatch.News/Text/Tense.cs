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
}
