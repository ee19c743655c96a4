using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests.Claims;

public class ClaimExtractorTests
{
    private static readonly DateOnly Monday = new(2025, 6, 9);

    private static List<T> Extract<T>(string text, DateOnly? published = null)
        where T : ClaimFacts => ClaimsRead.In<T>(text, published);

    [Fact]
    public void Title_before_a_name_gives_a_person_with_role_and_economy()
    {
        var people = Extract<PersonFacts>("Yesterday Finance Minister Anna Kowalski met Chinese Vice Premier Zhou Ming.");
        Assert.Contains(people, p => p.Name == "Anna Kowalski" && p.Role == "Finance Minister");
        Assert.Contains(people, p => p.Name == "Zhou Ming" && p.Role == "Vice Premier" && p.Economy == "CN");
    }

    [Fact]
    public void Titles_of_any_office_before_a_name_give_a_role()
    {
        var people = Extract<PersonFacts>("Solicitor General Ana Ruiz told Justice Tomas Berg that the levy was lawful, and defending champion Lena Holm agreed.");
        Assert.Contains(people, p => p is { Name: "Ana Ruiz", Role: "Solicitor General" });
        Assert.Contains(people, p => p is { Name: "Tomas Berg", Role: "Justice" });
        Assert.Contains(people, p => p.Name == "Lena Holm" && p.Role!.Contains("champion", StringComparison.Ordinal));
        Assert.DoesNotContain(Extract<PersonFacts>("The Justice Department and General Motors filed briefs."), p => p.Name is "Department" or "Motors");
    }

    [Fact]
    public void Apposition_gives_the_role_and_a_later_surname_is_the_same_person()
    {
        const string text = "Maria Lopez, the director of the Port Authority, spoke first. \"We are ready,\" Ms. Lopez said.";
        var people = Extract<PersonFacts>(text);
        Assert.Contains(people, p => p.Name == "Maria Lopez" && p.Role!.Contains("director of the Port Authority", StringComparison.Ordinal));
        var quote = Assert.Single(Extract<QuoteFacts>(text));
        Assert.Equal("Maria Lopez", quote.Speaker);
        Assert.Equal("We are ready", quote.Text);
    }

    [Fact]
    public void Quote_before_and_after_attribution_and_continuation_share_the_speaker()
    {
        const string text = "Trade Secretary Paul Grant spoke to reporters. “Talks were hard,” Grant said. “We will meet again.” Later he said the deal was “almost done”.";
        var quotes = Extract<QuoteFacts>(text);
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Paul Grant", q.Speaker));
        Assert.Contains(quotes, q => q.Text == "almost done");
    }

    [Fact]
    public void Words_in_marks_between_a_determiner_and_their_noun_are_a_label_not_a_quote()
    {
        var quotes = Extract<QuoteFacts>("Trade Secretary Paul Grant spoke on Monday. The current 12 percent “balancing” levy stays, and the “temporary” duties go, he said. Grant called the talks “useful” and promised a “fair” outcome.");
        Assert.DoesNotContain(quotes, q => q.Text is "balancing" or "temporary");
        Assert.Contains(quotes, q => q.Text == "useful");
    }

    [Fact]
    public void A_quote_spoken_by_officials_of_two_economies_is_no_one_economys()
    {
        var quotes = Extract<QuoteFacts>("Negotiators from Japan and Korea described the round as “productive” on Friday.");
        Assert.DoesNotContain(quotes, q => q.Speaker is "Japan" or "Korea");
    }

    [Fact]
    public void He_after_a_sentence_naming_two_people_is_its_subject_not_its_object()
    {
        const string text = "Prime Minister Lena Holm said she had spoken to Finance Minister Tomas Berg about the levy. “We had a good talk,” she added.";
        var quote = Assert.Single(Extract<QuoteFacts>(text));
        Assert.Equal("Lena Holm", quote.Speaker);
    }

    [Fact]
    public void Quoted_names_are_not_quotes_and_unclosed_marks_are_a_gap()
    {
        var result = ClaimExtractor.Extract(new ClaimDocument("d", "The “Freedom Day” tariffs were raised. Trade Secretary Paul Grant said “this never ends and it goes on\nThe talks resume on Friday.", Monday));
        Assert.DoesNotContain(result.Claims, c => c.Facts is QuoteFacts);
        Assert.Contains(result.Gaps, g => g.Code == "unbalanced-quote");
    }

