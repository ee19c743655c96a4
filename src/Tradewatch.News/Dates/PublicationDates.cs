using System.Text.RegularExpressions;
using Tradewatch.News.Cleaning;
using Tradewatch.News.Reading;

namespace Tradewatch.News.Dates;

/// <summary>A publication date, where it came from, and the words or path that gave it.</summary>
public readonly record struct DatedBy(DateOnly? Date, DateSource Source, string? Evidence = null);

/// <summary>
/// Publication dates from everything a page offers, most trusted first: the date the file declares
/// (front matter, HTML metadata, feed); a date token; a line that is only a date (with "Updated",
/// "Published", a byline, times and zones around it); a wire dateline ("WASHINGTON, Aug 12 (Reuters)
/// -"), its year from the page's other dates; a date in the URL's path. Reports without one take it
/// from their copies and then from the most similar dated report of their story. Each date carries
/// its evidence.
/// </summary>
public static partial class PublicationDates
{
    /// <summary>A report whose own date is this far from the rest of its story is checked against its other candidates.</summary>
    public const int MaxDaysFromStory = 21;

    public static DatedBy Own(CleanReport report) =>
        Best(report, Candidates(report), [DateSource.Dateline, DateSource.TextToken, DateSource.WireDateline, DateSource.Url]);

    /// <summary>
    /// The date the page prints as its own, declared or on a line of its own (not the URL's, nor a
    /// wire dateline's): what story grouping goes by, as its time windows were set on such dates.
    /// </summary>
    public static DatedBy Printed(CleanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Best(report, report.DateCandidates, [DateSource.Dateline, DateSource.TextToken]);
    }

