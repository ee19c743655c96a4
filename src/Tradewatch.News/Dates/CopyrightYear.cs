using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Dates;

/// <summary>
/// The year of a page's copyright notice ("© 2019 Example Media", "Copyright 2005-2019 ..."): the year the
/// page was put out in its present form, so no earlier than the report's own year and, for a page read when
/// it is news, that year. A year for the days a page prints without one when nothing nearer gives it.
/// </summary>
public static partial class CopyrightYear
{
    /// <summary>A notice on a line of its own, this long at most.</summary>
    private const int MaxLength = 120;

    /// <summary>The latest year of the page's copyright notices (the end of a range); null when it has none.</summary>
    public static int? Of(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        int? latest = null;
        foreach (Match m in Notice().Matches(body))
        {
            if (m.Length > MaxLength)
            {
                continue;
            }

            var year = int.Parse((m.Groups["to"].Success ? m.Groups["to"] : m.Groups["y"]).ValueSpan, CultureInfo.InvariantCulture);
            if (latest is null || year > latest)
            {
                latest = year;
            }
        }

        return latest;
    }

    // A line that starts with the notice: "©", "(c)" or "Copyright", then its year or a range of years.
    [GeneratedRegex(@"^[ \t]*(?:©|\(c\)|copyright\b)[ \t]*(?:©[ \t]*)?(?<y>(?:19|20)\d\d)(?:[ \t]*[-–][ \t]*(?<to>(?:19|20)\d\d))?\b[^\n]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Notice();
}
