using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Reading;

namespace Tradewatch.News.Tests;

/// <summary>The year of a page's copyright notice gives the year of the days it prints without one: pages written for the tests.</summary>
public class CopyrightYearTests
{
    [Theory]
    [InlineData("Cement quota lifted\n© 2024 Example Media Group. All rights reserved.", 2024)]
    [InlineData("Copyright 2011-2023 Example Press\nTerms of use", 2023)]
    [InlineData("(c) 2019 Example News\n© 2021 Example Holdings", 2021)]
    public void The_latest_year_of_the_notices_is_the_pages(string body, int year) =>
        Assert.Equal(year, CopyrightYear.Of(body));

    [Theory]
    [InlineData("The quota was first set in 2019 by the ministry.")]
    [InlineData("Mills have asked for the change since 2021, copyright lawyers said.")]
    public void A_year_in_a_sentence_is_no_notice(string body) =>
        Assert.Null(CopyrightYear.Of(body));

    [Fact]
    public void A_date_line_without_its_year_takes_the_notices_year_when_nothing_nearer_gives_one()
    {
        const string body = "Cement quota lifted for northern mills\nPosted Mar 4, 9:15 AM\nThe ministry lifted the cement quota for northern mills, officials said.\n"
            + "Mills had asked for the change since the spring.\n© 2025 Example Media Group";
        var dated = PublicationDates.Own(ArticleCleaner.Clean(new SourceReport("t.txt", InputFormat.PlainText, body, ReportMetadata.Empty, "h", [])));
        Assert.Equal((new DateOnly(2025, 3, 4), DateSource.Dateline), (dated.Date, dated.Source));
        Assert.Contains("copyright", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notices_year_comes_before_the_year_a_text_names_most_often()
    {
        // Years to come are named more often than the page's own; "yesterday (March 3)" is read in the notice's year.
        const string text = "The ministry lifted the cement quota yesterday (March 3), officials said. Mills expect cheaper cement in 2026. "
            + "Prices should fall through 2026, traders said.";
        Assert.Equal(new DateOnly(2026, 3, 4), MentionedDates.Infer(text).Date);
        Assert.Equal(new DateOnly(2025, 3, 4), MentionedDates.Infer(text, pageYear: () => 2025).Date);
    }
}