    private static DatedBy Best(CleanReport report, IReadOnlyList<DateCandidate> candidates, DateSource[] order)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Source.Metadata.Published is { } declared)
        {
            return new DatedBy(declared, DateSource.Declared, Declaration(report.Source.Format));
        }

        foreach (var source in order)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Source == source)
                {
                    return new DatedBy(candidate.Date, source, candidate.Evidence);
                }
            }
        }

        return default;
    }

    /// <summary>
    /// Every date the report offers for itself, in the order of <see cref="DateSource"/>: the cleaner's
    /// date lines and tokens, then the wire dateline, then the URL's date.
    /// </summary>
    public static IReadOnlyList<DateCandidate> Candidates(CleanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = new List<DateCandidate>(report.DateCandidates);
        var url = UrlDate.Locate(report.Source.Metadata.Url);
        if (WireDateline.Find(report.Source.Body) is { } wire && YearReference(report, url?.Date) is { } reference
            && WireDateline.Resolve(wire, reference) is { } filed)
        {
            result.Add(new DateCandidate(filed, DateSource.WireDateline, wire.Evidence));
        }

        if (url is { } u)
        {
            result.Add(new DateCandidate(u.Date, DateSource.Url, "URL path " + u.Evidence));
        }

        return result;
    }

    /// <summary>
    /// When a report's own undeclared date lies far from the dates of the rest of its story and another
    /// of its candidates lies near them, the page carried a stale or wrong date line: take the near one.
    /// </summary>
    public static DatedBy Reconcile(CleanReport report, DatedBy own, IReadOnlyList<DateOnly> storyDates)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(storyDates);
        if (own.Date is not { } date || own.Source == DateSource.Declared || storyDates.Count == 0)
        {
            return own;
        }

        var median = Median(storyDates);
        if (Math.Abs(date.DayNumber - median.DayNumber) <= MaxDaysFromStory)
        {
            return own;
        }

        var better = Candidates(report)
            .Where(c => Math.Abs(c.Date.DayNumber - median.DayNumber) <= MaxDaysFromStory)
            .OrderBy(c => Math.Abs(c.Date.DayNumber - median.DayNumber))
            .Select(c => (DateCandidate?)c)
            .FirstOrDefault();
        return better is { } b ? new DatedBy(b.Date, b.Source, b.Evidence + $" (nearer its story than {own.Evidence})") : own;
    }

    /// <summary>
    /// The date of a report that prints none of its own, read against the date of a report of its story
    /// (<paramref name="anchor"/>): a wire dateline without a year takes the year nearest the anchor; a
    /// later day than the anchor's among the days its text names (their year the anchor's when the text
    /// gives none) says it told of a later event; a day it still looks ahead to that the anchor has passed
    /// says it appeared before that day; else the anchor's date, moved to the weekday its lead names when
    /// a report of that weekday's news could not have appeared on the anchor's day or the day after (the
    /// day after only, when the lead puts the news late in the day).
    /// </summary>
    public static DatedBy AgainstStory(CleanReport report, DateOnly anchor, string anchorEvidence)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (WireDateline.Find(report.Source.Body) is { } wire && WireDateline.Resolve(wire, anchor) is { } filed)
        {
            return new DatedBy(filed, DateSource.WireDateline, $"{wire.Evidence} (its year from its story, {anchorEvidence})");
        }

        var text = report.Text;
        var mentioned = MentionedDates.Infer(text, report.Source.Metadata.Url, anchor.Year);
        if (mentioned.Date is { } later && later > anchor)
        {
            return mentioned with { Evidence = $"{mentioned.Evidence}, later than its story's {anchor:yyyy-MM-dd} ({anchorEvidence})" };
        }

        if (MentionedDates.BoundsOf(text, anchor) is { Before: { } before } bounds && anchor > before)
        {
            // The report tells of a day still to come that its story's date has passed: it appeared before it.
            var why = $"it speaks of '{bounds.BeforeWords}' as still to come, before its story's {anchor:yyyy-MM-dd} ({anchorEvidence})";
            return mentioned.Date is { } earlier && earlier <= before
                ? mentioned with { Evidence = $"{mentioned.Evidence}; {why}" }
                : new DatedBy(before.AddDays(-1), DateSource.Story, $"the day before {before:yyyy-MM-dd}: {why}");
        }

        if (MentionedDates.Lead(text) is { } lead)
        {
            // News of the lead's day appears that day or the next; news late in the day, the next day only.
            var reported = (DayOfWeek)(((int)lead.Day + lead.Lag) % 7);
            var behind = ((int)anchor.DayOfWeek - (int)reported + 7) % 7;
            if (behind > 1 - lead.Lag)
            {
                // The nearest day of that weekday: the lead's news is of that day, the anchor's of another.
                var moved = behind <= 3 ? anchor.AddDays(-behind) : anchor.AddDays(7 - behind);
                var late = lead.Late ? $", the day after it as its news came late that day ('{lead.LateWords}')" : string.Empty;
                return new DatedBy(moved, DateSource.Story, $"the '{lead.Evidence}' of its lead{late}, nearest {anchorEvidence}");
            }
        }

        return new DatedBy(anchor, DateSource.Story, anchorEvidence);
    }

    public static DateOnly Median(IReadOnlyList<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var sorted = dates.OrderBy(d => d).ToList();
        return sorted[(sorted.Count - 1) / 2];
    }

    private static string Declaration(InputFormat format) => format switch
    {
        InputFormat.Html => "the page's metadata",
        InputFormat.FeedItem => "the feed item's date",
        _ => "the front matter",
    };

    /// <summary>A date to give a year to a dateline that has none: the URL's, a full date of the page's, or its latest year.</summary>
    private static DateOnly? YearReference(CleanReport report, DateOnly? urlDate)
    {
        if (urlDate is { } u)
        {
            return u;
        }

        if (report.DateCandidates.Count > 0)
        {
            return report.DateCandidates[0].Date;
        }

        var head = report.Source.Body.Length > 4000 ? report.Source.Body[..4000] : report.Source.Body;
        var mentions = DateText.Find(head);
        if (mentions.Count > 0)
        {
            return mentions.Max(m => m.Date);
        }

        var years = Year().Matches(head).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return years.Count > 0 ? new DateOnly(years.Max(), 7, 1) : null;
    }

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
