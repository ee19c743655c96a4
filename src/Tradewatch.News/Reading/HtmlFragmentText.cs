using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Tradewatch.News.Reading;

/// <summary>The text of a small HTML fragment (a feed item's description), a line per block element.</summary>
public static class HtmlFragmentText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "figcaption", "pre",
    };

    public static bool LooksLikeHtml(string text) =>
        text.Contains('<', StringComparison.Ordinal) && text.Contains('>', StringComparison.Ordinal);

    public static string ToText(string html)
    {
        var parser = new HtmlParser();
        var doc = parser.ParseDocument(html);
        var output = new System.Text.StringBuilder();
        // Iterative walk: feed content can be nested arbitrarily deep.
        var stack = new Stack<(INode Node, bool Closing)>();
        if (doc.Body is { } body)
        {
            stack.Push((body, false));
        }

        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing)
            {
                output.Append('\n');
                continue;
            }

            if (node is IText text)
            {
                output.Append(text.Data);
                continue;
            }

            if (node is IElement element)
            {
                if (element.LocalName is "script" or "style" or "noscript")
                {
                    continue;
                }

                if (Blocks.Contains(element.LocalName))
                {
                    output.Append('\n');
                    stack.Push((node, true));
                }
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((node.ChildNodes[i], false));
            }
        }

        var lines = output.ToString().Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }
}