    [Fact]
    public void Tariff_clauses_give_imposer_target_and_rate()
    {
        var tariffs = Extract<TariffFacts>("Japan is charging a 25% tariff on Korean cars, and Korea is putting a 15% tariff on Japanese goods.", Monday);
        Assert.Contains(tariffs, t => t is { Imposer: "JP", Target: "KR", RatePercent: 25, Qualifier: "in-force" });
        Assert.Contains(tariffs, t => t is { Imposer: "KR", Target: "JP", RatePercent: 15 });
    }

    [Theory]
    [InlineData("Peruvian Trade Minister Rosa Vega said Ottawa's 18% tariff on Peruvian copper was unfair.", "CA", "PE", 18)]
    [InlineData("Norway, which pays a 12% duty on salmon sent to Japan, wants relief.", "JP", "NO", 12)]
    [InlineData("Chile is still subject to 9 percent tariffs imposed by Brazil.", "BR", "CL", 9)]
    [InlineData("Mexico will charge a 14% tariff on Korean steel, a Colombian official said.", "MX", "KR", 14)]
    public void Who_imposes_and_who_pays_come_from_the_syntax_not_the_order_of_mentions(string text, string imposer, string target, int rate)
    {
        var tariff = Assert.Single(Extract<TariffFacts>(text, Monday));
        Assert.Equal((imposer, target, (decimal)rate), (tariff.Imposer, tariff.Target, tariff.RatePercent!.Value));
    }

    [Fact]
    public void A_peak_rate_and_a_from_to_change_are_qualified()
    {
        var peak = Extract<TariffFacts>("Ottawa's duties on Mexican steel peaked at 60 percent last year.", Monday);
        Assert.Contains(peak, t => t is { Imposer: "CA", Target: "MX", RatePercent: 60, Qualifier: "peak" });
        var change = Extract<TariffFacts>("Canada cut its tariffs on Mexican goods from 40% to 12%.", Monday);
        Assert.Contains(change, t => t is { RatePercent: 12, FromPercent: 40 });
        Assert.Contains(change, t => t is { RatePercent: 40, Qualifier: "previous" });
    }

    [Fact]
    public void A_share_of_tariffs_is_a_figure_not_a_rate()
    {
        const string text = "Nearly 83% of the duties Chile collected last year fell on goods from Peru.";
        Assert.Empty(Extract<TariffFacts>(text, Monday));
        Assert.Contains(Extract<FigureFacts>(text, Monday), f => f is { Value: 83, Unit: "%" } && f.Subject.Contains("share of duties", StringComparison.Ordinal));
    }

    [Fact]
    public void Averages_and_estimates_are_figures_not_rates()
    {
        var average = Extract<ClaimFacts>("The average Peruvian tariff on Chilean imports now stands at 17.4%.", Monday);
        Assert.DoesNotContain(average, c => c is TariffFacts);
        Assert.Contains(average, c => c is FigureFacts { Value: 17.4m } f && f.Subject.Contains("average", StringComparison.Ordinal));
        var estimate = Extract<ClaimFacts>("Chile's duties on Peruvian copper, estimated at 12 percent, hurt miners.", Monday);
        Assert.DoesNotContain(estimate, c => c is TariffFacts);
        Assert.Contains(estimate, c => c is FigureFacts { Value: 12 });
    }

    [Fact]
    public void A_fall_in_trade_near_a_tariff_noun_is_no_rate()
    {
        var claims = Extract<ClaimFacts>("Peru's exports to Chile fell 18% after the new tariffs.", Monday);
        Assert.DoesNotContain(claims, c => c is TariffFacts);
        Assert.Contains(claims, c => c is FigureFacts { Value: -18, Unit: "%" });
    }

