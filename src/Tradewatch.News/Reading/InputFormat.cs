namespace Tradewatch.News.Reading;

/// <summary>The kind of input a report was read from.</summary>
public enum InputFormat
{
    PlainText,
    Markdown,
    Html,
    FeedItem,
}
