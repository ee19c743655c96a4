using System.Buffers;
using System.Text;

namespace Tradewatch.News.Html;

/// <summary>
/// Guards the HTML parser against markup that makes it slow. Two shapes are quadratic in
/// AngleSharp: elements nested thousands deep (it stops nesting at about 500 levels and then
/// pays for every deeper element), and thousands of formatting elements (b, i, a, font...) left
/// open, which the parser copies into every later block. Such pages are generated or hostile;
/// the guard rewrites them before parsing so that their text survives and the parse stays
/// linear, and says what it did.
/// </summary>
internal static class MarkupGuard
{
    /// <summary>
    /// Elements deeper than this are unwrapped: their tags go, their content stays. AngleSharp
    /// itself stops nesting at about 500; news pages stay under 100.
    /// </summary>
    public const int MaxDepth = 500;

    /// <summary>Unclosed formatting tags beyond this count are taken for hostile markup.</summary>
    public const int MaxUnclosedFormatting = 1000;

    /// <summary>
    /// Unclosed formatting tags times start tags: how many copies the parser would make. News
    /// pages stay under 100,000; hostile ones reach billions.
    /// </summary>
    public const long MaxFormattingCopies = 2_000_000;

    private static readonly HashSet<string> FormattingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    // Void elements have no end tag; these close themselves when a sibling starts, so they do not nest.
    private static readonly HashSet<string> FlatTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "tbody", "thead", "tfoot",
        "colgroup", "caption", "html", "head", "body",
    };

    // Their content is text up to the matching end tag, whatever it looks like.
    private static readonly HashSet<string> RawTextTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Formatting = FormattingTags.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Flat = FlatTags.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawText = RawTextTags.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\r\n\f/>");

    /// <summary>The page, rewritten when it would make the parser slow; a warning says so.</summary>
    public static string Sanitize(string html, List<string> warnings)
    {
        var depth = 0;
        var maxDepth = 0;
        var unclosedFormatting = 0;
        long startTags = 0;
        foreach (var tag in Tags(html))
        {
            var name = html.AsSpan(tag.NameStart, tag.NameLength);
            if (!tag.IsEnd)
            {
                startTags++;
            }

            if (Flat.Contains(name))
            {
                continue;
            }

            if (Formatting.Contains(name))
            {
                unclosedFormatting += tag.IsEnd ? -1 : 1;
            }

            depth = tag.IsEnd ? Math.Max(0, depth - 1) : depth + 1;
            maxDepth = Math.Max(maxDepth, depth);
        }

        var dropFormatting = unclosedFormatting > MaxUnclosedFormatting
            || (unclosedFormatting > 0 && unclosedFormatting * startTags > MaxFormattingCopies);
        var flatten = maxDepth > MaxDepth;
        if (!dropFormatting && !flatten)
        {
            return html;
        }

        if (dropFormatting)
        {
            warnings.Add($"the page leaves {unclosedFormatting} formatting tags open; they were dropped before parsing");
        }

        if (flatten)
        {
            warnings.Add($"the page is nested {maxDepth} elements deep; elements below {MaxDepth} levels were unwrapped");
        }

        return Rewrite(html, dropFormatting, flatten);
    }

    private static string Rewrite(string html, bool dropFormatting, bool flatten)
    {
        var result = new StringBuilder(html.Length);
        var unwrapped = new Stack<bool>();
        var copied = 0;
        foreach (var tag in Tags(html))
        {
            var name = html.AsSpan(tag.NameStart, tag.NameLength);
            bool drop;
            if (Flat.Contains(name))
            {
                drop = false;
            }
            else if (dropFormatting && Formatting.Contains(name))
            {
                drop = true;
            }
            else if (!flatten)
            {
                drop = false;
            }
            else if (tag.IsEnd)
            {
                drop = unwrapped.Count > 0 && unwrapped.Pop();
            }
            else
            {
                drop = unwrapped.Count >= MaxDepth;
                unwrapped.Push(drop);
            }

            if (drop)
            {
                // A space keeps the words on either side of the tag apart.
                result.Append(html, copied, tag.Start - copied).Append(' ');
                copied = tag.End;
            }
        }

        return result.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>Each start or end tag as [Start, End) with its name; comments and raw text (scripts, styles) are passed over.</summary>
    private static IEnumerable<Tag> Tags(string html)
    {
        var position = 0;
        while (true)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 1 >= html.Length)
            {
                yield break;
            }

            var next = html[open + 1];
            if (next == '!' || next == '?')
            {
                var commentEnd = html.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal)
                    ? html.IndexOf("-->", open + 4, StringComparison.Ordinal)
                    : html.IndexOf('>', open + 2);
                if (commentEnd < 0)
                {
                    yield break;
                }

                position = commentEnd + 1;
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? open + 2 : open + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                position = open + 1;
                continue;
            }

            var nameLength = html.AsSpan(nameStart).IndexOfAny(TagNameEnd);
            if (nameLength < 0)
            {
                yield break;
            }

            var close = html.IndexOf('>', nameStart + nameLength);
            if (close < 0)
            {
                yield break;
            }

            yield return new Tag(open, close + 1, nameStart, nameLength, isEnd);
            position = close + 1;

            var name = html.AsSpan(nameStart, nameLength);
            if (!isEnd && RawText.Contains(name))
            {
                var endTag = html.IndexOf("</" + name.ToString(), position, StringComparison.OrdinalIgnoreCase);
                if (endTag < 0)
                {
                    yield break;
                }

                position = endTag;
            }
        }
    }

    private readonly record struct Tag(int Start, int End, int NameStart, int NameLength, bool IsEnd);
}
