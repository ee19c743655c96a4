using Tradewatch.News.Reading;
using Tradewatch.News.Text;

namespace Tradewatch.News.Dates;

/// <summary>
/// The day of an undated report's news from the other reports of its story: the lead's weekday ("agreed
/// Monday") is the day another, dated report gives for the same event, found as a sentence naming a day
/// of that weekday and sharing the most content words with the lead's sentence, some of them words of
/// the event rather than names (<see cref="MinSharedEventWords"/>); news the lead puts late
/// in that day ("late Monday") is reported the day after. A dated report whose lead names no day tells
/// of news of the day it appeared or the day before, so its lead anchors both. When no day is found for
/// the lead's own sentence, another weekday the report tells of as past ("On Saturday, the president had
/// ordered ...") found in a dated report places the report's week, and the lead's weekday its day in it.
/// </summary>
public static class EventDays
{
    /// <summary>Content words a sentence must share with the lead's to tell of the same event.</summary>
    public const int MinSharedWords = 4;

    /// <summary>Content words a sentence other than the lead's must share with a dated report's to place the report's week.</summary>
    public const int MinSharedWordsElsewhere = 5;

    /// <summary>
    /// Content words more than in its own story a sentence must share with a report of another story (a
    /// report alone in its story, or one whose story's reports date nothing): a report of another story
    /// tells of other events, and only a closer match is taken for the same one.
    /// </summary>
    public const int MoreSharedAcrossStories = 2;

    /// <summary>
    /// Of the shared content words, how many must be words of the event rather than names (capitalised
    /// words: people, places, titles, acronyms): the same people and places come back in every event of a
    /// story, while an event is told with its own words ("met", "dinner", "talks", "pause").
    /// </summary>
    public const int MinSharedEventWords = 2;

    /// <summary>
    /// A day a dated report names, with the content words of its sentence and where it was read;
    /// <paramref name="Unnamed"/> when the day is only the report's own (or the one before), its lead naming none.
    /// </summary>
    public sealed record Anchor(DateOnly Day, HashSet<string> Words, string Report, string Evidence, bool Unnamed = false)
    {
        /// <summary>The content words that are not names (<see cref="MinSharedEventWords"/>).</summary>
        public HashSet<string> EventWords { get; init; } = [];
    }

    /// <summary>
    /// The days a dated report names, as anchors for the undated reports of its story; and the sentences
    /// of its lead that name no day, at the day it appeared and the day before (news of that day or the
    /// previous one), which only a lead naming a weekday can match.
    /// </summary>
    public static IEnumerable<Anchor> Anchors(string report, string text, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var named = MentionedDates.Named(text, published).ToList();
        var anchors = named.Select(n => new Anchor(n.Day, ContentWords(n.Sentence), report, n.Words) { EventWords = EventWords(n.Sentence) }).ToList();
        var withDays = named.Select(n => n.Sentence).ToHashSet(StringComparer.Ordinal);
        foreach (var sentence in MentionedDates.OpeningSentences(text).Where(s => !withDays.Contains(s)))
        {
            var (words, events) = (ContentWords(sentence), EventWords(sentence));
            anchors.Add(new Anchor(published, words, report, $"its lead, of the day it appeared, {published:yyyy-MM-dd}", Unnamed: true) { EventWords = events });
            anchors.Add(new Anchor(published.AddDays(-1), words, report, $"its lead, of the day before it appeared, {published.AddDays(-1):yyyy-MM-dd}", Unnamed: true) { EventWords = events });
        }

        return anchors;
    }

    /// <summary>
    /// The day of the lead's news, when a dated report of its story names a day of that weekday for the same
    /// event; <paramref name="more"/> content words more must be shared when the anchors are of other stories.
    /// </summary>
    public static DatedBy? Match(string text, IEnumerable<Anchor> anchors, int more = 0)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        if (MentionedDates.Lead(text) is not { } lead)
        {
            return MentionedDates.LeadRelative(text) is { } relative ? MatchRelative(relative, anchors, more) : null;
        }

        var all = anchors as IReadOnlyCollection<Anchor> ?? anchors.ToList();
        var late = lead.Late ? $", reported the next day as {lead.Why}" : string.Empty;
        if (Best(lead.Sentence, lead.Day, all, MinSharedWords + more) is { } found)
        {
            var (b, shared) = found;
            return new DatedBy(b.Day.AddDays(lead.Lag), DateSource.Story, $"the '{lead.Evidence}' of its lead, the day {b.Report} gives ('{b.Evidence}') for the same event ({shared} words shared){late}", PublicationDates.EventDayConfidence);
        }

