using System.Text.RegularExpressions;
using Tradewatch.News.Cleaning;
using Tradewatch.News.Reading;

using Tradewatch.News.Text;

namespace Tradewatch.News.Dates;

/// <summary>A publication date, where it came from, and the words or path that gave it.</summary>
/// <remarks>Confidence is the chance, as the cues weigh it, that the date is right (0 when not weighed).</remarks>
public readonly record struct DatedBy(DateOnly? Date, DateSource Source, string? Evidence = null, double Confidence = 0);

/// <summary>
/// Publication dates from everything a page offers, each cue with its evidence and a confidence: the
/// date the file declares (front matter, HTML metadata, feed); a date token; a line that is only a date
/// (with "Updated", "Published", a byline, times and zones around it); a wire dateline ("WASHINGTON, Aug
/// 12 (Reuters) -"), its year from the page's other dates; a date in the URL's path. The cues are
/// weighed together (<see cref="Choose"/>). Reports without one take it from their copies and then from
/// the most similar dated report of their story.
/// </summary>
public static partial class PublicationDates
{
    /// <summary>A report whose own date is this far from the rest of its story is checked against its other candidates.</summary>
    public const int MaxDaysFromStory = 21;

    public static DatedBy Own(CleanReport report) =>
        Best(report, Candidates(report), [DateSource.Dateline, DateSource.TextToken, DateSource.WireDateline, DateSource.Url, DateSource.Mentioned]);

    /// <summary>
    /// The date the page prints as its own, declared or on a line of its own (not the URL's, nor a
    /// wire dateline's): what story grouping goes by, as its time windows were set on such dates.
    /// </summary>
    public static DatedBy Printed(CleanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Best(report, report.DateCandidates, [DateSource.Dateline, DateSource.TextToken]);
    }

