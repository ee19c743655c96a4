using System.Text.RegularExpressions;

namespace Tradewatch.News.Text;

/// <summary>
/// The words a report quotes, between curly or straight double quotation marks. What a quoted speaker says of time
/// ("we will meet on Tuesday") is the speaker's, not the report's: readers of the report's own dates and tense blank
/// quotations out first.
/// </summary>
public static partial class Quotations
{
    /// <summary>The text with each closed quotation, marks included, replaced by a space.</summary>
    public static string Blanked(string text) => Quotation().Replace(text, " ");

    [GeneratedRegex(@"“[^”]*”|""[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex Quotation();
}
