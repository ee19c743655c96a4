using System.Text;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Html;

/// <summary>
/// Finds the article's own text in a flattened page: scores containers by the paragraphs they
/// hold, takes the best one with its siblings that look like more of the same article, then
/// drops the blocks inside it that are page furniture (share bars, related links, captions,
/// bylines, newsletter prompts).
/// </summary>
internal static partial class MainText
{
    private const int MinParagraphChars = 25;

    /// <summary>The article text, paragraphs separated by blank lines; empty when the page has no paragraph of text.</summary>
    public static string Find(PageLayout layout)
    {
        var (ranges, furniture) = Locate(layout);
        return ranges.Count == 0 ? string.Empty : Assemble(layout, ranges, furniture);
    }

    /// <summary>The elements whose subtrees hold the article, in document order, and the furniture map used to prune them.</summary>
    internal static (List<int> Ranges, int[] Furniture) Locate(PageLayout layout)
    {
        var nodes = layout.NodeSpan;
        if (nodes.Length == 0 || layout.Blocks.Count == 0)
        {
            return ([], []);
        }

        var furniture = FindFurniture(nodes);
        var prose = new Prose(nodes.Length);
        ScoreContainers(layout, furniture, prose);
        var top = BestContainer(nodes, furniture);
        if (top < 0)
        {
            return ([], furniture);
        }

        top = Widen(nodes, prose, top);
        return (ChooseRanges(nodes, top), furniture);
    }

    /// <summary>
    /// For each element, the nearest ancestor-or-self named as boilerplate, or -1. A name that covers
    /// most of the page ("has-sidebar" on a layout wrapper) is not taken for furniture.
    /// </summary>
    private static int[] FindFurniture(Span<LayoutNode> nodes)
    {
        var furniture = new int[nodes.Length];
        var pageChars = Math.Max(1, nodes[0].TextChars);
        for (var i = 0; i < nodes.Length; i++)
        {
            var inherited = nodes[i].Parent < 0 ? -1 : furniture[nodes[i].Parent];
            var hint = nodes[i].Hint;
            var named = (hint & Hint.Embed) == 0
                && ((hint & Hint.StrongBoilerplate) != 0 && (hint & Hint.Content) == 0 || (hint & Hint.Boilerplate) != 0 && nodes[i].TextChars < pageChars * 0.5);
            if (inherited >= 0 && (hint & Hint.Embed) != 0 && (nodes[inherited].Hint & Hint.StrongBoilerplate) == 0)
            {
                // A quoted post inside a media box ("video-container") is part of the article.
                inherited = -1;
            }

            furniture[i] = inherited >= 0 ? inherited : named ? i : -1;
        }

        return furniture;
    }

    private static void ScoreContainers(PageLayout layout, int[] furniture, Prose prose)
    {
        var nodes = layout.NodeSpan;
        var lastProseParent = -1;
        foreach (var block in layout.Blocks)
        {
            if (block.TextChars < MinParagraphChars)
            {
                continue;
            }

            var owner = block.Owner;
            var linkShare = (double)block.LinkChars / block.TextChars;
            var inFurniture = furniture[owner] >= 0;
            var score = (1 + block.Commas + Math.Min(block.TextChars / 100.0, 3)) * (1 - linkShare) * (inFurniture ? 0.3 : 1);
            if (!inFurniture && block.TextChars >= 80 && linkShare < 0.3 && nodes[owner].Tag is "p" or "blockquote" or "pre")
            {
                prose.Chars[owner] += block.TextChars;
                prose.Paragraphs[owner]++;
                var parent = Math.Max(0, nodes[owner].Parent);
                if (parent != lastProseParent)
                {
                    prose.Runs[parent]++;
                    lastProseParent = parent;
                }
            }

            if (nodes[owner].Role == ElementRole.Container)
            {
                nodes[owner].Score += score;
            }

            // Parent in full, grandparent half, great-grandparent a quarter: the paragraphs' own box wins over the page.
            var weight = 1.0;
            for (var ancestor = nodes[owner].Parent; ancestor >= 0 && weight > 0.2; ancestor = nodes[ancestor].Parent)
            {
                nodes[ancestor].Score += score * weight;
                weight /= 2;
            }
        }

        for (var i = nodes.Length - 1; i > 0; i--)
        {
            var parent = nodes[i].Parent;
            prose.Chars[parent] += prose.Chars[i];
            prose.Paragraphs[parent] += prose.Paragraphs[i];
            prose.Runs[parent] += prose.Runs[i];
        }
    }

