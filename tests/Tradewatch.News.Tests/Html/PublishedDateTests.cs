using Tradewatch.News.Html;

namespace Tradewatch.News.Tests.Html;

public class PublishedDateTests
{
    private const string Paragraph =
        "The finance ministry said on Monday that the suspension of the additional duties would be extended for another ninety days, until the tenth of November.";

    [Theory]
    [InlineData("2025-06-09", "2025-06-09")]
    [InlineData("2025-06-09T23:30:00-05:00", "2025-06-09")]
    [InlineData("2025-06-10T01:30:00+08:00", "2025-06-10")]
    [InlineData("2025-06-09T12:00:00Z", "2025-06-09")]
    [InlineData("20250609", "2025-06-09")]
    [InlineData("11/19/2019", "2019-11-19")]
    [InlineData("19/11/2019", "2019-11-19")]
    [InlineData("19.11.2019", "2019-11-19")]
    [InlineData("1749427200", "2025-06-09")]
    [InlineData("05/10/2018", null)]
    [InlineData("31/02/2019", null)]
    [InlineData("00/00/0000", null)]
    [InlineData("yesterday", null)]
    [InlineData("0001-01-01T00:00:00", null)]
    public void Extract_reads_the_published_date_as_the_page_writes_it(string content, string? expected)
    {
        var html = $"""<html><head><meta property="article:published_time" content="{content}"></head><body><article><p>{Paragraph}</p></article></body></html>""";

        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Published);
    }

    [Theory]
    [InlineData("https://example.com/2025/06/09/truce-extended/", "2025-06-09")]
    [InlineData("https://example.com/news/2025-06-09-truce-extended", "2025-06-09")]
    [InlineData("https://example.com/2025/13/09/not-a-date/", null)]
    [InlineData("https://example.com/news/truce-extended-12345", null)]
    public void Extract_falls_back_to_a_date_in_the_url_path(string url, string? expected)
    {
        var html = $"<html><body><article><p>{Paragraph}</p></article></body></html>";

        var result = HtmlArticleExtractor.Extract(html, new Uri(url));

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Published);
        Assert.Equal(expected is not null, result.Warnings.Any(w => w.Contains("guessed from the URL's path", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_strips_the_outlet_from_the_title()
    {
        const string head = """<meta property="og:title" content="Truce extended by ninety days | Example Times"><meta property="og:site_name" content="Example Times">""";
        var html = $"<html><head>{head}</head><body><article><p>{Paragraph}</p></article></body></html>";

        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Equal("Truce extended by ninety days", result.Title);
    }
}
