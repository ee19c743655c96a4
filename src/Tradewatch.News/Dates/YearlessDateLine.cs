using System.Globalization;
using System.Text.RegularExpressions;

using Tradewatch.News.Text;

namespace Tradewatch.News.Dates;

/// <summary>
/// A line that is only a day without its year, the way many sites print a report's date under its
/// headline: "Posted Nov 18, 8:19 PM", "Updated Mar 3, 10:02 a.m. ET", "Tue, June 9", "9 June", "Nov 18".
/// Nothing else may stand on the line but a label, a weekday, a time of day and a zone, so a sentence or
/// a teaser that starts with a day is no such line. Its year comes from elsewhere (<see cref="Resolve"/>).
/// </summary>
public static partial class YearlessDateLine
{
    /// <summary>A line this long holds more than a date.</summary>
    private const int MaxLength = 60;

    /// <summary>A line's month and day, the weekday it names with them if any, and the line.</summary>
    public readonly record struct Found(int Month, int Day, string Evidence, DayOfWeek? Weekday = null);

    /// <summary>Every such line of <paramref name="body"/>, in the page's order.</summary>
    public static IReadOnlyList<Found> FindAll(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var found = new List<Found>();
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length is 0 or > MaxLength)
            {
                continue;
            }

            var m = Pattern().Match(line);
            if (!m.Success)
            {
                continue;
            }

            var month = CalendarDay.MonthNumber(m.Groups["mon"].Value);
            var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            if (CalendarDay.Exists(month, day))
            {
                found.Add(new Found(month, day, line, m.Groups["wd"].Success ? WeekdayOf(m.Groups["wd"].Value) : null));
            }
        }

        return found;
    }

    /// <summary>
    /// The day in the year that puts it nearest <paramref name="reference"/>; 29 February only in a leap year.
    /// A line that names its weekday takes the nearest year of the three around the reference's in which the
    /// day falls on it, as a page prints its own day's weekday.
    /// </summary>
    public static DateOnly? Resolve(Found found, DateOnly reference)
    {
        if (found.Weekday is { } weekday)
        {
            var agreeing = new[] { reference.Year, reference.Year - 1, reference.Year + 1 }
                .Select(y => CalendarDay.Of(y, found.Month, found.Day))
                .Where(d => d?.DayOfWeek == weekday)
                .OrderBy(d => Math.Abs(d!.Value.DayNumber - reference.DayNumber))
                .FirstOrDefault();
            if (agreeing is not null)
            {
                return agreeing;
            }
        }

        return WireDateline.Resolve(new WireDateline.Found(found.Month, found.Day, null, found.Evidence), reference);
    }

    /// <summary>
    /// The year of a line that names its weekday, when nothing nearer gives one: the one year of <paramref
    /// name="years"/> (those the page names) in which the day falls on that weekday; null when none or more
    /// than one do, or the line names no weekday.
    /// </summary>
    public static DateOnly? ByWeekday(Found found, IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (found.Weekday is not { } weekday)
        {
            return null;
        }

        var agreeing = years.Distinct().Select(y => CalendarDay.Of(y, found.Month, found.Day)).Where(d => d?.DayOfWeek == weekday).ToList();
        return agreeing.Count == 1 ? agreeing[0] : null;
    }

    private static DayOfWeek WeekdayOf(string name) => name.ToLowerInvariant()[..2] switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    // A label ("Posted", "Updated:", "Published on"), a weekday, the day (month first or day first), then
    // a time of day and a zone; no year, as a line with its year is a full date line (DateText).
    [GeneratedRegex(@"^(?:(?:first\s+)?(?:published|posted|updated|last\s+updated|modified)\b\s*(?:on\b)?\s*:?\s*)?(?:(?<wd>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?(?:(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?|(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)(?:\s*(?:,|at|@|[-–—|•·])?\s*\d{1,2}(?::\d{2}\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?))?(?:\s*(?-i:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*))?\s*[;.]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
