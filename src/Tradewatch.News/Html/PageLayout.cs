using System.Text;
using AngleSharp.Dom;

namespace Tradewatch.News.Html;

/// <summary>How an element takes part in the text of a page.</summary>
internal enum ElementRole : byte
{
    /// <summary>Text-level: its text runs on in the block around it.</summary>
    Inline,

    /// <summary>A container of blocks: div, section, article, td.</summary>
    Container,

    /// <summary>A block that is itself one paragraph of text: p, h2, li, blockquote.</summary>
    Paragraph,
}

/// <summary>One element of the page, in document order, with totals over its subtree.</summary>
internal struct LayoutNode
{
    public int Parent;

    /// <summary>One past the last node of the subtree: the subtree is the index range [self, End).</summary>
    public int End;

    /// <summary>The nearest ancestor-or-self that is not inline.</summary>
    public int Block;

    /// <summary>The nearest ancestor-or-self named as boilerplate, or -1.</summary>
    public int NearestBoilerplate;

    public string Tag;
    public ElementRole Role;
    public Hint Hint;

    /// <summary>Characters of text in the subtree, whitespace not counted.</summary>
    public int TextChars;

    /// <summary>Of <see cref="TextChars"/>, those inside links.</summary>
    public int LinkChars;

    public double Score;
}

/// <summary>A run of text between two block boundaries, owned by the block element it sits in.</summary>
internal readonly record struct TextBlock(int Owner, string Text, int TextChars, int LinkChars, int Commas);

