using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests.Claims;

/// <summary>
/// Sentences written for these tests, in the structures that mislead a reader of trade news: whose rate a
/// rate is, what a percentage measures, who speaks a quotation, what a capitalised phrase before a name is.
/// None is taken from a corpus article; each names other economies, goods and people than the corpora do.
/// </summary>
public class AdversarialReadingTests
{
    private static readonly DateOnly Published = new(2025, 9, 15);

    private static List<T> Extract<T>(string text)
        where T : ClaimFacts => ClaimsRead.In<T>(text, Published);

    [Theory]
    // An economy right before the tariff noun levies it; the goods' origin, made to pay, is the target.
    [InlineData("Vietnamese shrimp exporters, hit by a 46% US tariff announced in April, cut prices.", "US", "VN", 46)]
    [InlineData("Norwegian salmon farmers, hit by a 12% Chinese duty last year, found other buyers.", "CN", "NO", 12)]
    [InlineData("Mexican tomatoes now pay a 17% antidumping duty when they enter the United States.", "US", "MX", 17)]
    [InlineData("Peruvian grapes already pay a 6% levy when they enter Japan.", "JP", "PE", 6)]
    [InlineData("Chilean copper cathodes will face a 20% duty on entering India.", "IN", "CL", 20)]
    // The subject of a verb of imposing imposes, even after the tariff noun it qualifies.
    [InlineData("The Australian government said it would not retaliate against the 10% baseline tariff Washington placed on its beef.", "US", "AU", 10)]
    [InlineData("Farmers in Ontario fear the 25% levy Beijing imposed on Canadian canola oil.", "CN", "CA", 25)]
    // Plain readings that must stay.
    [InlineData("Canada lowered its counter-tariff on U.S. steel from 25% to 10% on Monday.", "CA", "US", 10)]
    [InlineData("Indonesia will pay a 19% tariff on its exports to the U.S., officials said.", "US", "ID", 19)]
    [InlineData("The U.S. tariff on Chinese electric vehicles stands at 100%.", "US", "CN", 100)]
    [InlineData("China slapped a 15% tariff on American coal on Tuesday.", "CN", "US", 15)]
    [InlineData("Japan's exports to the United States, which face a 15% tariff, fell 8% in August.", "US", "JP", 15)]
    public void A_rate_is_read_with_the_economy_that_levies_it(string sentence, string imposer, string target, int rate)
    {
        var tariffs = Extract<TariffFacts>(sentence);
        Assert.Contains(tariffs, t => t.Imposer == imposer && t.Target == target && t.RatePercent == rate);
        Assert.DoesNotContain(tariffs, t => t.RatePercent == rate && t.Imposer == target);
    }

    [Theory]
    // Shares, changes, averages and estimates are figures, not rates.
    [InlineData("South Korean carmakers paid about 60% of the tariffs themselves, analysts estimated.", 60)]
    [InlineData("Around 40 percent of the tariff revenue comes from Brazilian imports.", 40)]
    [InlineData("About 70% of Swiss exports to the U.S. are now covered by the levy.", 70)]
    [InlineData("Tariffs have raised Canadian prices by 1.7 percent, the central bank said.", 1.7)]
    [InlineData("Tariffs cost Ford about $2 billion this year, a 30% rise on its earlier forecast.", 30)]
    [InlineData("Tariffs on Thai goods average 21.4%, according to an economist at the Kiel Institute.", 21.4)]
    [InlineData("Economists expect the average tariff on Korean imports to reach 18% by year-end.", 18)]
    [InlineData("Shares of Hyundai rose 5% after the tariff news.", 5)]
    [InlineData("Exports of Malaysian chips fell 12% after the duties took effect.", 12)]
    [InlineData("The effective tariff rate on Indian goods is estimated at 33%, a think tank said.", 33)]
    [InlineData("Bankers in Seoul said the effective tariff rate on Korean cars entering Canada would fall to about 9% from 14%.", 9)]
    [InlineData("Bankers in Seoul said the effective tariff rate on Korean cars entering Canada would fall to about 9% from 14%.", 14)]
    [InlineData("Kenya's trade-weighted duty rate on Ugandan imports stood at 6.2% last year.", 6.2)]
    public void A_percentage_that_is_no_rate_gives_no_tariff(string sentence, decimal figure) => Assert.DoesNotContain(Extract<TariffFacts>(sentence), t => t.RatePercent == figure);

