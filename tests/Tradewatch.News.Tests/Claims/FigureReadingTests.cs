using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests.Claims;

/// <summary>
/// How a figure is read: its unit (the currency from the ISO 4217 lexicon, the scale), numbers written in words, and
/// the subject the amount measures. Every sentence is written for these tests; none comes from a corpus article.
/// </summary>
public class FigureReadingTests
{
    private static readonly DateOnly Published = new(2025, 10, 6);

    private static List<FigureFacts> Figures(string text) => ClaimsRead.In<FigureFacts>(text, Published);

    /// <summary>Asserts that a figure read from <paramref name="sentence"/> matches, naming what was read when none does.</summary>
    private static void AssertReads(string sentence, Func<FigureFacts, bool> match)
    {
        var figures = Figures(sentence);
        Assert.True(figures.Exists(f => match(f)), string.Join("; ", figures.Select(x => $"{x.Value} {x.Unit} [{x.Subject}]")));
    }

    [Theory]
    [InlineData("Malaysia's palm oil exports rose to 9.4 billion ringgit in July.", 9.4, "MYR bn")]
    [InlineData("Poland's car exports climbed to 31 billion zlotys last year.", 31, "PLN bn")]
    [InlineData("Kenya's tea exports fell to 180 billion Kenyan shillings in 2024.", 180, "KES bn")]
    [InlineData("Sweden's timber exports reached 42 billion Swedish kronor in 2024.", 42, "SEK bn")]
    [InlineData("Taiwan's chip exports rose to 1.2 trillion New Taiwan dollars in August.", 1.2, "TWD tn")]
    [InlineData("Chile's copper exports fell to 40 billion Chilean pesos in March.", 40, "CLP bn")]
    [InlineData("Brazil's soy exports rose to R$80 billion in 2024.", 80, "BRL bn")]
    [InlineData("Turkey's steel exports grew to 95 billion lira in June.", 95, "TRY bn")]
    [InlineData("India's rice exports rose to ₹1.1 trillion last year.", 1.1, "INR tn")]
    [InlineData("Indonesia's nickel exports climbed to IDR 300 trillion in 2024.", 300, "IDR tn")]
    [InlineData("Norway's salmon exports rose to 120 billion NOK in 2024.", 120, "NOK bn")]
    public void A_currency_is_read_from_the_iso_lexicon(string sentence, double value, string unit) => Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == unit);

    [Theory]
    // A shared noun takes the currency of the economy written before it; alone, the default of its hand row.
    [InlineData("Canada's lumber exports fell to 12 billion Canadian dollars in May.", "CAD bn")]
    [InlineData("Singapore's electronics exports rose to 15 billion Singapore dollars in May.", "SGD bn")]
    [InlineData("Swiss watch exports fell to 2 billion Swiss francs in May.", "CHF bn")]
    [InlineData("Vietnam's coffee exports rose to 5 billion dollars in May.", "USD bn")]
    [InlineData("Ghana's cocoa exports rose to 3 billion US dollars in May.", "USD bn")]
    public void A_shared_currency_noun_is_read_with_the_economy_before_it(string sentence, string unit) => Assert.Contains(Figures(sentence), f => f.Unit == unit);

    [Theory]
    // Three capitals that are no currency code are no currency.
    [InlineData("Peru's GDP 3.1% growth surprised economists in May.")]
    [InlineData("Exports to the ASEAN 12 billion market rose in May.")]
    public void Three_capitals_that_are_no_currency_code_give_no_currency(string sentence) => Assert.DoesNotContain(Figures(sentence), f => f.Unit.Length > 4 && !f.Unit.StartsWith('%'));

    [Theory]
    [InlineData("Morocco's phosphate exports rose twenty-five per cent in May.", 25)]
    [InlineData("Ecuador's shrimp exports fell thirteen percent in May.", -13)]
    [InlineData("Uruguay's beef exports rose to half a billion dollars in May.", 0.5)]
    [InlineData("Egypt's cotton exports grew to forty-two million dollars in May.", 42)]
    public void A_number_in_words_is_read(string sentence, double value) => Assert.Contains(Figures(sentence), f => f.Value == (decimal)value);

    [Fact]
    public void The_country_is_the_economy_named_just_before()
    {
        var figures = Figures("Ghana's cocoa exports rose 9% in May. The country posted a trade surplus of $1.4 billion in May.");
        Assert.Contains(figures, f => f is { Value: 1.4m, Unit: "USD bn" } && f.Subject == "Ghana trade surplus");
    }

    [Theory]
    [InlineData("The airline took delivery of 14 aircraft in May.", 14, "aircraft")]
    [InlineData("The smelter employs 3,200 workers near the port.", 3200, "workers")]
    [InlineData("A quota of 80,000 trucks will enter duty-free.", 80000, "trucks")]
    public void A_count_is_measured_in_the_noun_after_it(string sentence, double value, string unit) => Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == unit);

    [Theory]
    // The head of the phrase the number quantifies: a plural in -s, a noun counted without -s, after up to two modifiers.
    [InlineData("The mining firm laid off 640 staff at its northern pits.", 640, "staff")]
    [InlineData("The navy has stationed about 2,400 sailors off the coast.", 2400, "sailors")]
    [InlineData("Nine of the 14 member states voted for the levy.", 14, "states")]
    [InlineData("The ferry operator grounded 11 hovercraft after the storm.", 11, "hovercraft")]
    [InlineData("The customs agency recruited 900 personnel for the ports.", 900, "personnel")]
    public void A_count_is_the_head_noun_the_number_quantifies(string sentence, double value, string unit) => Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == unit);

    [Theory]
    [InlineData("The Nikkei index slid 310 points on the news.", -310, "points")]
    [InlineData("The central bank raised rates by 50 basis points to 4.5%.", 50, "bp")]
    [InlineData("Temperatures in the port city hit 44C in July.", 44, "C")]
    [InlineData("Water temperatures rose to 31 degrees Celsius in July.", 31, "C")]
    [InlineData("Readings in the valley reached 112°F in July.", 112, "F")]
    public void Points_and_temperatures_have_their_own_units(string sentence, double value, string unit) => Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == unit);

    [Fact]
    public void A_count_s_subject_is_its_noun_with_the_verb_and_where_it_goes()
    {
        var figure = Assert.Single(Figures("The coast guard deployed 300 cutters to the northern straits."));
        Assert.Equal(("coast guard cutters deployed to northern straits", 300m, "cutters"), (figure.Subject, figure.Value, figure.Unit));
    }

    [Theory]
    // A noun that takes the count as its size keeps what it counts; named modifiers are part of the counted phrase.
    [InlineData("The pact sets a quota of 50,000 Japanese trucks.", 50000, "trucks", "quota of Japan trucks")]
    [InlineData("About 4,000 National Guard troops patrolled the capital.", 4000, "troops", "National Guard troops")]
    public void A_count_s_subject_keeps_the_noun_it_is_the_size_of(string sentence, double value, string unit, string subject) =>
        Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == unit && f.Subject == subject);

    [Theory]
    [InlineData("The cyclist broke clear of the pack after 40 kilometres and won alone.")]
    [InlineData("The rules apply in 12 provinces from next year.")]
    public void A_count_after_a_preposition_is_an_adverbial_not_a_figure(string sentence) => Assert.Empty(Figures(sentence));

    [Fact]
    public void A_count_that_a_passive_verb_follows_is_measured_with_that_verb() =>
        Assert.Contains(Figures("The governor said about 1,500 reservists were deployed to the harbour district."), f => f is { Value: 1500m, Unit: "reservists" } && f.Subject == "reservists deployed to harbour district");

    [Fact]
    public void A_noun_after_an_amount_keeps_its_prepositional_phrase() =>
        Assert.Contains(Figures("The miner expects to book a $2.1 billion hit in unsold inventory for its second quarter."), f => f.Subject.Contains("hit in unsold inventory", StringComparison.Ordinal));

    [Fact]
    public void A_verb_of_reach_covers_goods_only_when_a_measure_is_its_subject()
    {
        Assert.Contains(Figures("The duties hit $34 billion of Korean goods."), f => f.Subject.EndsWith("covered by tariffs", StringComparison.Ordinal));
        Assert.DoesNotContain(Figures("The retailer became the first company to hit $3 trillion in market value."), f => f.Subject.Contains("tariffs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_that_a_subject_grows_to_is_that_subject_s_level() =>
        Assert.Contains(Figures("The ferry company's fleet grew to 52 vessels in May."), f => f is { Value: 52m, Unit: "vessels" } && f.Subject.EndsWith("fleet", StringComparison.Ordinal));

    [Theory]
    // A bare "$" is the outlet's own dollar where its country's press writes it so; elsewhere, and as "US$", it is USD.
    [InlineData("https://news.example.ca/business/lumber", "Lumber exports fell to $2.2 billion in May.", "CAD bn")]
    [InlineData("https://news.example.com.au/business/wool", "Wool exports fell to $2.2 billion in May.", "AUD bn")]
    [InlineData("https://news.example.ca/business/lumber", "Lumber exports fell to US$2.2 billion in May.", "USD bn")]
    [InlineData("https://news.example.com/business/lumber", "Lumber exports fell to $2.2 billion in May.", "USD bn")]
    [InlineData("https://news.example.tv/business/lumber", "Lumber exports fell to $2.2 billion in May.", "USD bn")]
    [InlineData(null, "Lumber exports fell to $2.2 billion in May.", "USD bn")]
    public void A_bare_dollar_sign_is_the_outlet_s_own_dollar(string? url, string sentence, string unit)
    {
        var document = new ClaimDocument("d", sentence, Published) { Url = url };
        var figures = ClaimExtractor.Extract(document).Claims.Select(c => c.Facts).OfType<FigureFacts>();
        Assert.Contains(figures, f => f is { Value: 2.2m } && f.Unit == unit);
    }

    [Theory]
    [InlineData("Section 301 tariffs on Peruvian textiles stay.")]
    [InlineData("Analysts expect 2026 shipments to slow.")]
    [InlineData("The talks may take 3 weeks.")]
    public void A_number_that_names_a_law_a_year_or_a_time_counts_nothing(string sentence) => Assert.Empty(Figures(sentence));

    [Theory]
    [InlineData("Peru is the biggest supplier of copper to Norway, accounting for about 40% of imports last year.", "Peru share of imports")]
    public void A_share_after_a_participle_is_of_the_clause_s_subject(string sentence, string subject) => Assert.Contains(Figures(sentence), f => f.Subject == subject && f.Unit == "%");

    [Fact]
    public void A_record_level_is_of_the_verb_s_subject() => Assert.Contains(Figures("Peru's copper revenue hit a record $9 billion in May."), f => f.Subject == "Peru copper revenue" && f.Value == 9);

    [Fact]
    public void A_share_bought_or_sold_is_a_share_of_the_whole_it_names()
    {
        var figure = Assert.Single(ClaimsRead.In<FigureFacts>("Chile buys about 12% of all Peruvian exports.", new DateOnly(2025, 6, 9)));
        Assert.Equal(("Chile share of Peru exports", 12m, "%"), (figure.Subject, figure.Value, figure.Unit));
    }
    [Theory]
    [InlineData("Chile's wine exports fell 6.2% in March to 310 million dollars.", 310, "USD m", "Chile wine exports")]
    [InlineData("Peru's fishmeal exports rose 11% in the first quarter to $900 million.", 900, "USD m", "Peru fishmeal exports")]
    [InlineData("Norway's salmon exports climbed 4% in 2024 to $14 billion.", 14, "USD bn", "Norway salmon exports")]
    public void A_level_after_a_change_and_its_period_is_of_the_same_measure(string sentence, double value, string unit, string subject) =>
        Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == unit && f.Subject == subject);

    [Theory]
    [InlineData("Inflation in Norway edged up to 3.1% in June.", 3.1, "Inflation in Norway")]
    [InlineData("Consumer prices in Peru edged down 0.4% in May.", -0.4, "Consumer prices in Peru")]
    [InlineData("Chile's jobless rate ticked up 0.3% in May.", 0.3, "Chile jobless rate")]
    [InlineData("Colombia's coffee output inched lower by 2% in May.", -2, "Colombia coffee output")]
    public void A_small_move_is_a_change_of_the_verb_s_subject(string sentence, double value, string subject) =>
        Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == "%" && f.Subject == subject);

    [Theory]
    [InlineData("The Philippines exported bananas worth 1.1 billion dollars to Japan last year.", 1.1, "USD bn", "Philippines exports of bananas to Japan")]
    [InlineData("Kenya sold flowers valued at $800 million to the Netherlands in 2024.", 800, "USD m", "Kenya exports of flowers to Netherlands")]
    public void Goods_a_trade_verb_names_before_worth_are_what_the_amount_is_of(string sentence, double value, string unit, string subject) =>
        Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == unit && f.Subject == subject);

    [Fact]
    public void A_whole_written_with_dotted_initials_keeps_them() =>
        Assert.Contains(Figures("Imports from Peru made up 2.1% of all U.S. copper imports in 2024."), f => f.Value == 2.1m && f.Subject.Contains("US copper imports", StringComparison.Ordinal));

    [Fact]
    public void A_partner_that_ends_the_sentence_leaves_its_full_stop() =>
        Assert.Contains(Figures("Chile sold $2 billion of wine to the US."), f => f.Value == 2 && f.Subject == "Chile exports of wine to US");

    [Fact]
    public void A_share_of_a_whole_that_names_its_economy_borrows_none_from_before()
    {
        var figures = Figures("Peru's copper exports rose 5% in May. Zinc accounts for about 9% of Chile's exports to Japan.");
        var share = Assert.Single(figures, f => f.Value == 9);
        Assert.DoesNotContain("Peru", share.Subject, StringComparison.Ordinal);
        Assert.Contains("Chile exports to Japan", share.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The United States ran a $295 billion goods deficit with Peru last year.", "US goods deficit with Peru")]
    [InlineData("Japan posted a $5 billion trade surplus with Canada in May.", "Japan trade surplus with Canada")]
    public void An_economy_that_is_only_the_partner_leaves_the_clause_s_subject_the_owner(string sentence, string subject) =>
        Assert.Contains(Figures(sentence), f => f.Subject == subject);

    [Theory]
    [InlineData("Peru's retaliatory duties cover $12-billion worth of Chilean wine.", 12, "USD bn")]
    [InlineData("Chile posted a trade surplus of C$1.5-billion in May.", 1.5, "CAD bn")]
    public void A_scale_joined_by_a_hyphen_is_the_scale(string sentence, double value, string unit) =>
        Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == unit);

    [Theory]
    [InlineData("Copper exports to Japan, which buys two-thirds of Chilean copper, fell 8.2% in May.", -8.2, "Copper exports to Japan")]
    [InlineData("Exports of wine to Norway, worth about $3 billion last year, rose 5% in May.", 5, "Exports of wine to Norway")]
    [InlineData("Two-way trade in copper and zinc totalled $42 billion in 2024.", 42, "Two-way trade in copper and zinc")]
    [InlineData("EU wine revenue hit a record $7 billion in June.", 7, "EU wine revenue")]
    public void A_subject_is_the_phrase_past_an_aside_a_coordination_or_an_acronym(string sentence, double value, string subject) =>
        Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Subject == subject);

    [Fact]
    public void The_first_half_of_a_year_is_a_period_not_a_share() =>
        Assert.DoesNotContain(Figures("Peru's copper exports grew 7.9% in the first half of the year."), f => f.Value == 50);

    [Fact]
    public void A_level_after_a_change_year_on_year_is_of_the_same_measure() =>
        Assert.Contains(Figures("Copper shipments from Peru rose 3% year on year to 280,000 tonnes in June."), f => f is { Value: 280000, Unit: "t" } && f.Subject == "Copper shipments from Peru");

    [Theory]
    [InlineData("Peru sent 1.2 million tonnes of copper to Japan last year.", 1200000, "t", "Peru exports of copper to Japan")]
    [InlineData("Chile is the largest supplier of copper, with $9 billion in shipments last year.", 9, "USD bn", "Chile shipments")]
    public void A_verb_of_sending_and_a_clause_word_just_before_the_amount_keep_the_owner(string sentence, double value, string unit, string subject) =>
        Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == unit && f.Subject == subject);

    [Fact]
    public void A_number_glued_to_a_model_name_is_no_amount() =>
        Assert.DoesNotContain(Figures("Sales of the X50 chips to Peru reached $2 billion in May."), f => f.Unit == "chips");

    [Theory]
    [InlineData("In 2024, Chile ran a trade surplus of $8 billion with Peru.", "2024")]
    [InlineData("Last year, Peru exported $3 billion of zinc to Chile.", "2024")]
    public void A_period_written_at_the_sentence_start_is_read(string sentence, string period) =>
        Assert.Contains(Figures(sentence), f => f.Period == period);

    [Theory]
    // Every form of a verb of change or level, from one lexicon: participles, gerunds and the verbs that need a particle.
    [InlineData("Peru's zinc exports have fallen 12% since March.", -12, "%", "Peru zinc exports")]
    [InlineData("Chile's copper revenue peaked at $9 billion in May.", 9, "USD bn", "Chile copper revenue")]
    [InlineData("Trade between Peru and Chile came to $4 billion last year.", 4, "USD bn", "Trade between Peru and Chile")]
    [InlineData("Chile's wine exports held steady at $2 billion in 2024.", 2, "USD bn", "Chile wine exports")]
    [InlineData("Peru's fish meal exports recovered to 900,000 tonnes in June.", 900000, "t", "Peru fish meal exports")]
    [InlineData("The value of copper leaving Chile passed $50 billion last year.", 50, "USD bn", "value of copper leaving Chile")]
    [InlineData("The drought will shave 0.3 percentage points off Peru's growth.", 0.3, "pp", "Peru growth reduction")]
    public void Every_form_of_a_verb_of_change_or_level_is_read(string sentence, double value, string unit, string subject) =>
        Assert.Contains(Figures(sentence), f => f.Value == (decimal)value && f.Unit == unit && f.Subject == subject);

    [Fact]
    public void A_tariff_a_verb_of_level_puts_at_a_percentage_is_no_figure() =>
        Assert.Empty(Figures("Peru's duties on Chilean wine peaked at 40% in 2019."));

    [Theory]
    [InlineData("The present duty on bicycles shipped into the E.U. is 6%.")]
    [InlineData("Levies on Peruvian grapes sent to the US were due to climb to a minimum of 30% in May.")]
    public void A_tariff_that_heads_its_clause_is_at_its_rate_not_a_figure(string sentence) => Assert.Empty(Figures(sentence));

    [Theory]
    [InlineData("The board said the 2026-27 result depends on prices.")]
    [InlineData("The group plans to spend several hundred million euros on new stores.")]
    [InlineData("The agency must set up a review within 60 days.")]
    [InlineData("Both sides agreed to extend the pause for another 90 days.")]
    public void A_range_of_years_a_vague_count_or_a_duration_is_no_figure(string sentence) => Assert.Empty(Figures(sentence));

    [Fact]
    public void A_duration_set_beside_its_earlier_value_is_a_figure() =>
        Assert.Contains(Figures("Peru will now rule on import permits within 20 days, down from 45 days."), f => f.Value == 20 && f.Unit == "days");

    [Theory]
    [InlineData("Peru's exports to Chile fell 4.1% in May, while those to Brazil rose 2.3%.", 2.3, "%", "Peru exports to Brazil")]
    [InlineData("Chilean copper miners have cut output by a third since March.", -33.3, "%", "Chile copper miners output")]
    [InlineData("Peru's economy shrank at an annualised rate of 0.8% in the quarter.", -0.8, "%", "Peru economy")]
    [InlineData("Peru's wine sales fell 0.3% in May and 1.2% in June.", -1.2, "%", "Peru wine sales")]
    [InlineData("Peru's copper prices fell $210, or 2.2%, to $9,350 a tonne.", -2.2, "%", "Peru copper prices")]
    [InlineData("Peru's fishmeal exports totalled just 80,000 tonnes in June.", 80000, "t", "Peru fishmeal exports")]
    public void A_figure_takes_its_sign_and_subject_from_the_sentence_s_structure(string sentence, double value, string unit, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Unit == unit && f.Subject == subject);

    [Theory]
    // The whole of a share goes to its partner, written just after it or after the verb of its own clause.
    [InlineData("Peru sends about 40% of its copper exports to China.", 40, "Peru share of copper exports to China")]
    [InlineData("More than 60% of Chile's wine exports are sold to Brazil.", 60, "share of Chile wine exports to Brazil")]
    [InlineData("About 30 per cent of Peru's fruit exports go to the Netherlands.", 30, "share of Peru fruit exports to Netherlands")]
    public void A_share_s_whole_keeps_the_partner_it_goes_to(string sentence, double value, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject == subject);

    [Theory]
    // A relative clause's verb measures the phrase the clause is about.
    [InlineData("Quinoa exports, which totalled $310 million last year, have suffered most.", 310, "USD m", "quinoa exports")]
    [InlineData("Peru's grape shipments, which rose 12% in May, face the new levy.", 12, "%", "Peru grape shipments")]
    public void A_relative_clause_measures_the_phrase_it_is_about(string sentence, double value, string unit, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Unit == unit && f.Subject.Equals(subject, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void An_amount_someone_expects_is_a_forecast_and_one_measured_is_not()
    {
        var expected = Figures("The ferry line expects a rise of 5% to 48 million passengers over the year.");
        Assert.Contains(expected, f => f is { Value: 48m, Unit: "m" } && f.Subject.EndsWith(" forecast", StringComparison.Ordinal));
        var measured = Figures("The ferry line's passenger numbers rose 4% to 20 million, more than expected.");
        Assert.Contains(measured, f => f is { Value: 20m, Unit: "m" } && f.Subject == "ferry line passenger numbers");
        // A clause of its own inside the expecting one measures what happened.
        var past = Figures("The ferry line forecast higher fares after a year in which weak demand caused a 9% drop in profit.");
        Assert.Contains(past, f => f.Value == -9m && !f.Subject.Contains("forecast", StringComparison.Ordinal));
    }

    [Theory]
    // Names joined by "and", dotted initials and a word of approximation at the start are read as a chunker reads them.
    [InlineData("Port fees collected by Harbour and Marine Services rose to $40 million in May.", 40, "Port fees collected by Harbour and Marine Services")]
    [InlineData("Lima put levies on $2 billion worth of U.S. goods.", 2, "US goods covered by tariffs")]
    [InlineData("Roughly $900 million worth of grain crosses the border each week.", 900, "grain crosses border")]
    public void A_subject_is_the_whole_noun_phrase(string sentence, double value, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject == subject);

    [Fact]
    public void A_public_body_that_reports_a_figure_does_not_own_it()
    {
        var figures = Figures("Exports of wheat to Egypt fell 12% in May, the Farm Ministry said. The Farm Ministry said stocks were ample.");
        Assert.Contains(figures, f => f.Value == -12m && f.Subject == "Exports of wheat to Egypt");
        // Nor does a name the report writes often, when the only organisations it names are public bodies.
        var governed = Figures("Exports to Peru fell 3% in May, the Trade Council said. The council said work at the Quenby terminal, the Quenby yard and the Quenby docks was slow.");
        Assert.Contains(governed, f => f.Value == -3m && f.Subject == "Exports to Peru");
    }

    [Fact]
    public void A_margin_around_a_forecast_is_no_figure() =>
        Assert.DoesNotContain(Figures("The chipmaker forecast revenue of $12 billion, plus or minus 3%."), f => f.Value == 3m);

    [Theory]
    [InlineData("SEOUL, Oct 3 (Reuters) - South Korea's exports to Japan fell 4.2% in September from a year earlier.")]
    [InlineData("SEOUL (Reuters) - South Korea's exports to Japan fell 4.2% in September from a year earlier.")]
    [InlineData("SEOUL, Oct 3 - South Korea's exports to Japan fell 4.2% in September from a year earlier.")]
    public void A_wire_dateline_is_neither_the_subject_nor_the_period_of_the_first_sentence(string sentence) =>
        AssertReads(sentence, f => f is { Value: -4.2m, Unit: "%", Period: "2025-09" } && f.Subject == "South Korea exports to Japan");

    [Fact]
    public void A_report_that_opens_on_a_noun_and_its_complement_names_no_company()
    {
        var figures = Figures("Shipments of copper fell to 2.1 million tonnes in August. Revenue rose 4% over the same months.");
        Assert.Contains(figures, f => f.Value == 2_100_000m && f.Subject == "Shipments of copper");
        Assert.DoesNotContain(figures, f => f.Subject.StartsWith("Shipments Shipments", StringComparison.Ordinal) || f.Subject.StartsWith("Shipments Revenue", StringComparison.Ordinal));
    }

    [Theory]
    // A number after a name is part of the name.
    [InlineData("The FTSE 100 fell 0.8% on Tuesday.", -0.8, "%", "FTSE 100")]
    [InlineData("Stocks slid on Friday, with the Stoxx 600 down 1.3%.", -1.3, "%", "Stoxx 600")]
    // A rate of growth reckoned per year stands between the verb and the amount, or after it.
    [InlineData("The economy grew at a 2.8% annualized rate in the third quarter.", 2.8, "%", "economy")]
    [InlineData("Spain's economy expanded by an annualised 1.5% in July-September.", 1.5, "%", "Spain economy")]
    // A noun English also uses as a verb, after a determiner and before "of".
    [InlineData("Renault took a hit of 900 million euros in the half.", 900, "EUR m", "Renault hit")]
    // A report that opens on a bare noun does not make that noun a company that owns it twice.
    [InlineData("Unemployment rose to 4.6% in September.", 4.6, "%", "Unemployment")]
    // An adjective of frequency in -ly is no adverb.
    [InlineData("Average hourly earnings rose 0.4% in September.", 0.4, "%", "Average hourly earnings")]
    // "two-way" is a modifier, not a count of periods.
    [InlineData("The two neighbours do about $900 billion in two-way trade a year.", 900, "USD bn", "two neighbours two-way trade")]
    public void A_figure_is_read_through_the_words_around_common_amounts(string sentence, double value, string unit, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Unit == unit && f.Subject == subject);

    [Theory]
    // A verb of change just before the amount makes it a change, even of a mean that is no rate.
    [InlineData("Average fares fell 7% in the quarter.", -7, "%", "Average fares")]
    [InlineData("The mean price of a home slipped 2% in May.", -2, "%", "mean price of home")]
    // A verb that moves an object that is no tariff "by" a percentage, in a sentence about tariffs.
    [InlineData("Tariffs will raise consumer prices by 1.7%.", 1.7, "%", "Tariffs consumer prices")]
    // "pc" is the per cent of the British press; a lakh and a crore are Indian scales.
    [InlineData("Car exports fell 28.4pc from a year earlier.", -28.4, "%", "Car exports")]
    [InlineData("Exports to the US were Rs 7.3 lakh crore last year.", 7.3, "INR tn", "Exports to US")]
    [InlineData("The group reported losses of ₹25,000 crore.", 250, "INR bn", "group losses")]
    [InlineData("Farmers exported 5 lakh tonnes of rice.", 500_000, "t", "Farmers exports of rice")]
    // A measure "at" a company is the company's.
    [InlineData("Sales at Brightwater Foods dropped 12 percent in June.", -12, "%", "Brightwater Foods Sales")]
    [InlineData("Operating income at the group fell 9% to 820 million euros.", 820, "EUR m", "group Operating income")]
    // Words of approximation that open the sentence.
    [InlineData("More than 3,000 workers walked off the job.", 3000, "workers", "workers")]
    // A passive whose participle is irregular says what befell the counted people.
    [InlineData("The governor said 4,000 people were left homeless by the floods.", 4000, "people", "people left")]
    [InlineData("Officials said 1,200 workers were laid off at the plant in Ohio.", 1200, "workers", "workers laid off at plant")]
    public void A_figure_is_read_in_the_units_and_moods_reports_write(string sentence, double value, string unit, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Unit == unit && f.Subject == subject);

    [Theory]
    // A count in millions is a count of the noun after the scale, and what befell it.
    [InlineData("About 2.4 million people have been evacuated from the coast, officials said.", 2.4, "m", "people evacuated from coast")]
    [InlineData("The economy added 1.3 million jobs last year.", 1.3, "m", "economy jobs added")]
    [InlineData("The clothing industry employs about 30 million people in Bangladesh.", 30, "m", "clothing industry people employs in Bangladesh")]
    // A level in millions after a change, in a report about one company, is that company's.
    [InlineData("Northwind Air said profit rose. It expects a rise of “just 5 per cent” to 180 million passengers over the full year.", 180, "m", "Northwind Air passengers forecast")]
    // Jobs, cars and arrests are counted nouns like any other: the object of the verb, owned by its subject.
    [InlineData("The steelmaker will cut 2,500 jobs.", 2500, "jobs", "steelmaker jobs cut")]
    [InlineData("The carmaker said it would cut 3,000 jobs in Spain.", 3000, "jobs", "carmaker jobs cut in Spain")]
    // A verb in the present tense reads as a plural noun; before the amount it is the clause's verb.
    [InlineData("The mill employs 6,000 workers at two plants.", 6000, "workers", "mill workers employs at two plants")]
    // Where money is invested; what a cost is estimated at.
    [InlineData("The group said it would invest $20 billion in the United States.", 20, "USD bn", "group investment in US")]
    [InlineData("The plan would cost households an estimated $90 billion.", 90, "USD bn", "households plan cost")]
    // A verb in the past that no list knows still says what its subject did.
    [InlineData("The film grossed $85 million in its opening weekend.", 85, "USD m", "film grossed")]
    [InlineData("The fund netted 2.1 billion euros last year.", 2.1, "EUR bn", "fund netted")]
    [InlineData("Harbor Motors said on Tuesday it booked a $300 million charge. It earned $1.2 billion in the quarter.", 1.2, "USD bn", "Harbor Motors earned")]
    public void A_count_or_a_sum_is_owned_by_the_subject_of_its_clause(string sentence, double value, string unit, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Unit == unit && f.Subject == subject);

    [Fact]
    public void A_common_noun_that_opens_a_report_is_no_company()
    {
        // Capitalised only as the first word: the report writes it in lower case later on.
        var figures = Figures("Tariffs are starting to bite. Exports to the US fell 10.1% in July as tariffs on cars took effect.");
        Assert.Contains(figures, f => f.Value == -10.1m && f.Subject == "Exports to US");
    }
    [Theory]
    [InlineData("Peru's copper exports fell 9% in the first half of the year to $14 billion.", 14, "USD bn")]
    [InlineData("Kenya's flower exports rose 6% in the third quarter of 2025 to 40 billion Kenyan shillings.", 40, "KES bn")]
    public void A_second_amount_follows_a_period_of_a_year(string sentence, double value, string unit) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Unit == unit && f.Subject.Contains("exports", StringComparison.Ordinal));

    [Theory]
    [InlineData("Customs receipts for the fiscal year so far totalled $88 billion.", "Customs receipts")]
    [InlineData("Coffee exports to Japan alone fell 12% in May.", "exports to Japan")]
    [InlineData("Wine sales to date reached 3 million cases.", "Wine sales")]
    public void An_adverb_of_extent_between_a_subject_and_its_verb_is_no_subject(string sentence, string subject) =>
        AssertReads(sentence, f => f.Subject.Contains(subject, StringComparison.Ordinal));

    [Theory]
    [InlineData("Analysts expect unemployment to rise to 5.2% next year.", 5.2, "unemployment")]
    [InlineData("The port expects cargo volumes to grow to 30 million tonnes by 2028.", 30000000, "cargo volumes")]
    [InlineData("The levies caused imports to fall 14% in June.", -14, "imports")]
    public void The_object_of_a_verb_of_expecting_is_the_subject_of_the_verb_after_it(string sentence, double value, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject.Contains(subject, StringComparison.Ordinal));

    [Fact]
    public void A_name_with_a_business_possessive_is_the_company_the_company_stands_for()
    {
        // The company is named only by its possessives: no officer, suffix or "shares of" names it.
        var figures = Figures("Harbin Optics said on Monday that its orders had recovered. Harbin Optics' revenue rose 8% in the quarter. "
            + "The company's shares climbed 4% in Hong Kong. Exports made up 30% of Harbin Optics' sales.");
        Assert.Contains(figures, f => f.Value == 4 && f.Subject == "Harbin Optics share price");
        Assert.Contains(figures, f => f.Value == 8 && f.Subject.StartsWith("Harbin Optics revenue", StringComparison.Ordinal));
    }

    [Theory]
    // A past participle and its phrase after the noun belong to the subject, not to the clause's verb.
    [InlineData("Port fees collected in March reached $9 billion.", 9, "Port fees collected")]
    [InlineData("The value of Korean cars imported by Australia fell 11% in May.", -11, "cars imported by Australia")]
    [InlineData("Wheat shipped to Egypt last season rose 6% to 2 million tonnes.", 6, "Wheat shipped to Egypt")]
    public void A_participle_after_the_subject_noun_belongs_to_it(string sentence, double value, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject.Contains(subject, StringComparison.OrdinalIgnoreCase));

    [Theory]
    // A level noun ("a record high of", "a 10-week high of") names no measure: the measure is the clause's subject.
    [InlineData("Copper prices hit a record high of $11,000 a tonne.", 11000, "Copper prices")]
    [InlineData("Coffee futures climbed to a 12-month high of $4 a pound.", 4, "Coffee futures")]
    public void A_level_noun_leaves_the_subject_to_the_clause(string sentence, double value, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject == subject);

    [Theory]
    [InlineData("Port revenue is on track to reach $40 billion this year.", 40, "Port revenue")]
    [InlineData("The duties will cost the airline between $200 million and $300 million, it said.", 200, "airline")]
    public void A_likely_outcome_and_a_range_keep_their_subject(string sentence, double value, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject.StartsWith(subject, StringComparison.Ordinal) && !f.Subject.Contains("between", StringComparison.Ordinal));

    [Theory]
    // The noun phrase a change noun or a verb's object names keeps the phrases that restrict it, up to a time.
    [InlineData("Customs data showed a 40% fall in exports of frozen shrimp to Japan in March.", -40, "exports of frozen shrimp to Japan")]
    [InlineData("The port collected $2 billion in fees on imports of used cars last year.", 2, "fees on imports of used cars")]
    [InlineData("Miners pledged $3 billion in new investment in smelters in the province.", 3, "new investment in smelters")]
    public void A_phrase_keeps_the_phrases_that_restrict_it(string sentence, double value, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject.Contains(subject, StringComparison.Ordinal) && !f.Subject.Contains("March", StringComparison.Ordinal));

    [Fact]
    public void A_name_in_a_restricting_phrase_leaves_the_owner_to_the_clause() =>
        AssertReads("Acme said sales of its Z9 drills to Brazil could reach $2 billion this year.", f => f.Value == 2 && f.Subject.StartsWith("Acme sales of Z9 drills to Brazil", StringComparison.Ordinal));

    [Theory]
    // An apposition between the subject and its verb, and a participle clause after the verb's own amount, leave the subject whole.
    [InlineData("Wheat exports to Egypt, the largest buyer of Russian grain, have fallen to 4 million tonnes.", 4000000, "Wheat exports to Egypt")]
    [InlineData("Shipments of wine from Chile to Peru fell to a five-year low, dropping 30% in May.", -30, "Shipments of wine from Chile to Peru")]
    public void An_aside_or_a_participle_clause_keeps_the_whole_subject(string sentence, double value, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject == subject);

    [Theory]
    // A clause after the subject noun belongs to it: a relative clause, a present participle with "at", two participles joined
    // by "and"; "by" and a name after a flow noun say whose the flow is.
    [InlineData("The number of trucks that cross into Texas fell 12% in April.", -12, "trucks", "cross into Texas")]
    [InlineData("The number of vessels docking at the harbour of Durban fell 15% in June.", -15, "vessels docking at", "harbour of Durban")]
    [InlineData("Engines built in Poland and sold to German carmakers were worth $3 billion last year.", 3, "Engines built in Poland", "sold to Germany carmakers")]
    [InlineData("Purchases of wheat by Egypt from Russia rose 20% in the season.", 20, "Purchases of wheat", "by Egypt from Russia")]
    public void A_clause_after_the_subject_noun_belongs_to_it(string sentence, double value, string head, string clause) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject.Contains(head, StringComparison.Ordinal) && f.Subject.Contains(clause, StringComparison.Ordinal));

    [Theory]
    // Nouns joined by "and" or a list of names inside a phrase stay in it.
    [InlineData("The value of exports of frozen fish and canned fruit to Japan dropped 9% in May.", -9, "exports of frozen fish and canned fruit to Japan")]
    [InlineData("Wine imports into Norway from Chile, Peru and Spain totalled $400 million last year.", 400, "from Chile Peru and Spain")]
    public void Nouns_joined_inside_a_phrase_stay_in_it(string sentence, double value, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject.Contains(subject, StringComparison.Ordinal));

    [Theory]
    // A percentage before a noun of a part is that part of the whole after it; a count sold in a market keeps the market; a
    // sum a verb brought in keeps where it came from.
    [InlineData("The deal gives the port authority a 20% cut of the fees from cruise lines.", 20, "port authority cut of fees from cruise lines")]
    [InlineData("Acme sold 40,000 X5 tractors in Brazil last year.", 40000, "Acme sales of X5 tractors in Brazil")]
    [InlineData("Acme, which earned $3 billion from Brazil last year, plans a new plant.", 3, "Acme earned from Brazil")]
    public void A_part_a_market_and_a_source_stay_with_the_amount(string sentence, double value, string subject) =>
        AssertReads(sentence, f => f.Value == (decimal)value && f.Subject == subject);
}
