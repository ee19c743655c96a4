using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

using Tradewatch.News.Text;

namespace Tradewatch.News.Html;

/// <summary>What a page's markup says about its article: from meta tags, JSON-LD and the body.</summary>
internal sealed partial record PageMetadata(string? Title, DateOnly? Published, string? Author, string? Outlet, string? Url)
{
    private const int MaxJsonLdChars = 1_000_000;

    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "datepublished", "article.published", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_time", "published-date", "sailthru.date",
        "parsely-pub-date", "dc.date.issued", "dcterms.created", "dc.date", "dcterms.date", "date",
        "article:modified_time", "og:updated_time", "datemodified",
    ];

    private static readonly string[] TitleKeys = ["og:title", "twitter:title", "headline", "dc.title", "parsely-title", "sailthru.title"];

    private static readonly string[] AuthorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];

    private static readonly string[] OutletKeys = ["og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher"];

    /// <summary>Reads the metadata of <paramref name="document"/>; <paramref name="url"/> resolves relative links.</summary>
    public static PageMetadata Read(IDocument document, Uri? url, List<string> warnings)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var microdata = new Dictionary<string, string>(StringComparer.Ordinal);
        string? canonical = null;
        string? timeElement = null;
        string? firstHeading = null;
        var jsonLd = new JsonLdFacts();

        // One pass over the elements that carry metadata; querying each kind separately would walk the page many times.
        foreach (var element in document.QuerySelectorAll("meta, link[rel], script[type], time, h1, [itemprop]"))
        {
            switch (element.LocalName)
            {
                case "meta":
                    var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
                    var content = element.GetAttribute("content");
                    if (key is not null && !string.IsNullOrWhiteSpace(content))
                    {
                        meta.TryAdd(key.Trim(), content.Trim());
                    }

                    break;
                case "link" when canonical is null && HasToken(element.GetAttribute("rel"), "canonical"):
                    canonical = element.GetAttribute("href");
                    break;
                case "script" when string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                    jsonLd.Read(element.TextContent, warnings);
                    break;
                case "time" when timeElement is null:
                    timeElement = element.GetAttribute("datetime");
                    break;
                case "h1" when firstHeading is null:
                    firstHeading = Clean(element.TextContent);
                    break;
                default:
                    var itemprop = element.GetAttribute("itemprop");
                    if (itemprop is "datePublished" or "author" or "headline")
                    {
                        var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? Clean(element.TextContent);
                        if (!string.IsNullOrWhiteSpace(value))
                        {
                            microdata.TryAdd(itemprop, value);
                        }
                    }

                    break;
            }
        }

        var title = jsonLd.Headline ?? First(meta, TitleKeys) ?? microdata.GetValueOrDefault("headline") ?? firstHeading ?? TitleFromTitleElement(document.Title);
        var published = jsonLd.Published is { } ld ? ParseDate(ld) : null;
        foreach (var dateKey in PublishedKeys)
        {
            if (published is not null)
            {
                break;
            }

            if (meta.TryGetValue(dateKey, out var value))
            {
                published = ParseDate(value);
            }
        }

        published ??= microdata.TryGetValue("datePublished", out var itemDate) ? ParseDate(itemDate) : null;
        published ??= timeElement is null ? null : ParseDate(timeElement);
        var author = Byline(jsonLd.Author ?? First(meta, AuthorKeys, rejectUrls: true) ?? microdata.GetValueOrDefault("author"));
        var outlet = First(meta, OutletKeys, rejectUrls: true) ?? jsonLd.Publisher;
        if (outlet is not null && outlet.StartsWith('@'))
        {
            outlet = jsonLd.Publisher ?? outlet[1..];
        }

        var canonicalUrl = Resolve(canonical, url) ?? Resolve(meta.GetValueOrDefault("og:url"), url) ?? url?.ToString();
        if (outlet is null && Uri.TryCreate(canonicalUrl, UriKind.Absolute, out var pageUri) && pageUri.Host.Length > 0)
        {
            outlet = pageUri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? pageUri.Host[4..] : pageUri.Host;
            warnings.Add($"outlet guessed from the URL's host: {outlet}");
        }

        if (published is null && UrlDate.Find(canonicalUrl) is { } fromPath)
        {
            published = fromPath;
            warnings.Add("publication date guessed from the URL's path");
        }

        if (published is null)
        {
            warnings.Add("no publication date found in the page's metadata");
        }

        title = WithoutOutletSuffix(title, outlet);
        return new PageMetadata(NullIfEmpty(title), published, NullIfEmpty(author), NullIfEmpty(outlet), canonicalUrl);
    }

    /// <summary>
    /// Reads the calendar date as written, keeping the page's own offset ("2019-11-20T23:30-05:00"
    /// is 20 November). "05/10/2018" could be May or October and is not read; "11/19/2019" and
    /// "19/11/2019" can only be one day.
    /// </summary>
    internal static DateOnly? ParseDate(string value) =>
        // Outside the calendar's years a date is a placeholder ("0001-01-01") or a typo, not a publication date.
        ParseAnyDate(value) is { Year: >= CalendarDay.MinYear and <= CalendarDay.MaxYear } date ? date : null;

    private static DateOnly? ParseAnyDate(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || text.Length > 64)
        {
            return null;
        }

        var numeric = NumericDate().Match(text);
        if (numeric.Success)
        {
            var first = int.Parse(numeric.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var second = int.Parse(numeric.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            var year = int.Parse(numeric.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            var (month, day) = first > 12 ? (second, first) : second > 12 || first == second ? (first, second) : (0, 0);
            return CalendarDay.Of(year, month, day);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.DateTime);
        }

        string[] compactFormats = ["yyyyMMdd", "yyyyMMddHHmmss", "yyyy-MM-dd HH:mm:ss zzz", "yyyy/MM/dd"];
        if (DateTime.TryParseExact(text, compactFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return DateOnly.FromDateTime(exact);
        }

        // Unix time in seconds or milliseconds, as some sites write it.
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch > 100_000_000)
        {
            var seconds = epoch > 100_000_000_000 ? epoch / 1000 : epoch;
            if (seconds < 32_503_680_000)
            {
                return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>A byline without its "By", or null when it is too long to be only names.</summary>
    private static string? Byline(string? text)
    {
        text = Clean(text);
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..].TrimStart();
        }

        // "Jane Doe | November 18, 2019": what follows a bar is a date or a tool, not a name.
        var bar = text.IndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0)
        {
            text = text[..bar];
        }

        return text.Length is > 0 and <= 100 ? text : null;
    }

    private static string? First(Dictionary<string, string> meta, string[] keys, bool rejectUrls = false)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value) && !(rejectUrls && value.Contains("://", StringComparison.Ordinal)))
            {
                return Clean(value);
            }
        }

        return null;
    }

    /// <summary>"Headline | Example Times" becomes "Headline" when the outlet is Example Times.</summary>
    private static string? WithoutOutletSuffix(string? title, string? outlet)
    {
        if (title is null || string.IsNullOrWhiteSpace(outlet) || !title.EndsWith(outlet, StringComparison.OrdinalIgnoreCase))
        {
            return title;
        }

        var head = title[..^outlet.Length].TrimEnd();
        var trimmed = head.TrimEnd('|', '-', '\u2013', '\u2014', ':', '\u00BB').TrimEnd();
        return trimmed.Length < head.Length && trimmed.Length > 0 ? trimmed : title;
    }

    private static string? TitleFromTitleElement(string? title)
    {
        title = Clean(title);
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        // "Headline | Outlet" or "Headline - Outlet": keep the longest part, which is the headline.
        string[] separators = [" | ", " - ", " – ", " — ", " :: ", " » "];
        foreach (var separator in separators)
        {
            if (title.Contains(separator, StringComparison.Ordinal))
            {
                return title.Split(separator).MaxBy(part => part.Length);
            }
        }

        return title;
    }

    private static string? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, href, out var resolved) ? resolved.ToString() : null;
    }

    private static bool HasToken(string? list, string token) =>
        list is not null && list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => string.Equals(t, token, StringComparison.OrdinalIgnoreCase));

    internal static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var cleaned = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return System.Net.WebUtility.HtmlDecode(cleaned);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Facts about the article from JSON-LD blocks: the first article-like object that states each one wins.</summary>
    private sealed class JsonLdFacts
    {
        private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

        public string? Headline { get; private set; }

        public string? Published { get; private set; }

        public string? Author { get; private set; }

        public string? Publisher { get; private set; }

        public void Read(string json, List<string> warnings)
        {
            if (json.Length > MaxJsonLdChars)
            {
                warnings.Add("a JSON-LD block over 1 MB was ignored");
                return;
            }

            try
            {
                using var document = JsonDocument.Parse(json, Options);
                Visit(document.RootElement);
            }
            catch (JsonException)
            {
                warnings.Add("a JSON-LD block is not valid JSON and was ignored");
            }
        }

        private void Visit(JsonElement root)
        {
            // Iterative: JSON-LD nests graphs in arrays in objects, and depth is bounded by the parser anyway.
            var pending = new Stack<JsonElement>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var element = pending.Pop();
                if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in element.EnumerateArray().Reverse())
                    {
                        pending.Push(item);
                    }

                    continue;
                }

                if (element.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (IsArticle(element))
                {
                    Headline ??= StringOf(element, "headline") ?? StringOf(element, "name");
                    Published ??= StringOf(element, "datePublished") ?? StringOf(element, "dateCreated");
                    Author ??= NameOf(element, "author");
                    Publisher ??= NameOf(element, "publisher");
                }
                else if (HasType(element, "WebSite") || HasType(element, "Organization") || HasType(element, "NewsMediaOrganization"))
                {
                    Publisher ??= StringOf(element, "name");
                }

                if (element.TryGetProperty("@graph", out var graph))
                {
                    pending.Push(graph);
                }

                if (element.TryGetProperty("mainEntity", out var main))
                {
                    pending.Push(main);
                }
            }
        }

        private static bool IsArticle(JsonElement element) =>
            HasType(element, "Article") || HasType(element, "NewsArticle") || HasType(element, "BlogPosting") || HasType(element, "ReportageNewsArticle")
            || HasType(element, "AnalysisNewsArticle") || HasType(element, "OpinionNewsArticle") || HasType(element, "WebPage") && element.TryGetProperty("datePublished", out _)
            || HasType(element, "LiveBlogPosting") || HasType(element, "TechArticle") || HasType(element, "ScholarlyArticle") || HasType(element, "Report");

        private static bool HasType(JsonElement element, string type)
        {
            if (!element.TryGetProperty("@type", out var value))
            {
                return false;
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => string.Equals(value.GetString(), type, StringComparison.OrdinalIgnoreCase),
                JsonValueKind.Array => value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && string.Equals(v.GetString(), type, StringComparison.OrdinalIgnoreCase)),
                _ => false,
            };
        }

        private static string? StringOf(JsonElement element, string property) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? Clean(value.GetString())
                : null;

        /// <summary>A name from a string, an object with "name", or an array of either (joined with commas).</summary>
        private static string? NameOf(JsonElement element, string property)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return null;
            }

            var names = new List<string>();
            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            foreach (var item in items)
            {
                var name = item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Object => StringOf(item, "name"),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(name) && !name.Contains("://", StringComparison.Ordinal))
                {
                    names.Add(Clean(name)!);
                }
            }

            return names.Count == 0 ? null : string.Join(", ", names.Distinct(StringComparer.Ordinal));
        }
    }
}
