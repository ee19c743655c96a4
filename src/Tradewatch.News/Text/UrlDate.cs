using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Text;

/// <summary>
/// A date written into a URL's path the way news sites do: /2019/11/19/, /2019/6/9/, /2019-11-19-slug,
/// /201911/19/, /20191119/, /2019/nov/19/, /news/slug-2019-11-19, /news/slug-20191119.html. Sites set it when the page is first published, so it is a publication date.
/// </summary>
public static partial class UrlDate
{
    public static DateOnly? Find(string? url) => Locate(url) is { } found ? found.Date : null;

    /// <summary>The date and the part of the path it was read from ("/2025/07/02/"), or null.</summary>
    public static (DateOnly Date, string Evidence)? Locate(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        foreach (var match in new[] { Separated().Match(path), Compact().Match(path), MonthName().Match(path), InSlug().Match(path), CompactInSlug().Match(path) })
        {
            if (match.Success && Valid(match) is { } date)
            {
                return (date, match.Value);
            }
        }

        return null;
    }

    /// <summary>
    /// The year and month a path gives without a day ("/2019/11/slug", "/2025-07/slug"), as the first of
    /// that month: enough to give a year to a date printed without one. Null when the path gives a full date
    /// (<see cref="Locate"/>) or none.
    /// </summary>
    public static DateOnly? YearMonth(string? url)
    {
        if (Locate(url) is not null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var m = YearAndMonth().Match(uri.AbsolutePath);
        if (!m.Success)
        {
            return null;
        }

        var month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 ? new DateOnly(int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), month, 1) : null;
    }

    private static DateOnly? Valid(Match match)
    {
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = match.Groups["mon"].Success
            ? CalendarDay.MonthNumber(match.Groups["mon"].Value)
            : int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return CalendarDay.Of(year, month, day);
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?:[/-]|\.html?$|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Separated();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>[01]?\d)/", RegexOptions.CultureInvariant)]
    private static partial Regex YearAndMonth();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?:/|-)?(?<d>[0-3]\d)(?:[/-]|\.html?$|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)/(?<d>\d{1,2})(?:/|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"[-_](?<y>(?:19|20)\d{2})-(?<m>[01]\d)-(?<d>[0-3]\d)(?:[-_/.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex InSlug();

    /// <summary>Eight digits set off in a slug: "trade-talks-20250203.html", "content_20250203_77.htm".</summary>
    [GeneratedRegex(@"[-_](?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?:[-_/.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactInSlug();
}
