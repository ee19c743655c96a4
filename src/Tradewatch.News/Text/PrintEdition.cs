using System.Text.RegularExpressions;

namespace Tradewatch.News.Text;

/// <summary>
/// A note that a report ran in a print edition, with the edition's date: "A version of this article
/// appears in print on Aug. 13, 2025, Section B, Page 1", "Appeared in the August 13, 2025, print edition
/// as ...", "This article appeared in the print edition of 13 August 2025". The date is the day the paper
/// came out, not an event the report tells of: the report was written by then, so it bounds its
/// publication from above, and a report that offers no other date of its own is dated by it.
/// </summary>
public static partial class PrintEdition
{
    /// <summary>A line this long is an article's sentence, not a note about its edition.</summary>
    private const int MaxLength = 400;

    /// <summary>The edition's date of a line that notes a print edition, with where it stands; else null.</summary>
    public static WrittenDate? Find(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxLength)
        {
            return null;
        }

        foreach (var date in DateText.Find(line))
        {
            // The date stands right after "in print on" or "print edition of", or right before "print edition".
            var before = line.AsSpan(Math.Max(0, date.Start - 80), date.Start - Math.Max(0, date.Start - 80));
            if (CueBefore().IsMatch(before) || CueAfter().IsMatch(line.AsSpan(date.End)))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="sentence"/> is such a note, whose date is no event of the report's.</summary>
    public static bool Notes(string sentence) => Find(sentence) is not null;

    /// <summary>
    /// The host of <paramref name="url"/> when it serves the pages of a print edition (an e-edition or
    /// replica: PageSuite, PressReader, Tecnavia, a site's "eedition" or "epaper"), else null. Such a page
    /// is the paper of its day, which went to press the evening before: it carries the news of the day before.
    /// </summary>
    public static string? Replica(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        return ReplicaHost().IsMatch(uri.Host) || ReplicaPath().IsMatch(uri.AbsolutePath) ? uri.Host : null;
    }

    [GeneratedRegex(@"(?:^|[.-])(?:pagesuite|pressreader|newspaperdirect|tecnavia|e-?editions?|e-?papers?|enewspaper|digitaledition|replica)(?:[.-]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReplicaHost();

    [GeneratedRegex(@"^/(?:e-?editions?|e-?papers?|enewspaper|digital-?edition|print-?edition|replica)(?:/|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReplicaPath();

    // "appears in print on", "print edition of", "printed edition of The Daily Example on", "print issue dated".
    [GeneratedRegex(@"\bin\s+print\s+on\s*$|\b(?:print(?:ed)?|newspaper)\s+(?:edition|version|issue)(?:\s+of\s+(?-i:(?:The\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*))?\s+(?:of|on|dated|for)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CueBefore();

    // "Appeared in the March 4, 2026, print edition".
    [GeneratedRegex(@"^,?\s*(?:print(?:ed)?|newspaper)\s+(?:edition|version|issue)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CueAfter();
}
