using System.Buffers;
using System.Text;

namespace Tradewatch.News.Html;

/// <summary>
/// Guards the HTML parser against markup that makes it quadratic: thousands of formatting
/// elements (b, i, a, font...) that are opened and never closed, each with its own attributes,
/// are all kept in the parser's list of active formatting elements, which is rebuilt for every
/// piece of text. Such pages are generated or hostile; their formatting tags are dropped before
/// parsing, which keeps their text.
/// </summary>
internal static class FormattingTagGuard
{
    /// <summary>Unclosed formatting tags beyond this count are taken for hostile markup.</summary>
    public const int MaxUnclosed = 1000;

    /// <summary>
    /// Unclosed formatting tags times start tags: the parser copies each open formatting element
    /// into every later block. News pages stay under 100,000; hostile ones reach billions.
    /// </summary>
    public const long MaxCopies = 2_000_000;

    private static readonly HashSet<string> FormattingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FormattingLookup = FormattingTags.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\r\n\f/>");

    /// <summary>Whether the page would make the parser slow, and how many formatting tags it leaves open.</summary>
    public static bool IsHostile(string html, out int unclosed)
    {
        unclosed = 0;
        foreach (var (_, _, isEnd) in FormattingTagsIn(html))
        {
            unclosed += isEnd ? -1 : 1;
        }

        if (unclosed > MaxUnclosed)
        {
            return true;
        }

        if (unclosed <= 0)
        {
            return false;
        }

        // Start tags are a letter after '<'; an estimate is enough.
        long startTags = 0;
        var rest = html.AsSpan();
        for (var open = rest.IndexOf('<'); open >= 0 && open + 1 < rest.Length; open = rest.IndexOf('<'))
        {
            if (char.IsAsciiLetter(rest[open + 1]))
            {
                startTags++;
            }

            rest = rest[(open + 1)..];
        }

        return unclosed * startTags > MaxCopies;
    }

    /// <summary>The page without its formatting tags; a space stands for each so that words stay apart.</summary>
    public static string RemoveFormattingTags(string html)
    {
        var result = new StringBuilder(html.Length);
        var copied = 0;
        foreach (var (start, end, _) in FormattingTagsIn(html))
        {
            result.Append(html, copied, start - copied).Append(' ');
            copied = end;
        }

        return result.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>Each formatting tag as [start, end) with whether it is an end tag. Comments and scripts are not told apart: a count, not a parse.</summary>
    private static IEnumerable<(int Start, int End, bool IsEnd)> FormattingTagsIn(string html)
    {
        var position = 0;
        while (true)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 1 >= html.Length)
            {
                yield break;
            }

            var nameStart = open + 1;
            var isEnd = html[nameStart] == '/';
            if (isEnd)
            {
                nameStart++;
            }

            var nameLength = html.AsSpan(nameStart).IndexOfAny(TagNameEnd);
            if (nameLength <= 0 || nameLength > 6)
            {
                position = open + 1;
                continue;
            }

            var close = html.IndexOf('>', nameStart + nameLength);
            if (close < 0)
            {
                yield break;
            }

            var name = html.AsSpan(nameStart, nameLength);
            if (IsFormatting(name))
            {
                yield return (open, close + 1, isEnd);
            }

            position = close + 1;
        }
    }

    private static bool IsFormatting(ReadOnlySpan<char> name) => FormattingLookup.Contains(name);
}
