using AngleSharp.Html.Parser;

namespace Tradewatch.News.Html;

/// <summary>Extracts the main text and metadata of a news page.</summary>
public static class HtmlArticleExtractor
{
    /// <summary>Pages longer than this are cut: news pages are well under it, and parsing time and memory grow with length.</summary>
    public const int MaxInputChars = 8_000_000;

    // Share of control or replacement characters above which the input is taken for binary data, not text.
    private const double MaxGarbageShare = 0.05;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        SkipComments = true,
        SkipProcessingInstructions = true,
        SkipDataText = false,
        SkipPlaintext = false,
        SkipRawText = false,
        SkipRCDataText = false,
        SkipScriptText = false,
        DisableElementPositionTracking = true,
    };

    /// <summary>Extracts the article from <paramref name="html"/>; <paramref name="url"/> helps resolve relative links and may be null.</summary>
    public static HtmlExtraction Extract(string html, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        var warnings = new List<string>();
        if (string.IsNullOrWhiteSpace(html))
        {
            warnings.Add("the page is empty");
            return Empty(url, warnings);
        }

        if (LooksBinary(html))
        {
            warnings.Add("the input is not HTML text (control or undecodable characters)");
            return Empty(url, warnings);
        }

        if (html.Length > MaxInputChars)
        {
            warnings.Add($"the page is {html.Length / 1_000_000.0:F1} M characters long; only the first {MaxInputChars / 1_000_000} M were read");
            html = html[..MaxInputChars];
        }

        html = MarkupGuard.Sanitize(html, warnings);
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        var metadata = PageMetadata.Read(document, url, warnings);
        var root = document.Body ?? document.DocumentElement;
        var text = string.Empty;
        if (root is not null)
        {
            var layout = PageLayout.Build(root);
            text = MainText.Find(layout);
        }

        if (text.Length == 0)
        {
            warnings.Add("no article text found on the page");
        }

        return new HtmlExtraction(metadata.Title, text, metadata.Published, metadata.Author, metadata.Outlet, metadata.Url, warnings);
    }

    private static HtmlExtraction Empty(Uri? url, List<string> warnings) =>
        new(null, string.Empty, null, null, null, url?.ToString(), warnings);

    /// <summary>Samples the start of the input for NULs, other control characters and U+FFFD left by a failed decode.</summary>
    private static bool LooksBinary(string html)
    {
        var sample = html.AsSpan(0, Math.Min(html.Length, 64 * 1024));
        var garbage = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')))
            {
                garbage++;
            }
        }

        return garbage > sample.Length * MaxGarbageShare;
    }
}