    private static int BestContainer(Span<LayoutNode> nodes, int[] furniture)
    {
        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < nodes.Length; i++)
        {
            ref var node = ref nodes[i];
            if (node.Score <= 0 || node.Role != ElementRole.Container)
            {
                continue;
            }

            var hintFactor = furniture[i] >= 0 ? 0.3 : (node.Hint & Hint.Content) != 0 ? 1.25 : 1;
            var score = node.Score * (1 - LinkShare(node)) * hintFactor;
            node.Score = score;
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// Climbs from the best container to an ancestor when what the ancestor adds is mostly prose:
    /// articles cut into chunks by ads or pull quotes sit in cousins, not siblings.
    /// </summary>
    private static int Widen(Span<LayoutNode> nodes, Prose prose, int top)
    {
        var best = top;
        for (var ancestor = nodes[top].Parent; ancestor >= 0; ancestor = nodes[ancestor].Parent)
        {
            var addedProse = prose.Chars[ancestor] - prose.Chars[best];
            var addedChars = nodes[ancestor].TextChars - nodes[best].TextChars;
            var addedParagraphs = prose.Paragraphs[ancestor] - prose.Paragraphs[best];
            var addedRuns = prose.Runs[ancestor] - prose.Runs[best];

            // Teaser cards hold one paragraph each; article chunks hold runs of them.
            if (addedProse >= Math.Max(80, prose.Chars[best] * 0.1) && addedProse >= addedChars * 0.7 && addedParagraphs >= addedRuns * 2)
            {
                best = ancestor;
            }
        }

        return best;
    }

    /// <summary>Paragraphs of running text in each subtree: their letters, their number, and the runs of consecutive ones under one parent.</summary>
    private sealed class Prose(int length)
    {
        public int[] Chars { get; } = new int[length];

        public int[] Paragraphs { get; } = new int[length];

        public int[] Runs { get; } = new int[length];
    }

    private static double LinkShare(in LayoutNode node) => node.TextChars == 0 ? 0 : (double)node.LinkChars / node.TextChars;

    /// <summary>The top container and those of its siblings that read as more of the article.</summary>
    private static List<int> ChooseRanges(Span<LayoutNode> nodes, int top)
    {
        var ranges = new List<int>();
        var parent = nodes[top].Parent;
        if (parent < 0)
        {
            ranges.Add(top);
            return ranges;
        }

        var threshold = Math.Max(10, nodes[top].Score * 0.2);
        for (var child = parent + 1; child < nodes[parent].End; child = nodes[child].End)
        {
            if (child == top)
            {
                ranges.Add(child);
                continue;
            }

            ref var sibling = ref nodes[child];
            if ((sibling.Hint & Hint.Boilerplate) != 0)
            {
                continue;
            }

            var linkShare = LinkShare(sibling);
            if (sibling.Role == ElementRole.Container && sibling.Score >= threshold)
            {
                ranges.Add(child);
            }
            else if (sibling.TextChars > 80 && linkShare < 0.25 && (sibling.Tag == "p" || sibling.Role == ElementRole.Container && HoldsOnlyInlineText(nodes, child)))
            {
                // A lead paragraph or standfirst set apart from the body.
                ranges.Add(child);
            }
        }

        return ranges;
    }

    private static bool HoldsOnlyInlineText(Span<LayoutNode> nodes, int index)
    {
        for (var i = index + 1; i < nodes[index].End; i++)
        {
            if (nodes[i].Role != ElementRole.Inline)
            {
                return false;
            }
        }

        return true;
    }

    private static string Assemble(PageLayout layout, List<int> ranges, int[] furniture)
    {
        var nodes = layout.Nodes;
        var kept = new List<TextBlock>();
        var linkLists = new Dictionary<int, bool>();
        var rangeIndex = 0;
        var previousDropped = false;
        foreach (var block in layout.Blocks)
        {
            while (rangeIndex < ranges.Count && block.Owner >= nodes[ranges[rangeIndex]].End)
            {
                rangeIndex++;
            }

            if (rangeIndex == ranges.Count)
            {
                break;
            }

            var container = ranges[rangeIndex];
            if (block.Owner < container)
            {
                continue;
            }

            if (InLinkList(nodes, block.Owner, linkLists))
            {
                // The label over a list of links ("More stories", "Related") goes with it.
                if (!previousDropped && kept.Count > 0 && IsLabel(kept[^1]))
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                previousDropped = true;
                continue;
            }

            if (Keep(layout, block, container, furniture))
            {
                kept.Add(block);
                previousDropped = false;
            }
            else if (!previousDropped && kept.Count > 0 && IsLabel(kept[^1]) && IsFurniture(nodes, block.Owner, container, furniture))
            {
                // "Don't miss", "You may also like": the label of a box that was dropped.
                kept.RemoveAt(kept.Count - 1);
                previousDropped = true;
            }
        }


        // Labels left after the last paragraph: "Tags", "Topics", "You may also like". Items of a
        // list are short too, and are kept.
        for (var trimmed = 0; trimmed < 3 && kept.Count > 0 && IsLabel(kept[^1]) && nodes[kept[^1].Owner].Tag is not ("li" or "td" or "dd"); trimmed++)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join("\n\n", kept.Select(b => b.Text));
    }

    /// <summary>A short line that is not a sentence: a heading, a label, a date.</summary>
    private static bool IsLabel(in TextBlock block) =>
        block.TextChars < 50 && block.Text.Length > 0 && !SentenceEnds.Contains(block.Text[^1]);

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?\"\u201D\u2019'),;:\u3002\uFF01\uFF1F\u3001\uFF0C\u060C\u061F");

