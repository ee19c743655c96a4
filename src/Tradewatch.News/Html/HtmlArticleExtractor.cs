namespace Tradewatch.News.Html;

/// <summary>Extracts the main text and metadata of a news page.</summary>
public static class HtmlArticleExtractor
{
    /// <summary>Extracts the article from <paramref name="html"/>; <paramref name="url"/> helps resolve relative links and may be null.</summary>
    public static HtmlExtraction Extract(string html, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        var reader = new SmartReader.Reader(url?.ToString() ?? "https://localhost/", html);
        var article = reader.GetArticle();
        var warnings = article.Errors.Select(e => e.Message).ToList();
        if (!article.IsReadable)
        {
            warnings.Add("no readable article found on the page");
        }

        DateOnly? published = article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null;
        return new HtmlExtraction(
            string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(),
            article.TextContent?.Trim() ?? string.Empty,
            published,
            string.IsNullOrWhiteSpace(article.Author) ? null : article.Author,
            string.IsNullOrWhiteSpace(article.SiteName) ? null : article.SiteName,
            url?.ToString(),
            warnings);
    }
}
