using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>A publication date read from a page, and where it was written.</summary>
public sealed record PrintedDate(DateOnly Date, ClaimSpan Span);

/// <summary>
/// Publication dates: read from the page when it prints one (a "date 2025-06-09" marker, a line
/// that starts with a date such as "Jun 9, 2025 - 09:37" or "Published On 11 Jun 2025"), and
/// otherwise borrowed from the most similar dated report among the related ones (the same story).
/// When a page prints two different dates, the one the rest of the page agrees with wins and both
/// are returned, so the disagreement can be flagged.
/// </summary>
public static partial class PublicationDates
{
    private const int Header = 1500;

    [GeneratedRegex(@"\bdate[ \t]+(?<iso>\d{4}-\d{2}-\d{2})\b|^[ \t]*(?:Published(?:[ \t]+On)?:?[ \t]+|Updated:?[ \t]+|Posted:?[ \t]+)?(?:(?<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?[ \t]+)?(?:(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?[ \t]+(?<d>\d{1,2}),?[ \t]+(?<y>\d{4})|(?<d>\d{1,2})[ \t]+(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?,?[ \t]+(?<y>\d{4}))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?[ \t]+(?<d>\d{1,2}),?[ \t]+(?<y>\d{4})\b|\b(?<d>\d{1,2})[ \t]+(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?,?[ \t]+(?<y>\d{4})\b|\b(?<iso>\d{4}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\-]{2,}\b|\b\d+(?:\.\d+)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Distinctive();

    /// <summary>The dates the page prints as its own (datelines), in text order.</summary>
    public static IReadOnlyList<PrintedDate> Printed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var header = text.Length > Header ? text[..Header] : text;
        var result = new List<PrintedDate>();
        foreach (Match m in Dateline().Matches(header))
        {
            if (ToDate(m) is { } date && !result.Exists(r => r.Date == date))
            {
                result.Add(new PrintedDate(date, new ClaimSpan(m.Index, m.Index + m.Length)));
            }
        }

        return result;
    }

    /// <summary>The publication date the page prints, or null.</summary>
    public static DateOnly? FromText(string text)
    {
        var printed = Printed(text);
        if (printed.Count <= 1)
        {
            return printed.Count == 1 ? printed[0].Date : null;
        }

        var header = text.Length > Header ? text[..Header] : text;
        var support = new Dictionary<DateOnly, int>();
        foreach (Match m in AnyDate().Matches(header))
        {
            if (ToDate(m) is { } date)
            {
                support[date] = support.GetValueOrDefault(date) + 1;
            }
        }

        return printed.OrderByDescending(p => support.GetValueOrDefault(p.Date)).ThenBy(p => p.Span.Start).First().Date;
    }

    /// <summary>
    /// Documents without a date take the date of the most similar dated document in their group
    /// (words and numbers in common), when the two are similar enough to be reports of one event.
    /// </summary>
    public static IReadOnlyList<ClaimDocument> InferMissing(IReadOnlyList<ClaimDocument> documents, IReadOnlyList<IReadOnlyList<string>> groups, double minimumSimilarity = 0.12)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(groups);
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var words = documents.ToDictionary(d => d.Id, d => Distinctive().Matches(d.Text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var result = documents.ToDictionary(d => d.Id, d => d, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var dated = group.Where(id => byId.TryGetValue(id, out var d) && d.Published is not null).ToList();
            foreach (var id in group)
            {
                if (!byId.TryGetValue(id, out var doc) || doc.Published is not null)
                {
                    continue;
                }

                var best = dated.Select(other => (other, score: Jaccard(words[id], words[other])))
                    .OrderByDescending(x => x.score).FirstOrDefault();
                if (best.other is not null && best.score >= minimumSimilarity)
                {
                    result[id] = doc with { Published = byId[best.other].Published };
                }
            }
        }

        return documents.Select(d => result[d.Id]).ToList();
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static DateOnly? ToDate(Match m)
    {
        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
        }

        if (!m.Groups["m"].Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = DateFinder.MonthNumber(m.Groups["m"].Value);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return ClaimDate.IsValid(year, month, day) && day > 0 ? new DateOnly(year, month, day) : null;
    }
}
