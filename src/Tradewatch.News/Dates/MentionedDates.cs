using System.Globalization;
using System.Text.RegularExpressions;
using Tradewatch.News.Reading;
using Tradewatch.News.Text;

namespace Tradewatch.News.Dates;

/// <summary>
/// A publication date inferred from the days a report speaks of, for a report that prints none of its
/// own: news tells of the latest event it reports on that day or the day after. The latest day named
/// in a sentence about the past ("on Feb. 1", "March 4, 2025") bounds it from below; a weekday in the
/// lead ("agreed Monday") moves it to that weekday on or after the bound, within the week a day named by
/// weekday and date allows ("takes effect Wednesday, June 4": the week before it), or else the week another
/// cue gives (a tariff's start named by its weekday that the schedule dates); days named in sentences about
/// the future ("set to expire on August 12"), the ends of periods ("the quarter ending April 27") and
/// terms ("a July 8 deadline") and the date of a print edition ("appears in print on Aug. 13") are
/// left out. A day without its year takes the year of the
/// page's full dates, its URL, its story's, or the year it names most often; without any year nothing is inferred.
/// </summary>
public static partial class MentionedDates
{
    /// <summary>Sentences counted as the lead, where the event the report is about is told.</summary>
    public const int LeadSentences = 3;

    /// <param name="text">The report's cleaned text.</param>
    /// <param name="url">Its address, whose date gives a year.</param>
    /// <param name="storyYear">The year of its story's dated reports, for a text that prints no full date and has no dated URL.</param>
    /// <param name="otherWeek">The days another cue puts the report in, in a year, when no day is named by weekday and date.</param>
    /// <param name="pageYear">The year of the page's copyright notice (<see cref="CopyrightYear"/>), for a text that gives no year of its own; asked only then.</param>
    public static DatedBy Infer(string text, string? url = null, int? storyYear = null, Func<int, Week?>? otherWeek = null, Func<int?>? pageYear = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (YearOf(text, url, storyYear, pageYear) is not { } year)
        {
            return default;
        }

        if (Relative(text, year) is { } told)
        {
            return told;
        }

        var week = WeekOf(text, year) ?? otherWeek?.Invoke(year);
        if (week is { } day && day.From == day.To)
        {
            // Another cue gave the day itself ("the duty took effect today").
            return new DatedBy(day.From, DateSource.Mentioned, $"the day {day.Evidence}", PublicationDates.MentionedConfidence);
        }

        if (LatestPast(text, year) is not var (bound, latestText))
        {
            return week is { } w && Lead(text, url) is { } l ? InWeek(w, w.From, l, null) ?? default : LeadBeforeAhead(text, year) ?? default;
        }

        if (week is { } within && Lead(text, url) is { } inWeek && InWeek(within, bound > within.From ? bound : within.From, inWeek, latestText) is { } placed)
        {
            return placed;
        }

        var result = bound;
        var evidence = $"the latest past day the text names, '{latestText}'";
        var confidence = PublicationDates.LatestPastAloneConfidence;
        if (week is { } after && bound < after.From)
        {
            // The days it names against its own ("last week, on July 9") begin after that day: a later bound.
            result = after.From;
            evidence = $"the first of the days {after.Evidence}, after '{latestText}', the latest past day the text names";
        }

        if (Lead(text, url) is { } lead)
        {
            confidence = PublicationDates.MentionedConfidence;
            result = result.AddDays(((int)lead.Day - (int)result.DayOfWeek + 7) % 7);
            evidence += $", and the weekday of its lead, '{lead.Evidence}'";
            if (lead.Late)
            {
                result = result.AddDays(1);
                evidence += $", the next day as {lead.Why}";
            }
        }

        if (BoundsOf(text, result, asPublished: true).Before is { } ahead && result >= ahead)
        {
            // The lead's weekday after the latest past day is not before a day the text still looks ahead to by its
            // date: the cues disagree, and nothing is inferred rather than a guess.
            return default;
        }

        return new DatedBy(result, DateSource.Mentioned, evidence + $" (year {year})", confidence);
    }

    /// <summary>
    /// For a text that names no past day: the lead's weekday, the latest before the earliest day the text names
    /// by its date as still to come ("signed the order Wednesday ... the duties will take effect April 2";
    /// <see cref="LeadDayBefore"/>); that day's year is the one that puts it nearest the middle of
    /// <paramref name="year"/>. A month still to come ("will start in September") is too far off to place a weekday,
    /// and a past bound of a period ("talks that ended on February 27") may be later than the weekday found.
    /// </summary>
    private static DatedBy? LeadBeforeAhead(string text, int year)
    {
        if (LatestPast(text, year, withBounds: true) is not null
            || BoundsOf(text, new DateOnly(year, 7, 1)) is not { Before: { } before, BeforeByMonth: false })
        {
            return null;
        }

        var bounds = BoundsOf(text, before.AddDays(-1), asPublished: true);
        return bounds.BeforeByMonth ? null : LeadDayBefore(text, bounds);
    }

    /// <summary>
    /// The first day of the lead's weekday on or after <paramref name="from"/> in <paramref name="week"/> (the
    /// day after, when the lead puts the news late in the day), or null when the week has no such day.
    /// </summary>
    private static DatedBy? InWeek(Week week, DateOnly from, LeadDay lead, string? latestText)
    {
        var day = from.AddDays(((int)lead.Day - (int)from.DayOfWeek + 7) % 7);
        if (day > week.To)
        {
            return null;
        }

        var past = latestText is null ? string.Empty : $", on or after '{latestText}', the latest past day the text names";
        var late = lead.Late ? $", the next day as {lead.Why}" : string.Empty;
        // Days longer than two weeks ("last month") hold the weekday several times: the first is a guess, as the latest past day and the lead's weekday alone are.
        var confidence = week.To.DayNumber - week.From.DayNumber > 2 * WeekdayReach ? PublicationDates.MentionedConfidence : PublicationDates.WeekdayConfirmedConfidence;
        return new DatedBy(day.AddDays(lead.Lag), DateSource.Mentioned, $"the '{lead.Evidence}' of its lead in the days {week.Evidence}{past}{late}", confidence);
    }

    /// <summary>How many days from the report's own a day lies that news names by its weekday (the AP's rule: within seven days).</summary>
    public const int WeekdayReach = 7;

