using Tradewatch.News.Cleaning;
using Tradewatch.News.Reading;

namespace Tradewatch.News.Tests;

public class ArticleCleanerTests
{
    private const string Lead = "The trade ministry said on Tuesday that duties on imported steel would rise to 25% next month.";
    private const string Second = "Officials said the change would affect about 40 exporters, most of them small firms.";

    private static CleanReport Clean(string body, string? title = null) =>
        ArticleCleaner.Clean(new SourceReport("t.txt", InputFormat.PlainText, body, new ReportMetadata(title, null, null, null), "h", []));

    [Fact]
    public void The_title_is_no_line_of_page_furniture()
    {
        var clean = Clean($"![Print icon](print-icon.png)\nShare\nSteel duties to rise next month, ministry says\n{Lead}\n{Second}");
        Assert.Equal("Steel duties to rise next month, ministry says", clean.Headline);
    }

    [Theory]
    [InlineData("Canada lowers its tariff on Japanese beef to 8% under the trade pact.")]
    [InlineData("Talks on the steel quota resumed in Oslo on May 4, 2026.")]
    public void A_report_of_one_sentence_keeps_it(string sentence) =>
        Assert.Equal(sentence, Clean(sentence).Text);

    [Theory]
    [InlineData("Jan 5, 2026 - 10:15")]
    [InlineData("Published On 5 Jan 2026")]
    [InlineData("January 5, 2026 | 4:19 pm")]
    [InlineData("Example Agency05-01-2026")]
    public void Datelines_are_removed_and_kept_as_date_candidates(string dateline)
    {
        var clean = Clean($"{dateline}\n{Lead}\n{Second}");
        Assert.DoesNotContain(dateline, clean.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 1, 5), clean.DateCandidates[0].Date);
        Assert.Contains(Lead, clean.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("0 Comments")]
    [InlineData("1.2K views")]
    [InlineData("advertisement")]
    [InlineData("Skip to content")]
    [InlineData("Subscribe to our newsletter for the latest updates")]
    [InlineData("Read more:")]
    [InlineData("(Reporting by Ann Lee; editing by Bo Chan)")]
    [InlineData("Sam Brown can be reached at sbrown@example.com.")]
    [InlineData("A worker walks past steel coils at a port in Busan, March 1, 2026. REUTERS/Kim Lee")]
    [InlineData("Ministers pose for a photo (2nd L) before the meeting in Geneva.")]
    [InlineData("Photo by Jo King/Getty Images")]
    public void Boilerplate_lines_are_removed_and_the_article_kept(string boilerplate)
    {
        var clean = Clean($"{Lead}\n{boilerplate}\n{Second}");
        Assert.Equal($"{Lead}\n\n{Second}", clean.Text);
    }

