namespace Tradewatch.News.Html;

/// <summary>What an element's class and id say about its role on the page.</summary>
[Flags]
internal enum Hint : byte
{
    None = 0,

    /// <summary>Names of article bodies: "article-body", "entry-content", "story".</summary>
    Content = 1,

    /// <summary>Names of page furniture around an article: sharing, related links, comments, bylines, captions.</summary>
    Boilerplate = 2,

    /// <summary>Text not shown to a reader: screen-reader labels, tooltips, hover cards.</summary>
    Invisible = 4,

    /// <summary>Names that are never an article body, however much text they hold: comments, related links, sharing.</summary>
    StrongBoilerplate = 8,

    /// <summary>Pop-ups on hover: a hover card nested in the link it explains is not text of the paragraph.</summary>
    Hover = 16,

    /// <summary>Embedded posts (tweets, videos with text) that articles quote: never furniture.</summary>
    Embed = 32,
}

/// <summary>
/// Reads class and id attributes as words. Matching is on word parts ("share" in "share-bar" or
/// "socialShare"), so that "shadow" is not read as "ad"; words of three letters or fewer must
/// match a whole part.
/// </summary>
internal static class ClassHints
{
    // Whole parts only: short words that would match inside unrelated names.
    private static readonly HashSet<string> BoilerplateParts = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "advert", "nav", "menu", "tags", "meta", "bio", "rss", "print", "login",
        "social", "share", "sharing", "shares", "comment", "comments", "related", "footer", "sidebar",
        "widget", "widgets", "promo", "promos", "sponsor", "sponsored", "banner", "cookie", "cookies",
        "popup", "modal", "caption", "captions", "credit", "credits", "byline", "bylines", "author",
        "authors", "dateline", "timestamp", "date", "breadcrumb", "breadcrumbs", "newsletter",
        "subscribe", "signup", "recommended", "recommend", "recommendations",
        "trending", "popular", "teaser", "teasers", "outbrain", "taboola", "disqus", "toolbar",
        "tools", "masthead", "pagination", "pager", "rail", "skip",
        "follow", "extra", "extras", "aside",
        "copyright", "legal", "disclaimer", "jump", "overlay", "lightbox", "gallery",
        "slideshow", "carousel", "topics", "keywords", "community", "partner",
        "partners", "newsletters", "alert", "alerts", "contact", "donate", "feedback", "rating",
        "reactions", "utility", "utilities", "archive", "listing",
        "headlines", "kicker", "eyebrow", "label", "icon", "photo", "image",
        "img", "figure",
    };

    // Also matched inside longer parts ("sharebar", "relatedposts").
    private static readonly string[] BoilerplateStems =
    [
        "share", "social", "comment", "related", "newsletter", "sidebar", "footer", "subscribe",
        "sponsor", "advert", "breadcrumb", "recommend", "outbrain", "taboola", "promo", "signup",
        "byline", "caption", "popular", "trending", "mostread", "readmore", "morestories",
    ];

    private static readonly HashSet<string> StrongParts = new(StringComparer.Ordinal)
    {
        "ad", "ads", "advert", "nav", "menu", "social", "share", "sharing", "shares", "comment", "comments",
        "related", "footer", "promo", "promos", "sponsor", "sponsored", "cookie", "cookies", "newsletter",
        "newsletters", "subscribe", "signup", "recommended", "recommend", "recommendations",
        "trending", "popular", "outbrain", "taboola", "disqus", "breadcrumb", "breadcrumbs",
    };

    // Words that hold a boilerplate stem but name content: "commentary" is not "comment".
    private static readonly HashSet<string> NotBoilerplate = new(StringComparer.Ordinal)
    {
        "commentary", "commentator", "commentators", "shared", "unrelated",
    };

    private static readonly HashSet<string> ContentParts = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "content", "body", "story", "storybody", "post", "entry", "text",
        "main", "blog", "prose", "richtext", "copy", "paragraph", "paragraphs", "detail", "news",
    };

    private static readonly string[] InvisibleStems =
    [
        "sronly", "visuallyhidden", "screenreader", "srtext", "offscreen", "assistive", "printonly", "noprint",
    ];

    private static readonly string[] HoverStems = ["tooltip", "rollover", "hovercard", "popover"];

    private static readonly string[] EmbedStems = ["embed", "tweet", "instagram"];

    /// <summary>Reads the hints of one class or id value; <paramref name="cache"/> holds earlier answers for this page.</summary>
    public static Hint Read(string names, Dictionary<string, Hint> cache)
    {
        if (cache.TryGetValue(names, out var known))
        {
            return known;
        }

        var hint = Compute(names);
        if (cache.Count < 4096)
        {
            cache[names] = hint;
        }

        return hint;
    }

    private static Hint Compute(string names)
    {
        var hint = Hint.None;
        var joined = new System.Text.StringBuilder(names.Length);
        foreach (var part in SplitParts(names))
        {
            joined.Append(part);
            if (ContentParts.Contains(part))
            {
                hint |= Hint.Content;
            }

            if (NotBoilerplate.Contains(part))
            {
                continue;
            }

            if (BoilerplateParts.Contains(part))
            {
                hint |= StrongParts.Contains(part) ? Hint.Boilerplate | Hint.StrongBoilerplate : Hint.Boilerplate;
                continue;
            }

            foreach (var stem in BoilerplateStems)
            {
                if (part.Length > stem.Length && part.Contains(stem, StringComparison.Ordinal))
                {
                    hint |= Hint.Boilerplate | Hint.StrongBoilerplate;
                    break;
                }
            }
        }

        var squashed = joined.ToString();
        hint |= ContainsAny(squashed, InvisibleStems) ? Hint.Invisible : Hint.None;
        hint |= ContainsAny(squashed, HoverStems) ? Hint.Hover : Hint.None;
        hint |= ContainsAny(squashed, EmbedStems) ? Hint.Embed : Hint.None;
        return hint;
    }

    private static bool ContainsAny(string text, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (text.Contains(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits "storyBody share-bar_top" into lower-case parts: story, body, share, bar, top.</summary>
    private static List<string> SplitParts(string names)
    {
        var parts = new List<string>();
        var start = -1;
        for (var i = 0; i <= names.Length; i++)
        {
            var c = i < names.Length ? names[i] : ' ';
            var isLetter = char.IsAsciiLetter(c);
            var startsWord = isLetter && char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(names[i - 1]);
            if (start >= 0 && (!isLetter || startsWord))
            {
                parts.Add(names[start..i].ToLowerInvariant());
                start = -1;
            }

            if (isLetter && start < 0)
            {
                start = i;
            }
        }

        return parts;
    }
}
