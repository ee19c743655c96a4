using Tradewatch.News.Reading;
using Tradewatch.News.Text;

namespace Tradewatch.News.Dates;

/// <summary>
/// The day of an undated report's news from the other reports of its story: the lead's weekday ("agreed
/// Monday") is the day another, dated report gives for the same event, found as a sentence naming a day
/// of that weekday and sharing the most content words with the lead's sentence; news the lead puts late
/// in that day ("late Monday") is reported the day after.
/// </summary>
public static class EventDays
{
    /// <summary>Content words a sentence must share with the lead's to tell of the same event.</summary>
    public const int MinSharedWords = 4;

    /// <summary>A day a dated report names, with the content words of its sentence and where it was read.</summary>
    public sealed record Anchor(DateOnly Day, HashSet<string> Words, string Report, string Evidence);

    /// <summary>The days a dated report names, as anchors for the undated reports of its story.</summary>
    public static IEnumerable<Anchor> Anchors(string report, string text, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MentionedDates.Named(text, published)
            .Select(n => new Anchor(n.Day, ContentWords(n.Sentence), report, n.Words));
    }

    /// <summary>The day of the lead's news, when a dated report of its story names a day of that weekday for the same event.</summary>
    public static DatedBy? Match(string text, IEnumerable<Anchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        if (MentionedDates.Lead(text) is not { } lead)
        {
            return MentionedDates.LeadRelative(text) is { } relative ? MatchRelative(relative, anchors) : null;
        }

        var words = ContentWords(lead.Sentence);
        Anchor? best = null;
        var bestShared = MinSharedWords - 1;
        foreach (var a in anchors)
        {
            if (a.Day.DayOfWeek != lead.Day)
            {
                continue;
            }

            var shared = a.Words.Count(words.Contains);
            if (shared > bestShared || (shared == bestShared && best is not null && a.Day > best.Day))
            {
                (best, bestShared) = (a, shared);
            }
        }

        var late = lead.Late ? $", reported the next day as the news came late that day ('{lead.LateWords}')" : string.Empty;
        return best is { } b
            ? new DatedBy(b.Day.AddDays(lead.Lag), DateSource.Story, $"the '{lead.Evidence}' of its lead, the day {b.Report} gives ('{b.Evidence}') for the same event ({bestShared} words shared){late}", PublicationDates.EventDayConfidence)
            : null;
    }

    /// <summary>
    /// A lead that tells its news as "yesterday" or "today" names no weekday to check the anchor by, so
    /// one more shared word is asked for; the report is of the anchor's day, or the day after it.
    /// </summary>
    private static DatedBy? MatchRelative((int Lag, string Evidence, string Sentence) lead, IEnumerable<Anchor> anchors)
    {
        var words = ContentWords(lead.Sentence);
        Anchor? best = null;
        var bestShared = MinSharedWords;
        foreach (var a in anchors)
        {
            var shared = a.Words.Count(words.Contains);
            if (shared > bestShared || (shared == bestShared && best is not null && a.Day > best.Day))
            {
                (best, bestShared) = (a, shared);
            }
        }

        return best is { } b
            ? new DatedBy(b.Day.AddDays(lead.Lag), DateSource.Story, $"the '{lead.Evidence}' of its lead, as of the day {b.Report} gives ('{b.Evidence}') for the same event ({bestShared} words shared)", PublicationDates.EventDayConfidence)
            : null;
    }

    private static HashSet<string> ContentWords(string sentence) =>
        TextNormal.Words(sentence).Where(w => w.Length > 2 && !Sentences.IsStopWord(w) && !IsDayWord(w)).ToHashSet(StringComparer.Ordinal);

    private static bool IsDayWord(string w) =>
        w.EndsWith("day", StringComparison.Ordinal) || w is "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec"
        || w is "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december";
}