/// <summary>
/// The page flattened into elements in document order and text blocks. Built in one walk with
/// an explicit stack and nothing recursive, so deep nesting cannot overflow the call stack and
/// wide or deep pages cost time in proportion to their size.
/// </summary>
internal sealed class PageLayout
{
    // Elements whose content is never article text.
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "applet", "button", "input", "select", "textarea", "option", "optgroup", "nav", "aside", "footer",
        "header", "figure", "figcaption", "picture", "video", "audio", "source", "track", "map", "dialog",
        "menu", "head", "title", "meta", "link", "base", "img", "frame", "frameset", "datalist", "output",
        "progress", "meter", "label",
    };

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "address",
        "caption", "summary", "legend", "hr", "br",
    };

    private static readonly HashSet<string> ContainerTags = new(StringComparer.Ordinal)
    {
        "html", "body", "div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody",
        "thead", "tfoot", "tr", "td", "th", "center", "hgroup", "details", "fieldset", "form",
    };

    private readonly List<LayoutNode> nodes = [];
    private readonly List<TextBlock> blocks = [];
    private readonly Dictionary<string, Hint> hintCache = new(StringComparer.Ordinal);
    private readonly StringBuilder run = new();
    private int runChars;
    private int runLinkChars;
    private int runCommas;
    private int linkDepth;
    private int hoverDepth;
    private int current;

    private PageLayout()
    {
    }

    public IReadOnlyList<LayoutNode> Nodes => nodes;

    public IReadOnlyList<TextBlock> Blocks => blocks;

    /// <summary>Mutable access for scoring.</summary>
    public Span<LayoutNode> NodeSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(nodes);

    /// <summary>Flattens the subtree under <paramref name="root"/>.</summary>
    public static PageLayout Build(IElement root)
    {
        var layout = new PageLayout();
        layout.Walk(root);
        return layout;
    }

    private void Walk(IElement root)
    {
        // An explicit stack of child lists: no recursion, and no NextSibling, which AngleSharp
        // answers by searching the parent's children (quadratic on a page of 100,000 paragraphs).
        var open = new Stack<(IElement Element, INodeList Children, int Next)>();
        Enter(root, Hint.None);
        open.Push((root, root.ChildNodes, 0));
        while (open.Count > 0)
        {
            var (element, children, next) = open.Pop();
            if (next >= children.Length)
            {
                Exit(element);
                continue;
            }

            open.Push((element, children, next + 1));
            switch (children[next])
            {
                case IText text:
                    AppendText(text.Data);
                    break;
                case IElement child when TryEnter(child):
                    open.Push((child, child.ChildNodes, 0));
                    break;
                default:
                    break;
            }
        }

        Finish();
    }

    /// <summary>Enters an element unless it is skipped; true when its children are to be walked.</summary>
    private bool TryEnter(IElement element)
    {
        var tag = element.LocalName;
        if (SkippedTags.Contains(tag))
        {
            return false;
        }

        if (tag == "br")
        {
            Flush();
            return false;
        }

        var hint = Hint.None;
        foreach (var attribute in element.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "class":
                case "id":
                    hint |= ClassHints.Read(attribute.Value, hintCache);
                    break;
                case "hidden":
                    return false;
                case "aria-hidden" when attribute.Value == "true":
                    return false;
                case "style" when IsHiddenByStyle(attribute.Value):
                    return false;
                case "role" when attribute.Value is "navigation" or "complementary" or "contentinfo" or "banner" or "dialog" or "alert":
                    return false;
                default:
                    break;
            }
        }

        if ((hint & Hint.Invisible) != 0 || (hint & Hint.Hover) != 0 && hoverDepth > 0)
        {
            return false;
        }

        Enter(element, hint);
        if (element.FirstChild is null)
        {
            Exit(element);
            return false;
        }

        return true;
    }

    private void Enter(IElement element, Hint hint)
    {
        var tag = element.LocalName;
        var role = ParagraphTags.Contains(tag) ? ElementRole.Paragraph
            : ContainerTags.Contains(tag) ? ElementRole.Container
            : ElementRole.Inline;
        if (role != ElementRole.Inline)
        {
            Flush();
        }

        var index = nodes.Count;
        var parent = index == 0 ? -1 : current;
        var nearestBoilerplate = (hint & Hint.Boilerplate) != 0 ? index : parent < 0 ? -1 : nodes[parent].NearestBoilerplate;
        nodes.Add(new LayoutNode
        {
            Parent = parent,
            End = index + 1,
            Block = role == ElementRole.Inline && parent >= 0 ? nodes[parent].Block : index,
            NearestBoilerplate = nearestBoilerplate,
            Tag = tag,
            Role = role,
            Hint = hint,
        });
        current = index;
        if (tag == "a")
        {
            linkDepth++;
        }

        if ((hint & Hint.Hover) != 0)
        {
            hoverDepth++;
        }
    }

    private void Exit(IElement element)
    {
        var span = NodeSpan;
        ref var node = ref span[current];
        if (node.Role != ElementRole.Inline)
        {
            Flush();
        }

        if (element.LocalName == "a")
        {
            linkDepth--;
        }

        if ((node.Hint & Hint.Hover) != 0)
        {
            hoverDepth--;
        }

        node.End = nodes.Count;
        current = node.Parent < 0 ? 0 : node.Parent;
    }

    private void AppendText(string data)
    {
        var chars = 0;
        var commas = 0;
        var lastWasSpace = run.Length == 0 || run[^1] == ' ';
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    run.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            run.Append(c);
            lastWasSpace = false;
            chars++;
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C')
            {
                commas++;
            }
        }

        runChars += chars;
        runCommas += commas;
        ref var node = ref NodeSpan[current];
        node.TextChars += chars;
        if (linkDepth > 0)
        {
            runLinkChars += chars;
            node.LinkChars += chars;
        }
    }

    private void Flush()
    {
        if (runChars > 0)
        {
            var owner = nodes.Count == 0 ? 0 : nodes[current].Block;
            blocks.Add(new TextBlock(owner, run.ToString().Trim(), runChars, runLinkChars, runCommas));
        }

        run.Clear();
        runChars = 0;
        runLinkChars = 0;
        runCommas = 0;
    }

    private void Finish()
    {
        Flush();

        // Children come after their parent, so one backward pass sums every subtree.
        var span = NodeSpan;
        for (var i = span.Length - 1; i > 0; i--)
        {
            ref var parent = ref span[span[i].Parent];
            parent.TextChars += span[i].TextChars;
            parent.LinkChars += span[i].LinkChars;
        }
    }

    private static bool IsHiddenByStyle(string style)
    {
        if (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