    [Fact]
    public void A_mean_rate_is_a_figure_named_by_its_whole_phrase()
    {
        var figures = Extract<FigureFacts>("Bankers in Seoul said the effective tariff rate on Korean cars entering Canada would fall to about 9% from 14%.");
        Assert.Contains(figures, f => f is { Value: 9, Unit: "%" } && f.Subject.Contains("effective tariff rate on South Korea cars", StringComparison.Ordinal));
        Assert.Contains(figures, f => f is { Value: 14, Unit: "%" } && f.Subject.Contains("Canada", StringComparison.Ordinal));
    }

    [Fact]
    public void Points_taken_off_a_rate_are_no_rate_in_force()
    {
        var tariffs = Extract<TariffFacts>("India agreed to suspend 20 percentage points of its 50% duty on American almonds for 90 days.");
        Assert.DoesNotContain(tariffs, t => t.RatePercent == 20);
    }

    [Fact]
    public void An_economy_the_sentence_names_as_another_rates_target_is_no_guess_for_this_ones_imposer()
    {
        var tariffs = Extract<TariffFacts>("The Philippines' trade secretary said a 19% tariff on Philippine goods was lower than the 20% imposed on Vietnam.");
        Assert.DoesNotContain(tariffs, t => t.Imposer == "VN");
    }

    [Fact]
    public void An_economy_read_as_a_target_is_no_guess_for_the_imposer_of_the_same_rate()
    {
        var tariffs = Extract<TariffFacts>("The order sets tariffs of 25% on goods from Ecuador and Colombia and 10% on Peruvian energy.");
        Assert.DoesNotContain(tariffs, t => t.Imposer is "CO" or "EC" or "PE");
    }

    [Theory]
    // Two rates coordinated in one clause, each with the goods that pay it: each target is its own rate's.
    [InlineData("Chinese exports facing an additional 30% duty and US goods hit with a new 10% levy, both sides said talks would go on.", "US", "CN", 30, "CN", "US", 10)]
    [InlineData("Seoul and Tokyo traded blows all year. Japanese steel now pays a 24% duty and Korean chips face an 8% levy.", "KR", "JP", 24, "JP", "KR", 8)]
    [InlineData("Ottawa and Canberra fell out over farm trade. Canadian canola will face a 35% tariff and Australian barley a 12% duty.", "AU", "CA", 35, "CA", "AU", 12)]
    [InlineData("Mexico and Turkey raised duties on each other's goods: a 25% tariff on Mexican cement and a 5% duty on Turkish rebar.", "TR", "MX", 25, "MX", "TR", 5)]
    // The same with the imposers read: each rate keeps its own target.
    [InlineData("Beijing put a 15% tariff on US coal and Washington a 20% duty on Chinese solar panels.", "CN", "US", 15, "US", "CN", 20)]
    public void Each_target_belongs_to_its_own_rate_in_a_clause(string text, string imposer1, string target1, int rate1, string imposer2, string target2, int rate2)
    {
        var tariffs = Extract<TariffFacts>(text);
        Assert.Contains(tariffs, t => t.Imposer == imposer1 && t.Target == target1 && t.RatePercent == rate1);
        Assert.Contains(tariffs, t => t.Imposer == imposer2 && t.Target == target2 && t.RatePercent == rate2);
        Assert.DoesNotContain(tariffs, t => t.RatePercent == rate1 && t.Target == target2);
        Assert.DoesNotContain(tariffs, t => t.RatePercent == rate2 && t.Target == target1);
    }