    [Theory]
    [InlineData("By Ann Lee and Bo Park, Example News")]
    [InlineData("Ann Lee and Bo Park Smith, The Example Press")]
    [InlineData("The post Steel duties rise again appeared first on Example News.")]
    [InlineData("This is a developing story and will be updated.")]
    [InlineData("Example Media, Inc.")]
    [InlineData("Workers unload steel coils at a port in Rotterdam on May 2, 2026. — Reuters")]
    [InlineData("Listen to this article")]
    [InlineData("Open image in gallery")]
    [InlineData("Tags: steel | tariffs")]
    [InlineData("Get the morning briefing sent right to your inbox.")]
    [InlineData("Please consider supporting us with a donation.")]
    [InlineData("Presented by Example Motors")]
    [InlineData("Paid partner content")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Create a free account to continue reading.")]
    [InlineData("By signing up, you agree to our Terms of Use and Privacy Policy.")]
    [InlineData("Thank you for signing up!")]
    [InlineData("Follow us on Google News")]
    [InlineData("Join the conversation on our Telegram channel")]
    [InlineData("Download the Example Daily app for the latest news.")]
    [InlineData("If you value our journalism, please consider making a contribution.")]
    [InlineData("We rely on readers like you. Give what you can.")]
    [InlineData("Leave a Reply Cancel reply")]
    [InlineData("Comments are closed.")]
    [InlineData("This content is not available due to your privacy preferences.")]
    [InlineData("Allow cookies to view this content.")]
    [InlineData("Copyright 2026 Example Media Group")]
    [InlineData("Image 2 of 5")]
    [InlineData("Listen · 4:32 min")]
    [InlineData("You are here: Home > News > Economy")]
    [InlineData("Published 3 hours ago")]
    [InlineData("This story has been shared 1,204 times.")]
    [InlineData("Home › Markets › Metals")]
    [InlineData("Politics | Americas | Trade Deals")]
    [InlineData("Your gift keeps our coverage open to all.")]
    [InlineData("This series is supported by Example Foundation.")]
    [InlineData("Cranes stand idle at the port of Antwerp. Image credit: Example Photos")]
    [InlineData("FILE - Containers are stacked at a terminal in Oakland.")]
    [InlineData("Shared by @shipwatcher: a quiet week at the docks")]
    [InlineData("Is this page useful?")]
    [InlineData("Listen to the audio version of this article")]
    [InlineData("Add your email address")]
    [InlineData("Turn on alerts for this topic")]
    [InlineData("You have used your last free article")]
    [InlineData("In case you missed it:")]
    [InlineData("Dockers unload timber at a wharf in Tauranga, New Zealand, Feb. 3, 2026.")]
    [InlineData("Finance Minister Ida Holm gestures during a news conference at the Treasury in Oslo.")]
    [InlineData("Bags of coffee are seen at a warehouse in Santos.")]
    [InlineData("Our site uses cookies so that each visit runs smoothly; carry on reading and we take that as a yes.")]
    [InlineData("When you press OK, you agree that we and our partners may set cookies and similar tools on this device.")]
    [InlineData("Some cookies help the pages load, others count visits for our partners and are only set when you allow them, which you may change at any time in the settings of the page you are reading now.")]
    [InlineData("Keep my name and email in this browser for the next time I comment.")]
    [InlineData("Notify me by email when someone replies to my comment")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    public void Page_furniture_of_plain_text_pages_is_removed(string line)
    {
        var clean = Clean($"{Lead}\n{line}\n{Second}");
        Assert.DoesNotContain(line, clean.Text, StringComparison.Ordinal);
        Assert.Contains(Lead, clean.Text, StringComparison.Ordinal);
        Assert.Contains(Second, clean.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The company made a donation of $2 million to the port authority last year.")]
    [InlineData("Sponsored by two senators, the bill would cap duties on steel at 10%.")]
    [InlineData("Exporters must register an account with the customs portal by May, the agency said.")]
    [InlineData("The union asked its members to contribute to a strike fund.")]
    [InlineData("Copyright law was not part of the talks, the minister said.")]
    [InlineData("The plan presented by the ministry would raise the quota for flat steel.")]
    [InlineData("Ann Lee and Bo Park met the trade minister in Seoul to discuss the quotas.")]
    [InlineData("Exports fell 4% in May — Reuters reported, citing customs data.")]
    [InlineData("The farmers' newsletter said the harvest would be the smallest in a decade.")]
    [InlineData("The study was presented by the commission to lawmakers on Tuesday.")]
    [InlineData("Trade Minister Jo Park said the file was passed to the customs agency.")]
    [InlineData("Talks resume in Geneva on May 4, 2026.")]
    [InlineData("The quota stands at 2 million tonnes for exporters in Asia.")]
    [InlineData("Mexico faces a 25% duty on cars made in Puebla from April 3, 2026.")]
    [InlineData("The minister speaks in Oslo on Friday, when she will present the plan.")]
    [InlineData("The regulator said sites that set tracking cookies without asking their readers would be fined.")]
    [InlineData("\"Your browser keeps cookies for months,\" the regulator said.")]
    [InlineData("Biscuit makers warned that duties on cookies from Canada would raise prices for shoppers.")]
    [InlineData("The ministry said it would notify members of the quota before the next round of talks.")]
    public void Article_sentences_that_look_like_furniture_stay(string line) =>
        Assert.Contains(line, Clean($"{Lead}\n{line}\n{Second}").Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Ottawa, March 3, 2026 - Canada will cut its surtax on Chinese canola meal to 5% from April 1, 2026,", "the finance minister said on Tuesday. Farm groups welcomed the move.")]
    [InlineData("The agency said on Monday that quotas on hot-rolled coil would be", "lifted for partners with a signed deal, and that the rest would stay.")]
    public void A_sentence_hard_wrapped_across_lines_is_kept_whole(string first, string second)
    {
        var clean = Clean($"{first}\n{second}");
        Assert.Empty(clean.Removed);
        Assert.Contains(first, clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_wrapped_paragraph_is_one_paragraph_again_and_paragraphs_stay_apart()
    {
        var clean = Clean("The agency said on Monday that quotas on hot-rolled coil would be\nlifted for partners with a signed deal, and that the rest would\nstay in force.\n\n" + Lead);
        Assert.Contains("quotas on hot-rolled coil would be lifted for partners with a signed deal, and that the rest would stay in force.", clean.Text, StringComparison.Ordinal);
        Assert.Contains("stay in force.\n\n" + Lead, clean.Text, StringComparison.Ordinal);
        // Lines a blank line separates are paragraphs, even when the first does not end like a sentence.
        const string Listing = "The ministry listed the goods the quota covers, among them";
        const string Goods = "steel wire, nails and screws from every partner without a signed deal, it said.";
        Assert.Contains($"{Listing}\n\n{Goods}", Clean($"{Lead}\n\n{Listing}\n\n{Goods}\n\n{Second}").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_extracted_from_html_keeps_its_short_lines_and_lists()
    {
        const string Body = "Steel duties rise\nThe ministry set three quotas.\nFlat steel\nSteel wire\n42\n" + Lead;
        var clean = ArticleCleaner.Clean(new SourceReport("t.html", InputFormat.Html, Body, ReportMetadata.Empty, "h", []));
        Assert.Empty(clean.Removed);
        Assert.Contains("Flat steel", clean.Text, StringComparison.Ordinal);
        Assert.Contains("42", clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_above_a_standalone_credit_goes_with_it()
    {
        var clean = Clean($"{Lead}\nThe minister speaks at a news conference in the capital.\nPHOTO: EXAMPLE AGENCY\n{Second}");
        Assert.Equal($"{Lead}\n\n{Second}", clean.Text);
    }

    [Fact]
    public void A_teaser_title_after_a_bare_read_more_goes_but_a_sentence_stays()
    {
        var teaser = Clean($"{Lead}\nREAD MORE:\nWhy importers are stockpiling steel this spring\n{Second}");
        Assert.Equal($"{Lead}\n\n{Second}", teaser.Text);
        var sentence = Clean($"{Lead}\nAlso Read\n{Second}");
        Assert.Equal($"{Lead}\n\n{Second}", sentence.Text);
    }

    [Fact]
    public void A_headline_repeated_above_the_body_goes_everywhere()
    {
        const string headline = "Steel duties to rise next month, ministry says";
        var clean = Clean($"{headline}\n{headline}\n{Lead}\n{Second}");
        Assert.DoesNotContain(headline, clean.Text, StringComparison.Ordinal);
        Assert.Equal(headline, clean.Headline);
    }

    [Fact]
    public void A_standfirst_repeated_in_the_body_is_kept_once()
    {
        var clean = Clean($"{Lead}\n{Lead}\n{Lead} {Second}");
        Assert.Equal(1, CountOf(clean.Text, Lead));
        Assert.Contains(Second, clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailing_list_of_other_stories_goes()
    {
        var body = $"{Lead}\n{Second}\nMore news\nPort strike enters its second week as talks stall\nDockworkers in three cities walked out over plans to automate...\nCouncil approves bus lanes downtown after two years\nThe plan will add twelve kilometres of lanes by the end of...";
        var clean = Clean(body);
        Assert.Equal($"{Lead}\n\n{Second}", clean.Text);
    }

    [Fact]
    public void A_last_line_cut_mid_sentence_is_kept()
    {
        var clean = Clean($"{Lead}\n{Second}\nThe ministry added that exporters who had already signed contracts for delivery would be");
        Assert.EndsWith("would be", clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_date_token_is_stripped_from_the_first_line()
    {
        var clean = Clean($"date 2026-02-03 {Lead}\n{Second}");
        Assert.StartsWith("The trade ministry", clean.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 2, 3), clean.DateCandidates.Single().Date);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
    [Theory]
    [InlineData("VALENCIA (Example Wire) — Spain said on Tuesday it would cut duties on imported steel coils.")]
    [InlineData("(Example TV) — Spain said on Tuesday it would cut duties on imported steel coils.")]
    [InlineData("VALENCIA: Spain said on Tuesday it would cut duties on imported steel coils.")]
    public void Sentences_above_the_dateline_that_opens_the_story_are_captions(string opening)
    {
        const string caption = "Dockworkers unload steel coils at the port of Valencia.";
        const string standfirst = "Madrid will cut steel duties by half, the ministry said.";
        var clean = Clean("Spain cuts steel duties\n" + caption + "\n" + standfirst + "\n" + opening + "\nThe cut takes effect next month and covers coils and sheet.");
        Assert.DoesNotContain(caption, clean.Text, StringComparison.Ordinal);
        Assert.Contains(clean.Removed, r => r.Text == caption && r.Reason == RemovalReason.Caption);
        Assert.Contains("Spain cuts steel duties", clean.Text, StringComparison.Ordinal);
        Assert.Contains(standfirst, clean.Text, StringComparison.Ordinal);
        Assert.Contains(opening, clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_in_capitals_is_no_opening_dateline()
    {
        const string sentence = "Dockworkers unloaded steel coils at the port of Valencia.";
        var clean = Clean("Spain cuts steel duties\n" + sentence + "\nREAD MORE: Spain weighs quotas on steel.\nThe cut takes effect next month and covers coils and sheet.");
        Assert.Contains(sentence, clean.Text, StringComparison.Ordinal);
    }
    [Fact]
    public void An_embedded_post_goes_with_its_signature_and_its_date_is_not_the_reports()
    {
        const string post = "Great day for our port workers, the quota is gone!";
        var clean = Clean("Spain cuts steel duties\nSpain said on Tuesday it would cut duties on imported steel coils.\n" + post
            + "\n— Ana Lima (@analima_es) March 3, 2025\nExporters welcomed the decision, the ministry said.\nMore photos here pic.twitter.com/Ab12Cd");
        Assert.DoesNotContain(post, clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@analima_es", clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("pic.twitter.com", clean.Text, StringComparison.Ordinal);
        Assert.Contains("Exporters welcomed the decision", clean.Text, StringComparison.Ordinal);
        Assert.Equal(3, clean.Removed.Count(r => r.Reason == RemovalReason.Embed));
        Assert.Empty(clean.DateCandidates);
    }

    [Theory]
    [InlineData("This article was originally published on Example News.")]
    [InlineData("With files from Example Press")]
    public void Republication_notes_and_wire_footers_go(string line)
    {
        var clean = Clean("Spain said on Tuesday it would cut duties on imported steel coils.\n" + line);
        Assert.DoesNotContain(line, clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_of_unrelated_news_among_the_articles_lines_goes_and_a_subhead_stays()
    {
        const string subhead = "Exporters brace for higher steel duties";
        const string other = "Marathon winner sets course record despite cold rain";
        var clean = Clean($"{Lead}\n{subhead}\n{Second}\n{other}\nExporters of steel coils said they would cut shipments.");
        Assert.Contains(subhead, clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(other, clean.Text, StringComparison.Ordinal);
        Assert.Contains(RemovalReason.OtherStories, clean.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void A_sentence_that_lost_its_full_stop_is_no_headline_of_other_news()
    {
        const string line = "Harbour Master Lena Holt told crews “nobody sails tonight";
        Assert.Contains(line, Clean($"{Lead}\n{Second}\n{line}").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Video: Marathon winner sets course record")]
    [InlineData("Explainer | How a safeguard quota works")]
    public void A_labelled_teaser_after_the_lead_goes(string line)
    {
        var clean = Clean($"{Lead}\n{line}\n{Second}");
        Assert.Equal($"{Lead}\n\n{Second}", clean.Text);
    }

    [Fact]
    public void A_report_whose_every_line_was_judged_furniture_keeps_its_sentences()
    {
        var lines = new List<string> { "Share", Lead, "Subscribe to our newsletter", Second, "Photo: Lena Holt" };
        RemovalReason?[] verdicts = [RemovalReason.Fragment, RemovalReason.Learnt, RemovalReason.Promo, RemovalReason.Repeated, RemovalReason.Credit];
        ArticleCleaner.KeepProseOfAnEmptiedReport(lines, verdicts);
        Assert.Equal([RemovalReason.Fragment, null, RemovalReason.Promo, null, RemovalReason.Credit], verdicts);
    }

    [Fact]
    public void A_report_that_keeps_a_line_keeps_its_verdicts()
    {
        var lines = new List<string> { Lead, Second };
        RemovalReason?[] verdicts = [null, RemovalReason.Learnt];
        ArticleCleaner.KeepProseOfAnEmptiedReport(lines, verdicts);
        Assert.Equal([null, RemovalReason.Learnt], verdicts);
    }

    [Theory]
    // An image's markup on a line of its own, and the caption that repeats its alt text with a credit after it.
    [InlineData("![Dockworkers unload crates of tea at a quay in Mombasa.](https://img.example.net/quay.jpg)\nDockworkers unload crates of tea at a quay in Mombasa. Photo: Ann Lee/Example Pictures")]
    // Notes about the page rather than the news: who checked it, how it was made, a tip line, an offer's terms.
    [InlineData("Fact-checked by Omar Haddad")]
    [InlineData("Reviewed by Priya Nair")]
    [InlineData("This article was produced with help from automated tools and checked by an editor.")]
    [InlineData("Got a news tip? Write to the desk.")]
    [InlineData("Get unlimited digital access for $2 a month. Cancel anytime.")]
    public void Page_notes_and_image_lines_are_removed_and_the_article_kept(string boilerplate)
    {
        var clean = Clean($"{Lead}\n{boilerplate}\n{Second}");
        Assert.Equal($"{Lead}\n\n{Second}", clean.Text);
    }

    [Fact]
    public void A_lead_that_tells_of_an_event_in_the_past_is_no_caption_of_the_credit_below_it()
    {
        const string lead = "Kenya and Tanzania agreed on Friday to drop their duties on each other's tea for a year.";
        var clean = Clean($"{lead}\nPhoto illustration: Example News; Source: Getty Images\n{Second}");
        Assert.Equal($"{lead}\n\n{Second}", clean.Text);
    }
}
