using System.Globalization;
using System.Text.RegularExpressions;

using Tradewatch.News.Text;

namespace Tradewatch.News.Claims;

/// <summary>A date expression in the text and the date it stands for, when it can be resolved.</summary>
/// <param name="Date">The day (or month, or year) meant; null when it cannot be resolved.</param>
/// <param name="End">The last day of a range ("over the weekend", "from June 8 to 13").</param>
/// <param name="IsVague">True for a range too wide to be a date of its own ("last week").</param>
internal sealed record DateMention(ClaimSpan Span, ClaimDate? Date, ClaimDate? End, bool IsRelative, bool IsVague)
{
    /// <summary>
    /// True when the day is counted from the publication day ("on Monday", "yesterday", "over the weekend"), so that it is
    /// only as right as that day; a month and day written out ("July 28") are read, whatever year they are given.
    /// </summary>
    public bool CountedFromPublication { get; init; }
}

/// <summary>
/// Finds dates in a sentence: explicit ("June 9", "9 June 2025", "2025-06-09", "in May",
/// "mid-May") and relative to the publication date ("on Monday", "last week", "over the
/// weekend", "yesterday", "last month"). A weekday is taken as the publication day itself, else
/// the nearest such day before it, or after it when the sentence speaks of the future. An impossible
/// date ("February 30") resolves to nothing and is reported as a gap.
/// </summary>
internal static partial class DateFinder
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    [GeneratedRegex(@"\b(?<m>" + Month + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|to|–|and)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<y>\d{4}))?(?![\d:])"
        + @"|\b(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|to|–|and)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?)?\s+(?<m>" + Month + @")\.?(?:,?\s+(?<y>\d{4}))?\b"
        + @"|\b(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})\b"
        + @"|(?:\b(?<q>early|mid|late|end of|the end of|beginning of)[- ]|\b(?<prep>(?i:in|since|of|by|until|through|from|last|this|during|before|after))\s+|(?=\b(?:" + Month + @")\s+\d{4}))(?<mo>January|February|March|April|May|June|July|August|September|October|November|December)(?!\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d:]))(?:,?\s+(?<my>\d{4}))?\b"
        + @"|\b(?<rel>today|tonight|yesterday|tomorrow|last\s+night|(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this)\s+(?:week|month|year|weekend)|(?:[Oo]ver|[Dd]uring)\s+the\s+weekend|[Aa]\s+year\s+(?:earlier|ago)|[Tt]he\s+(?:prior|previous)\s+year)\b"
        // The weekday alternative starts with a word, not with optional space, so the scan does not try it at every space.
        + @"|\b(?:(?<pre>on|last|this|next|since|by|until|from|early|late|through)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    public static List<DateMention> Find(string text, ClaimSpan sentence, DateOnly? published, List<ExtractionGap>? gaps)
    {
        var result = new List<DateMention>();
        var s = text.AsSpan(sentence.Start, sentence.Length);
        // The tense of the reporting sentence, not of the words it quotes; a day in a clause that tells a past deed is past
        // whatever the other clauses say ("began talks on Monday, seeking to extend a truce that expires on August 12").
        var whole = s.ToString();
        var future = Tense.IsFuture(Quotations.Blanked(whole));
        foreach (var m in DatePattern().EnumerateMatches(s))
        {
            var value = s.Slice(m.Index, m.Length).ToString();
            var match = DatePattern().Match(value);
            var span = new ClaimSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
            var mention = Resolve(match, published, future && !Tense.IsPastClause(whole, m.Index, m.Length));
            if (mention is null)
            {
                gaps?.Add(new ExtractionGap("bad-date", span.Start, $"'{value}' is not a date that exists."));
                continue;
            }

            if (mention.Date is null && !mention.IsVague && gaps is not null)
            {
                gaps.Add(new ExtractionGap("unresolved-date", span.Start, $"'{value}' needs the publication date, which is unknown."));
            }

            result.Add(SecondOfPair(result, mention with { Span = span }, s, sentence.Start, match));
        }

        return result;
    }

    /// <summary>
    /// "on Thursday and Friday", "from Monday to Wednesday": a weekday joined to the weekday before it is the first such day
    /// after that one, whatever the tense made of it alone (a report of Thursday dates "Thursday and Friday" as today and
    /// tomorrow, not today and last Friday).
    /// </summary>
    private static DateMention SecondOfPair(List<DateMention> earlier, DateMention mention, ReadOnlySpan<char> sentence, int offset, Match match)
    {
        if (!match.Groups["wd"].Success || earlier.Count == 0 || earlier[^1] is not { Date: { IsDay: true } first } previous
            || mention.Date is not { IsDay: true } second || first.AsDate is not { } firstDay || second.AsDate is not { } secondDay
            || secondDay > firstDay || !Weekday().IsMatch(sentence.Slice(previous.Span.Start - offset, previous.Span.Length))
            || !PairJoint().IsMatch(sentence.Slice(previous.Span.End - offset, mention.Span.Start - previous.Span.End)))
        {
            return mention;
        }

        return mention with { Date = ClaimDate.Of(secondDay.AddDays(7 * (((firstDay.DayNumber - secondDay.DayNumber) / 7) + 1))) };
    }

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    /// <summary>What joins the two days of a pair or a range: "and", "to", "through", "until", a dash.</summary>
    [GeneratedRegex(@"^[ \t]*(?:and|or|to|through|until|till|-|–|—)[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PairJoint();

    private static DateMention? Resolve(Match m, DateOnly? published, bool future)
    {
        var empty = new ClaimSpan(0, 0);
        if (m.Groups["iy"].Success)
        {
            var y = Int(m.Groups["iy"].Value);
            var mo = Int(m.Groups["im"].Value);
            var d = Int(m.Groups["id"].Value);
            return ClaimDate.IsValid(y, mo, d) && mo > 0 && d > 0 ? new DateMention(empty, new ClaimDate(y, mo, d), null, false, false) : null;
        }

        if (m.Groups["d"].Success)
        {
            var month = CalendarDay.MonthNumber(m.Groups["m"].Value);
            var day = Int(m.Groups["d"].Value);
            int? year = m.Groups["y"].Success ? Int(m.Groups["y"].Value) : null;
            year ??= published is { } p ? YearNear(p, month, day, future) : null;
            if (year is null)
            {
                return ClaimDate.IsValid(2000, month, day) ? new DateMention(empty, null, null, true, false) : null;
            }

            if (!ClaimDate.IsValid(year.Value, month, day))
            {
                return null;
            }

            ClaimDate? end = null;
            if (m.Groups["d2"].Success)
            {
                var d2 = Int(m.Groups["d2"].Value);
                end = ClaimDate.IsValid(year.Value, month, d2) && d2 > day ? new ClaimDate(year.Value, month, d2) : null;
            }

            return new DateMention(empty, new ClaimDate(year.Value, month, day), end, !m.Groups["y"].Success, false);
        }

        if (m.Groups["mo"].Success)
        {
            var month = CalendarDay.MonthNumber(m.Groups["mo"].Value);
            int? year = m.Groups["my"].Success ? Int(m.Groups["my"].Value) : null;
            if (year is null && published is { } p)
            {
                year = month > p.Month && !future ? p.Year - 1 : p.Year;
                if (m.Groups["prep"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) && month >= p.Month)
                {
                    year = p.Year - 1;
                }
            }

            return year is null
                ? new DateMention(empty, null, null, true, false)
                : new DateMention(empty, new ClaimDate(year.Value, month), null, !m.Groups["my"].Success, false);
        }

        if (m.Groups["rel"].Success)
        {
            return Relative(m.Groups["rel"].Value.ToLowerInvariant(), published, future) with { CountedFromPublication = true };
        }

        if (m.Groups["wd"].Success)
        {
            if (published is not { } p)
            {
                return new DateMention(empty, null, null, true, false);
            }

            var pre = m.Groups["pre"].Value.ToLowerInvariant();
            var wanted = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
            var delta = (int)wanted - (int)p.DayOfWeek;
            var forward = pre == "next" || (future && pre != "last" && pre != "since");
            if (pre == "last")
            {
                delta = delta >= 0 ? delta - 7 : delta;
            }
            else if (delta != 0)
            {
                delta = forward ? (delta > 0 ? delta : delta + 7) : (delta < 0 ? delta : delta - 7);
            }

            return new DateMention(empty, ClaimDate.Of(p.AddDays(delta)), null, true, false) { CountedFromPublication = true };
        }

        return null;
    }

    private static DateMention Relative(string phrase, DateOnly? published, bool future)
    {
        var empty = new ClaimSpan(0, 0);
        if (published is not { } p)
        {
            return new DateMention(empty, null, null, true, phrase.Contains("week", StringComparison.Ordinal) || phrase.Contains("year", StringComparison.Ordinal));
        }

        phrase = string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        switch (phrase)
        {
            case "today" or "tonight":
                return new DateMention(empty, ClaimDate.Of(p), null, true, false);
            case "yesterday" or "last night":
                return new DateMention(empty, ClaimDate.Of(p.AddDays(-1)), null, true, false);
            case "tomorrow":
                return new DateMention(empty, ClaimDate.Of(p.AddDays(1)), null, true, false);
            case "last month":
                return new DateMention(empty, ClaimDate.OfMonth(p.AddMonths(-1)), null, true, false);
            case "this month" or "earlier this month" or "later this month":
                return new DateMention(empty, ClaimDate.OfMonth(p), null, true, false);
            case "next month":
                return new DateMention(empty, ClaimDate.OfMonth(p.AddMonths(1)), null, true, false);
            case "last year" or "a year earlier" or "a year ago" or "the prior year" or "the previous year":
                return new DateMention(empty, new ClaimDate(p.Year - 1), null, true, true);
            case "this year":
                return new DateMention(empty, new ClaimDate(p.Year), null, true, true);
            case "over the weekend" or "during the weekend" or "last weekend" or "this weekend" or "next weekend":
                {
                    var toSaturday = (int)DayOfWeek.Saturday - (int)p.DayOfWeek;
                    var forward = phrase == "next weekend" || (future && phrase == "this weekend");
                    var saturday = forward
                        ? p.AddDays(toSaturday <= 0 ? toSaturday + 7 : toSaturday)
                        : p.AddDays(toSaturday > 0 ? toSaturday - 7 : toSaturday);
                    return new DateMention(empty, ClaimDate.Of(saturday), ClaimDate.Of(saturday.AddDays(1)), true, false);
                }

            default:
                // "last week", "this week", "next week": a span of days, not a date.
                return new DateMention(empty, null, null, true, true);
        }
    }

    private static int YearNear(DateOnly published, int month, int day, bool future)
    {
        var year = published.Year;
        if (!ClaimDate.IsValid(year, month, day))
        {
            return year;
        }

        var candidate = new DateOnly(year, month, day);
        if (!future && candidate.DayNumber - published.DayNumber > 60)
        {
            return year - 1;
        }

        return year;
    }


    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
