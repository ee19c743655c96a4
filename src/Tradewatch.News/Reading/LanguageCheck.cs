using System.Text.RegularExpressions;

namespace Tradewatch.News.Reading;

/// <summary>A cheap test of whether a text is English: the share of its words that are the commonest English words.</summary>
public static partial class LanguageCheck
{
    /// <summary>English news prose runs at 35-50%; below this the text is some other language.</summary>
    public const double MinEnglishShare = 0.12;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "as", "he", "she", "by", "at",
        "be", "this", "from", "are", "have", "has", "had", "an", "not", "but", "or", "they", "their", "its", "said", "will",
        "would", "which", "we", "who", "been", "were", "after", "than", "more", "also", "about", "over",
    };

    /// <summary>The share of common English words among the first 2,000 words, or null when there are fewer than 20 words.</summary>
    public static double? EnglishShare(string text)
    {
        var total = 0;
        var common = 0;
        foreach (Match m in Word().Matches(text))
        {
            total++;
            if (Common.Contains(m.Value))
            {
                common++;
            }

            if (total >= 2000)
            {
                break;
            }
        }

        return total < 20 ? null : (double)common / total;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
