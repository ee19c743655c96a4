using System.Xml;
using System.Xml.Linq;
using Tradewatch.Core.Limits;

using Tradewatch.News.Text;

namespace Tradewatch.News.Reading;

/// <summary>One item of a feed, its content still as the feed gives it (often HTML).</summary>
public sealed record FeedItem(string? Title, string? Link, DateOnly? Published, string? Content);

/// <summary>The items of a feed and the feed's own title (the outlet).</summary>
public sealed record Feed(string? Title, IReadOnlyList<FeedItem> Items);

/// <summary>Reads RSS 2.0 (and RSS 1.0/RDF) and Atom 1.0 documents with System.Xml, never resolving DTDs or external entities.</summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    /// <summary>True when the text starts like a feed document (after an XML declaration, comments and whitespace).</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.Length > 2048 ? text[..2048] : text;
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses <paramref name="xml"/>; a malformed document throws <see cref="FormatException"/> with the XML error.</summary>
    public static Feed Parse(string xml)
    {
        XDocument doc;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024 };
        try
        {
            CheckShape(xml, settings, InputLimits.Default);
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"malformed feed XML at line {e.LineNumber}, column {e.LinePosition}: {e.Message}", e);
        }

        var root = doc.Root ?? throw new FormatException("the feed has no root element");
        if (root.Name == Atom + "feed")
        {
            return new Feed(Text(root.Element(Atom + "title")), root.Elements(Atom + "entry").Select(AtomItem).ToList());
        }

        if (root.Name.LocalName == "rss")
        {
            var channel = root.Element("channel") ?? throw new FormatException("RSS feed without a <channel>");
            return new Feed(Text(channel.Element("title")), channel.Elements("item").Select(RssItem).ToList());
        }

        if (root.Name.LocalName == "RDF")
        {
            var title = Text(root.Element(Rss1 + "channel")?.Element(Rss1 + "title"));
            return new Feed(title, root.Elements(Rss1 + "item").Select(Rss1Item).ToList());
        }

        throw new FormatException($"not an RSS or Atom feed (root element <{root.Name.LocalName}>)");
    }

    /// <summary>
    /// One streaming pass before the tree is built: a document nested deeper than the limit, or
    /// holding more items than the limit, is refused (building and walking a tree 100,000 elements
    /// deep takes minutes).
    /// </summary>
    private static void CheckShape(string xml, XmlReaderSettings settings, InputLimits limits)
    {
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var items = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth > limits.MaxDepth)
            {
                var line = reader is IXmlLineInfo info ? info.LineNumber : 0;
                throw new FormatException($"the feed is nested more than {limits.MaxDepth} elements deep at line {line}; {InputLimits.Raise($"{limits.MaxDepth} levels", InputLimits.DepthVariable)}");
            }

            if (reader.Depth <= 2 && reader.LocalName is "item" or "entry" && ++items > limits.MaxFeedItems)
            {
                throw new FormatException(limits.TooManyFeedItems(items));
            }
        }
    }

    private static FeedItem RssItem(XElement item) => new(
        Text(item.Element("title")),
        Text(item.Element("link")) ?? Text(item.Element("guid")),
        DateText.ParseValue(Text(item.Element("pubDate")) ?? Text(item.Element(DublinCore + "date"))),
        Longer(Text(item.Element(ContentNs + "encoded")), Text(item.Element("description"))));

    private static FeedItem Rss1Item(XElement item) => new(
        Text(item.Element(Rss1 + "title")),
        Text(item.Element(Rss1 + "link")),
        DateText.ParseValue(Text(item.Element(DublinCore + "date"))),
        Longer(Text(item.Element(ContentNs + "encoded")), Text(item.Element(Rss1 + "description"))));

    private static FeedItem AtomItem(XElement entry)
    {
        var link = entry.Elements(Atom + "link")
            .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        return new FeedItem(
            Text(entry.Element(Atom + "title")),
            link,
            DateText.ParseValue(Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"))),
            Longer(Text(entry.Element(Atom + "content")), Text(entry.Element(Atom + "summary"))));
    }

    private static string? Longer(string? a, string? b) => (a?.Length ?? 0) >= (b?.Length ?? 0) ? a : b;

    private static string? Text(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
