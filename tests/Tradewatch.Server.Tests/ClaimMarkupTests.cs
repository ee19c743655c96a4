using System.Text.RegularExpressions;
using Tradewatch.Core.Economies;
using Tradewatch.News.Claims;
using Tradewatch.Server.Pages;

namespace Tradewatch.Server.Tests;

public sealed partial class ClaimMarkupTests
{
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("</?mark[^>]*>")]
    private static partial Regex MarkTag();

    private static ClaimMark Mark(int start, int end, string claim, int number = 1) => new(start, end, claim, "tariff", number, $"words of {claim}");

    private static string Plain(string html) => System.Net.WebUtility.HtmlDecode(Tag().Replace(Regex.Replace(html, "<a class=\"ref\"[^>]*>[^<]*</a>", string.Empty), string.Empty));

    /// <summary>Every opened mark is closed in order: the markup is well formed.</summary>
    private static void AssertBalanced(string html)
    {
        var depth = 0;
        foreach (Match m in MarkTag().Matches(html))
        {
            depth += m.Value.StartsWith("</", StringComparison.Ordinal) ? -1 : 1;
            Assert.True(depth >= 0, html);
        }

        Assert.Equal(0, depth);
    }

    [Fact]
    public void A_span_inside_another_is_nested_and_both_keep_their_anchor_and_link()
    {
        const string text = "The US set a 30% tariff on goods today.";
        var html = ClaimMarkup.Highlight(text, "1", [Mark(4, 33, "c1", 1), Mark(13, 16, "c2", 2)]).ToString();
        AssertBalanced(html);
        Assert.Equal(text, Plain(html));
        Assert.Contains("id=\"c1-r1-4\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"c2-r1-13\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#c1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#c2\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("c2-r1-13", StringComparison.Ordinal) > html.IndexOf("c1-r1-4", StringComparison.Ordinal));
    }

    [Fact]
    public void Crossing_spans_are_split_so_the_markup_stays_well_formed_and_no_claim_is_dropped()
    {
        const string text = "abcdefghijklmnopqrstuvwxyz";
        var html = ClaimMarkup.Highlight(text, "7", [Mark(2, 10, "c1", 1), Mark(5, 15, "c2", 2), Mark(8, 20, "c3", 3)]).ToString();
        AssertBalanced(html);
        Assert.Equal(text, Plain(html));
        foreach (var (claim, start) in new[] { ("c1", 2), ("c2", 5), ("c3", 8) })
        {
            Assert.Single(Regex.Matches(html, $"id=\"{claim}-r7-{start}\""));
            Assert.Single(Regex.Matches(html, $"href=\"#{claim}\""));
        }

        // c2 runs past c1's end: its rest is a continuation piece with no second anchor.
        Assert.Contains("class=\"claim k-tariff cont\" data-claim=\"c2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_and_claim_words_are_encoded()
    {
        var html = ClaimMarkup.Highlight("<b>30%</b> & more", "1", [new ClaimMark(3, 6, "c1", "tariff", 1, "<script>")]).ToString();
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal("<b>30%</b> & more", Plain(html));
    }

    [Fact]
    public void Spans_outside_the_text_are_ignored()
    {
        var html = ClaimMarkup.Highlight("short", "1", [Mark(2, 40, "c1"), Mark(3, 3, "c2")]).ToString();
        Assert.Equal("short", html);
    }

    [Theory]
    [InlineData("US", "CN", 30, "in-force", 2025, 6, 9, "all", "United States tariff on goods from China: 30%, in force on 9 June 2025")]
    [InlineData("CN", "US", 10, "announced", 2025, 5, 0, "soybeans", "China tariff on soybeans from United States: 10%, announced, May 2025")]
    [InlineData("US", "*", 50, "threatened", 2025, 0, 0, "steel", "United States tariff on steel from every economy: 50%, threatened, 2025")]
    public void A_tariff_claim_reads_in_plain_words(string imposer, string target, int rate, string qualifier, int year, int month, int day, string products, string expected)
    {
        var facts = new TariffFacts(imposer, target, rate, new ClaimDate(year, month, day), qualifier, products);
        Assert.Equal(expected, ClaimWords.Of(facts, Economies()));
    }

    [Fact]
    public void Other_claims_read_in_plain_words()
    {
        var economies = Economies();
        Assert.Equal("China export controls on gallium and germanium, for United States, from 3 July 2023",
            ClaimWords.Of(new ExportControlFacts("CN", "US", ["gallium", "germanium"], new ClaimDate(2023, 7, 3)), economies));
        Assert.Equal("Exports to the US: about 34.5% (year on year) in May",
            ClaimWords.Of(new FigureFacts("exports to the US", 34.5m, "%", "May", "y/y") { Approximate = true }, economies));
        Assert.Equal("United States tariff on goods from China: from 145% to 30%, announced",
            ClaimWords.Of(new TariffFacts("US", "CN", 30, null, "announced", "all") { FromPercent = 145 }, economies));
    }

    private static EconomyCatalog Economies() => EconomyCatalog.ParseCsv(new StringReader("ISO3166-1-Alpha-2,CLDR display name\nUS,United States\nCN,China\n"));
}
