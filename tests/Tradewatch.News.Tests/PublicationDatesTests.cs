using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Reading;

using Tradewatch.News.Text;

namespace Tradewatch.News.Tests;

public class PublicationDatesTests
{
    private const string Body = "Officials of both countries met for two days of talks on steel quotas.\nThe ministry said the talks would resume next month.";

    private static DatedBy Own(string body, string? url = null, DateOnly? declared = null) =>
        PublicationDates.Own(ArticleCleaner.Clean(new SourceReport("t.txt", InputFormat.PlainText, body, new ReportMetadata(null, url, null, declared), "h", [])));

    [Theory]
    [InlineData("https://news.example/world/2025/07/02/deal-reached", "2025-07-02")]
    [InlineData("https://news.example/economy/2025/6/11/talks-end", "2025-06-11")]
    [InlineData("https://news.example/a/202504/04/WS0123.html", "2025-04-04")]
    [InlineData("https://news.example/2026-01-05-steel-quotas", "2026-01-05")]
    [InlineData("https://news.example/story/20260105/steel", "2026-01-05")]
    [InlineData("https://news.example/business/2025/feb/04/steel-quotas", "2025-02-04")]
    [InlineData("https://news.example/world/steel-quotas-lifted-2025-02-04", "2025-02-04")]
    [InlineData("https://news.example/world/steel_quotas_2025-02-04.html", "2025-02-04")]
    [InlineData("https://news.example/world/steel-quotas-lifted-20250204.html", "2025-02-04")]
    [InlineData("https://news.example/world/content_20250204_7731.htm", "2025-02-04")]
    public void Dates_in_the_url_path_are_found(string url, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), UrlDate.Find(url));

    [Theory]
    [InlineData("https://news.example/?p=2690713")]
    [InlineData("https://news.example/2025/13/40/not-a-date")]
    [InlineData("https://news.example/id/1205402/")]
    [InlineData("https://news.example/2025/feb/31/not-a-day")]
    [InlineData("https://news.example/item-2025-13-04")]
    [InlineData("https://news.example/item-20251304.html")]
    [InlineData("https://news.example/item-202502041.html")]
    public void Urls_without_a_date_give_none(string url) => Assert.Null(UrlDate.Find(url));

    [Theory]
    [InlineData("Published Mar 5, 2026 • Last updated 3 hours ago • 4 minute read")]
    [InlineData("March 5, 2026 | Updated 2 days ago")]
    [InlineData("Jane Roe | March 5, 2026 | 6 min read")]
    public void A_date_line_may_carry_an_age_and_a_reading_time(string line)
    {
        var dated = Own(line + "\n" + Body);
        Assert.Equal((new DateOnly(2026, 3, 5), DateSource.Dateline), (dated.Date, dated.Source));
    }

    [Fact]
    public void A_date_line_in_chinese_dates_the_report()
    {
        var dated = Own("发布时间：2026年3月5日 10:20\n" + Body);
        Assert.Equal((new DateOnly(2026, 3, 5), DateSource.Dateline), (dated.Date, dated.Source));
    }

    [Fact]
    public void A_wire_dateline_takes_its_year_from_the_url()
    {
        var dated = Own("WASHINGTON, Aug 12 (Reuters) - " + Body, "https://news.example/2025/08/13/steel");
        Assert.Equal((new DateOnly(2025, 8, 12), DateSource.WireDateline), (dated.Date, dated.Source));
        Assert.StartsWith("WASHINGTON, Aug 12 (Reuters) -", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wire_dateline_takes_no_year_from_a_file_photos_caption()
    {
        var dated = Own("FILE PHOTO: Coils of steel at a mill in Hamilton, Ontario, June 5, 2019. REUTERS/Jane Roe/File Photo\n"
            + "OTTAWA, Aug 12 (Example Wire) - " + Body + "\nThe quota for 2025 was filled in March.");
        Assert.Equal(new DateOnly(2025, 8, 12), dated.Date);
    }

    [Fact]
    public void A_wire_dateline_takes_the_year_in_which_its_day_falls_on_the_leads_weekday()
    {
        // The text names 2024 (last year) and 2027 (a target); of 2024, 2025, 2027 and 2028, 6 June is a Friday only in 2025.
        var dated = Own("BRASILIA, June 6 (Example Wire) - The ministry said on Friday that soy shipments rose, after record sales in 2024."
            + "\nThe government wants exports to double by 2027.");
        Assert.Equal(new DateOnly(2025, 6, 6), dated.Date);
        Assert.Contains("its year 2025", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wire_dateline_takes_no_year_that_puts_its_day_off_the_leads_weekday()
    {
        // 6 June is a Saturday in 2020 and a Sunday in 2021: neither is the Friday the lead tells of.
        var dated = Own("WASHINGTON, June 6 (Example Wire) - Exports fell to their lowest level since February 2020, the ministry said on Friday.");
        Assert.NotEqual(new DateOnly(2020, 6, 6), dated.Date);
        Assert.NotEqual(DateSource.WireDateline, dated.Source);
    }

    [Fact]
    public void A_wire_dateline_takes_its_year_from_the_text_when_there_is_no_url()
    {
        var dated = Own("NEW DELHI, Sept. 3 (Example Wire) — " + Body + "\nThe quota for 2024 was never filled.");
        Assert.Equal(new DateOnly(2024, 9, 3), dated.Date);
    }

    [Fact]
    public void A_sentence_that_starts_with_a_date_is_not_a_dateline() =>
        Assert.Null(Own("June 9 was the day the talks began in earnest.\n" + Body).Date);

    [Fact]
    public void The_url_date_dates_a_page_that_prints_none()
    {
        var dated = Own(Body, "https://news.example/world/2025/07/02/deal-reached");
        Assert.Equal((new DateOnly(2025, 7, 2), DateSource.Url), (dated.Date, dated.Source));
        Assert.Contains("/2025/07/02/", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_date_wins_over_every_other()
    {
        var dated = Own("Jan 5, 2026 - 10:15\n" + Body, "https://news.example/2025/07/02/x", new DateOnly(2026, 1, 6));
        Assert.Equal((new DateOnly(2026, 1, 6), DateSource.Declared), (dated.Date, dated.Source));
    }

    [Fact]
    public void A_printed_date_line_wins_over_the_url()
    {
        var dated = Own("Jan 5, 2026 - 10:15\n" + Body, "https://news.example/2025/07/02/x");
        Assert.Equal((new DateOnly(2026, 1, 5), DateSource.Dateline, "Jan 5, 2026 - 10:15"), (dated.Date, dated.Source, dated.Evidence));
    }

    [Fact]
    public void An_undated_report_is_dated_by_the_latest_past_day_it_names_and_its_leads_weekday()
    {
        const string text = "The ministers agreed Tuesday to lift the quota on cement.\n\nThe talks opened on March 3, 2025 in Lisbon. "
            + "A first offer was tabled on March 7. The new quota will take effect on March 30.";
        var dated = MentionedDates.Infer(text);
        Assert.Equal((new DateOnly(2025, 3, 11), DateSource.Mentioned), (dated.Date, dated.Source));
        Assert.Contains("March 7", dated.Evidence, StringComparison.Ordinal);
        Assert.Contains("Tuesday", dated.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The cement quota was lifted yesterday (March 3), the ministry said.", "2025-03-04")]
    [InlineData("Ministers meet today, Tuesday, March 4, to settle the cement quota.", "2025-03-04")]
    [InlineData("The cement quota ends tomorrow (March 5) unless it is renewed.", "2025-03-04")]
    [InlineData("The quota was lifted on March 3 (yesterday) after long talks.", "2025-03-04")]
    public void A_day_named_by_its_date_and_its_distance_from_the_report_dates_it(string sentence, string expected)
    {
        var dated = MentionedDates.Infer(sentence + " The 2025 quota was never filled.");
        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateSource.Mentioned), (dated.Date, dated.Source));
        Assert.Equal(PublicationDates.RelativeDayConfidence, dated.Confidence);
    }

    [Fact]
    public void A_relative_day_in_a_quotation_or_apart_from_any_date_dates_nothing_by_itself()
    {
        Assert.Null(MentionedDates.Relative("\"We lifted it yesterday (March 3),\" the minister said.", 2025));
        Assert.Null(MentionedDates.Relative("The quota was lifted yesterday. Talks had opened on March 3.", 2025));
    }

    [Fact]
    public void A_relative_day_with_its_date_wins_over_the_storys_date()
    {
        var dated = PublicationDates.AgainstStory(Clean("The cement quota was lifted yesterday (Dec. 30), the ministry said. " + Body), new DateOnly(2026, 1, 12), "anchor");
        Assert.Equal(new DateOnly(2025, 12, 31), dated.Date);
    }

    [Fact]
    public void A_day_in_a_sentence_about_tomorrow_is_no_past_event() =>
        Assert.Equal(new DateOnly(2025, 3, 3), MentionedDates.Infer("The quota was lifted on March 3, 2025. The mills reopen tomorrow and hire on March 20.").Date);

    [Fact]
    public void Days_ending_a_period_and_days_without_any_year_date_nothing()
    {
        Assert.Null(MentionedDates.Infer("The firm booked a charge for the quarter ending April 27, 2025. Its shares fell.").Date);
        Assert.Null(MentionedDates.Infer("The talks opened on March 3 and ended a day later.").Date);
    }

    [Fact]
    public void A_yearless_day_takes_the_year_of_the_url() =>
        Assert.Equal(new DateOnly(2024, 5, 6), MentionedDates.Infer("Output rose on May 6, officials said.", "https://news.example/2024/05/07/story").Date);

    private static CleanReport Clean(string body) =>
        ArticleCleaner.Clean(new SourceReport("t.txt", InputFormat.PlainText, body, ReportMetadata.Empty, "h", []));

    [Theory]
    [InlineData("Lisbon, Oct 14 (Example Wire) Officials of both countries met for talks.", 10, 14)]
    [InlineData("OSLO, Feb. 2 (Example Wire) -- Officials of both countries met for talks.", 2, 2)]
    [InlineData("Ottawa, March 3, 2026 - Officials of both countries met for talks.", 3, 3)]
    [InlineData("Buenos Aires, Nov. 18, 2025 — Officials of both countries met for talks.", 11, 18)]
    [InlineData("NEW YORK, Feb. 4, 2025 /Example Newswire/ -- A maker of steel pipe said it would open a mill.", 2, 4)]
    [InlineData("HALIFAX, NS, Feb. 4, 2025 /EXW/ - A maker of steel pipe said it would open a mill.", 2, 4)]
    [InlineData("Halifax, Feb. 4, 2025 /Example Newswire/ A maker of steel pipe said it would open a mill.", 2, 4)]
    [InlineData("February 4, 2025 — A maker of steel pipe said it would open a mill.", 2, 4)]
    [InlineData("Tuesday, Feb. 4, 2025 - A maker of steel pipe said it would open a mill.", 2, 4)]
    public void Wire_datelines_in_title_case_or_with_a_double_dash_are_found(string line, int month, int day)
    {
        var found = WireDateline.Find(line);
        Assert.NotNull(found);
        Assert.Equal((month, day), (found.Value.Month, found.Value.Day));
    }

    [Fact]
    public void A_full_date_and_a_dash_opening_the_text_date_it()
    {
        var dated = Own("February 4, 2025 — " + Body);
        Assert.Equal((new DateOnly(2025, 2, 4), DateSource.WireDateline), (dated.Date, dated.Source));
    }

    [Fact]
    public void A_press_release_is_dated_by_its_wire_dateline()
    {
        var dated = Own("NEW YORK, Feb. 4, 2025 /Example Newswire/ -- " + Body);
        Assert.Equal((new DateOnly(2025, 2, 4), DateSource.WireDateline), (dated.Date, dated.Source));
    }

    [Theory]
    [InlineData("Lisbon, Oct 14 Officials of both countries met for talks.")]
    [InlineData("Lisbon, Oct 14 - Officials of both countries met for talks.")]
    [InlineData("On March 3, 2026 - a day after the vote - officials met for talks.")]
    [InlineData("Prices rose on March 3, 2026 /in some cities/ - officials said.")]
    [InlineData("March 3, 2026 was the day the vote failed - officials said.")]
    [InlineData("March 3 - the day the vote failed - is remembered.")]
    [InlineData("March 3, 2026 - 10:15 GMT")]
    [InlineData("March 3, 2026 — Updated")]
    public void A_title_case_opening_without_an_agency_or_a_full_date_is_no_dateline(string line) =>
        Assert.Null(WireDateline.Find(line));

    [Theory]
    [InlineData("By Ana Lima | Published 4 May 2025 | 3 min read", "2025-05-04")]
    [InlineData("Ana Lima, Staff Writer · May 4, 2025 · 4 min read", "2025-05-04")]
    [InlineData("Updated May 6, 2025 | Published May 4, 2025", "2025-05-04")]
    [InlineData("Updated May 6, 2025 9:21 am ET / Original May 4, 2025 8:02 am ET", "2025-05-04")]
    [InlineData("Originally published May 4, 2025, 8:02 a.m. ET | Last updated May 6, 2025, 9:21 a.m. ET", "2025-05-04")]
    public void A_byline_that_carries_the_date_dates_the_report_and_goes(string line, string expected)
    {
        var clean = Clean("Cement quota talks\n" + line + "\n" + Body);
        var dated = PublicationDates.Own(clean);
        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateSource.Dateline), (dated.Date, dated.Source));
        Assert.DoesNotContain(line, clean.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Posted Oct 21, 7:40 PM", 10, 21)]
    [InlineData("Updated: Sun, Oct 20, 10:05 a.m. ET", 10, 20)]
    [InlineData("21 October", 10, 21)]
    [InlineData("Oct 21", 10, 21)]
    public void A_line_that_is_only_a_day_without_its_year_is_found(string line, int month, int day)
    {
        var found = YearlessDateLine.FindAll("Cement quota talks\n" + line + "\n" + Body);
        Assert.Equal([(month, day, line)], found.Select(f => (f.Month, f.Day, f.Evidence)));
    }

    [Theory]
    [InlineData("Oct 21 was the day the talks began.")]
    [InlineData("Oct 21, 2024")]
    [InlineData("Oct 21 2024")]
    [InlineData("Oct 21: the talks begin")]
    [InlineData("Oct 21 - Oct 23")]
    public void A_sentence_a_range_or_a_full_date_is_no_yearless_date_line(string line) =>
        Assert.Empty(YearlessDateLine.FindAll(line));

    [Fact]
    public void A_yearless_posted_line_takes_its_year_from_the_urls_year_and_month()
    {
        var dated = Own("Cement quota talks\nPosted Oct 21, 7:40 PM\n" + Body, "https://news.example/business/2023/10/cement-quota-talks.html");
        Assert.Equal((new DateOnly(2023, 10, 21), DateSource.Dateline, "Posted Oct 21, 7:40 PM"), (dated.Date, dated.Source, dated.Evidence));
    }

    [Fact]
    public void A_yearless_date_line_takes_its_year_from_a_full_date_further_down()
    {
        var dated = Own("Cement quota talks\nPosted Jan 2, 7:40 PM\n" + Body + "\nComments\nReader One\nDecember 30, 2023 at 9:12 am");
        Assert.Equal(new DateOnly(2024, 1, 2), dated.Date);
    }

    [Fact]
    public void A_yearless_date_line_with_no_full_date_or_url_to_give_a_year_dates_nothing() =>
        Assert.Null(Own("Cement quota talks\nPosted Oct 21, 7:40 PM\n" + Body + "\nThe 2019 quota was never filled.").Date);

    [Fact]
    public void A_yearless_date_line_with_its_weekday_takes_the_one_year_the_page_names_in_which_the_day_falls_on_it()
    {
        // 21 October was a Tuesday in 2025 and a Monday in 2024 and 2019.
        var dated = Own("Cement quota talks\nPosted Tue, Oct 21, 7:40 PM\n" + Body + "\nThe 2024 quota was never filled, as in 2019; the 2025 quota may be.");
        Assert.Equal((new DateOnly(2025, 10, 21), DateSource.Dateline), (dated.Date, dated.Source));
        Assert.Contains("weekday", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yearless_date_line_whose_weekday_falls_in_none_or_two_of_the_years_named_dates_nothing()
    {
        Assert.Null(Own("Cement quota talks\nPosted Wed, Oct 21, 7:40 PM\n" + Body + "\nThe 2024 quota was never filled; the 2025 quota may be.").Date);
        Assert.Null(Own("Cement quota talks\nPosted Mon, Oct 21, 7:40 PM\n" + Body + "\nThe 2024 quota was never filled, as in 2019.").Date);
    }

    [Fact]
    public void A_yearless_date_lines_weekday_picks_its_year_near_the_reference() =>
        // 20 April 2025 lies nearer 20 October 2024 (a Sunday) than 20 October 2025 (a Monday).
        Assert.Equal(new DateOnly(2025, 10, 20), YearlessDateLine.Resolve(YearlessDateLine.FindAll("Mon, Oct 20")[0], new DateOnly(2025, 4, 20)));

    [Fact]
    public void A_url_with_a_full_date_gives_no_year_and_month_of_its_own()
    {
        Assert.Equal(new DateOnly(2023, 10, 1), UrlDate.YearMonth("https://news.example/business/2023/10/cement-quota-talks.html"));
        Assert.Null(UrlDate.YearMonth("https://news.example/business/2023/10/21/cement-quota-talks.html"));
        Assert.Null(UrlDate.YearMonth("https://news.example/business/cement-quota-talks-2023"));
    }

    [Fact]
    public void Date_lines_at_the_head_of_a_text_are_found_where_they_stand_each_date_once()
    {
        const string text = "Cement quota talks\nPublished On 4 May 2025\nUpdated: Tue, May 6, 2025 10:02\nTalks resumed in Oslo on May 9, 2025.\nMay 4, 2025\n";
        var found = PublicationDates.DateLinesIn(text);
        Assert.Equal([new DateOnly(2025, 5, 4), new DateOnly(2025, 5, 6)], found.Select(f => f.Date));
        Assert.Equal("Published On 4 May 2025", text[found[0].Start..found[0].End]);
        Assert.Empty(PublicationDates.DateLinesIn(new string('x', PublicationDates.DateLineHeader) + "\nMay 4, 2025\n"));
    }

    [Fact]
    public void A_sentence_with_a_date_stays_and_is_no_byline()
    {
        const string line = "Talks resumed in Oslo on May 4, 2025.";
        var clean = Clean(line + "\n" + Body);
        Assert.Contains(line, clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(clean.DateCandidates, c => c.Source == DateSource.Dateline);
    }

    [Fact]
    public void A_yearless_wire_dateline_takes_the_year_of_its_story()
    {
        var dated = PublicationDates.AgainstStory(Clean("Lisbon, Dec 30 (Example Wire) " + Body), new DateOnly(2026, 1, 2), "anchor");
        Assert.Equal((new DateOnly(2025, 12, 30), DateSource.WireDateline), (dated.Date, dated.Source));
        Assert.Contains("anchor", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_day_the_report_names_wins_over_its_storys_date()
    {
        var dated = PublicationDates.AgainstStory(Clean("The quota was cut on March 12 after talks. " + Body), new DateOnly(2025, 3, 3), "anchor");
        Assert.Equal(new DateOnly(2025, 3, 12), dated.Date);
    }

    [Fact]
    public void A_yearless_day_is_read_in_the_storys_year_not_in_a_year_the_text_looks_ahead_to()
    {
        // "2027" is named twice, of plans; the quota cut of March 2 is of the story's year, before its March 6.
        var text = "The quota was cut on March 2 after talks. The mills plan a new line in 2027, and exports could double by 2027. " + Body;
        var dated = PublicationDates.AgainstStory(Clean(text), new DateOnly(2026, 3, 6), "anchor");
        Assert.Equal(new DateOnly(2026, 3, 6), dated.Date);
        Assert.Equal(new DateOnly(2027, 3, 2), MentionedDates.Infer(text).Date); // alone, the year named most often is all it has
    }

    [Fact]
    public void Dates_read_from_a_story_or_from_named_days_are_less_sure_than_any_printed_date()
    {
        var printed = Own("Cement quota talks\nMar 3, 2025\n" + Body);
        var fromStory = PublicationDates.AgainstStory(Clean(Body), new DateOnly(2025, 3, 3), "anchor");
        var moved = PublicationDates.AgainstStory(Clean("The ministers agreed Monday to lift the quota on cement. " + Body), new DateOnly(2025, 3, 5), "anchor");
        var mentioned = MentionedDates.Infer("The ministers agreed Friday to cut the quota. The talks had opened on March 12, 2025. " + Body);
        // The latest past day with no weekday of the lead after it is a bound more than a day (right 6 times in 45 on the bench pages).
        var bound = MentionedDates.Infer("The quota was cut on March 12, 2025 after talks. " + Body);
        var copy = PublicationDates.CopyOf(printed, "original.txt");
        Assert.All([fromStory, moved, mentioned, bound, copy], d => Assert.NotNull(d.Date));
        Assert.True(fromStory.Confidence > 0 && fromStory.Confidence < moved.Confidence, $"{fromStory.Confidence} vs {moved.Confidence}");
        Assert.True(moved.Confidence < mentioned.Confidence && mentioned.Confidence < printed.Confidence);
        Assert.True(bound.Confidence < moved.Confidence && bound.Confidence < PublicationDates.OtherStoryEventDayConfidence);
        Assert.True(copy.Confidence < printed.Confidence && copy.Confidence > mentioned.Confidence);
    }

    [Theory]
    [InlineData("The ministers agreed Monday to lift the quota on cement. The talks had opened on March 3 in the capital.", "2025-03-03")]
    [InlineData("The ministers agreed late Monday to lift the quota on cement. The talks had opened on March 3 in the capital.", "2025-03-04")]
    public void A_lead_weekday_on_the_latest_day_named_dates_the_report_away_from_its_story(string lead, string expected)
    {
        // 3 March 2025 is a Monday; the story's other report appeared weeks later.
        var dated = PublicationDates.AgainstStory(Clean(lead + " " + Body), Day("2025-04-15"), "anchor");
        Assert.Equal((Day(expected), DateSource.Mentioned), (dated.Date, dated.Source));
        Assert.Contains("March 3", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_weekday_off_the_latest_day_named_leaves_the_story_to_date_it()
    {
        // 4 March 2025 is a Tuesday: the two cues disagree, and the lead's Monday moves the story's date.
        var dated = PublicationDates.AgainstStory(Clean("The ministers agreed Monday to lift the quota on cement. The talks had opened on March 4 in the capital. " + Body), Day("2025-04-15"), "anchor");
        Assert.Equal((Day("2025-04-15"), DateSource.Story), (dated.Date, dated.Source));
        Assert.Null(MentionedDates.WeekdayConfirmed("The ministers agreed Monday to lift the quota on cement. The talks had opened on March 4 in the capital.", 2025));
    }

    [Fact]
    public void A_deadline_day_is_no_event_and_leaves_the_storys_date()
    {
        var dated = PublicationDates.AgainstStory(Clean("Officials are racing against a March 30 deadline to settle the quota. " + Body), new DateOnly(2025, 3, 3), "anchor");
        Assert.Equal((new DateOnly(2025, 3, 3), DateSource.Story), (dated.Date, dated.Source));
    }

    [Theory]
    [InlineData("2025-03-05", "2025-03-03")] // a Wednesday: Monday's news is two days old
    [InlineData("2025-03-04", "2025-03-04")] // a Tuesday: the day after Monday's news, kept
    [InlineData("2025-03-03", "2025-03-03")] // the Monday itself
    [InlineData("2025-03-08", "2025-03-10")] // a Saturday: the next Monday is nearer
    public void The_storys_date_moves_to_the_weekday_of_the_lead_when_it_could_not_follow_it(string anchor, string expected)
    {
        var dated = PublicationDates.AgainstStory(Clean("The ministers agreed Monday to lift the quota on cement. " + Body), DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture), "anchor");
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), dated.Date);
    }
    private const string LaterReport = "Canada and Mexico won a further reprieve from the steel tariffs on Thursday. "
        + "The president first agreed to a 30-day pause on the tariffs against Canada and Mexico on Feb. 3 after calls with both leaders.";

    [Fact]
    public void The_leads_weekday_is_the_day_another_report_gives_for_the_same_event()
    {
        var anchors = EventDays.Anchors("later.txt", LaterReport, new DateOnly(2025, 3, 6)).ToList();
        Assert.Contains(anchors, a => a.Day == new DateOnly(2025, 3, 6)); // "on Thursday", the day it was published
        var dated = EventDays.Match("WASHINGTON — The president agreed Monday to a 30-day pause on his tariffs against Canada and Mexico after calls with both leaders.", anchors);
        Assert.NotNull(dated);
        Assert.Equal(new DateOnly(2025, 2, 3), dated.Value.Date);
        Assert.Contains("later.txt", dated.Value.Evidence, StringComparison.Ordinal);
        Assert.Contains("Feb. 3", dated.Value.Evidence, StringComparison.Ordinal);
    }

    // Published on a Tuesday; its lead names no day.
    private const string SameDayReport = "The prime minister has agreed to send more border guards in exchange for a pause on the lumber tariffs. "
        + "Officials in both capitals confirmed the arrangement.";

    [Theory]
    [InlineData("OTTAWA — The prime minister agreed Monday to send more border guards in exchange for a pause on the lumber tariffs.", "2025-02-03")]
    [InlineData("OTTAWA — The prime minister agreed Tuesday to send more border guards in exchange for a pause on the lumber tariffs.", "2025-02-04")]
    [InlineData("OTTAWA — The prime minister agreed late Monday to send more border guards in exchange for a pause on the lumber tariffs.", "2025-02-04")]
    public void A_dated_lead_naming_no_day_anchors_the_day_it_appeared_and_the_day_before(string lead, string expected)
    {
        var anchors = EventDays.Anchors("dated.txt", SameDayReport, new DateOnly(2025, 2, 4)).ToList();
        var dated = EventDays.Match(lead, anchors);
        Assert.Equal(Day(expected), dated?.Date);
        Assert.Contains("dated.txt", dated!.Value.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OTTAWA — The prime minister agreed Wednesday to send more border guards in exchange for a pause on the lumber tariffs.")] // neither day
    [InlineData("The prime minister said today he would send more border guards in exchange for a pause on the lumber tariffs.")] // no weekday to check
    public void A_dated_lead_naming_no_day_dates_only_a_lead_of_one_of_its_two_days(string lead) =>
        Assert.Null(EventDays.Match(lead, EventDays.Anchors("dated.txt", SameDayReport, new DateOnly(2025, 2, 4)).ToList()));

    [Fact]
    public void Another_day_the_report_tells_of_places_its_week_and_the_leads_weekday_its_day()
    {
        // The dated report names Saturday 1 February for the order; the undated one tells of it as "On Saturday".
        const string dated = "Lumber traders braced for higher costs this month. The president signed an order imposing 25% tariffs on lumber from Canada on Feb. 1.";
        var anchors = EventDays.Anchors("dated.txt", dated, new DateOnly(2025, 2, 12)).ToList();
        const string undated = "OTTAWA — Lumber mills cut shifts Monday as buyers cancelled orders. "
            + "On Saturday, the president signed an order imposing 25% tariffs on lumber from Canada. Mill owners said more cuts would follow.";
        var found = EventDays.Match(undated, anchors);
        Assert.Equal(Day("2025-02-03"), found?.Date); // the Monday after Saturday 1 February
        Assert.Contains("Saturday", found!.Value.Evidence, StringComparison.Ordinal);

        // The same sentence told of another weekday than the dated report's day places nothing.
        Assert.Null(EventDays.Match(undated.Replace("On Saturday", "On Friday", StringComparison.Ordinal), anchors));
    }

    [Theory]
    [InlineData("last week", "2025-02-06")] // the Thursday of the week after Saturday 1 February's (weeks from Monday)
    [InlineData("earlier this week", null)] // a Thursday of that week is before the Saturday: the words disagree
    public void An_event_told_by_its_week_places_the_leads_weekday(string when, string? expected)
    {
        const string dated = "Lumber traders braced for higher costs this month. The president signed an order imposing 25% tariffs on lumber from Canada on Feb. 1.";
        var anchors = EventDays.Anchors("dated.txt", dated, new DateOnly(2025, 2, 12)).ToList();
        var undated = "OTTAWA — Lumber mills cut shifts Thursday as buyers cancelled orders. "
            + $"The president signed an order imposing 25% tariffs on lumber from Canada {when}. Mill owners said more cuts would follow.";
        var found = EventDays.Match(undated, anchors);
        Assert.Equal(expected is null ? null : Day(expected), found?.Date);
        if (found is { } f)
        {
            Assert.Contains($"'{when}'", f.Evidence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_event_told_as_this_week_puts_the_leads_weekday_in_its_own_week()
    {
        // Tuesday 4 February names the order; the lead's Thursday is 6 February, two days on.
        const string dated = "Lumber traders braced for higher costs this month. The president signed an order imposing 25% tariffs on lumber from Canada on Feb. 4.";
        var anchors = EventDays.Anchors("dated.txt", dated, new DateOnly(2025, 2, 12)).ToList();
        const string undated = "OTTAWA — Lumber mills cut shifts Thursday as buyers cancelled orders. "
            + "The president signed an order imposing 25% tariffs on lumber from Canada this week. Mill owners said more cuts would follow.";
        Assert.Equal(Day("2025-02-06"), EventDays.Match(undated, anchors)?.Date);
    }

    [Theory]
    [InlineData("The central bank held its rates Monday as inflation eased across the region.")] // another event
    [InlineData("The president agreed Tuesday to a 30-day pause on his tariffs against Canada and Mexico after calls with both leaders.")] // no such day
    [InlineData("The president agreed to a 30-day pause on his tariffs against Canada and Mexico after calls with both leaders.")] // no weekday
    public void A_lead_without_a_matching_day_of_the_same_event_is_not_dated(string lead) =>
        Assert.Null(EventDays.Match(lead, EventDays.Anchors("later.txt", LaterReport, new DateOnly(2025, 3, 6)).ToList()));
    [Fact]
    public void An_abbreviated_month_does_not_end_the_sentence_that_names_the_day() =>
        Assert.Equal(new DateOnly(2025, 2, 3), MentionedDates.Infer("The duties took effect on Feb. 3, 2025 after talks failed. Markets fell.").Date);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("The ministers agreed late Monday to lift the quota on cement after talks that began on March 1, 2025.")]
    [InlineData("The ministers agreed Monday to lift the quota on cement after talks that began on March 1, 2025. The deal was signed Monday night in the capital.")]
    [InlineData("The ministers met on Monday in the capital and talked for six hours, ending around 8 pm, after talks that began on March 1, 2025.")]
    [InlineData("The ministers agreed on Monday at 10:30 p.m. to lift the quota on cement after talks that began on March 1, 2025.")]
    public void News_late_in_the_leads_day_is_reported_the_next_day(string lead)
    {
        var dated = MentionedDates.Infer(lead + " " + Body);
        Assert.Equal(Day("2025-03-04"), dated.Date); // the Tuesday after the Monday, 3 March
        Assert.Contains("late that day", dated.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The ministers met on Monday at 9 am and agreed to lift the quota on cement after talks that began on March 1, 2025.")]
    [InlineData("The ministers agreed Monday to lift the quota on cement after talks that began on March 1, 2025. Shops will shut at 8 pm on Fridays.")]
    [InlineData("The ministers agreed Monday to cut the duty on 7 pmc pumps after talks that began on March 1, 2025.")]
    public void A_morning_hour_or_an_evening_hour_of_another_sentence_keeps_the_leads_day(string lead) =>
        Assert.Equal(Day("2025-03-03"), MentionedDates.Infer(lead + " " + Body).Date);

    [Fact]
    public void A_morning_or_a_plain_weekday_is_reported_the_same_day() =>
        Assert.Equal(Day("2025-03-03"), MentionedDates.Infer("The ministers agreed Monday morning to lift the quota on cement after talks that began on March 1, 2025. " + Body).Date);

    [Theory]
    [InlineData("2025-03-01", "2025-03-04")] // a Saturday: the Tuesday after the Monday
    [InlineData("2025-03-03", "2025-03-04")] // the Monday itself: its late news is the next day's
    [InlineData("2025-03-04", "2025-03-04")] // the Tuesday, kept
    [InlineData("2025-03-06", "2025-03-04")] // a Thursday: two days after the Tuesday
    public void A_late_lead_moves_the_storys_date_to_the_day_after_its_weekday(string anchor, string expected) =>
        Assert.Equal(Day(expected), PublicationDates.AgainstStory(Clean("The ministers agreed late Monday to lift the quota on cement. " + Body), Day(anchor), "anchor").Date);

    [Fact]
    public void The_same_event_late_in_the_day_dates_the_report_the_day_after()
    {
        var anchors = EventDays.Anchors("later.txt", LaterReport, new DateOnly(2025, 3, 6)).ToList();
        var dated = EventDays.Match("WASHINGTON — The president agreed late Monday to a 30-day pause on his tariffs against Canada and Mexico after calls with both leaders.", anchors);
        Assert.Equal(new DateOnly(2025, 2, 4), dated?.Date);
    }

    [Theory]
    [InlineData("The new duties on cement will take effect on March 12 unless the talks succeed.", null, "2025-03-12")]
    [InlineData("The quota is set to expire on March 12, officials said.", null, "2025-03-12")]
    [InlineData("Importers met officials on March 5 to discuss the quota.", "2025-03-05", null)]
    [InlineData("He said the levy would start on March 12.", null, null)] // reported speech, not a day ahead
    [InlineData("The levy will rise, officials announced on March 5.", "2025-03-05", null)] // the day of a past deed in a future sentence: past
    [InlineData("Officials will review the quota that was imposed on March 5.", null, null)]
    [InlineData("The ministry first announced the quota in February.", "2025-02-01", null)]
    [InlineData("In mid-January 2025 the ministry announced the quota.", "2025-01-01", null)]
    [InlineData("The quota was suspended until April.", null, null)] // a term, not an event
    [InlineData("The new duties on cement will take effect in April unless the talks succeed.", null, "2025-04-30")]
    public void A_reports_words_bound_its_day(string sentence, string? after, string? before)
    {
        var bounds = MentionedDates.BoundsOf(sentence + " " + Body, Day("2025-03-08"));
        Assert.Equal(after is null ? null : Day(after), bounds.After);
        Assert.Equal(before is null ? null : Day(before), bounds.Before);
    }

    [Fact]
    public void A_day_still_to_come_puts_the_report_before_a_later_story_date()
    {
        var ahead = "The new duties on cement will take effect on March 12 unless the talks succeed. ";
        var dated = PublicationDates.AgainstStory(Clean(ahead + Body), Day("2025-03-20"), "anchor");
        Assert.Equal(Day("2025-03-11"), dated.Date);
        Assert.Contains("still to come", dated.Evidence, StringComparison.Ordinal);

        var met = PublicationDates.AgainstStory(Clean("Importers met officials on March 5 to discuss the quota. " + ahead + Body), Day("2025-03-20"), "anchor");
        Assert.Equal(Day("2025-03-05"), met.Date);

        Assert.Equal(Day("2025-03-10"), PublicationDates.AgainstStory(Clean(ahead + Body), Day("2025-03-10"), "anchor").Date);
    }

    [Fact]
    public void A_labelled_publication_line_wins_over_a_masthead_date()
    {
        var dated = Own("Thursday, January 22, 2026\nSteel quotas lifted\nPublished: Jan. 21, 2026\n" + Body);
        Assert.Equal((Day("2026-01-21"), DateSource.Dateline), (dated.Date, dated.Source));
        Assert.Contains("Published", dated.Evidence, StringComparison.Ordinal);
        Assert.True(dated.Confidence > 0.5);
    }

    [Fact]
    public void Cues_that_agree_on_a_day_outweigh_one_that_stands_alone()
    {
        var dated = Own("Jan 22, 2026 - 10:15\nJan 21, 2026\n" + Body, "https://news.example/2026/01/21/steel");
        Assert.Equal(Day("2026-01-21"), dated.Date);
        Assert.Contains("agreeing", dated.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_the_text_shows_to_be_too_early_loses_to_one_it_admits()
    {
        var body = "Output of cement fell 12% in May from a year earlier, the ministry said.\nThe talks would resume next month.";
        var dated = Own("date 2026-04-14\nJune 9, 2026 | 4:19 pm\n" + body);
        Assert.Equal(Day("2026-06-09"), dated.Date);
        Assert.Contains("as past", dated.Evidence, StringComparison.Ordinal);
        Assert.Equal(Day("2026-04-14"), Own("date 2026-04-14\n" + body).Date); // alone, it stands
    }

    [Fact]
    public void The_day_a_cited_source_was_retrieved_is_no_publication_date() =>
        Assert.Equal(Day("2026-01-05"), Own("Retrieved 20 January 2026\nJan 5, 2026\n" + Body).Date);

    [Fact]
    public void The_day_of_a_readers_comment_is_no_publication_date() =>
        Assert.Equal(Day("2026-01-05"), Own("Jan 5, 2026\n" + Body + "\nJane Roe on January 20, 2026 at 4:36 pm said:\nA fair summary of the talks.").Date);

    [Fact]
    public void A_label_on_the_line_above_a_date_says_whose_date_it_is()
    {
        // "Updated" alone on its line makes the time-stamped date below it a later day than the URL's.
        var updated = Own("Cement quotas lifted\nUpdated\nMar 9, 2026, 10:28am EST\n" + Body, "https://news.example/2026/3/4/cement-quotas");
        Assert.Equal((Day("2026-03-04"), DateSource.Url), (updated.Date, updated.Source));

        // A byline above a bare date makes it the publication's, over a time-stamped date further down.
        var byline = Own("by Jane Roe\nMarch 4, 2026\n" + Body + "\nJohn Doe\nMarch 6, 2026 - 1:01 pm\nThanks for the summary of the talks.");
        Assert.Equal(Day("2026-03-04"), byline.Date);
        Assert.StartsWith("by Jane Roe March 4, 2026", byline.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_line_in_another_language_dates_the_report() =>
        Assert.Equal(Day("2026-03-05"), Own("quinta-feira, 5 de março de 2026 às 10:20\n" + Body).Date);

    [Fact]
    public void A_yearless_month_told_as_past_is_read_in_the_year_before_the_latest_candidate()
    {
        // "in January", past, under a November 2019 date line, is January 2019: a May 2017 date is too early.
        var body = "Sales of the new model began in January, the company said.\nThe talks would resume next month.";
        Assert.Equal(Day("2019-11-20"), Own("November 20, 2019 12:32\nPublished: May 15, 2017\n" + body).Date);
    }

    [Theory]
    [InlineData("Date: 2026-01-21T09:30:00Z")]
    [InlineData("Published: 2026-01-21T09:30:00+01:00")]
    [InlineData("published 2026-01-21")]
    public void A_labelled_timestamp_dates_the_report(string line) =>
        Assert.Equal(Day("2026-01-21"), Own(line + "\n" + Body).Date);

    [Theory]
    [InlineData("The president yesterday agreed to a 30-day pause on his tariffs against Canada and Mexico after calls with both leaders.", "2025-02-04")]
    [InlineData("The president today agreed to a 30-day pause on his tariffs against Canada and Mexico after calls with both leaders.", "2025-02-03")]
    public void A_lead_told_as_yesterday_or_today_is_dated_from_the_same_event(string lead, string expected)
    {
        var anchors = EventDays.Anchors("later.txt", LaterReport, new DateOnly(2025, 3, 6)).ToList();
        Assert.Equal(Day(expected), EventDays.Match(lead, anchors)?.Date);
    }

    [Theory]
    [InlineData("The central bank yesterday held its rates as inflation eased across the region.")] // another event
    [InlineData("The president said \u201cwe agreed today to a 30-day pause on the tariffs against Canada and Mexico\u201d after calls.")] // only in a quotation
    public void A_relative_lead_without_the_same_event_is_not_dated(string lead) =>
        Assert.Null(EventDays.Match(lead, EventDays.Anchors("later.txt", LaterReport, new DateOnly(2025, 3, 6)).ToList()));
}
