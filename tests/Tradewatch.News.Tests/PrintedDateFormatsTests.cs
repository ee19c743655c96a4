using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Reading;

namespace Tradewatch.News.Tests;

/// <summary>
/// The date lines and wire datelines pages print, in the many forms sites and agencies use (written here,
/// not taken from any page): each dates the report 12 August 2025.
/// </summary>
public class PrintedDateFormatsTests
{
    private const string Body = "Officials of both countries met for two days of talks on steel quotas.\nThe ministry said the talks would resume next month.";

    private static DatedBy Own(string body, string? url = null) =>
        PublicationDates.Own(ArticleCleaner.Clean(new SourceReport("t.txt", InputFormat.PlainText, body, new ReportMetadata(null, url, null, null), "h", [])));

    [Theory]
    [InlineData("Published: 12 August 2025 10:15 BST")]
    [InlineData("Tue 12 Aug 2025 10.15 BST")]
    [InlineData("Last updated: 12 Aug 2025")]
    [InlineData("Updated on: August 12, 2025 / 10:15 AM IST")]
    [InlineData("By Jane Roe | Aug 12, 2025")]
    [InlineData("Jane Roe, Example News\nAugust 12, 2025 · 3 min read")]
    [InlineData("12/08/2025 10:15")]
    [InlineData("12.08.2025")]
    [InlineData("August 12th, 2025")]
    [InlineData("Publicado el 12 de agosto de 2025")]
    [InlineData("12. August 2025, 10:15 Uhr")]
    [InlineData("2025-08-12T10:15:00Z")]
    [InlineData("2025-08-12 10:15")]
    [InlineData("Aug 12, 2025 at 10:15 am ET")]
    [InlineData("Posted on August 12, 2025 by Jane Roe")]
    [InlineData("Written by Jane Roe on 12 August 2025")]
    [InlineData("Date: 12/08/2025")]
    [InlineData("12 Aug, 2025")]
    [InlineData("Tuesday, August 12, 2025")]
    [InlineData("Aug 12 2025")]
    [InlineData("Aug 12, 2025 10:15 AM EDT | Source: Example Corp")]
    [InlineData("12 Aug 2025 | 10:15 am")]
    [InlineData("12-Aug-2025")]
    [InlineData("Published 12/Aug/2025 10:15")]
    [InlineData("Aug.12, 2025")]
    [InlineData("First published on Tue 12 Aug 2025 10.15 BST")]
    [InlineData("Published Aug. 12, 2025, 10:15 a.m. ET")]
    [InlineData("Aug. 12, 2025 Updated 4:15 p.m. ET")]
    [InlineData("Example Wire\nAugust 12, 202510:15 AM GMT+8Updated 2 hours ago")]
    [InlineData("August 12, 20253:15 AM GMT+8")]
    [InlineData("Published Tue, Aug 12 2025 10:15 AM EDT")]
    [InlineData("Updated 10:15 PM GMT+8, August 12, 2025")]
    [InlineData("August 12, 2025 at 3:15 AM GMT+8")]
    [InlineData("Published: 10:15pm, 12 Aug 2025")]
    [InlineData("Source: Example Agency| 2025-08-12 10:15:30|Editor: Jane Roe")]
    [InlineData("Updated: 2025-08-12 10:15")]
    [InlineData("By Jane Roe and John Doe, Example Wire | 12 Aug 2025")]
    [InlineData("Aug 12, 2025, 10.15 AM IST")]
    [InlineData("Last Updated: Aug 12, 2025, 10:15:00 AM IST")]
    [InlineData("EXW | Updated: Aug 12, 2025, 10:15 IST")]
    [InlineData("Posted : 2025-08-12 10:15")]
    [InlineData("Tue, 12 Aug 2025 10:15:00 GMT")]
    [InlineData("Jane Roe\nPublished\n12 August 2025")]
    [InlineData("12 August 2025 - 10:15")]
    [InlineData("Jane Roe · Aug 12, 2025 · 4 min read")]
    [InlineData("Jane Roe\nSenior Trade Correspondent\nAugust 12, 2025")]
    [InlineData("Aug 12, 2025 / 10:15 PM / Example News")]
    [InlineData("Updated Aug 13, 2025 · Published Aug 12, 2025")]
    [InlineData("Published 12 Aug 2025, 10:15 Updated 13 Aug 2025, 09:00")]
    public void A_date_line_in_any_common_form_dates_the_report(string line)
    {
        var dated = Own(line + "\n" + Body);
        Assert.Equal(new DateOnly(2025, 8, 12), dated.Date);
    }

    [Theory]
    [InlineData("WASHINGTON, Aug 12 (Reuters) - Officials of both countries met.")]
    [InlineData("GENEVA, 12 August 2025 — Officials of both countries met.")]
    [InlineData("Brussels, 12 August 2025 - Officials of both countries met.")]
    [InlineData("LONDON, 12 August (Example Wire) - Officials of both countries met.")]
    [InlineData("ISLAMABAD, Aug 12: Officials of both countries met.")]
    [InlineData("TOKYO, Aug 12 (Example Wire)--Officials of both countries met.")]
    [InlineData("SEOUL, Aug. 12 (Example Wire) -- Officials of both countries met.")]
    [InlineData("NEW DELHI, Aug 12 (EXW): Officials of both countries met.")]
    [InlineData("Beijing, Aug 12 (EXW) Officials of both countries met.")]
    [InlineData("WASHINGTON, Aug 12, 2025 (EXAMPLE NEWSWIRE) -- Officials of both countries met.")]
    [InlineData("By Jane Roe\nWASHINGTON, Aug 12 (Example Wire) - Officials of both countries met.")]
    [InlineData("WASHINGTON, Tuesday, Aug 12 - Officials of both countries met.")]
    [InlineData("NEW DELHI, AUG 12 (EXW) - Officials of both countries met.")]
    [InlineData("MEXICO CITY, August 12, 2025 (EXW) – Officials of both countries met.")]
    public void A_wire_dateline_in_any_common_form_dates_the_report(string line)
    {
        var dated = Own(line + "\n" + Body + "\nThe 2025 quota was filled.", "https://news.example/2025/08/13/x");
        Assert.Equal(new DateOnly(2025, 8, 12), dated.Date);
    }

    [Theory]
    [InlineData("12 August 2025 was the day the vote failed - officials said.")]
    [InlineData("On 12 August - a day after the vote - officials met.")]
    [InlineData("LONDON, 12 Augusta Street - officials met.")]
    public void A_sentence_with_a_day_first_date_is_no_wire_dateline(string line) => Assert.Null(Text.WireDateline.Find(line));
}
