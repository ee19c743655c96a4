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
    [InlineData("Section 301 tariffs on Peruvian textiles stay.")]
    [InlineData("Analysts expect 2026 shipments to slow.")]
    [InlineData("The talks may take 3 weeks.")]
    public void A_number_that_names_a_law_a_year_or_a_time_counts_nothing(string sentence) => Assert.Empty(Figures(sentence));

    [Theory]
    [InlineData("Peru is the biggest supplier of copper to Norway, accounting for about 40% of imports last year.", "Peru share of imports")]
    public void A_share_after_a_participle_is_of_the_clause_s_subject(string sentence, string subject) => Assert.Contains(Figures(sentence), f => f.Subject == subject && f.Unit == "%");

    [Fact]
    public void A_record_level_is_of_the_verb_s_subject() => Assert.Contains(Figures("Peru's copper revenue hit a record $9 billion in May."), f => f.Subject == "Peru copper revenue" && f.Value == 9);
}
