using System.Text.RegularExpressions;

namespace Tradewatch.News.Reading;

/// <summary>Markdown reduced to its words: heading marks, emphasis, links and images become plain text.</summary>
public static partial class MarkdownText
{
    public static string ToPlain(string markdown)
    {
        var text = Image().Replace(markdown, string.Empty);
        text = Link().Replace(text, "$1");
        text = Heading().Replace(text, string.Empty);
        text = Emphasis().Replace(text, "$2");
        return text;
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?m)^\s{0,3}#{1,6}\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();
}