    /// <summary>The days a report may have appeared on, from the days it names by weekday and date, and the words that say so.</summary>
    public readonly record struct Week(DateOnly From, DateOnly To, string Evidence);

    /// <summary>
    /// The days a report may have appeared on, from the days it names by both their weekday and their date
    /// ("on Wednesday, June 4", "takes effect Wednesday (June 4)"): news names a day by its weekday only
    /// within <see cref="WeekdayReach"/> days of its own, so a day told as past puts the report in the days
    /// after it, one still to come in the days before it, and the end of a term ("until Friday, June 6")
    /// within the reach either side. A weekday that does not fall on its date in the year read (its own,
    /// else <paramref name="year"/> or the year either side) is no cue. A past day told both by its date and
    /// by its distance from the report's ("last week, on July 9") places it too (<see cref="ToldAgainstReport"/>).
    /// The days every such day allows; null when none names one, or when they do not agree.
    /// </summary>
    public static Week? WeekOf(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        Week? week = null;
        foreach (var reporting in ReportingSentences(text))
        {
            var future = Tense.IsAhead(reporting);
            var placed = new List<(DateOnly From, DateOnly To, string Words)>();
            foreach (Match m in WeekdayAndDate().Matches(reporting))
            {
                if (Agreeing(m, year) is not { } day)
                {
                    continue;
                }

                var term = PeriodBound().IsMatch(reporting.AsSpan(0, m.Index)) || TermAfter().IsMatch(reporting.AsSpan(m.Index + m.Length));
                var ahead = future && !ToldOn(reporting, m.Index);
                var (from, to, how) = term ? (day.AddDays(-WeekdayReach), day.AddDays(WeekdayReach), "the end of a term")
                    : ahead ? (day.AddDays(-WeekdayReach), day, "still to come") : (day, day.AddDays(WeekdayReach), "past");
                placed.Add((from, to, $"'{m.Value.Trim()}' ({how}, {day:yyyy-MM-dd})"));
            }

            placed.AddRange(ToldAgainstReport(reporting, year));
            foreach (var (from, to, words) in placed)
            {
                if (week is not { } w)
                {
                    week = new Week(from, to, "of " + words);
                }
                else if (from > w.To || to < w.From)
                {
                    // The days disagree (a slip, or a day named by its weekday from further off): none is a cue.
                    return null;
                }
                else
                {
                    week = new Week(from > w.From ? from : w.From, to < w.To ? to : w.To, $"{w.Evidence} and {words}");
                }
            }
        }

        return week;
    }

