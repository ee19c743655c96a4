using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Text;

/// <summary>
/// Finds full calendar dates (with a year) in English news text: ISO "2025-06-09" (also "2025/06/09"), "June 9, 2025",
/// "Jun 9, 2025", "9 June 2025", "Monday, June 9, 2025", "14-04-2025", "12-Aug-2025" (day first, as outside the US; month first when the day comes second, "11.14.2019",
/// or when a 12-hour clock follows, as the US writes a time: "08/12/2025 10:15 AM"), a two-digit year in a time stamp ("11/19/19 06:56 AM EST"),
/// RFC 822 feed dates, Chinese, Japanese and Korean dates ("2025年8月12日", "2025년 8월 12일"), and full dates with another language's month name (<see cref="MonthNames"/>: "22 de outubro de 2010",
/// "24 сентября 2018", "Maret 30, 2015"). Partial dates ("June 9") are not dates of publication and are left out.
/// </summary>
public static partial class DateText
{
    public static IReadOnlyList<WrittenDate> Find(string text)
    {
        var found = new List<WrittenDate>();
        foreach (Match m in Iso().Matches(text))
        {
            Add(found, m, int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture));
        }

        foreach (Match m in MonthFirst().Matches(text))
        {
            Add(found, m, int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), CalendarDay.MonthNumber(m.Groups["mon"].Value), int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture));
        }

        foreach (Match m in DayFirst().Matches(text))
        {
            Add(found, m, int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), CalendarDay.MonthNumber(m.Groups["mon"].Value), int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture));
        }

        foreach (Match m in DayMonthJoined().Matches(text))
        {
            Add(found, m, int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), CalendarDay.MonthNumber(m.Groups["mon"].Value), int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture));
        }

        // Other languages' month names, in full dates only: "22 de outubro de 2010", "24 сентября 2018",
        // "22. Oktober 2010", "Maret 30, 2015". The English names were read above.
        foreach (var m in ForeignDayFirst().Matches(text).Concat(ForeignMonthFirst().Matches(text)))
        {
            if (!found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End) && MonthNames.Month(m.Groups["mon"].ValueSpan) is > 0 and var month)
            {
                Add(found, m, int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), month, int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture));
            }
        }

        // Chinese, Japanese and Korean write the year, month and day each with its own sign: "2025年8月12日", "2025년 8월 12일".
        foreach (Match m in YearMonthDaySigns().Matches(text))
        {
            Add(found, m, int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture));
        }

        foreach (Match m in NumericDayFirst().Matches(text))
        {
            if (!found.Any(f => f.Start <= m.Index && m.Index < f.End))
            {
                var (month, day) = NumericOrder(m);
                Add(found, m, int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), month, day);
            }
        }

        // A two-digit year only in a time stamp, where nothing else is meant: "11/19/19 06:56 AM EST", "On 11/13/19 at 4:00 PM".
        foreach (Match m in NumericShortYear().Matches(text))
        {
            if (!found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                var (month, day) = NumericOrder(m);
                var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
                Add(found, m, y + (y <= TwoDigitYearPivot ? 2000 : 1900), month, day);
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Parses a whole value such as a front-matter or feed date; null when it holds no date.</summary>
    public static DateOnly? ParseValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return DateOnly.FromDateTime(parsed.Date);
        }

        var mentions = Find(value);
        return mentions.Count > 0 ? mentions[0].Date : null;
    }

    /// <summary>A two-digit year up to this one is of the 2000s, a later one of the 1900s (as .NET reads them).</summary>
    private const int TwoDigitYearPivot = 49;

    /// <summary>
    /// The month and day of an all-numbers date: day first, as outside the US, unless the second number cannot
    /// be a month or the first cannot be a day's month while the second can ("11.14.2019"), or a 12-hour clock
    /// follows ("08/12/2025 10:15 AM"), the US's way of writing a time, and with it the US's month first.
    /// </summary>
    private static (int Month, int Day) NumericOrder(Match m)
    {
        var first = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var second = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var monthFirst = first <= 12 && (second > 12 || m.Groups["ampm"].Success);
        return monthFirst ? (first, second) : (second, first);
    }

    private static void Add(List<WrittenDate> found, Match m, int year, int month, int day)
    {
        if (CalendarDay.Of(year, month, day) is { } date)
        {
            found.Add(new WrittenDate(date, m.Index, m.Index + m.Length));
        }
    }

    // Year first, with one separator throughout: "2025-06-09", "2025/06/09", "2025.06.09".
    [GeneratedRegex(@"(?<![\d./-])(?<y>(?:19|20|21)\d\d)(?<sep>[-/.])(?<m>[01]\d)\k<sep>(?<d>[0-3]\d)(?![\d/]|\.\d)")]
    private static partial Regex Iso();

    // Scraped pages glue the time to the year ("August 12, 20253:15 AM GMT+8"): a time may follow the year at once.
    // The abbreviation's dot may touch the day: "Aug.12, 2025".
    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\.\s*|\s+)(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20|21)\d\d)(?:\b|(?=[01]?\d:[0-5]\d))", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y>(?:19|20|21)\d\d)(?:\b|(?=[01]?\d:[0-5]\d))", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    // Day, month's name and year joined by one hyphen or slash throughout: "12-Aug-2025", "12/Aug/2025".
    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>[0-3]?\d)(?<sep>[-/])(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\k<sep>(?<y>(?:19|20|21)\d\d)(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthJoined();

    // A day, a word of four letters or more, a year; "de"/"del"/"di" between, as Romance languages write them.
    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>[0-3]?\d)\.?\s+(?:(?:de|del|di)\s+)?(?<mon>\p{L}{4,})\.?,?\s+(?:(?:de|del|di)\s+)?(?<y>(?:19|20|21)\d\d)(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ForeignDayFirst();

    [GeneratedRegex(@"(?<!\p{L})(?<mon>\p{L}{4,})\.?\s+(?<d>[0-3]?\d)(?:,\s*|\s+)(?<y>(?:19|20|21)\d\d)(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ForeignMonthFirst();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20|21)\d\d)\s*[年년]\s*(?<m>[01]?\d)\s*[月월]\s*(?<d>[0-3]?\d)\s*[日일]")]
    private static partial Regex YearMonthDaySigns();

    // Glued to the words before it in scraped bylines ("Russia Today14-04-2025"), so no word boundary in front.
    // A time of day may follow, and its "AM"/"PM" says the date is written month first (NumericOrder).
    [GeneratedRegex(@"(?<!\d)(?<d>[0-3]?\d)[./-](?<m>[0-3]?\d)[./-](?<y>(?:19|20|21)\d\d)(?!\d)(?=(?:" + Clock + ")?)")]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"(?<![\d./-])(?<d>[0-3]?\d)(?<sep>[./])(?<m>[0-3]?\d)\k<sep>(?<y>\d\d)(?![\d./-])(?=" + Clock + ")")]
    private static partial Regex NumericShortYear();

    /// <summary>A time of day after a date ("06:56 AM", "at 4:00 PM", "- 16:40"), its "AM" or "PM" captured.</summary>
    private const string Clock = @"\s*(?:,|@|at\b|[-–|])?\s*[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s*(?<ampm>[AaPp]\.?[Mm]\b\.?))?";
}
