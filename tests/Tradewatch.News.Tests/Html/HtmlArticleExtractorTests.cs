using Tradewatch.News.Html;

namespace Tradewatch.News.Tests.Html;

public class HtmlArticleExtractorTests
{
    private const string FirstParagraph =
        "The commerce ministry said on Tuesday that tariffs on electric vehicles would rise to 45 percent from next month, after talks between the two delegations ended without agreement.";

    private const string SecondParagraph =
        "Officials in Brussels, speaking on condition of anonymity, said the decision had been expected for weeks, and that exporters had already begun shifting shipments to other ports.";

    private const string ThirdParagraph =
        "Analysts at several banks cut their growth forecasts for the region, warning that the measure, together with new export controls on graphite, could weigh on investment next year.";

    private static string Page(string article, string head = "", string around = "") => $$"""
        <!DOCTYPE html>
        <html><head><title>Tariffs rise on electric vehicles | Example Times</title>{{head}}</head>
        <body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
          <div class="layout">
            <div class="main-column">
              <article>{{article}}</article>
              {{around}}
            </div>
          </div>
          <footer><p>Copyright 2025 Example Times. All rights reserved. Terms of use and privacy policy apply to every page.</p></footer>
        </body></html>
        """;

    private static string Body(params string[] paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));

    [Fact]
    public void Extract_returns_the_article_paragraphs_separated_by_blank_lines()
    {
        var result = HtmlArticleExtractor.Extract(Page(Body(FirstParagraph, SecondParagraph, ThirdParagraph)), null);

        Assert.Equal($"{FirstParagraph}\n\n{SecondParagraph}\n\n{ThirdParagraph}", result.Text);
    }

    [Fact]
    public void Extract_drops_navigation_and_footer()
    {
        var result = HtmlArticleExtractor.Extract(Page(Body(FirstParagraph, SecondParagraph, ThirdParagraph)), null);

        Assert.DoesNotContain("Home", result.Text);
        Assert.DoesNotContain("Copyright", result.Text);
    }

    [Fact]
    public void Extract_drops_related_links_list()
    {
        const string related = """
            <div class="related-stories"><h3>More on trade</h3><ul>
              <li><a href="/a">Steel exporters brace for a new round of duties in the spring</a></li>
              <li><a href="/b">Why the chip-design software rule matters for small firms, explained in full</a></li>
            </ul></div>
            """;
        var result = HtmlArticleExtractor.Extract(Page(Body(FirstParagraph, SecondParagraph) + related + Body(ThirdParagraph)), null);

        Assert.Contains(ThirdParagraph, result.Text);
        Assert.DoesNotContain("Steel exporters", result.Text);
        Assert.DoesNotContain("More on trade", result.Text);
    }

    [Fact]
    public void Extract_drops_share_bar_and_newsletter_prompt()
    {
        const string share = """<div class="social-share"><span>Share this article on Facebook, on X and by email with your colleagues</span></div>""";
        const string prompt = "<p>Get the week's trade news in your inbox: subscribe to our free newsletter.</p>";
        var result = HtmlArticleExtractor.Extract(Page(share + Body(FirstParagraph, SecondParagraph) + prompt + Body(ThirdParagraph)), null);

        Assert.Equal($"{FirstParagraph}\n\n{SecondParagraph}\n\n{ThirdParagraph}", result.Text);
    }

    [Fact]
    public void Extract_drops_figure_captions_and_bylines()
    {
        const string figure = """<figure><img src="port.jpg" alt=""><figcaption>Containers stacked at the port of Antwerp on Monday. Photo: Example Agency</figcaption></figure>""";
        const string byline = """<div class="article-byline">By Jane Doe, trade correspondent, and John Roe in Brussels</div>""";
        var result = HtmlArticleExtractor.Extract(Page(byline + figure + Body(FirstParagraph, SecondParagraph, ThirdParagraph)), null);

        Assert.DoesNotContain("Containers stacked", result.Text);
        Assert.DoesNotContain("Jane Doe", result.Text);
        Assert.StartsWith(FirstParagraph, result.Text);
    }

    [Fact]
    public void Extract_prefers_the_article_to_a_longer_comments_section()
    {
        var comments = "<section id=\"comments\" class=\"comments-area\"><ol>"
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"<li class=\"comment\"><div class=\"comment-body\"><p>Reader {i} writes: this is exactly what happens when governments, again and again, pretend that tariffs are paid by foreigners rather than by their own consumers and firms.</p></div></li>"))
            + "</ol></section>";
        var result = HtmlArticleExtractor.Extract(Page(Body(FirstParagraph, SecondParagraph, ThirdParagraph), around: comments), null);

        Assert.Contains(FirstParagraph, result.Text);
        Assert.DoesNotContain("Reader 1 writes", result.Text);
    }

    [Fact]
    public void Extract_joins_article_chunks_separated_by_an_advertisement()
    {
        var html = Page($"""
            <div class="chunk"><div class="body">{Body(FirstParagraph, SecondParagraph)}</div></div>
            <div class="ad-slot"><span>Advertisement</span></div>
            <div class="chunk"><div class="body">{Body(ThirdParagraph, SecondParagraph.Replace("Brussels", "Beijing", StringComparison.Ordinal))}</div></div>
            """);
        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Contains(FirstParagraph, result.Text);
        Assert.Contains(ThirdParagraph, result.Text);
        Assert.DoesNotContain("Advertisement", result.Text);
    }

    [Fact]
    public void Extract_skips_hidden_and_screen_reader_text()
    {
        var html = Page($"""<p>{FirstParagraph}<span class="sr-only"> Opens in a new window</span></p><div style="display: none"><p>Hidden promotional paragraph that a reader never sees on the page at all, however long it is.</p></div>{Body(SecondParagraph, ThirdParagraph)}""");
        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.DoesNotContain("Opens in a new window", result.Text);
        Assert.DoesNotContain("Hidden promotional", result.Text);
        Assert.Contains(FirstParagraph, result.Text);
    }

    [Fact]
    public void Extract_keeps_list_and_subheading_inside_the_article()
    {
        var html = Page(Body(FirstParagraph, SecondParagraph) + "<h2>What changes for importers</h2><ul><li>Duties apply to cars shipped after the first of the month.</li><li>Parts and batteries are not covered by the new rate.</li></ul>" + Body(ThirdParagraph));
        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Contains("What changes for importers", result.Text);
        Assert.Contains("Parts and batteries are not covered by the new rate.", result.Text);
    }

    [Fact]
    public void Extract_reads_metadata_from_meta_tags()
    {
        const string head = """
            <meta property="og:title" content="Tariffs rise on electric vehicles">
            <meta property="og:site_name" content="Example Times">
            <meta property="article:published_time" content="2025-06-09T23:30:00-05:00">
            <meta name="author" content="Jane Doe">
            <link rel="canonical" href="/2025/06/09/tariffs-ev">
            """;
        var result = HtmlArticleExtractor.Extract(Page(Body(FirstParagraph, SecondParagraph), head), new Uri("https://example.com/amp/tariffs-ev?ref=feed"));

        Assert.Equal("Tariffs rise on electric vehicles", result.Title);
        Assert.Equal("Example Times", result.Outlet);
        Assert.Equal(new DateOnly(2025, 6, 9), result.Published);
        Assert.Equal("Jane Doe", result.Author);
        Assert.Equal("https://example.com/2025/06/09/tariffs-ev", result.Url);
    }

    [Fact]
    public void Extract_reads_metadata_from_json_ld_graph()
    {
        const string head = """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Example Wire"},
              {"@type": ["NewsArticle"], "headline": "Export controls widened to graphite",
               "datePublished": "2025-10-09", "author": [{"@type": "Person", "name": "Li Wei"}, {"@type": "Person", "name": "Ann Smith"}],
               "publisher": {"@type": "Organization", "name": "Example Wire"}}
            ]}
            </script>
            """;
        var result = HtmlArticleExtractor.Extract(Page(Body(FirstParagraph, SecondParagraph), head), null);

        Assert.Equal("Export controls widened to graphite", result.Title);
        Assert.Equal(new DateOnly(2025, 10, 9), result.Published);
        Assert.Equal("Li Wei, Ann Smith", result.Author);
        Assert.Equal("Example Wire", result.Outlet);
    }

    [Fact]
    public void Extract_falls_back_to_time_element_and_title_element()
    {
        var html = Page("<h1>Tariffs rise on electric vehicles</h1><time datetime=\"2025-05-14\">14 May</time>" + Body(FirstParagraph, SecondParagraph));
        var result = HtmlArticleExtractor.Extract(html, new Uri("https://www.example.org/news/1"));

        Assert.Equal("Tariffs rise on electric vehicles", result.Title);
        Assert.Equal(new DateOnly(2025, 5, 14), result.Published);
        Assert.Equal("example.org", result.Outlet);
        Assert.Contains(result.Warnings, w => w.Contains("outlet guessed", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_warns_about_broken_json_ld_and_still_reads_the_page()
    {
        var html = Page(Body(FirstParagraph, SecondParagraph), """<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>""");
        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Contains(result.Warnings, w => w.Contains("JSON-LD", StringComparison.Ordinal));
        Assert.Contains(FirstParagraph, result.Text);
    }

    [Fact]
    public void Extract_drops_a_list_of_story_links_and_its_label()
    {
        const string more = """
            <div class="heading">More great stories</div>
            <ul>
              <li>Shipping rates jump <a href="/a">as carriers reroute around the strait</a></li>
              <li>Why rare earths matter: <a href="/b">a short guide to the supply chain</a></li>
              <li>Opinion: <a href="/c">the truce will not hold past the autumn</a></li>
            </ul>
            """;
        var result = HtmlArticleExtractor.Extract(Page(Body(FirstParagraph, SecondParagraph, ThirdParagraph) + more), null);

        Assert.Equal($"{FirstParagraph}\n\n{SecondParagraph}\n\n{ThirdParagraph}", result.Text);
    }

    [Fact]
    public void Extract_keeps_an_embedded_post_inside_a_media_box()
    {
        const string tweet = """<div class="video-container"><blockquote class="twitter-tweet"><p>We will respond to the new duties with measures of our own, in full and without delay.</p>- Trade Ministry (@ministry) June 9, 2025</blockquote></div>""";
        var result = HtmlArticleExtractor.Extract(Page(Body(FirstParagraph, SecondParagraph) + tweet + Body(ThirdParagraph)), null);

        Assert.Contains("We will respond to the new duties", result.Text);
    }

    [Fact]
    public void Extract_drops_a_hover_card_but_keeps_the_name_it_explains()
    {
        var html = Page($"""
            <p>The tariff was announced by <span class="rollover-people"><a href="/people/jane-doe">Jane Doe</a><span class="rollover-people-block"><a href="/x">Jane Doe</a> <a href="/y">Five stories about the trade representative you may have missed this week</a></span></span>, the trade representative, on Monday evening in Washington.</p>
            {Body(FirstParagraph, SecondParagraph)}
            """);
        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.StartsWith("The tariff was announced by Jane Doe, the trade representative, on Monday evening in Washington.", result.Text);
        Assert.DoesNotContain("Five stories", result.Text);
    }

    [Fact]
    public void Extract_takes_a_lead_paragraph_set_apart_from_the_body()
    {
        var html = Page($"""<div class="summary">{SecondParagraph}</div><div class="body">{Body(FirstParagraph, ThirdParagraph, FirstParagraph.Replace("Tuesday", "Wednesday", StringComparison.Ordinal))}</div>""");
        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.StartsWith(SecondParagraph, result.Text);
    }

    [Fact]
    public void Extract_drops_a_reporting_credit_line()
    {
        var html = Page(Body(FirstParagraph, SecondParagraph, ThirdParagraph, "(Reporting by Jane Doe; Editing by John Roe)"));
        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.EndsWith(ThirdParagraph, result.Text);
    }

    [Fact]
    public void Extract_reads_a_microdata_byline_without_its_by()
    {
        var html = Page("""<span itemprop="author">By Jane Doe</span>""" + Body(FirstParagraph, SecondParagraph));
        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Equal("Jane Doe", result.Author);
    }

    [Fact]
    public void Extract_reads_an_article_whose_wrapper_is_named_commentary()
    {
        var html = $"""
            <html><body>
              <div class="commentary hidden-xs">{Body(FirstParagraph, SecondParagraph, ThirdParagraph)}</div>
              <div class="other"><p>Our desk covers trade, tariffs and sanctions from Brussels, Beijing, Washington and Geneva, every weekday morning.</p></div>
            </body></html>
            """;
        var result = HtmlArticleExtractor.Extract(html, null);

        Assert.Equal($"{FirstParagraph}\n\n{SecondParagraph}\n\n{ThirdParagraph}", result.Text);
    }

    [Fact]
    public void Extract_throws_on_null_html() =>
        Assert.Throws<ArgumentNullException>(() => HtmlArticleExtractor.Extract(null!, null));
}
