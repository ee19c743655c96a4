using System.Globalization;
using System.Text.RegularExpressions;

using Tradewatch.News.Text;

namespace Tradewatch.News.Dates;

public static partial class PublicationDates
{
    /// <summary>The part of a text searched for the dates it prints as its own: they head the page.</summary>
    public const int DateLineHeader = 1500;

    /// <summary>
    /// The dates a text prints as its own where they stand in it, in its order, each date once: a "date
    /// 2025-06-09" token, or a line that starts with a full date, after a label and a weekday ("Jun 9,
    /// 2025 - 09:37", "Published On 11 Jun 2025", "Updated: Tue, 10 June 2025"). Only the head of the text
    /// (<see cref="DateLineHeader"/>) is searched. Claims cite them where a page prints two dates for itself.
    /// </summary>
    public static IReadOnlyList<WrittenDate> DateLinesIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var header = text.Length > DateLineHeader ? text[..DateLineHeader] : text;
        var result = new List<WrittenDate>();
        foreach (Match m in LeadingDate().Matches(header))
        {
            if (ToDate(m) is { } date && !result.Exists(r => r.Date == date))
            {
                result.Add(new WrittenDate(date, m.Index, m.Index + m.Length));
            }
        }

        return result;
    }

    private static DateOnly? ToDate(Match m)
    {
        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
        }

        var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = CalendarDay.MonthNumber(m.Groups["m"].Value);
        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return CalendarDay.Of(year, month, day);
    }

    [GeneratedRegex(@"\bdate[ \t]+(?<iso>\d{4}-\d{2}-\d{2})\b|^[ \t]*(?:Published(?:[ \t]+On)?:?[ \t]+|Updated:?[ \t]+|Posted:?[ \t]+)?(?:(?<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?[ \t]+)?(?:(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?[ \t]+(?<d>\d{1,2}),?[ \t]+(?<y>\d{4})|(?<d>\d{1,2})[ \t]+(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?,?[ \t]+(?<y>\d{4}))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LeadingDate();
}
