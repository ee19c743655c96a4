using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;

namespace Tradewatch.News.Tests;

/// <summary>Dates a report's own words give it when it prints no date line: written here for the tests.</summary>
public class OwnWordsDatesTests
{
    private static DatedBy Own(string body) =>
        PublicationDates.Own(ArticleCleaner.Clean(new SourceReport("t.txt", InputFormat.PlainText, body, ReportMetadata.Empty, "h", [])));

    private const string Story = "The minister said Thursday that the cement quota had been lifted for the year.\n"
        + "Mills in the north had asked for the change since the spring, officials said.\n"
        + "The ministry did not say how many tonnes the mills had asked for.";

    [Fact]
    public void A_captions_day_on_the_weekday_of_the_lead_dates_the_report()
    {
        // 6 March 2025 was a Thursday.
        var dated = Own("Cement quota to be lifted\nThe minister speaks at a cement works near Lyon on March 6, 2025 in Lyon, France.\nPhoto by Jane Roe - Example Pool/Example Images\n" + Story);
        Assert.Equal((new DateOnly(2025, 3, 6), DateSource.Mentioned), (dated.Date, dated.Source));
        Assert.Contains("March 6, 2025", dated.Evidence, StringComparison.Ordinal);
        Assert.Contains("Thursday", dated.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FILE PHOTO: The minister speaks at a cement works near Lyon on March 6, 2025 in Lyon, France.\nPhoto by Jane Roe - Example Pool/Example Images")]
    [InlineData("The minister speaks at a cement works near Lyon on March 7, 2025 in Lyon, France.\nPhoto by Jane Roe - Example Pool/Example Images")]
    public void A_file_photo_or_a_caption_on_another_weekday_dates_nothing(string caption) =>
        Assert.Null(Own("Cement quota to be lifted\n" + caption + "\n" + Story).Date);

    [Fact]
    public void The_day_a_plan_was_announced_is_past_in_a_sentence_about_the_future()
    {
        var dated = MentionedDates.Infer("The two ministers will meet in Lisbon next week, the ministry announced on March 6, 2025. The talks will open on March 12.");
        Assert.Equal(new DateOnly(2025, 3, 6), dated.Date);
    }

    [Theory]
    [InlineData("The agency said on Thursday it would revise its quotas, days after the levy of March 3, 2026 took effect.", "2026-03-05")]
    [InlineData("The agency said on Thursday it would revise its quotas, a week after prices rose on March 3, 2026.", "2026-03-05")]
    public void A_past_clause_in_a_sentence_about_the_future_names_a_past_day(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MentionedDates.Infer(text).Date);

    [Fact]
    public void A_day_in_the_future_clause_of_such_a_sentence_stays_ahead()
    {
        // Still to come, 3 March 2026 (a Tuesday) puts the lead's Thursday before it, not after.
        var dated = MentionedDates.Infer("The agency said on Thursday it would revise its quotas, which will take effect on March 3, 2026.");
        Assert.Equal(new DateOnly(2026, 2, 26), dated.Date);
        Assert.Contains("still to come", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_told_of_as_to_come_by_its_date_puts_the_leads_weekday_before_it()
    {
        // 4 March 2026 was a Wednesday: a report of a Wednesday's news that names it by its date came out a week before.
        var bounds = MentionedDates.BoundsOf("The minister signed the cement order Wednesday. The quota will take effect March 4.", new DateOnly(2026, 3, 3), asPublished: true);
        var dated = MentionedDates.LeadDayBefore("The minister signed the cement order Wednesday. The quota will take effect March 4.", bounds);
        Assert.Equal(new DateOnly(2026, 2, 25), dated?.Date);
        Assert.Contains("will take effect March 4", dated?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_date_past_a_day_still_to_come_gives_way_to_the_leads_weekday_before_it()
    {
        var report = ArticleCleaner.Clean(new SourceReport("t.txt", InputFormat.PlainText,
            "The minister signed the cement order Wednesday, officials said.\nThe quota will take effect March 4 and will cover every mill.", ReportMetadata.Empty, "h", []));
        var dated = PublicationDates.AgainstStory(report, new DateOnly(2026, 3, 11), "a later report");
        Assert.Equal(new DateOnly(2026, 2, 25), dated.Date);
    }

    [Fact]
    public void The_leads_weekday_past_a_day_still_to_come_dates_nothing() =>
        // The first Wednesday on or after Friday 27 February 2026 is 4 March, the day the text still looks ahead to.
        Assert.Null(MentionedDates.Infer("The minister signed the cement order Wednesday, after talks that ended on February 27, 2026. The quota will take effect March 4.").Date);

    [Fact]
    public void The_leads_weekday_is_the_latest_before_the_day_to_come_when_no_day_is_past()
    {
        // 11 March 2026 was a Wednesday: news of a Wednesday that names it by its date came out the Wednesday before.
        var dated = MentionedDates.Infer("The minister signed the cement order Wednesday, officials said. The quota will take effect March 11, 2026.");
        Assert.Equal((new DateOnly(2026, 3, 4), DateSource.Mentioned), (dated.Date, dated.Source));
        Assert.Contains("will take effect March 11", dated.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The minister signed the cement order Wednesday, officials said. The quota will take effect in April 2026.")]
    [InlineData("The minister signed the cement order, officials said. The quota will take effect March 11, 2026.")]
    public void A_month_to_come_or_a_lead_without_a_weekday_places_no_day(string text) =>
        Assert.Null(MentionedDates.Infer(text).Date);

    [Fact]
    public void The_start_of_a_period_is_no_event_the_report_tells_of()
    {
        // 2 March 2026 was a Monday; the levy's start, 16 March, is no day of the news, whatever the sentence's tense.
        var dated = MentionedDates.Infer("Talks on the cement quota opened in Lisbon on March 2, 2026. The ministry said Wednesday that a 20 percent levy applies from March 16.");
        Assert.Equal(new DateOnly(2026, 3, 4), dated.Date);
        Assert.Contains("March 2, 2026", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yearless_day_takes_the_year_of_the_days_told_as_past_not_of_one_to_come()
    {
        // 3 November 2026 was a Tuesday; the quota's end in 2027 is still to come and gives no year.
        var dated = MentionedDates.Infer("The minister said Tuesday that the cement quota had been cut after talks closed on Nov. 3. "
            + "The talks had opened on October 27, 2026. The new quota will expire on January 31, 2027.");
        Assert.Equal(new DateOnly(2026, 11, 3), dated.Date);
    }

    [Fact]
    public void The_day_told_of_in_a_sentence_about_the_future_is_still_to_come()
    {
        var bounds = MentionedDates.BoundsOf("The two ministers will meet in Lisbon next week, the ministry announced on March 6. They will sign on March 12.", new DateOnly(2025, 3, 8));
        Assert.Equal((new DateOnly(2025, 3, 6), new DateOnly(2025, 3, 12)), (bounds.After, bounds.Before));
    }
}

public class StoryWireDatelineTests
{
    /// <summary>A report of a story as the date step sees it, read from <paramref name="body"/>.</summary>
    internal static StoryMember Member(string id, DatedBy own, string body, int group)
    {
        var clean = ArticleCleaner.Clean(new SourceReport(id, InputFormat.PlainText, body, ReportMetadata.Empty, id, []));
        return new StoryMember(id, own, clean.Text, null, group, () => clean, () => Tradewatch.News.Stories.StoryFeatures.Of(string.Empty, clean.Text, own.Date));
    }

    [Fact]
    public void A_wire_dateline_with_its_year_from_the_story_dates_its_copies()
    {
        const string Wire = "Lisbon, July 30 (Example Wire) Cement makers from both countries ended two days of talks without an agreement on quotas, officials said.\n"
            + "The delegations said they had narrowed their differences on the size of the quota.";
        const string Copy = "Cement makers from both countries ended two days of talks without an agreement on quotas, officials said.\n"
            + "The delegations said they had narrowed their differences on the size of the quota.";
        var members = new[]
        {
            Member("later.txt", new DatedBy(new DateOnly(2025, 8, 15), DateSource.Declared, "the front matter", 0.98), "The quota talks resumed in Lisbon and the delegations met again for a day.", 0),
            Member("copy.txt", default, Copy, 1),
            Member("wire.txt", default, Wire, 1),
        };
        var dates = StoryDates.FromStory(members, new Tradewatch.News.Stories.StoryClusterer(new Tradewatch.News.Stories.TermStatistics()));
        Assert.Equal((new DateOnly(2025, 7, 30), DateSource.WireDateline), (dates[2].Date, dates[2].Source));
        Assert.Equal(new DateOnly(2025, 7, 30), dates[1].Date);
        Assert.Contains("wire.txt", dates[1].Evidence, StringComparison.Ordinal);
    }
}
