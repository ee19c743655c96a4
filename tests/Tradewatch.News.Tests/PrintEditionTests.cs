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
}
