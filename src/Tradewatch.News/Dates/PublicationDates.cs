using Tradewatch.News.Cleaning;
using Tradewatch.News.Reading;

namespace Tradewatch.News.Dates;

/// <summary>A publication date and where it came from.</summary>
public readonly record struct DatedBy(DateOnly? Date, DateSource Source);

/// <summary>
/// Publication dates: declared by the file (front matter, HTML meta, feed), else from the report's
/// own datelines, else from a date token; reports without one take it from their copies and then
/// from the most similar dated report of their story.
/// </summary>
public static class PublicationDates
{
    /// <summary>A report whose own date is this far from the rest of its story is checked against its other candidates.</summary>
    public const int MaxDaysFromStory = 21;

    public static DatedBy Own(CleanReport report)
    {
        if (report.Source.Metadata.Published is { } declared)
        {
            return new DatedBy(declared, DateSource.Declared);
        }

        foreach (var source in new[] { DateSource.Dateline, DateSource.TextToken })
        {
            foreach (var candidate in report.DateCandidates)
            {
                if (candidate.Source == source)
                {
                    return new DatedBy(candidate.Date, source);
                }
            }
        }

        return default;
    }

    /// <summary>
    /// When a report's own undeclared date lies far from the dates of the rest of its story and another
    /// of its candidates lies near them, the page carried a stale or wrong date line: take the near one.
    /// </summary>
    public static DatedBy Reconcile(CleanReport report, DatedBy own, IReadOnlyList<DateOnly> storyDates)
    {
        if (own.Date is not { } date || own.Source == DateSource.Declared || storyDates.Count == 0)
        {
            return own;
        }

        var median = Median(storyDates);
        if (Math.Abs(date.DayNumber - median.DayNumber) <= MaxDaysFromStory)
        {
            return own;
        }

        var better = report.DateCandidates
            .Where(c => Math.Abs(c.Date.DayNumber - median.DayNumber) <= MaxDaysFromStory)
            .OrderBy(c => Math.Abs(c.Date.DayNumber - median.DayNumber))
            .Select(c => (DateCandidate?)c)
            .FirstOrDefault();
        return better is { } b ? new DatedBy(b.Date, b.Source) : own;
    }

    public static DateOnly Median(IReadOnlyList<DateOnly> dates)
    {
        var sorted = dates.OrderBy(d => d).ToList();
        return sorted[(sorted.Count - 1) / 2];
    }
}