    /// <summary>Whether the block is an item of a list in which every item is mostly a link: related stories, tags, menus.</summary>
    private static bool InLinkList(IReadOnlyList<LayoutNode> nodes, int owner, Dictionary<int, bool> cache)
    {
        if (nodes[owner].Tag != "li")
        {
            return false;
        }

        var list = nodes[owner].Parent;
        if (list < 0)
        {
            return false;
        }

        if (cache.TryGetValue(list, out var known))
        {
            return known;
        }

        var items = 0;
        var linked = 0;
        for (var child = list + 1; child < nodes[list].End; child = nodes[child].End)
        {
            if (nodes[child].Tag != "li" || nodes[child].TextChars == 0)
            {
                continue;
            }

            items++;
            if (nodes[child].LinkChars >= nodes[child].TextChars * 0.3 && nodes[child].TextChars < 200)
            {
                linked++;
            }
        }

        var isLinkList = items >= 2 && linked == items;
        cache[list] = isLinkList;
        return isLinkList;
    }

    /// <summary>Whether the block sits in an element inside the container that is named as furniture.</summary>
    private static bool IsFurniture(IReadOnlyList<LayoutNode> nodes, int owner, int container, int[] furniture)
    {
        var boilerplate = nodes[owner].NearestBoilerplate;
        if (boilerplate <= container || furniture[owner] < 0)
        {
            return false;
        }

        // A name that covers most of the container's text is more likely a wrong guess than furniture.
        return nodes[boilerplate].TextChars < nodes[container].TextChars * 0.6;
    }

    private static bool Keep(PageLayout layout, in TextBlock block, int container, int[] furniture)
    {
        var nodes = layout.Nodes;
        if (IsFurniture(nodes, block.Owner, container, furniture))
        {
            return false;
        }

        // The headline is metadata, not body text.
        if (nodes[block.Owner].Tag == "h1")
        {
            return false;
        }

        // Paragraphs of an article may link most of their words; other blocks that do are navigation.
        var linkShare = (double)block.LinkChars / block.TextChars;
        var longProse = block.TextChars >= 150 || nodes[block.Owner].Tag == "p" && block.TextChars >= 80;
        if (linkShare > (longProse ? 0.8 : 0.5))
        {
            return false;
        }

        if (block.TextChars < 120 && BoilerplatePhrase().IsMatch(block.Text))
        {
            return false;
        }

        if (block.TextChars < 200 && PromptPhrase().IsMatch(block.Text))
        {
            return false;
        }

        if (block.TextChars < 20 && AdLabel().IsMatch(block.Text))
        {
            return false;
        }

        // Markup shown as text: the body of a noscript or a broken embed.
        if (block.Text.StartsWith('<') && MarkupText().IsMatch(block.Text))
        {
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"^\W*(advertisement|advertising|sponsored|read more|related|share|follow us|sign up|subscribe|click here|photo|image|credit|getty|ap photo|©|copyright|all rights reserved|loading|comments?\b|newsletter|recommended|more from|see also|also read|watch:|listen)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplatePhrase();

    // Prompts to the reader that sit inside article bodies: newsletters, tips, social follows.
    [GeneratedRegex(@"\b(subscribe to|sign up (for|to)|newsletters?\b|in your inbox|follow (us|him|her|them|me) on|may be reached at|can be reached at|have a (news )?tip|click here|all rights reserved|download (our|the) app|share (it|this)|contributed (reporting|to this report)|^\(?(additional )?reporting by|editing by|follow\b.{0,60}\bon (twitter|facebook|instagram|linkedin))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromptPhrase();

    // "Advertisement" in the languages of the news this reads; a label alone in its block.
    [GeneratedRegex(@"^\W*(advert|advertisement|anzeige|werbung|publicit[eé]|publicidad|pubblicit[aà]|reklama|iklan|annonse|annons|advertentie|реклама|広告|광고)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdLabel();

    [GeneratedRegex(@"^<[a-zA-Z][a-zA-Z0-9]*[\s/>]", RegexOptions.CultureInvariant)]
    private static partial Regex MarkupText();
}