    /// <summary>
    /// The days a report may have appeared on by a clause that tells of a past day both by its date and by its
    /// distance from the report's own day ("last week, on July 9", "earlier this month, on June 3", "yesterday,
    /// March 4"): the week or month after it by "last week" or "last month", the rest of its week or month by
    /// "this week" or "this month", the day after it by "yesterday", the day itself by "today"
    /// (<see cref="ReportDays"/>). Only a clause with one date and one such word pairs them, and not one about
    /// the future ("later this month") nor the bound of a period or a term ("the truce ending July 9"). A day
    /// without its year is read in <paramref name="year"/>.
    /// </summary>
    private static IEnumerable<(DateOnly From, DateOnly To, string Words)> ToldAgainstReport(string reporting, int year)
    {
        var start = 0;
        var breaks = ClauseBreak().Matches(reporting);
        for (var i = 0; i <= breaks.Count; i++)
        {
            var end = i < breaks.Count ? breaks[i].Index : reporting.Length;
            var clause = reporting[start..end];
            start = i < breaks.Count ? breaks[i].Index + breaks[i].Length : end;
            var days = MonthDay().Matches(clause);
            var periods = PeriodTold().Matches(clause);
            var relative = RelativeDay().Matches(clause);
            if (days.Count != 1 || periods.Count + relative.Count != 1 || Tense.IsAhead(clause) || MonthAlone().IsMatch(clause))
            {
                continue;
            }

            var m = days[0];
            var told = periods.Count == 1 ? periods[0] : relative[0];
            if (LaterOrNext().IsMatch(clause.AsSpan(0, told.Index)) || PeriodBound().IsMatch(clause.AsSpan(0, m.Index)) || TermAfter().IsMatch(clause.AsSpan(m.Index + m.Length)))
            {
                continue;
            }

            var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : year;
            if (CalendarDay.Of(y, CalendarDay.MonthNumber(m.Groups["mon"].Value), int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture)) is not { } date)
            {
                continue;
            }

            var word = periods.Count == 1
                ? (told.Groups["week"].Success ? (told.Groups["last"].Success ? TimeWord.LastWeek : TimeWord.ThisWeek) : (told.Groups["last"].Success ? TimeWord.LastMonth : TimeWord.ThisMonth))
                : told.Groups["before"].Success ? TimeWord.Yesterday : TimeWord.Today;
            if (ReportDays(word, date, date) is { } span)
            {
                yield return (span.From, span.To, $"'{told.Value}' and '{m.Value.Trim()}' ({date:yyyy-MM-dd}, told against the report's day)");
            }
        }
    }

    /// <summary>A period word told as still to come: "later this month", "next week".</summary>
    [GeneratedRegex(@"(?:later|next)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LaterOrNext();

    /// <summary>The date of a day named with its weekday, in its own year or the nearest to <paramref name="year"/> on which the weekday falls; null when none.</summary>
    private static DateOnly? Agreeing(Match m, int year)
    {
        var month = CalendarDay.MonthNumber(m.Groups["mon"].Value);
        var d = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var weekday = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value, ignoreCase: true);
        var years = m.Groups["y"].Success ? [int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture)] : new[] { year, year - 1, year + 1 };
        foreach (var y in years)
        {
            if (CalendarDay.Of(y, month, d) is { } date && date.DayOfWeek == weekday)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The report's day when the latest past day its text names falls on the weekday its lead tells its news
    /// of ("agreed Monday ... the talks on July 14"): news names a day of its own week by its weekday, so the
    /// two cues, read apart, agree on the news day; late news is reported the day after. The year is the
    /// day's own, else <paramref name="year"/>; in another year the weekday seldom agrees. Null when they
    /// do not agree or either is missing.
    /// </summary>
    public static DatedBy? WeekdayConfirmed(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Lead(text) is not { } lead || LatestPast(text, year) is not var (day, words) || day.DayOfWeek != lead.Day)
        {
            return null;
        }

        var late = lead.Late ? $", reported the day after as {lead.Why}" : string.Empty;
        return new DatedBy(day.AddDays(lead.Lag), DateSource.Mentioned, $"the '{lead.Evidence}' of its lead is '{words}', the latest past day its text names (year {day.Year}){late}", PublicationDates.WeekdayConfirmedConfidence);
    }

    /// <summary>
    /// The latest day the text names as past (not the bound of a period or a term, unless <paramref name="withBounds"/>),
    /// and its words; yearless days in <paramref name="year"/>.
    /// </summary>
    private static (DateOnly Day, string Words)? LatestPast(string text, int year, bool withBounds = false)
    {
        DateOnly? latest = null;
        string? latestText = null;
        foreach (var reporting in ReportingSentences(text))
        {
            var ahead = Tense.IsAhead(reporting);
            foreach (Match m in MonthDay().Matches(reporting))
            {
                if (ahead && !ToldOn(reporting, m.Index) && !Tense.IsPastClause(reporting, m.Index, m.Length))
                {
                    // A sentence about what is still to come; only the day it was told on is past ("..., Beijing announced on June 7"),
                    // or a day of a clause that tells a past deed ("..., a week after tariffs rose on Aug. 5").
                    continue;
                }

                var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : year;
                var month = CalendarDay.MonthNumber(m.Groups["mon"].Value);
                var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
                if (CalendarDay.Of(y, month, day) is null)
                {
                    continue;
                }

                if (!withBounds && (PeriodBound().IsMatch(reporting.AsSpan(0, m.Index)) || TermAfter().IsMatch(reporting.AsSpan(m.Index + m.Length))))
                {
                    // The end of a period or a term ("the quarter ending April 27", "until May 1") is no event of the day.
                    continue;
                }

                var date = new DateOnly(y, month, day);
                if (latest is null || date > latest)
                {
                    (latest, latestText) = (date, m.Value);
                }
            }
        }

        return latest is { } found ? (found, latestText!) : null;
    }

    /// <summary>
    /// The report's day from a day it names both by its distance from the report's and by its date:
    /// "yesterday (March 3)", "today, March 4,", "tomorrow (Wednesday, March 5)", "on March 3 (yesterday)".
    /// The first such pair in the reporting words (not in a quotation) gives the day; its year is the
    /// date's own, else <paramref name="year"/>.
    /// </summary>
    public static DatedBy? Relative(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var sentence in Sentences.Split(text))
        {
            var reporting = Quotations.Blanked(sentence);
            foreach (Match m in RelativeAndDate().Matches(reporting))
            {
                var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : year;
                var month = CalendarDay.MonthNumber(m.Groups["mon"].Value);
                var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
                if (CalendarDay.Of(y, month, day) is null)
                {
                    continue;
                }

                var rel = m.Groups["rel"].Value.ToLowerInvariant();
                var lag = rel == "yesterday" ? 1 : rel == "tomorrow" ? -1 : 0;
                var date = new DateOnly(y, month, day).AddDays(lag);
                return new DatedBy(date, DateSource.Mentioned, $"'{m.Value.Trim()}': the day it names by its distance from the report's (year {y})", PublicationDates.RelativeDayConfidence);
            }
        }

        return null;
    }

    /// <summary>
    /// Every day a text names, each with its sentence: calendar days ("Feb. 3", "3 March 2025") in the year
    /// that puts them nearest <paramref name="published"/> when they give none, and weekdays of the
    /// report's own week, on or before the day it was published (after it in a clause about the future).
    /// </summary>
    public static IEnumerable<(DateOnly Day, string Sentence, string Words)> Named(string text, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var sentence in Sentences.Split(text))
        {
            if (PrintEdition.Notes(sentence))
            {
                continue;
            }

            var reporting = Quotations.Blanked(sentence);
            foreach (Match m in MonthDay().Matches(reporting))
            {
                if (Nearest(m, published) is { } b)
                {
                    yield return (b, sentence, m.Value);
                }
            }

            foreach (Match w in Weekday().Matches(reporting))
            {
                var wd = (int)Enum.Parse<DayOfWeek>(w.Groups["wd"].Value, ignoreCase: true);
                var day = AheadAt(reporting, w)
                    ? published.AddDays((wd - (int)published.DayOfWeek + 7) % 7)
                    : published.AddDays(-(((int)published.DayOfWeek - wd + 7) % 7));
                yield return (day, sentence, w.Value);
            }
        }
    }

    /// <summary>
    /// The first sentence of the lead that tells its news by its distance from the report's own day, not
    /// by a weekday: "said yesterday", "last night" (lag 1), "announced today", "this morning" (lag 0).
    /// </summary>
    public static (int Lag, string Evidence, string Sentence)? LeadRelative(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = 0;
        foreach (var sentence in Sentences.Split(text))
        {
            if (++n > LeadSentences)
            {
                break;
            }

            var reporting = Quotations.Blanked(sentence);
            if (!Tense.IsAhead(reporting) && RelativeDay().Match(reporting) is { Success: true } r)
            {
                return (r.Groups["before"].Success ? 1 : 0, r.Value, sentence);
            }
        }

        return null;
    }

    /// <summary>
    /// What a report's own words say of its day: it appeared on or after the latest day it tells of as past
    /// (<see cref="Bounds.After"/>; not the end of a period or a term), and on or before the earliest day it
    /// tells of as still to come (<see cref="Bounds.Before"/>: "will take effect on March 4", "is set to
    /// expire on Aug. 12"); a month without its day ("announced in April", "will start in September") bounds
    /// it by the month's first or last day; a day named by its weekday and its date puts it within a week of
    /// that day (<see cref="WeekOf"/>). Days without a year take the one that puts them nearest
    /// <paramref name="reference"/>.
    /// </summary>
    /// <param name="text">The report's text.</param>
    /// <param name="reference">The day yearless days are read near.</param>
    /// <param name="asPublished">
    /// Whether <paramref name="reference"/> is taken as the day the report appeared (then the days it names
    /// by weekday and date, <see cref="WeekOf"/>, do not bound it), so that a yearless
    /// day or month told as past falls in the latest year that puts it on or before it, and one told as
    /// still to come in the earliest that puts it on or after it ("in January", told as past in November,
    /// is the January before).
    /// </param>
    public static Bounds BoundsOf(string text, DateOnly reference, bool asPublished = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bounds = default(Bounds);
        foreach (var reporting in ReportingSentences(text))
        {
            var future = Tense.IsAhead(reporting);
            foreach (Match m in MonthDay().Matches(reporting))
            {
                if ((asPublished && !m.Groups["y"].Success ? Tensed(m, reference, future) : Nearest(m, reference)) is not { } date)
                {
                    continue;
                }

                if (!future || ToldOn(reporting, m.Index))
                {
                    var term = PeriodBound().IsMatch(reporting.AsSpan(0, m.Index)) || TermAfter().IsMatch(reporting.AsSpan(m.Index + m.Length));
                    if (!term && (bounds.After is not { } a || date > a))
                    {
                        bounds = bounds with { After = date, AfterWords = m.Value };
                    }
                }
                else if (FutureBefore().Match(reporting[..m.Index]) is { Success: true } f && !Reported().IsMatch(f.Groups["gap"].ValueSpan)
                    && (bounds.Before is not { } b || date < b))
                {
                    bounds = bounds with { Before = date, BeforeWords = f.Value.Trim() + " " + m.Value, BeforeByMonth = false };
                }
            }

            foreach (Match m in MonthAlone().Matches(reporting))
            {
                // A month without its day: past, the report came after it began; ahead, before it ended.
                var month = CalendarDay.MonthNumber(m.Groups["mon"].Value);
                var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture)
                    : !asPublished ? NearestYear(month, reference)
                    : future ? (month >= reference.Month ? reference.Year : reference.Year + 1)
                    : (month <= reference.Month ? reference.Year : reference.Year - 1);
                if (year is < 1900 or > 2200)
                {
                    continue;
                }

                var first = new DateOnly(year, month, 1);
                if (!future && !m.Groups["term"].Success && (bounds.After is not { } a || first > a))
                {
                    bounds = bounds with { After = first, AfterWords = m.Value };
                }
                else if (future && FutureBefore().Match(reporting[..m.Index]) is { Success: true } f && !Reported().IsMatch(f.Groups["gap"].ValueSpan))
                {
                    var last = first.AddMonths(1).AddDays(-1);
                    if (bounds.Before is not { } b || last < b)
                    {
                        bounds = bounds with { Before = last, BeforeWords = f.Value.Trim() + " " + m.Value, BeforeByMonth = true };
                    }
                }
            }
        }

        if (!asPublished && WeekOf(text, reference.Year) is { } week)
        {
            // A day named by its weekday puts the report within a week of it (WeekOf). Not asked of a page
            // weighing the dates it prints, which a slip of a writer's should not overrule.
            if (bounds.After is not { } a || week.From > a)
            {
                bounds = bounds with { After = week.From, AfterWords = week.Evidence };
            }

            if (bounds.Before is not { } b || week.To < b)
            {
                bounds = bounds with { Before = week.To, BeforeWords = week.Evidence, BeforeByMonth = false };
            }
        }

        return bounds;
    }

    /// <summary>
    /// The report's day when its words put it before a day they tell of as still to come by its date (<see
    /// cref="Bounds.Before"/>: "the duties will take effect April 2") and its lead names its news by a weekday
    /// ("signed the order Wednesday"): news names the days of its own week by their weekdays and a day it names
    /// only by its date lies ahead of its own, so the report's day is the latest of the lead's weekday before
    /// that day (the day after it, when the lead puts the news late in the day), and not before the latest day
    /// it tells of as past (<see cref="Bounds.After"/>). Null when it names no day to come, its lead no weekday,
    /// or the bounds leave no such day.
    /// </summary>
    public static DatedBy? LeadDayBefore(string text, Bounds bounds)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (bounds.Before is not { } before || Lead(text) is not { } lead)
        {
            return null;
        }

        var last = before.AddDays(-1);
        var reported = (DayOfWeek)(((int)lead.Day + lead.Lag) % 7);
        var day = last.AddDays(-(((int)last.DayOfWeek - (int)reported + 7) % 7));
        if (bounds.After is { } after && day < after)
        {
            return null;
        }

        var late = lead.Late ? $", reported the day after as {lead.Why}" : string.Empty;
        var past = bounds.After is null ? string.Empty : $", after '{bounds.AfterWords}'";
        return new DatedBy(day, DateSource.Mentioned, $"the '{lead.Evidence}' of its lead, the latest before '{bounds.BeforeWords}', a day it tells of as still to come{past}{late}", PublicationDates.BoundedByStoryConfidence);
    }

    /// <summary>
    /// The days a report's words put its publication between; either may be unknown. <paramref name="BeforeByMonth"/>:
    /// the day before which it appeared is the last of a month it tells of as still to come ("will start in
    /// September"), not a day it names.
    /// </summary>
    public readonly record struct Bounds(DateOnly? After, string? AfterWords, DateOnly? Before, string? BeforeWords, bool BeforeByMonth = false)
    {
        /// <summary>
        /// Whether the report may have appeared on <paramref name="day"/>: on or after the latest day it tells of as
        /// past, and before a day it names as still to come (on that day news calls it "today", not by its date).
        /// </summary>
        public bool Admits(DateOnly day) => (After is not { } a || day >= a) && (Before is not { } b || day < b);
    }

    /// <summary>The year that puts the middle of <paramref name="month"/> nearest <paramref name="reference"/>.</summary>
    private static int NearestYear(int month, DateOnly reference) =>
        new[] { reference.Year - 1, reference.Year, reference.Year + 1 }
            .MinBy(y => Math.Abs(new DateOnly(y, month, 15).DayNumber - reference.DayNumber));

    /// <summary>A yearless day in the latest year that puts it on or before <paramref name="published"/>, or when still to come the earliest on or after it.</summary>
    private static DateOnly? Tensed(Match m, DateOnly published, bool future)
    {
        var month = CalendarDay.MonthNumber(m.Groups["mon"].Value);
        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        foreach (var y in future ? new[] { published.Year, published.Year + 1 } : [published.Year, published.Year - 1])
        {
            if (CalendarDay.Of(y, month, day) is { } d && (future ? d >= published : d <= published))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>A named day ("Feb. 3", "3 March 2025") in its own year, else the year that puts it nearest <paramref name="reference"/>.</summary>
    private static DateOnly? Nearest(Match m, DateOnly reference)
    {
        var month = CalendarDay.MonthNumber(m.Groups["mon"].Value);
        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        DateOnly? best = null;
        var years = m.Groups["y"].Success
            ? [int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture)]
            : new[] { reference.Year - 1, reference.Year, reference.Year + 1 };
        foreach (var y in years)
        {
            if (CalendarDay.Of(y, month, day) is { } d)
            {
                if (best is null || Math.Abs(d.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber))
                {
                    best = d;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The weekday the lead tells its news of ("agreed Monday"), with its words and sentence, and whether
    /// the lead puts that news late in the day ("late Monday", "Monday evening", "Monday night", an evening hour in its sentence): such
    /// news reaches the pages of the next day.
    /// </summary>
    /// <remarks>A page of a print edition (<see cref="PrintEdition.Replica"/>, from <see cref="Lead(string, string?)"/>) also carries the news of the day before.</remarks>
    public readonly record struct LeadDay(DayOfWeek Day, string Evidence, string Sentence, string? LateWords, string? PrintedBy = null)
    {
        /// <summary>Whether the news reached the report the day after: it came late that day, or the report is a print edition's page.</summary>
        public bool Late => LateWords is not null || PrintedBy is not null;

        /// <summary>Why the report came out the day after its news.</summary>
        public string Why => LateWords is not null
            ? $"its news came late that day ('{LateWords}')"
            : $"it is a page of a print edition ({PrintedBy}), which carries the news of the day before";

        /// <summary>Days from the news to the earliest report of it: 1 when it came late in the day, else 0.</summary>
        public int Lag => Late ? 1 : 0;
    }

    /// <summary>The sentences of the lead (<see cref="LeadSentences"/>).</summary>
    public static IEnumerable<string> OpeningSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Sentences.Split(text).Take(LeadSentences);
    }

    /// <summary>
    /// Every weekday of the report's own week a text tells of as past ("On Saturday, the president had
    /// ordered ..."), with its words and sentence, in the text's order; "last Monday", a weekday in a
    /// quotation or in a sentence about the future are left out.
    /// </summary>
    public static IEnumerable<(DayOfWeek Day, string Words, string Sentence)> WeekdaysTold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var sentence in Sentences.Split(text))
        {
            var reporting = Quotations.Blanked(sentence);
            if (Tense.IsAhead(reporting))
            {
                continue;
            }

            foreach (Match w in Weekday().Matches(reporting))
            {
                yield return (Enum.Parse<DayOfWeek>(w.Groups["wd"].Value, ignoreCase: true), w.Value, sentence);
            }
        }
    }

    /// <summary>
    /// Every sentence that tells of an event by its week, as past: "last week" (<c>Weeks</c> 1), "earlier
    /// this week" or "this week" (0), with its words, in the text's order. Quotations and sentences about
    /// the future are left out, as are sentences that also name a weekday or a date, which place the event
    /// by their own day.
    /// </summary>
    public static IEnumerable<(int Weeks, string Words, string Sentence)> WeeksTold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var sentence in Sentences.Split(text))
        {
            var reporting = Quotations.Blanked(sentence);
            if (Tense.IsAhead(reporting) || Weekday().IsMatch(reporting) || MonthDay().IsMatch(reporting)
                || WeekTold().Match(reporting) is not { Success: true } w)
            {
                continue;
            }

            yield return (w.Groups["last"].Success ? 1 : 0, w.Value, sentence);
        }
    }

    /// <summary>The one word by which a sentence places the event it tells of against its report's own day.</summary>
    public enum TimeWord
    {
        /// <summary>No word: a sentence of the lead, whose news is of the report's day or the day before.</summary>
        Lead,

        /// <summary>A calendar day: "on July 14", "3 March 2025".</summary>
        Day,

        /// <summary>A month without its day, as past: "in April".</summary>
        Month,

        /// <summary>A weekday of the report's own week: "on Tuesday".</summary>
        Weekday,

        Yesterday,

        Today,

        /// <summary>"last week", "the previous week": the calendar week before the report's.</summary>
        LastWeek,

        /// <summary>"this week", "earlier this week".</summary>
        ThisWeek,

        /// <summary>"last month", "the previous month": the calendar month before the report's.</summary>
        LastMonth,

        /// <summary>"this month", "earlier this month".</summary>
        ThisMonth,
    }

    /// <summary>A sentence told as past that places its event by one time word (<see cref="TimeWord"/>), and the words.</summary>
    public readonly record struct Placing(TimeWord Word, string Words, string Sentence, int Month = 0, int DayOfMonth = 0, int? Year = null, DayOfWeek Weekday = default);

    /// <summary>
    /// Every sentence of the report's own words (quotations blanked) that tells of an event as past and places
    /// it by exactly one time word (<see cref="TimeWord"/>; a weekday next to its date counts once), and each
    /// sentence of the lead that names no time at all (<see cref="TimeWord.Lead"/>). A sentence about the
    /// future, or one with two time words, places nothing: which event each belongs to is not read.
    /// </summary>
    public static IEnumerable<Placing> Placings(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = 0;
        foreach (var sentence in Sentences.Split(text))
        {
            n++;
            if (PrintEdition.Notes(sentence))
            {
                continue;
            }

            var reporting = Quotations.Blanked(sentence);
            var found = new List<Placing>();
            var ahead = false;

            // A time word told as still to come places nothing, but marks the sentence as speaking of the future.
            void Told(Match m, Placing placing)
            {
                if (AheadAt(reporting, m))
                {
                    ahead = true;
                }
                else
                {
                    found.Add(placing);
                }
            }

            var days = MonthDay().Matches(reporting);
            foreach (Match m in days)
            {
                if (AheadAt(reporting, m))
                {
                    ahead = true;
                }
                else if (!PeriodBound().IsMatch(reporting.AsSpan(0, m.Index)) && !TermAfter().IsMatch(reporting.AsSpan(m.Index + m.Length)))
                {
                    found.Add(new Placing(TimeWord.Day, m.Value, sentence, CalendarDay.MonthNumber(m.Groups["mon"].Value), int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture),
                        m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null));
                }
            }

            foreach (Match m in MonthAlone().Matches(reporting))
            {
                if (AheadAt(reporting, m))
                {
                    ahead = true;
                }
                else if (!m.Groups["term"].Success)
                {
                    found.Add(new Placing(TimeWord.Month, m.Value, sentence, CalendarDay.MonthNumber(m.Groups["mon"].Value), 0,
                        m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null));
                }
            }

            // A weekday beside a past date names that date; beside a day still to come, its own past day.
            if (!found.Any(f => f.Word == TimeWord.Day))
            {
                var dated = WeekdayAndDate().Matches(reporting);
                foreach (Match w in Weekday().Matches(reporting))
                {
                    if (!WithItsDate(dated, w))
                    {
                        Told(w, new Placing(TimeWord.Weekday, w.Value, sentence, Weekday: Enum.Parse<DayOfWeek>(w.Groups["wd"].Value, ignoreCase: true)));
                    }
                }
            }

            foreach (Match r in RelativeDay().Matches(reporting))
            {
                Told(r, new Placing(r.Groups["before"].Success ? TimeWord.Yesterday : TimeWord.Today, r.Value, sentence));
            }

            foreach (Match p in PeriodTold().Matches(reporting))
            {
                var week = p.Groups["week"].Success;
                var last = p.Groups["last"].Success;
                Told(p, new Placing(week ? (last ? TimeWord.LastWeek : TimeWord.ThisWeek) : (last ? TimeWord.LastMonth : TimeWord.ThisMonth), p.Value, sentence));
            }

            if (found.Count == 1)
            {
                // One past time word; a day still to come in another clause ("a truce that expires on
                // August 12") is of another event and does not stop it placing its own.
                yield return found[0];
            }
            else if (found.Count == 0 && !ahead && n <= LeadSentences && !Tense.IsAhead(reporting) && !AnyTimeWord().IsMatch(reporting))
            {
                yield return new Placing(TimeWord.Lead, "its lead", sentence);
            }
        }
    }

    /// <summary>
    /// The days the event of <paramref name="placing"/> falls on, as the report it is read from, published on
    /// <paramref name="published"/>, places it; null when the words do not fit the day (a day after it).
    /// </summary>
    public static (DateOnly From, DateOnly To)? EventSpan(Placing placing, DateOnly published)
    {
        var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
        var first = new DateOnly(published.Year, published.Month, 1);
        switch (placing.Word)
        {
            case TimeWord.Lead:
                return (published.AddDays(-1), published);
            case TimeWord.Day:
                foreach (var y in placing.Year is { } year ? [year] : new[] { published.Year, published.Year - 1 })
                {
                    if (CalendarDay.Of(y, placing.Month, placing.DayOfMonth) is { } d && d <= published)
                    {
                        return (d, d);
                    }
                }

                return null;
            case TimeWord.Month:
                var inYear = placing.Year ?? (placing.Month <= published.Month ? published.Year : published.Year - 1);
                if (inYear is < 1900 or > 2200 || new DateOnly(inYear, placing.Month, 1) is var start && start > published)
                {
                    return null;
                }

                var end = start.AddMonths(1).AddDays(-1);
                return (start, end < published ? end : published);
            case TimeWord.Weekday:
                var day = published.AddDays(-(((int)published.DayOfWeek - (int)placing.Weekday + 7) % 7));
                return (day, day);
            case TimeWord.Yesterday:
                return (published.AddDays(-1), published.AddDays(-1));
            case TimeWord.Today:
                return (published, published);
            case TimeWord.LastWeek:
                return (monday.AddDays(-7), monday.AddDays(-1));
            case TimeWord.ThisWeek:
                return (monday, published);
            case TimeWord.LastMonth:
                return (first.AddMonths(-1), first.AddDays(-1));
            default:
                return (first, published);
        }
    }

    /// <summary>
    /// The days a report may have appeared on when it places an event of <paramref name="from"/> to
    /// <paramref name="to"/> by a word told against its own day: on the day or within the week after it by its
    /// weekday (<see cref="WeekdayReach"/>), the day after by "yesterday", the week or month after by "last
    /// week" or "last month", the rest of its week or month by "this week" or "this month". Null for a word that
    /// names the event's day whatever the report's (a date, a month) and for a lead that names none.
    /// </summary>
    public static (DateOnly From, DateOnly To)? ReportDays(TimeWord word, DateOnly from, DateOnly to)
    {
        static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        static DateOnly First(DateOnly d) => new(d.Year, d.Month, 1);
        return word switch
        {
            TimeWord.Weekday => (from, to.AddDays(WeekdayReach - 1)),
            TimeWord.Yesterday => (from.AddDays(1), to.AddDays(1)),
            TimeWord.Today => (from, to),
            TimeWord.LastWeek => (Monday(from).AddDays(7), Monday(to).AddDays(13)),
            TimeWord.ThisWeek => (from, Monday(to).AddDays(6)),
            TimeWord.LastMonth => (First(from).AddMonths(1), First(to).AddMonths(2).AddDays(-1)),
            TimeWord.ThisMonth => (from, First(to).AddMonths(1).AddDays(-1)),
            _ => null,
        };
    }

    /// <summary>Whether a weekday is named with its date ("Monday, July 28", "28 July (Monday)": <see cref="WeekdayAndDate"/>), so names one day with it.</summary>
    private static bool WithItsDate(MatchCollection dated, Match weekday) =>
        dated.Any(d => weekday.Index >= d.Index && weekday.Index < d.Index + d.Length);

    /// <summary>
    /// Whether the time word <paramref name="m"/> is told as still to come: its clause (up to a semicolon, a
    /// colon, a dash, a bracket, or a comma before a conjunction or a relative pronoun, or "that" or "which") speaks of the future
    /// (<see cref="Tense.IsAheadNow"/>), and it is not the day something was told ("said Tuesday that it would ...").
    /// </summary>
    private static bool AheadAt(string reporting, Match m)
    {
        var start = 0;
        foreach (Match b in ClauseBreak().Matches(reporting))
        {
            if (b.Index + b.Length <= m.Index)
            {
                start = b.Index + b.Length;
            }
            else if (b.Index >= m.Index + m.Length)
            {
                return Tense.IsAheadNow(reporting[start..b.Index]) && !ToldOn(reporting, m.Index);
            }
        }

        return Tense.IsAheadNow(reporting[start..]) && !ToldOn(reporting, m.Index);
    }

    /// <summary>
    /// Where a clause ends: a semicolon, a colon, a dash, a bracket, a comma before a conjunction or a relative
    /// pronoun, or "that" or "which" without one: the clause it opens tells of its noun or of what was said
    /// ("began talks on Monday | that could extend a truce", "said on Friday | that duties will rise in May").
    /// </summary>
    [GeneratedRegex(@"[;:()—–]|\s-{1,2}\s|,\s+(?=(?:and|but|or|while|whereas|although|though|which|who|after|before|when|as|since|because)\b)|\s(?=(?:that|which)\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>A past event placed by its week or month: "last week", "the previous month", "earlier this week", "this month".</summary>
    [GeneratedRegex(@"\b(?:(?<last>last|previous)\s+|(?:earlier\s+)?this\s+)(?:(?<week>week)|month)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodTold();

    /// <summary>Any word that tells a time: a weekday, a month, a day by its distance, a week, month or year, "ago".</summary>
    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|yesterday|today|tonight|tomorrow|week|weeks|month|months|year|years|ago|(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnyTimeWord();

    /// <summary>A past event placed by its week: "last week", "earlier this week", "this week".</summary>
    [GeneratedRegex(@"\b(?:(?<last>last|past|previous)\s+week|(?:earlier\s+)?this\s+week)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeekTold();

    /// <summary>
    /// The first weekday a sentence tells of as past: any in a clause about the past, and in one about the
    /// future only the day it was told on ("the minister said Friday that duties would double"); when
    /// <paramref name="bare"/>, not one named with its date ("Monday, July 28"). A clause about the future
    /// beside it does not make it so ("began talks on Monday that could extend a truce expiring next week").
    /// </summary>
    private static Match? ToldWeekday(string reporting, bool bare = false)
    {
        var dated = bare ? WeekdayAndDate().Matches(reporting) : null;
        foreach (Match w in Weekday().Matches(reporting))
        {
            if (dated is not null && WithItsDate(dated, w))
            {
                continue;
            }

            if (!AheadAt(reporting, w))
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>The lead's day (<see cref="Lead(string)"/>) of a report at <paramref name="url"/>: on a print edition's page, news of the day before.</summary>
    public static LeadDay? Lead(string text, string? url)
    {
        var lead = Lead(text);
        return lead is { Late: false } l && PrintEdition.Replica(url) is { } printed ? l with { PrintedBy = printed } : lead;
    }

    /// <summary>
    /// The first sentence of the lead that names a weekday of the report's own week as past (in a sentence
    /// about the future, the day it was told on), that weekday and its words.
    /// </summary>
    public static LeadDay? Lead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Lead(text, bare: true) ?? Lead(text, bare: false);
    }

    /// <summary>
    /// The lead's day, from its first weekday told as past; when <paramref name="bare"/>, only a weekday named
    /// without its date ("ended on Tuesday"), as news names the days of its own week so; a day named with its date
    /// ("began on Monday, July 28") may be of an earlier week, and places the report by itself (<see cref="WeekOf"/>).
    /// </summary>
    private static LeadDay? Lead(string text, bool bare)
    {
        var n = 0;
        LeadDay? found = null;
        foreach (var sentence in Sentences.Split(text))
        {
            if (++n > LeadSentences)
            {
                break;
            }

            var reporting = Quotations.Blanked(sentence);
            if (found is null && ToldWeekday(reporting, bare) is { } w)
            {
                found = new LeadDay(Enum.Parse<DayOfWeek>(w.Groups["wd"].Value, ignoreCase: true), w.Value, sentence, null);
            }

            if (found is { } f)
            {
                foreach (Match late in LateInDay().Matches(reporting))
                {
                    if (string.Equals(late.Groups["wd"].Value, f.Day.ToString(), StringComparison.Ordinal))
                    {
                        return f with { LateWords = late.Value };
                    }
                }

                // An evening hour in the weekday's own sentence ("began on Monday ... concluding around 8 pm") is its evening.
                if (ReferenceEquals(sentence, f.Sentence) && EveningHour().Match(reporting) is { Success: true } evening)
                {
                    return f with { LateWords = evening.Value };
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The year of the latest full date the page tells of as past (<see cref="FullDates"/>), else its URL's (a
    /// full date or a year and month), else the year of its story's reports (<paramref name="storyYear"/>), else
    /// that of its copyright notice (<paramref name="pageYear"/>), else that of the earliest full date it tells of
    /// as still to come (the report comes before it, most often in its year), else the year the text names most
    /// often: a bare year is as often one to come ("a tour in 2020") or one past as the page's own. A day to come,
    /// or the bound of a period ("the quarter ending April 27, 2026"), may lie years after the page's own.
    /// </summary>
    private static int? YearOf(string text, string? url, int? storyYear = null, Func<int?>? pageYear = null)
    {
        var (past, ahead) = FullDates(text);
        if (past is { } latest)
        {
            return latest.Year;
        }

        if ((UrlDate.Find(url) ?? UrlDate.YearMonth(url)) is { } u)
        {
            return u.Year;
        }

        if ((storyYear ?? pageYear?.Invoke() ?? ahead?.Year) is { } y)
        {
            return y;
        }

        var years = Year().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
        return years;
    }

    /// <summary>
    /// The latest full date (with its year) the text tells of as past, and the earliest it tells of as still to
    /// come or as the bound of a period or a term; what it quotes and a print edition's note left out.
    /// </summary>
    private static (DateOnly? LatestPast, DateOnly? EarliestAhead) FullDates(string text)
    {
        DateOnly? past = null, ahead = null;
        foreach (var reporting in ReportingSentences(text))
        {
            var future = Tense.IsAhead(reporting);
            foreach (var written in DateText.Find(reporting))
            {
                var bound = PeriodBound().IsMatch(reporting.AsSpan(0, written.Start)) || TermAfter().IsMatch(reporting.AsSpan(written.End));
                if (!bound && (!future || ToldOn(reporting, written.Start)))
                {
                    past = past is { } p && p >= written.Date ? p : written.Date;
                }
                else
                {
                    ahead = ahead is { } a && a <= written.Date ? a : written.Date;
                }
            }
        }

        return (past, ahead);
    }

    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|per\s?cent|percent|billion|million|[:.]\d))(?:,?\s+(?<y>(?:19|20|21)\d\d)\b)?|\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:,?\s+(?<y>(?:19|20|21)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    /// <summary>A weekday told as a past day of the report's own week; "last Monday" and "next Monday" are other weeks.</summary>
    [GeneratedRegex(@"(?<!\b(?:last|next|previous|following|every|each)\s)\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    /// <summary>
    /// Words that put the day after them still to come, a few words on in the same clause: "will take
    /// effect on", "is set to expire on", "are due on", and the present tense of a schedule ("expires on", "takes
    /// effect on"), which tells of a day to come. "Would" is left out: reported speech uses it of days past, and so
    /// is a verb of a schedule after it ("would expire on").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:would|could|might|not|to)[ \t]+)\b(?:will|shall|set to|scheduled to|slated to|poised to|expected to|plans? to|going to|(?:is|are) due|expires?|lapses?|runs?[ \t]+out|takes?[ \t]+effect|kicks?[ \t]+in|comes?[ \t]+into[ \t]+(?:force|effect))\b(?<gap>[^,;:()]{0,60})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureBefore();

    /// <summary>
    /// Whether the day at <paramref name="index"/> is the day something was told, a past deed in a sentence
    /// that may speak of the future: "X will visit Britain next week, Beijing announced on June 7".
    /// </summary>
    private static bool ToldOn(string reporting, int index) => ToldBefore().IsMatch(reporting.AsSpan(0, index));

    /// <summary>A verb of telling in the past just before a day: "announced on", "said Tuesday, June 3,".</summary>
    [GeneratedRegex(@"\b(?:said|announced|told|reported|confirmed|stated|declared|disclosed|revealed|posted|wrote|added|unveiled)\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ToldBefore();

    /// <summary>A past deed between the future words and the day ("will ... after it announced on"): the day is not ahead.</summary>
    [GeneratedRegex(@"\b(?:said|announced|told|signed|agreed|wrote|posted|took|imposed|was|were|had)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Reported();

    /// <summary>
    /// A month named without a day after a preposition ("in April", "since March", "by September 2025"); a
    /// term ("until April", "through May") is marked, as its month bounds no past event.
    /// </summary>
    [GeneratedRegex(@"\b(?i:(?<term>until|till|through|by|before)|in|since|during|from|early|late|mid|starting|beginning|end of|start of)(?:\s+|-)(?i:in\s+)?(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?!\s*\d{1,2}\b)(?:,?\s+(?<y>(?:19|20|21)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAlone();

    /// <summary>A day told by its distance from the report's: the day before ("yesterday", "last night") or its own.</summary>
    [GeneratedRegex(@"\b(?:(?<before>yesterday|last night)|today|tonight|this (?:morning|afternoon|evening))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    /// <summary>A weekday's later hours: "late Monday", "late on Monday", "Monday evening", "Monday night".</summary>
    [GeneratedRegex(@"\blate\s+(?:on\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:evening|night)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LateInDay();

    /// <summary>An hour of the evening, 6 to 11 p.m.: "at 8 pm", "around 9:30 p.m.", "11pm".</summary>
    [GeneratedRegex(@"\b(?:[6-9]|1[01])(?::[0-5]\d)?\s*p\.?\s?m\b\.?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EveningHour();

    /// <summary>
    /// Words before a day that make it a bound of a period or a term, not an event: its end ("the quarter ending
    /// April 27", "until May 1") or its start ("from April 10", "starting June 1", "effective March 4"), which may
    /// lie before or after the report's day whatever the sentence's tense ("Beijing imposed a tariff from April 10").
    /// </summary>
    [GeneratedRegex(@"\b(?:ending|ended|ends|end|through|thru|until|till|to|by|expir(?:e|es|ed|ing)|deadline|before|after|from|starting|beginning|effective|as\s+of)\s+(?:on\s+)?(?:\w+\s+){0,1}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodBound();

    /// <summary>A day that names a term, not an event: "a July 8 deadline", "the August 12 expiry".</summary>
    [GeneratedRegex(@"^\s*(?:deadline|expiry|expiration|cut-?off|target date|due date)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TermAfter();

    private const string MonthName = @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    private const string DayOfMonth = @"(?:" + MonthName + @"\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?|(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + MonthName + @"\.?)(?:,?\s+(?<y>(?:19|20|21)\d\d))?\b";

    /// <summary>
    /// A day named by its distance from the report's and by its date side by side, in brackets or between
    /// commas or dashes, a weekday allowed between: "yesterday (March 3)", "today, Tuesday, March 4",
    /// "on March 3 (yesterday)".
    /// </summary>
    [GeneratedRegex(@"\b(?<rel>yesterday|today|tonight|tomorrow)\s*(?:\(|,|[—–]|-{1,2})\s*(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?" + DayOfMonth + @"|\b" + DayOfMonth + @"\s*\(\s*(?<rel>yesterday|today|tonight|tomorrow)\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAndDate();

    private const string WeekdayName = @"(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /// <summary>
    /// A day named by its weekday and its date: "Wednesday, June 4", "Wednesday (June 4)", "June 4 (Wednesday)".
    /// Not two days named together ("on Monday and Tuesday, July 28 and 29", "Monday-Tuesday, July 28-29"): the
    /// weekday next to the first date is the second day's.
    /// </summary>
    [GeneratedRegex(@"\b(?<!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*(?:and|to|through|[-–/&])\s*)" + WeekdayName + @"\s*[,(]?\s*" + DayOfMonth + @"(?!\s*(?:and|to|through|[-–/&])\s*[0-3]?\d\b)|\b" + DayOfMonth + @"\s*\(\s*" + WeekdayName + @"\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayAndDate();


    /// <summary>
    /// The report's own sentences, with what it quotes blanked out (a speaker's days are not the report's); a note
    /// of the day a print edition came out is left out, as no event the report tells of.
    /// </summary>
    private static IEnumerable<string> ReportingSentences(string text) =>
        Sentences.Split(text).Where(s => !PrintEdition.Notes(s)).Select(s => Quotations.Blanked(s));

    [GeneratedRegex(@"\b(?:199\d|20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
