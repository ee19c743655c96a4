using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Reading;
using Tradewatch.News.Text;

namespace Tradewatch.News.Tests;

public class PrintEditionTests
{
    private const string Body = "Officials of both countries met for two days of talks on steel quotas in the capital.\nThe ministry said the talks would resume next month after a pause for consultations.";

    private static CleanReport Clean(string body, InputFormat format = InputFormat.PlainText) =>
        ArticleCleaner.Clean(new SourceReport("t.txt", format, body, ReportMetadata.Empty, "h", []));

    [Theory]
    [InlineData("A version of this article appears in print on March 4, 2026, Section B, Page 3 of the national edition with the headline: Quota Talks Resume.", "2026-03-04")]
    [InlineData("Appeared in the March 4, 2026, print edition as 'Quota Talks Resume'.", "2026-03-04")]
    [InlineData("This article appeared in the print edition of 4 March 2026.", "2026-03-04")]
    [InlineData("This story ran in the print edition of The Daily Example on March 4, 2026.", "2026-03-04")]
    public void A_print_edition_note_gives_the_editions_date(string note, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PrintEdition.Find(note)?.Date);

    [Theory]
    [InlineData("The paper's print edition has shrunk since March 4, 2026, when the two mills closed.")]
    [InlineData("The ministry said on March 4, 2026 that the talks would resume.")]
    [InlineData("The print edition carried the story on March 4 and again on March 5, 2026.")]
    public void Other_sentences_are_no_print_edition_note(string sentence) => Assert.Null(PrintEdition.Find(sentence));

    [Fact]
    public void The_note_is_removed_and_dates_a_report_that_prints_no_other_date()
    {
        var clean = Clean("WASHINGTON — Officials agreed late Monday to resume talks on steel quotas, the ministry said.\n" + Body
            + "\nA version of this article appears in print on March 4, 2026, Section B, Page 3 of the national edition.");
        var dated = PublicationDates.Own(clean);
        Assert.Equal(new DateOnly(2026, 3, 4), dated.Date);
        Assert.Contains("appears in print", dated.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("appears in print", clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_line_of_the_page_outweighs_the_print_edition()
    {
        var clean = Clean("March 3, 2026\n" + Body + "\nA version of this article appears in print on March 4, 2026, Section B, Page 3.");
        Assert.Equal(new DateOnly(2026, 3, 3), PublicationDates.Own(clean).Date);
    }

    [Fact]
    public void The_print_editions_day_is_no_event_the_report_tells_of()
    {
        // Before, the note's day was read as the latest event told, and the lead's weekday was moved past it.
        const string text = "Officials agreed on Monday to resume talks on steel quotas, the ministry said.\nThe talks began on March 2, 2026.\n"
            + "A version of this article appears in print on March 4, 2026, Section B, Page 3.";
        var inferred = MentionedDates.Infer(text);
        Assert.Equal(new DateOnly(2026, 3, 2), inferred.Date);
        Assert.Null(MentionedDates.BoundsOf(text, new DateOnly(2026, 3, 2)).After is { } a && a > new DateOnly(2026, 3, 2) ? a : null);
    }

    [Theory]
    [InlineData("https://edition.pagesuite.com/daily/article.aspx?guid=1", "edition.pagesuite.com")]
    [InlineData("https://www.pressreader.com/usa/daily-example/20250304/281", "www.pressreader.com")]
    [InlineData("https://eedition.example-times.com/html5/reader.aspx", "eedition.example-times.com")]
    [InlineData("https://www.example-herald.com/e-edition/2025/03/04", "www.example-herald.com")]
    [InlineData("https://www.example-herald.com/news/2025/03/04/accord-signed", null)]
    [InlineData("https://www.editions-example.com/news/accord", null)]
    [InlineData(null, null)]
    public void A_print_editions_pages_are_known_by_their_host_or_path(string? url, string? host) =>
        Assert.Equal(host, PrintEdition.Replica(url));

    [Fact]
    public void A_print_editions_page_carries_the_news_of_the_day_before()
    {
        // 3 March 2025 was a Monday.
        const string text = "The two governments signed the steel accord on Tuesday, ending months of talks.\nThe talks had begun on March 3, 2025, in the capital.";
        Assert.Equal(new DateOnly(2025, 3, 4), MentionedDates.Infer(text, "https://www.example-herald.com/news/accord").Date);
        var printed = MentionedDates.Infer(text, "https://eedition.example-herald.com/reader/accord");
        Assert.Equal(new DateOnly(2025, 3, 5), printed.Date);
        Assert.Contains("print edition", printed.Evidence, StringComparison.Ordinal);
    }
}
