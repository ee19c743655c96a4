using Tradewatch.News.Reading;

namespace Tradewatch.News.Cleaning;

/// <summary>
/// Whether a cleaned report can be read for claims: it must keep some article text, in English, made
/// of words rather than figures. A report that cannot is still stored, dated and grouped, but nothing
/// is taken from it, and the analysis says why.
/// </summary>
public static class Readability
{
    /// <summary>Fewer letters than this share of the text's visible characters is a table or a list of figures.</summary>
    public const double MinLetterShare = 0.5;

    /// <summary>Why nothing can be read from the report, or null when it can be read.</summary>
    public static string? Unreadable(CleanReport clean)
    {
        ArgumentNullException.ThrowIfNull(clean);
        return string.IsNullOrWhiteSpace(clean.Text) && clean.Removed.Count > 0
            ? $"no article text: all {clean.Removed.Count} lines were page furniture, tables or labels"
            : Unreadable(clean.Text);
    }

    /// <summary>Why nothing can be read from a report's cleaned <paramref name="text"/>, or null when it can be read.</summary>
    public static string? Unreadable(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "no article text";
        }

        int letters = 0, visible = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                visible++;
                letters += char.IsLetter(c) ? 1 : 0;
            }
        }

        if (letters < MinLetterShare * visible)
        {
            return $"mostly figures, not prose ({letters * 100 / Math.Max(1, visible)}% letters)";
        }

        if (LanguageCheck.EnglishShare(text) is { } share && share < LanguageCheck.MinEnglishShare)
        {
            return $"not in English ({share:P0} common English words)";
        }

        return null;
    }
}