        // Another day of the report's week found in a dated report: the lead's weekday is its day in that week,
        // on or after it, as the lead tells the latest news.
        foreach (var (day, words, sentence) in MentionedDates.WeekdaysTold(text))
        {
            if (sentence == lead.Sentence || Best(sentence, day, all.Where(a => !a.Unnamed), MinSharedWordsElsewhere + more) is not { } other)
            {
                continue;
            }

            var (b, shared) = other;
            var news = b.Day.AddDays(((int)lead.Day - (int)day + 7) % 7);
            return new DatedBy(news.AddDays(lead.Lag), DateSource.Story, $"the '{lead.Evidence}' of its lead, in the week of the '{words}' it also tells of, the day {b.Report} gives ('{b.Evidence}') for that event ({shared} words shared){late}", PublicationDates.EventDayConfidence);
        }

        // An event it tells of by its week ("last week"), found in a dated report: the lead's weekday in the
        // week after that event's (weeks from Monday), or in its own week on or after it ("this week").
        foreach (var (weeks, words, sentence) in MentionedDates.WeeksTold(text))
        {
            if (Best(sentence, null, all.Where(a => !a.Unnamed), MinSharedWordsElsewhere + more) is not { } other)
            {
                continue;
            }

            var (b, shared) = other;
            var monday = b.Day.AddDays(-(((int)b.Day.DayOfWeek + 6) % 7) + (7 * weeks));
            var news = monday.AddDays(((int)lead.Day + 6) % 7);
            if (news < b.Day)
            {
                // The lead's day in the event's own week falls before the event: the words do not agree.
                continue;
            }

            var week = weeks == 0 ? "in the week of" : "in the week after that of";
            return new DatedBy(news.AddDays(lead.Lag), DateSource.Story, $"the '{lead.Evidence}' of its lead, {week} the event it tells of as '{words}', the day {b.Report} gives ('{b.Evidence}') for that event ({shared} words shared){late}", PublicationDates.EventDayConfidence);
        }