    private static DatedBy Best(CleanReport report, IReadOnlyList<DateCandidate> candidates, DateSource[] sources)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Source.Metadata.Published is { } declared)
        {
            return new DatedBy(declared, DateSource.Declared, Declaration(report.Source.Format), DeclaredConfidence);
        }

        return Choose(candidates.Where(c => Array.IndexOf(sources, c.Source) >= 0).ToList(), report.Text);
    }

    /// <summary>The weight of the page's own text naming a candidate's day in full (a caption, a sentence).</summary>
    public const double TextSupport = 0.3;

    /// <summary>What is left of a candidate's weight when the page tells of a later day as past, or of an earlier one as still to come.</summary>
    public const double Contradicted = 0.3;


    /// <summary>What is left of a date line's weight when it prints no year and the year was read elsewhere.</summary>
    public const double YearlessShare = 0.9;

    /// <summary>
    /// A print edition's date ("appears in print on ..."): the paper came out that day, but the report may
    /// have gone online the day before, so any date the page prints as its own outweighs it.
    /// </summary>
    public const double PrintConfidence = 0.5;

    /// <summary>The confidence a declared date (front matter, page metadata, feed) is given.</summary>
    public const double DeclaredConfidence = 0.98;

    // The confidences of dates a report does not print, lower than any it prints: each rests on a reading
    // of its words or on another report, and a story may span months.

    /// <summary>What is kept of the original's confidence by a copy or version of it.</summary>
    public const double CopyShare = 0.9;

    /// <summary>A wire dateline's day with its year from the story.</summary>
    public const double StoryYearConfidence = 0.7;

    /// <summary>The day a dated report of the story gives for the event the lead tells of (<see cref="EventDays"/>).</summary>
    public const double EventDayConfidence = 0.6;

    /// <summary>The day a dated report of another story gives for the event the lead tells of (<see cref="EventDays"/>): less sure than its own story's.</summary>
    public const double OtherStoryEventDayConfidence = 0.45;

    /// <summary>A day the text names both by its date and by its distance from the report's: "yesterday (March 3)" (<see cref="MentionedDates.Relative"/>).</summary>
    public const double RelativeDayConfidence = 0.7;

    /// <summary>The latest past day the text names on the weekday its lead names (<see cref="MentionedDates.WeekdayConfirmed"/>).</summary>
    public const double WeekdayConfirmedConfidence = 0.65;

    /// <summary>The latest past day the text names, and its lead's weekday after it (<see cref="MentionedDates.Infer"/>).</summary>
    public const double MentionedConfidence = 0.5;

    /// <summary>
    /// The latest past day the text names, with no weekday of its lead to place the report after it
    /// (<see cref="MentionedDates.Infer"/>): a bound rather than a day, as a report may tell of a day weeks
    /// before its own (right 6 times in 45 on the bench pages), so the day a report of another story gives
    /// for its lead's event, on or after that bound, outweighs it.
    /// </summary>
    public const double LatestPastAloneConfidence = 0.25;

    /// <summary>The story's date moved by what the report's words say of its day: a bound, the lead's weekday.</summary>
    public const double BoundedByStoryConfidence = 0.4;

    /// <summary>The date of the most similar dated report of the story, taken as it is.</summary>
    public const double StoryConfidence = 0.3;

    /// <summary>
    /// How far a single candidate is to be trusted as the publication date, from the kind of its cue:
    /// a labelled date token ("date 2025-06-09") most; a date line labelled as the publication
    /// ("Published", "Posted", a byline) next; a date line with a time of day; a wire dateline (the day
    /// the story was filed, which a site that reprints it may put a day later in its URL); the URL's date
    /// (set when the page is first published); a bare date line (a little less when it prints no year); a
    /// line labelled "Updated" (a later day than the publication); a print edition's note ("appears in print
    /// on ...": the report may have gone online the day before); a date line with a weekday and no time,
    /// the style of a masthead's date of the day the page was fetched; least, the day a cited source was
    /// "retrieved" or "accessed", and the day of a reader's comment ("Jane Roe on March 3, 2025 at 4:36 pm said:").
    /// </summary>
    public static double Confidence(DateCandidate candidate) => candidate.Source switch
    {
        DateSource.TextToken => 0.95,
        DateSource.WireDateline => 0.78,
        DateSource.Url => 0.75,
        // A photo's day that falls on the weekday the lead tells its news of (CaptionDay).
        DateSource.Mentioned => WeekdayConfirmedConfidence,
        // A line without its year was given one from elsewhere: a little less sure.
        DateSource.Dateline => LineConfidence(candidate.Evidence) * (Year().IsMatch(candidate.Evidence) ? 1 : YearlessShare),
        _ => 0.5,
    };

    private static double LineConfidence(string line) =>
        AccessedCue().IsMatch(line) || CommentCue().IsMatch(line) ? 0.2
        : PrintEdition.Notes(line) ? PrintConfidence
        : PublishedCue().IsMatch(line) ? 0.9
        : UpdatedCue().IsMatch(line) ? 0.55
        : TimeOfDay().IsMatch(line) ? 0.8
        : WeekdayName().IsMatch(line) ? 0.4
        : 0.6;

    /// <summary>
    /// The date the candidates most support: each cue's confidence, the cues for one date combined as
    /// independent evidence (one vote per kind of cue, so a masthead repeated down a page counts once),
    /// the first cue in the page's order breaking ties. When the cues disagree, the page's
    /// <paramref name="text"/> weighs in: naming a candidate's day in full supports it, and telling of a
    /// later day as past (or of an earlier one as still to come) contradicts it, as a report cannot
    /// precede what it tells of. The evidence names every cue that agreed.
    /// </summary>
    public static DatedBy Choose(IReadOnlyList<DateCandidate> candidates, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var groups = candidates.GroupBy(c => c.Date).ToList();
        HashSet<DateOnly>? named = null;
        MentionedDates.Bounds bounds = default;
        if (groups.Count > 1 && !string.IsNullOrEmpty(text))
        {
            named = DateText.Find(text).Select(m => m.Date).ToHashSet();
            // No page shows a day later than the one it was fetched on: the days its text names without a
            // year are read in the year before the latest candidate when told as past, after it when ahead.
            bounds = MentionedDates.BoundsOf(text, groups.Max(g => g.Key), asPublished: true);
        }

        var weighed = new List<(DatedBy Dated, double Score, double Raw, string? Against)>();
        foreach (var group in groups)
        {
            var doubt = group.GroupBy(c => c.Source).Aggregate(1.0, (d, g) => d * (1 - g.Max(Confidence)));
            var first = group.OrderByDescending(Confidence).First();
            var others = group.Where(c => c.Source != first.Source).Select(c => c.Evidence).Distinct().ToList();
            var evidence = others.Count == 0 ? first.Evidence : $"{first.Evidence} (agreeing: {string.Join("; ", others)})";
            if (named is not null && named.Contains(group.Key))
            {
                doubt *= 1 - TextSupport;
                evidence += " (the text names the day)";
            }

            var raw = 1 - doubt;
            string? against = null;
            if (bounds.After is { } after && group.Key < after.AddDays(-1))
            {
                against = $"the text tells of '{bounds.AfterWords}' as past";
            }
            else if (bounds.Before is { } before && group.Key > before)
            {
                against = $"the text tells of '{bounds.BeforeWords}' as still to come";
            }

            var score = against is null ? raw : raw * Contradicted;
            weighed.Add((new DatedBy(group.Key, first.Source, evidence, Math.Round(score, 2)), score, raw, against is null ? null : $"{first.Evidence}: {against}"));
        }

        // The first of equal weight wins: the cues come in the page's order.
        var best = weighed.Select((w, i) => (w, i)).OrderByDescending(x => x.w.Score).ThenBy(x => x.i).Select(x => x.w).FirstOrDefault();
        if (best.Dated.Date is null)
        {
            return default;
        }

        var overruled = weighed.Where(w => w.Against is not null && w.Raw > best.Score).Select(w => w.Against).ToList();
        return overruled.Count == 0 ? best.Dated : best.Dated with { Evidence = $"{best.Dated.Evidence}; not {string.Join("; not ", overruled)}" };
    }

    /// <summary>
    /// Every date the report offers for itself, in the order of <see cref="DateSource"/>: the cleaner's
    /// date lines and tokens, then the wire dateline, then the URL's date, then the lines that print a day
    /// without its year (<see cref="YearlessDateLine"/>), given the year that puts them nearest the URL's
    /// date or month, or the page's full dates (<see cref="YearlessReference"/>).
    /// </summary>
    public static IReadOnlyList<DateCandidate> Candidates(CleanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = new List<DateCandidate>(report.DateCandidates);
        var url = UrlDate.Locate(report.Source.Metadata.Url);
        if (WireDateline.Find(report.Source.Body) is { } wire && WireDay(report, wire, url?.Date) is { } filed)
        {
            result.Add(new DateCandidate(filed.Day, DateSource.WireDateline, filed.Evidence));
        }

        if (url is { } u)
        {
            result.Add(new DateCandidate(u.Date, DateSource.Url, "URL path " + u.Evidence));
        }

        var yearless = YearlessDateLine.FindAll(report.Source.Body);
        if (yearless.Count > 0 && YearlessReference(report, url?.Date) is { } near)
        {
            foreach (var line in yearless)
            {
                if (YearlessDateLine.Resolve(line, near) is { } day)
                {
                    result.Add(new DateCandidate(day, DateSource.Dateline, line.Evidence));
                }
            }
        }
        else if (yearless.Count > 0)
        {
            // Nothing nearer gives the year: the page's copyright notice does, the year it was put out in. A line
            // that names its weekday takes it only if the day falls on that weekday then; else the one year the
            // page names in which it does; else none, as its cues disagree.
            var copyright = CopyrightYear.Of(report.Source.Body);
            List<int>? named = null;
            foreach (var line in yearless)
            {
                var inCopyright = copyright is { } year ? CalendarDay.Of(year, line.Month, line.Day) : null;
                if (inCopyright is { } day && (line.Weekday is null || day.DayOfWeek == line.Weekday))
                {
                    result.Add(new DateCandidate(day, DateSource.Dateline, $"{line.Evidence} (its year from the page's copyright notice)"));
                }
                else if (YearlessDateLine.ByWeekday(line, named ??= NamedYears(OwnLines(report))) is { } byWeekday)
                {
                    result.Add(new DateCandidate(byWeekday, DateSource.Dateline, $"{line.Evidence} (its year {byWeekday.Year}: of the years the page names, the one in which the day falls on its weekday)"));
                }
            }
        }

        if (CaptionDay(report) is { } caption)
        {
            result.Add(caption);
        }

        return result;
    }

    /// <summary>
    /// The day of a photo's caption ("... speaks on the phone at a car factory on May 08, 2025 in Solihull")
    /// when it falls on the weekday the report's lead tells its news of ("said Thursday"): the photo was
    /// taken at the event, and the two cues, read apart, agree on its day (by chance one time in seven).
    /// A file or archive photo's day is not the news's. News late in the day is reported the day after.
    /// </summary>
    private static DateCandidate? CaptionDay(CleanReport report)
    {
        DateCandidate? found = null;
        MentionedDates.LeadDay? lead = null;
        foreach (var line in report.Removed)
        {
            if (line.Reason != RemovalReason.Caption || ArchivePhoto().IsMatch(line.Text))
            {
                continue;
            }

            foreach (var day in DateText.Find(line.Text))
            {
                lead ??= MentionedDates.Lead(report.Text);
                if (lead is not { } l)
                {
                    return null;
                }

                if (day.Date.DayOfWeek == l.Day && found is null)
                {
                    var words = line.Text[day.Start..day.End];
                    var late = l.Late ? $", reported the day after as {l.Why}" : string.Empty;
                    found = new DateCandidate(day.Date.AddDays(l.Lag), DateSource.Mentioned, $"the day of a photo's caption, '{words}', is the '{l.Evidence}' of its lead{late}");
                }
            }
        }

        return found;
    }

    /// <summary>A caption of an old photo: "FILE PHOTO", "file image", "archive picture".</summary>
    [GeneratedRegex(@"\b(?:file|archive|archival|stock)\s+(?:photo|image|picture|photograph)s?\b|^\W*FILE\b|/\s*File\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArchivePhoto();

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
        return better is { } b ? new DatedBy(b.Date, b.Source, b.Evidence + $" (nearer its story than {own.Evidence})", Confidence(b)) : own;
    }

    /// <summary>
    /// The date of a report that prints none of its own, read against the date of a report of its story
    /// (<paramref name="anchor"/>): a wire dateline without a year takes the year nearest the anchor; a
    /// later day than the anchor's among the days its text names (their year the anchor's when the text
    /// gives none) says it told of a later event; a day it still looks ahead to that the anchor has reached
    /// says it appeared before that day; else the anchor's date, moved to the weekday its lead names when
    /// a report of that weekday's news could not have appeared on the anchor's day or the day after (the
    /// day after only, when the lead puts the news late in the day).
    /// </summary>
    public static DatedBy AgainstStory(CleanReport report, DateOnly anchor, string anchorEvidence)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (WireDateline.Find(report.Source.Body) is { } wire && WireDateline.Resolve(wire, anchor) is { } filed)
        {
            return new DatedBy(filed, DateSource.WireDateline, $"{wire.Evidence} (its year from its story, {anchorEvidence})", StoryYearConfidence);
        }

        var text = report.Text;
        if (MentionedDates.Relative(text, anchor.Year) is { } told)
        {
            // The report names a day by its date and by its distance from its own: no story date is needed.
            // Its year, when it gives none, is the one that puts the day nearest the story's.
            return told.Date is { } d && Math.Abs(d.AddYears(-1).DayNumber - anchor.DayNumber) < Math.Abs(d.DayNumber - anchor.DayNumber)
                ? MentionedDates.Relative(text, anchor.Year - 1)!.Value
                : told;
        }

        if (MentionedDates.WeekdayConfirmed(text, anchor.Year) is { } confirmed)
        {
            // Its lead's weekday and the latest day it names agree: its own words date it, before or after its story's.
            return confirmed;
        }

        var mentioned = MentionedDates.Infer(text, report.Source.Metadata.Url, anchor.Year);
        if (mentioned.Date is { } later && later > anchor)
        {
            return mentioned with { Evidence = $"{mentioned.Evidence}, later than its story's {anchor:yyyy-MM-dd} ({anchorEvidence})" };
        }

        if (MentionedDates.BoundsOf(text, anchor) is { Before: { } before } bounds && anchor >= before)
        {
            // The report tells of a day still to come that its story's date has passed: it appeared before it,
            // on its lead's weekday when it names one.
            var why = $"it speaks of '{bounds.BeforeWords}' as still to come, before its story's {anchor:yyyy-MM-dd} ({anchorEvidence})";
            return mentioned.Date is { } earlier && earlier < before ? mentioned with { Evidence = $"{mentioned.Evidence}; {why}" }
                : MentionedDates.LeadDayBefore(text, MentionedDates.BoundsOf(text, before.AddDays(-1), asPublished: true)) is { } weekday ? weekday with { Evidence = $"{weekday.Evidence}; {why}" }
                : new DatedBy(before.AddDays(-1), DateSource.Story, $"the day before {before:yyyy-MM-dd}: {why}", BoundedByStoryConfidence);
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
                var late = lead.Late ? $", the day after it as {lead.Why}" : string.Empty;
                return new DatedBy(moved, DateSource.Story, $"the '{lead.Evidence}' of its lead{late}, nearest {anchorEvidence}", BoundedByStoryConfidence);
            }
        }

        return new DatedBy(anchor, DateSource.Story, anchorEvidence, StoryConfidence);
    }

    /// <summary>The date of a copy or version of <paramref name="original"/>'s report, <paramref name="id"/>: its original's, a little less sure.</summary>
    public static DatedBy CopyOf(DatedBy original, string id) =>
        new(original.Date, DateSource.Story, $"a copy or version of {id} ({original.Evidence})", Math.Round(original.Confidence * CopyShare, 2));

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

    /// <summary>
    /// The day a wire dateline gives, its year (when it prints none) from <see cref="YearReference"/>. When only
    /// bare years in the text can give one, the latest of them is as often a past year ("the steepest fall
    /// since 2020") or one to come ("by 2030") as the report's own. So when the lead tells its news on a
    /// weekday, the year must put the dateline's day on that weekday (the day after, when the news came late
    /// in the day): the one year named, or following one named, that does; when none does, the dateline is
    /// left for its story's dated reports to give the year.
    /// </summary>
    private static (DateOnly Day, string Evidence)? WireDay(CleanReport report, WireDateline.Found wire, DateOnly? urlDate)
    {
        if (wire.Year is null && urlDate is null && UrlDate.YearMonth(report.Source.Metadata.Url) is null && report.DateCandidates.Count == 0)
        {
            var own = OwnLines(report);
            var head = own.Length > 4000 ? own[..4000] : own;
            if (DateText.Find(head).Count == 0 && MentionedDates.Lead(head) is { } lead)
            {
                var weekday = lead.Late ? (DayOfWeek)(((int)lead.Day + 1) % 7) : lead.Day;
                var agreeing = NamedYears(head).SelectMany(y => new[] { y, y + 1 }).Distinct()
                    .Select(y => CalendarDay.Of(y, wire.Month, wire.Day)).Where(d => d?.DayOfWeek == weekday).ToList();
                return agreeing.Count == 1 && agreeing[0] is { } found
                    ? (found, $"{wire.Evidence} (its year {found.Year}: of the years the text names and those after them, the one in which the day falls on '{lead.Evidence}')")
                    : null;
            }
        }

        return YearReference(report, urlDate) is { } reference && WireDateline.Resolve(wire, reference) is { } filed ? (filed, wire.Evidence) : null;
    }

    /// <summary>A date to give a year to a dateline that has none: the URL's, a full date of the page's own lines (<see cref="OwnLines"/>), or their latest year.</summary>
    private static DateOnly? YearReference(CleanReport report, DateOnly? urlDate)
    {
        if ((urlDate ?? UrlDate.YearMonth(report.Source.Metadata.Url)?.AddDays(14)) is { } u)
        {
            return u;
        }

        if (report.DateCandidates.Count > 0)
        {
            return report.DateCandidates[0].Date;
        }

        var own = OwnLines(report);
        var head = own.Length > 4000 ? own[..4000] : own;
        var mentions = DateText.Find(head);
        if (mentions.Count > 0)
        {
            return mentions.Max(m => m.Date);
        }

        var years = Year().Matches(head).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return years.Count > 0 ? new DateOnly(years.Max(), 7, 1) : null;
    }

    /// <summary>
    /// A date to give a year to a line that prints a day without one: the URL's date, or its year and month;
    /// else a full date line of the page's, else the latest full date of its own lines (<see cref="OwnLines"/>). A year the page only names in passing
    /// is no reference: it is as often a year past or one to come.
    /// </summary>
    private static DateOnly? YearlessReference(CleanReport report, DateOnly? urlDate)
    {
        if ((urlDate ?? UrlDate.YearMonth(report.Source.Metadata.Url)?.AddDays(14)) is { } u)
        {
            return u;
        }

        if (report.DateCandidates.Count > 0)
        {
            return report.DateCandidates[0].Date;
        }

        var full = DateText.Find(OwnLines(report));
        return full.Count > 0 ? full.Max(m => m.Date) : null;
    }

    /// <summary>
    /// The page's lines less those the cleaner found to be of something else, whose dates are not the
    /// report's: a photo's caption or credit (a file photo is often years old), an embedded post, a
    /// teaser or list of other stories, a promotion.
    /// </summary>
    private static string OwnLines(CleanReport report)
    {
        var others = report.Removed
            .Where(r => r.Reason is RemovalReason.Caption or RemovalReason.Credit or RemovalReason.Embed or RemovalReason.Teaser or RemovalReason.OtherStories or RemovalReason.Promo)
            .Select(r => r.Text)
            .ToHashSet(StringComparer.Ordinal);
        if (others.Count == 0)
        {
            return report.Source.Body;
        }

        return string.Join('\n', report.Source.Body.Split('\n')
            .Where(l => !others.Contains(string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))));
    }

    /// <summary>The years a text names.</summary>
    private static List<int> NamedYears(string text) =>
        Year().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>A label naming the line's date as the publication's, or a byline.</summary>
    [GeneratedRegex(@"\b(?:published|posted|first\s+published|original(?:ly)?|created)\b|^\W*by\s+\p{L}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublishedCue();

    /// <summary>The day a source was read, in a citation ("retrieved 20 November 2019", "accessed on"): not a publication.</summary>
    [GeneratedRegex(@"\b(?:retrieved|accessed|archived)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AccessedCue();

    /// <summary>
    /// The header of a reader's comment or a pingback under the article ("Jane Roe on March 3, 2025 at 4:36 pm
    /// said:"): its day is the comment's, later than the publication.
    /// </summary>
    [GeneratedRegex(@"\b(?:said|says|wrote|writes|replied|commented)\s*:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommentCue();

    [GeneratedRegex(@"\b(?:updated|modified|last\s+update)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedCue();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b\.?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayName();
}