    [Fact]
    public void Points_taken_off_a_rate_are_a_change_not_a_rate()
    {
        var points = Extract<ClaimFacts>("Chile will cut its tariffs on Peruvian goods by 14 percentage points.", Monday);
        Assert.DoesNotContain(points, c => c is TariffFacts { RatePercent: 14 });
        Assert.Contains(points, c => c is FigureFacts { Value: 14, Unit: "pp" } f && f.Subject.EndsWith("reduction", StringComparison.Ordinal));
        var part = Extract<TariffFacts>("Chile will suspend 14% of the 20% levy on Peruvian goods.", Monday);
        Assert.DoesNotContain(part, t => t.RatePercent == 14);
        Assert.Contains(part, t => t is { RatePercent: null, ChangePoints: 14, Imposer: "CL", Target: "PE" });
    }

    [Fact]
    public void A_clause_without_economies_keeps_the_parties_of_the_last_tariff()
    {
        const string text = "Chile imposed a 20% tariff on Peruvian copper. Peru is Chile's neighbour. Peru sells fish. Peru sells fruit. The 20% tariffs are due to take effect on Friday.";
        var tariffs = Extract<TariffFacts>(text, Monday);
        Assert.All(tariffs, t => Assert.Equal(("CL", "PE"), (t.Imposer, t.Target)));
        Assert.Contains(tariffs, t => t.Qualifier == "announced" && t.Inferred!.Contains("parties"));
        Assert.Contains(tariffs, t => t.Qualifier != "announced" && t.Inferred is null);
    }

    [Fact]
    public void An_absurd_rate_is_a_gap_not_a_claim()
    {
        var result = ClaimExtractor.Extract(new ClaimDocument("d", "Japan put a 1,000,000% tariff on Korean goods.", Monday));
        Assert.DoesNotContain(result.Claims, c => c.Facts is TariffFacts);
        Assert.Contains(result.Gaps, g => g.Code == "implausible-rate");
    }

    [Fact]
    public void Meeting_place_venue_and_relative_date_resolve_against_publication()
    {
        var meetings = Extract<MeetingFacts>("Officials met at Hillcrest House in Geneva on Friday to discuss steel.", Monday);
        var meeting = Assert.Single(meetings);
        Assert.Equal("Geneva", meeting.Place);
        Assert.Equal("Hillcrest House", meeting.Venue);
        Assert.Equal(new ClaimDate(2025, 6, 6), meeting.Start);
    }

    [Fact]
    public void Impossible_dates_and_missing_publication_dates_are_gaps()
    {
        var result = ClaimExtractor.Extract(new ClaimDocument("d", "The deadline is February 30. Officials met in Geneva on Monday."));
        Assert.Contains(result.Gaps, g => g.Code == "bad-date");
        Assert.Contains(result.Gaps, g => g.Code == "no-publication-date");
        Assert.DoesNotContain(result.Claims, c => c.Facts is DeadlineFacts);
        Assert.All(result.Claims.Select(c => c.Facts).OfType<MeetingFacts>(), m => Assert.Null(m.Start));
    }

    [Fact]
    public void A_ten_thousand_character_sentence_is_cut_and_reported()
    {
        var text = "Officials said " + string.Concat(Enumerable.Repeat("and talks went on ", 600)) + "without end.";
        var result = ClaimExtractor.Extract(new ClaimDocument("d", text, Monday));
        Assert.True(text.Length > 10_000);
        Assert.Contains(result.Gaps, g => g.Code == "long-sentence");
        Assert.All(result.Claims, c => Assert.InRange(c.Span.End, 0, text.Length));
    }

    [Fact]
    public void Export_controls_and_licences_are_found_with_their_items()
    {
        const string text = "Japan imposed export controls on four rare-earth metals, namely neodymium, samarium, terbium and yttrium. Tokyo said it had granted some export licences for magnets.";
        var controls = Extract<ExportControlFacts>(text, Monday);
        Assert.Contains(controls, c => c.Imposer == "JP" && c.Count == 4 && c.Items.Contains("terbium"));
        var licence = Assert.Single(Extract<LicenceFacts>(text, Monday));
        Assert.Equal("granted", licence.Action);
        Assert.Equal("JP", licence.Imposer);
    }

    [Theory]
    [InlineData("Seoul said exporters of tungsten must now obtain a licence for each shipment to the US.", "required", "KR")]
    [InlineData("Ottawa said Canadian sellers of potash will need to apply for export licences from July.", "required", "CA")]
    [InlineData("Tokyo said licences for photoresists would be granted to three buyers.", "granted", "JP")]
    [InlineData("Canberra said the export license was refused after a review.", "denied", "AU")]
    public void Licences_are_read_from_a_licence_to_obtain_and_a_decision_after_it(string text, string action, string imposer)
    {
        var licence = Assert.Single(Extract<LicenceFacts>(text, Monday));
        Assert.Equal(action, licence.Action);
        Assert.Equal(imposer, licence.Imposer);
    }

