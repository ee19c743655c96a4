using Tradewatch.News.Reading;

namespace Tradewatch.News.Cleaning;

/// <summary>Why a line was taken out of a report.</summary>
public enum RemovalReason
{
    Dateline,
    Counter,
    ContactLine,
    Credit,
    Caption,
    Teaser,
    Promo,
    Fragment,
    Repeated,
    Headline,
    OtherStories,

    /// <summary>A post embedded from a social network: its text, links and signature line.</summary>
    Embed,

    /// <summary>Judged page furniture by the learnt <see cref="LineModel"/>, not by a rule.</summary>
    Learnt,
}

/// <summary>A line taken out of a report, and why.</summary>
public sealed record RemovedLine(string Text, RemovalReason Reason);

/// <summary>A date found in a report's own lines, the kind of line it came from, and that line.</summary>
public readonly record struct DateCandidate(DateOnly Date, DateSource Source, string Evidence);

/// <summary>
/// A report cleaned to the article's own text: paragraphs separated by blank lines, boilerplate
/// removed and listed, dates seen in datelines kept as candidates for the publication date.
/// </summary>
public sealed record CleanReport(
    SourceReport Source,
    string Headline,
    string Text,
    IReadOnlyList<RemovedLine> Removed,
    IReadOnlyList<DateCandidate> DateCandidates)
{
    public string Id => Source.Id;

    /// <summary>The headline, or when there is none the opening words of the text, for naming a story.</summary>
    public string DisplayTitle
    {
        get
        {
            if (Headline.Length > 0)
            {
                return Headline;
            }

            var first = Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
            return first.Length <= 100 ? first : first[..Math.Max(first.LastIndexOf(' ', 100), 60)] + "...";
        }
    }
}