        return null;
    }

    /// <summary>An event a dated report places (<see cref="MentionedDates.Placings"/>): its days, its sentence's words, where it was read.</summary>
    public sealed record PlacedEvent(DateOnly From, DateOnly To, HashSet<string> Words, HashSet<string> EventWords, string Report, string Evidence);

    /// <summary>The days a report may have appeared on, by an event it shares with a dated report, and why.</summary>
    public readonly record struct Placement(DateOnly From, DateOnly To, string Evidence)
    {
        public bool Admits(DateOnly day) => day >= From && day <= To;
    }

    /// <summary>The events a dated report places against its own day, <paramref name="published"/>.</summary>
    public static IReadOnlyList<PlacedEvent> Placed(string report, string text, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var placed = new List<PlacedEvent>();
        foreach (var p in MentionedDates.Placings(text))
        {
            if (MentionedDates.EventSpan(p, published) is var (from, to))
            {
                var words = p.Word == MentionedDates.TimeWord.Lead ? $"its lead, of {published.AddDays(-1):yyyy-MM-dd} or {published:yyyy-MM-dd}" : $"'{p.Words}', {from:yyyy-MM-dd}" + (to == from ? string.Empty : $" to {to:yyyy-MM-dd}");
                placed.Add(new PlacedEvent(from, to, ContentWords(p.Sentence), EventWords(p.Sentence), report, words));
            }
        }

        return placed;
    }

    /// <summary>
    /// The events an undated report's words (<paramref name="texts"/>: it and its copies) place against its own
    /// day by a word that says how long before it they came ("last week", "yesterday", "on Tuesday"), with their
    /// sentences' words: what <see cref="Place"/> matches with a dated report's events.
    /// </summary>
    public static IReadOnlyList<(MentionedDates.Placing Told, HashSet<string> Words, HashSet<string> EventWords)> Told(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return [.. texts.SelectMany(MentionedDates.Placings)
            .Where(p => p.Word is not (MentionedDates.TimeWord.Lead or MentionedDates.TimeWord.Day or MentionedDates.TimeWord.Month))
            .Select(p => (p, ContentWords(p.Sentence), EventWords(p.Sentence)))];
    }

    /// <summary>
    /// The days an undated report may have appeared on, by an event it places against its own day
    /// (<paramref name="told"/>, <see cref="Told"/>) that a dated report places too (<paramref name="events"/>:
    /// "last month", "on July 14", the news of its lead): the same event, found as two sentences sharing
    /// <see cref="MinSharedWordsElsewhere"/> content words, <see cref="MinSharedEventWords"/> of them not names,
    /// and not told on another weekday than the day the dated report names ("said Friday" is not the event of
    /// "said Tuesday"); the pair sharing the most decides. Null when no event is shared.
    /// </summary>
    public static Placement? Place(IReadOnlyList<(MentionedDates.Placing Told, HashSet<string> Words, HashSet<string> EventWords)> told, IReadOnlyList<PlacedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(told);
        ArgumentNullException.ThrowIfNull(events);
        Placement? best = null;
        var bestShared = MinSharedWordsElsewhere - 1;
        foreach (var (placing, words, eventWords) in told)
        {
            foreach (var e in events)
            {
                var shared = e.Words.Count(words.Contains);
                if (shared <= bestShared || e.EventWords.Count(eventWords.Contains) < MinSharedEventWords
                    || (placing.Word == MentionedDates.TimeWord.Weekday && e.From == e.To && e.From.DayOfWeek != placing.Weekday)
                    || MentionedDates.ReportDays(placing.Word, e.From, e.To) is not var (from, to))
                {
                    continue;
                }

                (best, bestShared) = (new Placement(from, to, $"it tells as '{placing.Words}' what {e.Report} places at {e.Evidence} ({shared} words shared)"), shared);
            }
        }

        return best;
    }

    /// <summary>
    /// The anchor of <paramref name="day"/>'s weekday (of any day when null) sharing the most content words with <paramref name="sentence"/>,
    /// at least <paramref name="min"/> and <see cref="MinSharedEventWords"/> of them not names; among equals a
    /// named day before an unnamed one, then the later day.
    /// </summary>
    private static (Anchor Anchor, int Shared)? Best(string sentence, DayOfWeek? day, IEnumerable<Anchor> anchors, int min)
    {
        var (words, events) = (ContentWords(sentence), EventWords(sentence));
        Anchor? best = null;
        var bestShared = min - 1;
        foreach (var a in anchors)
        {
            if ((day is { } d && a.Day.DayOfWeek != d) || a.EventWords.Count(events.Contains) < MinSharedEventWords)
            {
                continue;
            }

            var shared = a.Words.Count(words.Contains);
            if (shared > bestShared || (shared == bestShared && best is not null
                && (best.Unnamed && !a.Unnamed || (best.Unnamed == a.Unnamed && a.Day > best.Day))))
            {
                (best, bestShared) = (a, shared);
            }
        }

        return best is null ? null : (best, bestShared);
    }

    /// <summary>
    /// A lead that tells its news as "yesterday" or "today" names no weekday to check the anchor by, so
    /// one more shared word is asked for; the report is of the anchor's day, or the day after it.
    /// </summary>
    private static DatedBy? MatchRelative((int Lag, string Evidence, string Sentence) lead, IEnumerable<Anchor> anchors, int more)
    {
        var (words, events) = (ContentWords(lead.Sentence), EventWords(lead.Sentence));
        Anchor? best = null;
        var bestShared = MinSharedWords + more;
        foreach (var a in anchors.Where(a => !a.Unnamed && a.EventWords.Count(events.Contains) >= MinSharedEventWords))
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

    /// <summary>The content words of a sentence less its names: words written with a capital after its first word, and acronyms.</summary>
    private static HashSet<string> EventWords(string sentence)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var tokens = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var letters = tokens[i].Where(char.IsLetter).ToList();
            if (letters.Count > 0 && char.IsUpper(letters[0]) && (i > 0 || (letters.Count > 1 && letters.All(char.IsUpper))))
            {
                names.UnionWith(TextNormal.Words(tokens[i]));
            }
        }

        var words = ContentWords(sentence);
        words.ExceptWith(names);
        return words;
    }

    private static bool IsDayWord(string w) =>
        w.EndsWith("day", StringComparison.Ordinal) || w is "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec"
        || w is "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december";
}
