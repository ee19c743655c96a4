using System.Text;
using Tradewatch.News.Html;

namespace Tradewatch.News.Tests.Html;

public class HtmlArticleExtractorBadInputTests
{
    private const string Paragraph =
        "Customs officers said the new duty, which applies to goods shipped after midnight, would be collected at the border, and that importers could seek refunds later.";

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Extract_warns_on_empty_input(string html)
    {
        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Equal(string.Empty, result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_warns_on_binary_garbage()
    {
        var random = new Random(7);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var html = Encoding.UTF8.GetString(bytes);

        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Equal(string.Empty, result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("not HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_warns_when_no_article_text_is_found()
    {
        var result = HtmlArticleExtractor.Extract("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", null);

        Assert.Equal(string.Empty, result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("no article text", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_reads_a_page_nested_ten_thousand_deep()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>").Append(Paragraph).Append("</p><p>").Append(Paragraph).Append("</p>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("</div>");
        }

        html.Append("</body></html>");

        var result = HtmlArticleExtractor.Extract(html.ToString(), null);

        Assert.Contains(Paragraph, result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_reads_a_page_of_ten_thousand_unclosed_inline_elements()
    {
        var html = "<html><body><p>" + Paragraph + string.Concat(Enumerable.Repeat("<b><i>word ", 5_000)) + "</p></body></html>";

        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.StartsWith(Paragraph, result.Text);
    }

    [Fact]
    public void Extract_cuts_a_fifty_megabyte_page_with_a_warning()
    {
        var html = new StringBuilder(52_000_000);
        html.Append("<html><body><article>");
        var paragraph = "<p>" + Paragraph + "</p>\n";
        while (html.Length < 50_000_000)
        {
            html.Append(paragraph);
        }

        html.Append("</article></body></html>");

        var result = HtmlArticleExtractor.Extract(html.ToString(), null);

        Assert.StartsWith(Paragraph, result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("only the first", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_drops_thousands_of_unclosed_formatting_tags_with_a_warning()
    {
        var html = "<html><body><p>" + Paragraph + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<b class=\"c{i}\">w{i} ")) + "</p></body></html>";

        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.StartsWith(Paragraph + " w0 w1 w2", result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("formatting tags open", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_reads_a_page_of_forty_thousand_sibling_paragraphs()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat("<p>" + Paragraph + "</p>", 40_000)) + "</article></body></html>";

        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Equal(40_000, result.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Extract_reads_plain_text_without_markup()
    {
        var result = HtmlArticleExtractor.Extract(Paragraph + " " + Paragraph, null);

        Assert.Equal(Paragraph + " " + Paragraph, result.Text);
    }

    [Fact]
    public void Extract_reads_a_page_of_a_million_unclosed_divs()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 1_000_000)) + "<p>" + Paragraph + "</p><p>" + Paragraph + "</p></body></html>";

        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Contains(Paragraph, result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("1000000 elements deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_does_not_count_tags_inside_scripts_and_comments()
    {
        var fakeTags = string.Concat(Enumerable.Repeat("<div><b>", 3_000));
        var html = $"<html><head><script>var s = '{fakeTags}';</script></head><body><!-- {fakeTags} --><article><p>{Paragraph}</p></article></body></html>";

        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Equal(Paragraph, result.Text);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("deep", StringComparison.Ordinal) || w.Contains("formatting", StringComparison.Ordinal));
    }
}