    [Theory]
    [InlineData("Seoul said the licence fee for the port was raised on Monday.")]
    [InlineData("Ottawa said the licensing talks were held in private.")]
    public void A_licence_with_no_decision_or_obligation_is_no_licence_claim(string text) =>
        Assert.Empty(Extract<LicenceFacts>(text, Monday));

    [Fact]
    public void Figures_carry_sign_unit_and_period()
    {
        var figures = Extract<FigureFacts>("Japan's exports to Canada fell 12% in May from a year earlier. Its imports rose to $4.5 billion.", Monday);
        Assert.Contains(figures, f => f is { Value: -12, Unit: "%", Period: "2025-05", Comparison: "y/y" } && f.Subject == "Japan exports to Canada");
        Assert.Contains(figures, f => f is { Value: 4.5m, Unit: "USD bn" } && f.Subject.StartsWith("Japan", StringComparison.Ordinal));
    }

    [Fact]
    public void Levels_trade_flows_and_second_amounts_take_the_phrase_they_measure()
    {
        var figures = Extract<FigureFacts>(
            "Brazil's coffee exports totalled $9.1 billion in 2023. Peru's imports from Chile rose 6% to $2.4 billion. "
            + "Norway imported 3 million tonnes of salmon feed from Iceland last year. Korea's chip sales, worth $12 billion, slipped.", Monday);
        Assert.Contains(figures, f => f is { Value: 9.1m, Unit: "USD bn", Period: "2023" } && f.Subject == "Brazil coffee exports");
        Assert.Contains(figures, f => f is { Value: 6, Unit: "%" } && f.Subject == "Peru imports from Chile");
        Assert.Contains(figures, f => f is { Value: 2.4m, Unit: "USD bn" } && f.Subject == "Peru imports from Chile");
        Assert.Contains(figures, f => f is { Value: 3_000_000, Unit: "t", Period: "2024" } && f.Subject == "Norway imports of salmon feed from Iceland");
        Assert.Contains(figures, f => f is { Value: 12, Unit: "USD bn" } && f.Subject.EndsWith("Korea chip sales", StringComparison.Ordinal));
    }

    [Fact]
    public void Shares_written_as_fractions_or_words_are_figures_with_their_whole()
    {
        var figures = Extract<FigureFacts>("Chile supplies about a third of Peru's copper imports. Fares rose four per cent.", Monday);
        Assert.Contains(figures, f => f is { Value: 33.3m, Unit: "%" } && f.Subject.Contains("share of Peru copper imports", StringComparison.Ordinal));
        Assert.Contains(figures, f => f is { Value: 4, Unit: "%" });
    }

    [Fact]
    public void A_day_after_a_limit_word_is_a_deadline_only_for_something_that_can_fall_due()
    {
        Assert.Contains(Extract<DeadlineFacts>("The pause on the levy runs until June 30.", Monday), d => d.Date.ToString() == "2025-06-30");
        Assert.Empty(Extract<DeadlineFacts>("The minister stayed in Oslo until June 30.", Monday));
    }

    [Fact]
    public void Spans_point_at_the_text_the_claim_came_from()
    {
        const string text = "Intro line.\nJapan is charging a 25% tariff on Korean cars.";
        var claim = ClaimExtractor.Extract(new ClaimDocument("d", text, Monday)).Claims.Single(c => c.Facts is TariffFacts);
        Assert.Contains("25% tariff", text[claim.Span.Start..claim.Span.End], StringComparison.Ordinal);
    }

    [Fact]
    public void The_economy_that_pays_a_duty_is_its_target_and_the_one_goods_are_shipped_to_its_imposer()
    {
        var tariff = Assert.Single(Extract<TariffFacts>("Brazil currently pays a 40% duty on most coffee shipped to Japan.", Monday));
        Assert.Equal(("JP", "BR", 40m), (tariff.Imposer, tariff.Target, tariff.RatePercent));
        Assert.Equal("coffee", tariff.Products);
    }