    [Theory]
    // Rates compared in one clause are usually one economy's on two others: neither target is the other's imposer.
    [InlineData("Swiss watches pay a 39% tariff, compared with 15% on Japanese watches.")]
    [InlineData("Brazilian coffee faces a 50% duty, far above the 10% levy on Colombian coffee.")]
    public void The_target_of_a_compared_rate_is_no_guess_for_the_imposer(string sentence)
    {
        var tariffs = Extract<TariffFacts>(sentence);
        Assert.DoesNotContain(tariffs, t => t.Imposer is "CH" or "JP" or "BR" or "CO");
    }

    [Fact]
    public void A_read_imposer_is_kept_beside_negotiators_from_it()
    {
        var tariffs = Extract<TariffFacts>("Negotiators from the US and Chile met on Tuesday, while the US considers raising the duty on Chilean copper to 40%.");
        Assert.Contains(tariffs, t => t is { Imposer: "US", Target: "CL", RatePercent: 40 });
    }

    [Theory]
    [InlineData("Chief Economist Carl Weinberg of High Frequency Economics said the data were weak.", "Carl Weinberg", "Chief Economist")]
    [InlineData("Senior Fellow Ana Duarte of the Lisbon Institute said tariffs would not last.", "Ana Duarte", "Senior Fellow")]
    [InlineData("The court heard from the government's lawyer, Solicitor General D. John Sauer, for an hour.", "D. John Sauer", "Solicitor General")]
    [InlineData("Chief Judge M. Rosa Lindqvist wrote for the majority.", "M. Rosa Lindqvist", "Chief Judge")]
    [InlineData("Justice Amara Okafor asked whether the statute allowed import taxes at all.", "Amara Okafor", "Justice")]
    [InlineData("Gov. Rosa Delgado said the state's ports would lose business to Mexico.", "Rosa Delgado", "Governor")]
    [InlineData("Farm exports will suffer, Sen. Tom Barrow of Kansas warned on Tuesday.", "Tom Barrow", "Senator")]
    [InlineData("The committee chair, Rep. Ana Whitfield, called the duties a tax on families.", "Ana Whitfield", "Representative")]
    [InlineData("Lt. Gen. Peter Lund told senators that chip controls were working.", "Peter Lund", "Lieutenant General")]
    public void A_title_before_a_name_is_the_role_not_part_of_the_name(string sentence, string name, string role)
    {
        var people = Extract<PersonFacts>(sentence);
        Assert.Contains(people, p => p.Name == name && p.Role!.Contains(role, StringComparison.Ordinal));
        Assert.DoesNotContain(people, p => p.Name.StartsWith(role, StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_introduced_with_a_colon_is_its_sentences_subjects()
    {
        var quotes = Extract<QuoteFacts>("In an interview, Prime Minister Lena Holm said the measures were “unacceptable”. Trade Secretary Paul Grant responded on television: “Holm knows nothing about trade.”");
        Assert.Contains(quotes, q => q.Speaker == "Paul Grant" && q.Text.StartsWith("Holm knows", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.Speaker == "Lena Holm" && q.Text.StartsWith("Holm knows", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Prime Minister Lena Holm said tariffs were “not on the table” for now. Analysts at a Dutch bank called the remark “cautious”.", "cautious")]
    [InlineData("Finance Minister Anna Berg said the levy would stay “for a while”. Critics called her plan “a tax on families”.", "a tax on families")]
    [InlineData("Trade Secretary Paul Grant said the talks were “useful”. “A waste of time,” one opposition lawmaker said.", "A waste of time")]
    public void A_quote_with_a_speaker_of_its_own_does_not_go_on_from_the_one_before(string text, string words)
    {
        var quotes = Extract<QuoteFacts>(text);
        Assert.DoesNotContain(quotes, q => q.Text == words && q.Speaker is "Lena Holm" or "Anna Berg" or "Paul Grant");
    }

    [Fact]
    public void A_definite_stand_in_for_the_speaker_just_quoted_goes_on_from_them()
    {
        const string text = "“We follow every rule,” said Mara Quist, a spokesperson for Lumen Devices. The company spokesperson added: “We hope to ship again this year.”";
        var quotes = Extract<QuoteFacts>(text);
        Assert.Contains(quotes, q => q.Text.StartsWith("We hope to ship", StringComparison.Ordinal) && q.Speaker == "Mara Quist");
    }

    [Theory]
    [InlineData("Anna Berg, the finance minister, who spoke after Paul Grant, the trade secretary, said the talks had been “frank”.", "Anna Berg")]
    [InlineData("Trade Minister Ivo Marsh, a rival of Senator Maria Cole, the committee chair, told reporters the bill was “dead”.", "Ivo Marsh")]
    public void The_subject_before_an_apposition_speaks_not_the_people_named_inside_it(string text, string speaker)
    {
        var quote = Assert.Single(Extract<QuoteFacts>(text));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Central Bank Governor Ilse Maarten said the levy would lift prices.", "Ilse Maarten", "Central Bank Governor")]
    [InlineData("Volvo Chief Executive Hakan Lind said costs were rising.", "Hakan Lind", "Volvo Chief Executive")]
    [InlineData("Yesterday Finance Minister Anna Berg flew to Oslo.", "Anna Berg", "Finance Minister")]
    public void The_first_word_of_a_sentence_belongs_to_the_title_after_it_unless_it_opens_sentences(string sentence, string name, string role)
    {
        var person = Assert.Single(Extract<PersonFacts>(sentence), p => p.Name == name);
        Assert.Equal(role, person.Role);
    }

    [Theory]
    [InlineData("Ontario Premier Tom Reed said the province would add a surcharge on power sold abroad.", "Tom Reed", null)]
    [InlineData("Premier Wang Lin said the economy would grow.", "Wang Lin", "CN")]
    [InlineData("Acting Premier Wang Lin said the economy would grow.", "Wang Lin", "CN")]
    public void A_title_qualified_by_a_name_that_is_no_economy_implies_no_economy(string sentence, string name, string? economy) =>
        Assert.Equal(economy, Assert.Single(Extract<PersonFacts>(sentence), p => p.Name == name).Economy);

    [Theory]
    // A role noun in lower case straight before the name, a noun of a person WordNet lists, a participle qualifying one.
    [InlineData("Norway's chief negotiator Ola Strand flew home on Sunday.", "Ola Strand", "chief negotiator")]
    [InlineData("Judge Mara Lind wrote for the court.", "Mara Lind", "Judge")]
    [InlineData("Eva Holm, a senior lawmaker from Uppsala, voted against the levy.", "Eva Holm", "senior lawmaker from Uppsala")]
    [InlineData("Eva Holm, managing director of the fund, warned of slower growth.", "Eva Holm", "managing director of the fund")]
    // A family name that is also a city's name.
    [InlineData("The governor of the central bank, Kazuo Ueda, said the bank would wait.", "Kazuo Ueda", "governor of the central bank")]
    [InlineData("A spokeswoman for the ministry, Lena Berg, said talks would go on.", "Lena Berg", "spokeswoman for the ministry")]
    [InlineData("A senior lawmaker from Uppsala, Eva Holm, voted against the levy.", "Eva Holm", "senior lawmaker from Uppsala")]
    public void A_role_is_read_from_any_noun_of_a_person_beside_the_name(string sentence, string name, string role) =>
        Assert.Equal(role, Assert.Single(Extract<PersonFacts>(sentence), p => p.Name == name).Role);

    [Theory]
    [InlineData("Archer Daniels Midland, the grain trader, said its margins would narrow.")]
    [InlineData("Hon Hai Precision, the contract manufacturer, said it would build a plant.")]
    [InlineData("Sam Altman, speaking to reporters, said the chips were needed.")]
    [InlineData("Shares of the chip designer Nvidia Corp rose on Tuesday.")]
    [InlineData("The grain trader Archer Daniels Midland said margins would narrow.")]
    [InlineData("The grain trader, Archer Daniels Midland, said margins would narrow.")]
    public void A_company_described_by_what_it_does_or_a_participle_is_no_role(string sentence) =>
        Assert.Empty(Extract<PersonFacts>(sentence));
}