    [Fact]
    public void A_rate_being_weighed_is_threatened_not_in_force()
    {
        var tariff = Assert.Single(Extract<TariffFacts>("Ottawa is weighing raising its tariff on Mexican steel to 35%.", Monday));
        Assert.Equal("threatened", tariff.Qualifier);
        Assert.Equal(("CA", "MX"), (tariff.Imposer, tariff.Target));
    }

    [Fact]
    public void The_goods_after_on_narrow_a_tariff_and_general_words_do_not()
    {
        var narrow = Assert.Single(Extract<TariffFacts>("India imposes a 12% tariff on Korean solar panels.", Monday));
        Assert.Equal("solar panels", narrow.Products);
        var general = Assert.Single(Extract<TariffFacts>("India imposes a 12% tariff on all Korean goods.", Monday));
        Assert.Equal("all", general.Products);
    }

    [Fact]
    public void A_second_predicate_keeps_its_own_date()
    {
        var tariff = Assert.Single(Extract<TariffFacts>("Seoul cut its duties on Indian goods to 8 percent and ended the levies it had placed on rice in February.", Monday));
        Assert.Equal(8m, tariff.RatePercent);
        Assert.NotEqual(2, tariff.AsOf?.Month);
    }

    [Fact]
    public void Occupations_before_a_name_are_roles_and_do_not_reach_into_the_sentence_before()
    {
        const string text = "Prices rose, customs broker Ana Reyes of Delta Freight said. \"It is hard,\" said analyst Omar Haddad at Westgate Research. Trade lawyer Ines Roth expects appeals. Economist Karl Vogt of Nordbank said demand would slow.";
        var people = Extract<PersonFacts>(text, Monday);
        Assert.Contains(people, p => p.Name == "Ana Reyes" && p.Role!.Contains("customs broker", StringComparison.Ordinal));
        Assert.Contains(people, p => p.Name == "Omar Haddad" && p.Role!.Contains("analyst", StringComparison.Ordinal));
        Assert.Contains(people, p => p.Name == "Ines Roth" && p.Role!.StartsWith("Trade lawyer", StringComparison.Ordinal));
        Assert.Contains(people, p => p.Name == "Karl Vogt" && p.Role!.Contains("Economist", StringComparison.Ordinal));
        Assert.DoesNotContain(people, p => p.Name.StartsWith("Economist", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_start_or_end_word_takes_the_day_that_follows_it_in_its_clause()
    {
        var deadlines = Extract<DeadlineFacts>(
            "Levies on imported bicycles are due to kick in at noon on Friday, with the duties on spare parts set to start at 9 a.m. on July 1. The waiver runs out June 30.",
            Monday);
        Assert.Contains(deadlines, d => d.Date == new ClaimDate(2025, 6, 13) && d.Subject.Contains("bicycles", StringComparison.Ordinal));
        Assert.Contains(deadlines, d => d.Date == new ClaimDate(2025, 7, 1) && d.Subject.Contains("spare parts", StringComparison.Ordinal) && !d.Subject.Contains("bicycles", StringComparison.Ordinal));
        Assert.Contains(deadlines, d => d.Date == new ClaimDate(2025, 6, 30));
        Assert.Equal(3, deadlines.Count);
    }

    [Fact]
    public void A_day_with_no_start_or_end_word_is_no_deadline() => Assert.Empty(Extract<DeadlineFacts>("Ministers met on July 1 and spoke again on July 3.", Monday));

    [Fact]
    public void Every_economy_of_a_coordinated_target_is_a_target_of_the_subject()
    {
        var tariffs = Extract<TariffFacts>("Trade Minister Hana Sato, of Japan, has ordered 12% duties on imports from Chile and Peru.", Monday);
        Assert.Contains(tariffs, t => t is { Imposer: "JP", Target: "CL", RatePercent: 12 });
        Assert.Contains(tariffs, t => t is { Imposer: "JP", Target: "PE", RatePercent: 12 });
        Assert.DoesNotContain(tariffs, t => t.Imposer is "CL" or "PE");
    }

    [Fact]
    public void Goods_imported_into_an_economy_with_no_origin_named_come_from_every_economy()
    {
        var tariffs = Extract<TariffFacts>("Korea talks with Japan continue. The duty on bicycles imported into Korea is 8%.", Monday);
        var tariff = Assert.Single(tariffs);
        Assert.Equal(("KR", "*", 8m), (tariff.Imposer, tariff.Target, tariff.RatePercent));
    }

    [Fact]
    public void A_rate_in_a_clause_naming_no_party_is_not_given_the_report_s_main_economies()
    {
        const string text = "Japan and Korea held talks on Monday about fishing rights. Officials said they were hopeful. The 25% automobile tariffs take effect on Thursday.";
        var doc = ClaimExtractor.Extract(new ClaimDocument("d", text, Monday));
        Assert.DoesNotContain(doc.Claims, c => c.Facts is TariffFacts);
        Assert.Contains(doc.Gaps, g => g.Code == "tariff-parties");
        // One party read, the other the report's counterpart: kept, and said to be inferred.
        var tariffs = Extract<TariffFacts>("Japan and Korea held talks on Monday. A 25% tariff on Korean cars takes effect on Thursday.", Monday);
        var t = Assert.Single(tariffs);
        Assert.Equal(("JP", "KR"), (t.Imposer, t.Target));
        Assert.Contains("parties", t.Inferred!);
    }

    [Fact]
    public void Amounts_in_words_after_the_number_and_scaled_counts_are_figures()
    {
        var figures = Extract<FigureFacts>("Profit at the carrier rose to 640 million euros, while revenue climbed to €3.1bn. Passenger numbers grew to 41.2m in the quarter.", Monday);
        Assert.Contains(figures, f => f.Value == 640m && f.Unit == "EUR m");
        Assert.Contains(figures, f => f.Value == 3.1m && f.Unit == "EUR bn");
        Assert.Contains(figures, f => f.Value == 41.2m && f.Unit == "m" && f.Subject.Contains("Passenger", StringComparison.Ordinal));
    }

    [Fact]
    public void Restricted_sales_to_an_economy_are_an_export_control_and_sales_at_home_are_not()
    {
        var controls = Extract<ExportControlFacts>("Last month the Japanese government said it would restrict sales of Zeta-9 processors to Korea.", Monday);
        var control = Assert.Single(controls);
        Assert.Equal(("JP", "KR"), (control.Imposer, control.Target));
        Assert.Contains(control.Items, i => i.Contains("zeta-9", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(Extract<ExportControlFacts>("The Japanese government said it would restrict sales of fireworks before the festival.", Monday));
        // A seat of government written with a capital article at a sentence's start is its economy.
        var fromSeat = Assert.Single(Extract<ExportControlFacts>("The White House said in May it would restrict sales of Zeta-9 processors to Korea.", Monday));
        Assert.Equal(("US", "KR"), (fromSeat.Imposer, fromSeat.Target));
    }

    [Fact]
    public void A_figure_of_the_company_a_report_is_about_is_the_company_s()
    {
        const string text = "Skyway Air chief executive Lena Holm presented the results. The Danish carrier reported profits after tax of 410 million euros. Revenues rose 12 per cent. Skyway Air shares fell 3%.";
        var figures = Extract<FigureFacts>(text, Monday);
        Assert.Contains(figures, f => f is { Value: 410m, Unit: "EUR m" } && f.Subject.StartsWith("Skyway Air", StringComparison.Ordinal) && f.Subject.Contains("profits after tax", StringComparison.Ordinal));
        Assert.Contains(figures, f => f is { Value: 12m, Unit: "%" } && f.Subject == "Skyway Air Revenues");
        Assert.Contains(figures, f => f is { Value: -3m, Unit: "%" } && f.Subject.Contains("share price", StringComparison.Ordinal));
        Assert.DoesNotContain(figures, f => f.Subject.Contains("Denmark", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_and_its_spokesperson_speak_for_it()
    {
        const string text = "Orbis Chips shares rose on Monday. “Orders are strong,” the company said in a blog. “We follow every rule,” a spokesperson told reporters. Orbis Chips makes memory.";
        var quotes = Extract<QuoteFacts>(text, Monday);
        Assert.Contains(quotes, q => q is { Speaker: "Orbis Chips", Text: "Orders are strong" });
        Assert.Contains(quotes, q => q is { Speaker: "Orbis Chips spokesperson", Text: "We follow every rule" });
        // A report that names no company twice has no company for "the company" to stand for.
        Assert.DoesNotContain(Extract<QuoteFacts>("“Orders are strong,” the company said.", Monday), q => q.Speaker.Length > 0 && q.Speaker != "the company");
    }

    [Fact]
    public void A_quotation_left_open_runs_to_the_end_of_its_paragraph_when_that_ends_a_sentence_or_the_text()
    {
        const string text = "Trade Secretary Paul Grant said: “We expect the duties to fall by the summer.\n\nHe added: “Nothing is settled yet.”\n\nGrant later called for “a calm and steady relationship with our neighb";
        var result = ClaimExtractor.Extract(new ClaimDocument("d", text, Monday));
        var quotes = result.Claims.Select(c => c.Facts).OfType<QuoteFacts>().ToList();
        Assert.Contains(quotes, q => q is { Speaker: "Paul Grant", Text: "We expect the duties to fall by the summer." });
        Assert.Contains(quotes, q => q is { Speaker: "Paul Grant", Text: "Nothing is settled yet." });
        Assert.Contains(quotes, q => q.Text.StartsWith("a calm and steady", StringComparison.Ordinal));
        Assert.Contains(result.Gaps, g => g.Code == "cut-quote");
    }

    [Fact]
    public void Words_in_marks_after_a_possessive_are_a_label_not_a_quote()
    {
        var quotes = Extract<QuoteFacts>("Premier Ana Ruiz said the plan would fail. She attacked Grant’s “fair duties” in a speech, saying “they will hurt farmers”.", Monday);
        Assert.DoesNotContain(quotes, q => q.Text == "fair duties");
        Assert.Contains(quotes, q => q.Text == "they will hurt farmers");
    }

    [Fact]
    public void A_date_in_another_clause_is_not_the_meeting_s()
    {
        var meeting = Assert.Single(Extract<MeetingFacts>("The negotiations, held in Madrid, came as a ceasefire agreed in May was about to lapse.", Monday));
        Assert.Equal("Madrid", meeting.Place);
        Assert.Null(meeting.Start);
        var dated = Assert.Single(Extract<MeetingFacts>("The negotiations, held in Madrid on May 12, came as a ceasefire was about to lapse.", Monday));
        Assert.Equal(new ClaimDate(2025, 5, 12), dated.Start);
    }

    [Fact]
    public void Amounts_in_other_dollars_keep_their_currency()
    {
        var figures = Extract<FigureFacts>("Ottawa said exports rose to C$41 billion, while the fund grew to 12 billion Australian dollars and sales fell to HK$3.5bn.", Monday);
        Assert.Contains(figures, f => f is { Value: 41m, Unit: "CAD bn" });
        Assert.Contains(figures, f => f is { Value: 12m, Unit: "AUD bn" });
        Assert.Contains(figures, f => f is { Value: 3.5m, Unit: "HKD bn" });
        Assert.DoesNotContain(figures, f => f.Unit.StartsWith("USD", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_up_from_another_is_the_same_measure_earlier()
    {
        var figures = Extract<FigureFacts>("Vietnam's exports to Japan rose to $8.2 billion, up from $6.9 billion.", Monday);
        var earlier = Assert.Single(figures, f => f.Value == 6.9m);
        Assert.Equal(Assert.Single(figures, f => f.Value == 8.2m).Subject, earlier.Subject);
    }

    [Fact]
    public void A_figure_s_subject_is_the_noun_phrase_its_verb_or_noun_attaches_to()
    {
        var figures = Extract<FigureFacts>(
            "South Korea's chip exports jumped 31% year-on-year to $11 billion in March. "
            + "Toyota said operating profit for the fiscal third quarter dropped 12% to 1.1 trillion yen. "
            + "Rice prices in Manila have surged 25% since January. "
            + "Trade between Ireland and the United States totalled €200 billion in 2023. "
            + "The shipbuilder took a $2.1 billion charge on cancelled orders. "
            + "Imports of Korean washing machines into Canada slumped 40% after the duty took effect.", Monday);
        Assert.Contains(figures, f => f is { Value: 11, Unit: "USD bn" } && f.Subject == "South Korea chip exports");
        Assert.Contains(figures, f => f is { Value: -12, Unit: "%" } && f.Subject == "Toyota operating profit");
        Assert.Contains(figures, f => f is { Value: 1.1m, Unit: "JPY tn" } && f.Subject == "Toyota operating profit");
        Assert.Contains(figures, f => f is { Value: 25, Unit: "%" } && f.Subject == "Rice prices in Manila");
        Assert.Contains(figures, f => f is { Value: 200, Unit: "EUR bn" } && f.Subject.StartsWith("Trade between Ireland and", StringComparison.Ordinal));
        Assert.Contains(figures, f => f is { Value: 2.1m, Unit: "USD bn" } && f.Subject == "shipbuilder charge");
        Assert.Contains(figures, f => f is { Value: -40, Unit: "%" } && f.Subject.Contains("washing machines into Canada", StringComparison.Ordinal));
        Assert.DoesNotContain(figures, f => f.Subject.Contains("Korea", StringComparison.Ordinal) && f.Subject.Contains("Toyota", StringComparison.Ordinal));
    }

    [Fact]
    public void Changes_named_by_nouns_and_fractions_take_what_changed()
    {
        var figures = Extract<FigureFacts>(
            "Profit at the ferry line rose 30% in the spring, alongside an 8% increase in ticket prices. "
            + "A rise of 14% in Irish drug exports lifted the surplus. "
            + "Sales fell by a third. "
            + "The bank cut its forecast for Swiss growth from 1.4% to 1.1%.", Monday);
        Assert.Contains(figures, f => f is { Value: 8, Unit: "%" } && f.Subject.EndsWith("ticket prices", StringComparison.Ordinal));
        Assert.Contains(figures, f => f is { Value: 14, Unit: "%" } && f.Subject.Contains("Ireland drug exports", StringComparison.Ordinal));
        Assert.Contains(figures, f => f is { Value: -33.3m, Unit: "%" } && f.Subject.Contains("Sales", StringComparison.Ordinal));
        Assert.Contains(figures, f => f is { Value: 1.1m, Unit: "%" } && f.Subject.Contains("forecast for Switzerland growth", StringComparison.Ordinal));
    }

    [Fact]
    public void An_apposed_change_belongs_to_the_figure_before_it_and_an_economy_is_not_borrowed_from_far_back()
    {
        var figures = Extract<FigureFacts>(
            "Argentina shipped 4.1 million tonnes of beef abroad in 2024, a 12% increase on the year before. "
            + "The weather was mild. Farmers were busy. Harvests were late. "
            + "The carmaker's net income slid 30% to $2.2 billion.", Monday);
        var tonnes = Assert.Single(figures, f => f.Unit == "t");
        Assert.Contains(figures, f => f is { Value: 12, Unit: "%" } && f.Subject == tonnes.Subject);
        Assert.Contains(figures, f => f is { Value: -30, Unit: "%" } && f.Subject.Contains("net income", StringComparison.Ordinal) && !f.Subject.Contains("Argentina", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_at_a_seat_of_government_has_its_city_and_day_and_a_wished_for_meeting_is_none()
    {
        var meeting = Assert.Single(Extract<MeetingFacts>("The chief executive met President Ana Silva at the White House on Wednesday to discuss chip exports.", Monday));
        Assert.Equal("Washington", meeting.Place);
        Assert.Equal(new ClaimDate(2025, 6, 4), meeting.Start);
        Assert.Empty(Extract<MeetingFacts>("Officials said the two leaders could meet in Geneva later this year.", Monday));
    }

    [Fact]
    public void A_participle_clause_figure_is_its_sentence_s_and_a_month_is_no_owner()
    {
        var figures = Extract<FigureFacts>(
            "Vessel orders at the yard doubled in May. "
            + "Peru's coffee exports to Japan have halved since 2019, falling to $300 million. "
            + "The ferry line carried 2.5 million passengers in July.", Monday);
        Assert.Contains(figures, f => f is { Value: 300, Unit: "USD m" } && f.Subject.StartsWith("Peru coffee exports", StringComparison.Ordinal));
        Assert.Contains(figures, f => f is { Value: 2.5m, Unit: "m" } && f.Subject.StartsWith("ferry line passengers", StringComparison.Ordinal));
    }
}
