using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests.Claims;

/// <summary>
/// How a tariff rate is read with its time and its parties: an earlier rate written beside a new one, and parties
/// the sentence does not give. Every sentence is written for these tests; none comes from a corpus article.
/// </summary>
public class TariffReadingTests
{
    private static readonly DateOnly Published = new(2025, 10, 6);

    private static List<TariffFacts> Tariffs(string text) => ClaimsRead.In<TariffFacts>(text, Published);

    [Theory]
    [InlineData("Chile raised its duty on Argentine wheat to 18% from 12% on Monday.")]
    [InlineData("Chile raised its duty on Argentine wheat from 12% to 18% on Monday.")]
    [InlineData("Chile's duty on Argentine wheat rose to 18%, up from 12% a year ago.")]
    public void An_earlier_rate_is_the_previous_value_of_the_new_one_with_its_parties(string sentence)
    {
        var tariffs = Tariffs(sentence);
        var now = Assert.Single(tariffs, t => t.RatePercent == 18);
        Assert.Equal(("CL", "AR", 12m), (now.Imposer, now.Target, now.FromPercent));
        var earlier = Assert.Single(tariffs, t => t.RatePercent == 12);
        Assert.Equal(("CL", "AR", "previous"), (earlier.Imposer, earlier.Target, earlier.Qualifier));
        Assert.Null(earlier.Inferred);
    }

    [Theory]
    [InlineData("Peru put tariffs of 20% on Chilean wine and 5% on goods from Bolivia.")]
    [InlineData("Peru set a 20% tariff on Chilean wine, but only 5% on Bolivian goods.")]
    [InlineData("Peru charges a 20% duty on Chilean wine, higher than the 5% on Bolivian goods.")]
    public void A_rate_whose_tariff_noun_is_left_out_binds_to_its_own_object(string sentence)
    {
        var tariffs = Tariffs(sentence);
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "CL", RatePercent: 20 });
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "BO", RatePercent: 5 });
        Assert.DoesNotContain(tariffs, t => t is { Target: "BO", RatePercent: 20 } or { Target: "CL", RatePercent: 5 });
    }

    [Theory]
    [InlineData("Korean cars face a 25% US tariff, which could fall to 15% under the deal.", 25, "in-force", 15, "planned")]
    [InlineData("Peru will keep its 20% duty on Chilean wine, and Chile its 6% levy on Peruvian fish.", 20, "in-force", 6, "in-force")]
    public void A_rate_is_qualified_by_the_words_of_its_own_clause(string sentence, decimal first, string firstQualifier, decimal second, string secondQualifier)
    {
        var tariffs = Tariffs(sentence);
        Assert.Equal(firstQualifier, Assert.Single(tariffs, t => t.RatePercent == first).Qualifier);
        Assert.Equal(secondQualifier, Assert.Single(tariffs, t => t.RatePercent == second).Qualifier);
    }

    [Fact]
    public void A_rate_on_a_condition_not_yet_met_is_threatened() =>
        Assert.Equal("threatened", Assert.Single(Tariffs("Peru drew up duties of 40% on Chilean wine that would apply if the talks fail.")).Qualifier);

    [Fact]
    public void An_economy_named_as_the_object_of_another_partys_own_tariffs_is_no_target_of_the_rate()
    {
        var tariffs = Tariffs("In return for a 10% Peruvian tariff on its goods, Chile will scrap its duties on Peruvian fish.");
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "CL", RatePercent: 10 });
        Assert.DoesNotContain(tariffs, t => t is { Target: "PE", RatePercent: 10 });
    }

    [Fact]
    public void A_rate_reached_by_a_past_change_is_in_force()
    {
        var now = Assert.Single(Tariffs("Peru raised its levy on Bolivian sugar to 30% from 20% last week."), t => t.RatePercent == 30);
        Assert.Equal("in-force", now.Qualifier);
    }

    [Fact]
    public void A_party_the_clause_omits_is_taken_from_the_sentences_just_before()
    {
        var tariffs = Tariffs("Peru's trade minister met American officials in Lima on Monday. Peru's 15% tariff on wheat will stay, he said.");
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "US", RatePercent: 15 });
    }

    [Fact]
    public void A_party_named_only_paragraphs_earlier_is_no_guess()
    {
        var tariffs = Tariffs(
            "Peru and Ecuador sell most of their bananas to American supermarkets. Peru's growers want new buyers. "
            + "Shipping costs have doubled. Ports are crowded. Growers blame the weather. Peru's 15% tariff on fertiliser will stay, he said.");
        Assert.DoesNotContain(tariffs, t => t.RatePercent == 15 && t.Target is not null);
    }

    [Fact]
    public void A_report_about_several_economies_gives_no_guess_for_the_other_party()
    {
        var tariffs = Tariffs("Brazil and Argentina both sell beef to Chile. Chile's 9% tariff on beef will stay, officials said.");
        Assert.DoesNotContain(tariffs, t => t.RatePercent == 9 && t.Target is "BR" or "AR");
    }

    [Theory]
    [InlineData("Norway will impose a 20% duty on fertiliser imports from May.", "fertiliser")]
    [InlineData("Norway raised its tariff on imported cheese to 40 percent.", "cheese")]
    public void Goods_named_as_imports_with_no_origin_are_every_economy_s(string sentence, string products)
    {
        var tariff = Assert.Single(Tariffs(sentence));
        Assert.Equal(("NO", "*"), (tariff.Imposer, tariff.Target));
        Assert.Equal(products, tariff.Products);
    }

    [Theory]
    [InlineData("Chile will impose a 15% tariff on Peruvian goods on Monday.")]
    [InlineData("Chile dropped its 15% tariff on Peruvian goods on September 1.")]
    public void A_day_after_the_goods_is_no_goods(string sentence) =>
        Assert.Contains(Tariffs(sentence), t => t is { Imposer: "CL", Target: "PE", RatePercent: 15, Products: "all" });

    [Fact]
    public void A_rate_a_tariff_was_raised_to_is_in_force()
    {
        var tariff = Assert.Single(Tariffs("Norway raised its tariff on imported cheese to 40 percent."));
        Assert.Equal("in-force", tariff.Qualifier);
    }

    [Fact]
    public void A_target_named_with_another_rate_of_the_clause_is_not_this_rates_target()
    {
        var tariffs = Tariffs("Chile charges a 12% tariff on Peruvian grapes, against 4% on Bolivian grapes.");
        Assert.Contains(tariffs, t => t is { Imposer: "CL", Target: "PE", RatePercent: 12 });
        Assert.DoesNotContain(tariffs, t => t is { RatePercent: 12, Target: "BO" });
    }

    [Fact]
    public void Goods_counted_by_their_value_after_on_are_the_target()
    {
        var tariffs = Tariffs("Peru will impose 20% tariffs on $4 billion worth of Chilean goods, the minister said on Friday, "
            + "after Chile's 20% levies on Peruvian and Bolivian imports took effect.");
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "CL", RatePercent: 20, Products: "all" });
        Assert.Contains(tariffs, t => t is { Imposer: "CL", Target: "PE", RatePercent: 20 });
        Assert.Contains(tariffs, t => t is { Imposer: "CL", Target: "BO", RatePercent: 20 });
    }

    [Fact]
    public void A_proposed_rate_is_planned()
    {
        var tariff = Assert.Single(Tariffs("Norway has proposed a 15% duty on Swedish furniture."));
        Assert.Equal(("NO", "SE", "planned"), (tariff.Imposer, tariff.Target, tariff.Qualifier));
    }

    [Fact]
    public void A_change_by_so_much_in_what_a_tariff_moved_is_no_tariff_change()
    {
        var tariffs = Tariffs("Peru raised its duties on Chilean wine last month. The duties have pushed up prices of wine in Lima by 9%.");
        Assert.DoesNotContain(tariffs, t => t.ChangePoints == 9 || t.RatePercent == 9);
    }

    [Theory]
    [InlineData("Analysts said the average Peruvian tariff on Chilean imports would still stand at around 14%.")]
    [InlineData("The average effective Peruvian duty on Chilean goods will be near 14%, a bank said.")]
    public void An_average_named_anywhere_in_the_clause_is_no_rate(string sentence) =>
        Assert.DoesNotContain(Tariffs(sentence), t => t.RatePercent == 14);

    [Fact]
    public void An_economy_whose_goods_are_bought_is_no_party()
    {
        var tariffs = Tariffs("Peru imposed tariffs on Chilean copper in May. Bolivia was hit with an additional 20% tariff on Monday as punishment for buying Venezuelan oil.");
        Assert.DoesNotContain(tariffs, t => t.Imposer == "VE" || t.Target == "VE");
    }

    [Theory]
    [InlineData("Colombia will respond after Ecuador raised its levies on steel imports to 40% from 20%.")]
    [InlineData("Colombia protested on Monday after Ecuador doubled its tariffs on steel imports to 40%.")]
    public void An_economy_that_changes_its_own_tariffs_imposes_them(string sentence)
    {
        var reached = Tariffs(sentence).Where(t => t.RatePercent == 40).ToList();
        Assert.NotEmpty(reached);
        Assert.All(reached, t => Assert.Equal("EC", t.Imposer));
    }

    [Theory]
    [InlineData("Ecuador added a 25% penalty on Peruvian goods for Lima's purchases of Venezuelan oil.")]
    [InlineData("Ecuador added a 25% surcharge on Peruvian goods over purchases of Venezuelan oil, on top of a 10% tariff.")]
    public void A_verb_of_adding_with_an_object_imposes_and_the_origin_of_oil_bought_is_no_party(string sentence)
    {
        var tariffs = Tariffs(sentence);
        Assert.Contains(tariffs, t => t is { Imposer: "EC", Target: "PE", RatePercent: 25 });
        Assert.DoesNotContain(tariffs, t => t.Imposer == "VE" || t.Target == "VE");
    }

    [Fact]
    public void A_clause_after_though_keeps_its_own_parties()
    {
        var tariffs = Tariffs("Ecuador doubled its tariffs on steel imports to 40% on Monday, though Colombia's rate stays at 20% under its trade deal.");
        Assert.Contains(tariffs, t => t is { Imposer: "EC", Target: "*", RatePercent: 40 });
        Assert.DoesNotContain(tariffs, t => t is { Target: "CO", RatePercent: 40 });
    }

    [Theory]
    [InlineData("The Ecuadorian government set a 10% baseline tariff on goods from most trading partners.", 10)]
    [InlineData("Ecuador said it would raise tariffs to as much as 50% on cars from all countries.", 50)]
    public void A_rate_set_on_the_goods_of_every_partner_is_on_every_economy(string sentence, decimal rate) =>
        Assert.Contains(Tariffs(sentence), t => t is { Imposer: "EC", Target: "*" } && t.RatePercent == rate);

    [Fact]
    public void Beside_tariff_sentences_a_rate_or_a_percentage_paid_is_a_tariff_rate()
    {
        var tariffs = Tariffs("Ecuador raised its tariffs on Peruvian goods to 30% on Monday. Bolivia faces a similar 30% rate. Colombian flowers will pay 12% from June.");
        Assert.Contains(tariffs, t => t is { Imposer: "EC", Target: "BO", RatePercent: 30 });
        Assert.Contains(tariffs, t => t is { Imposer: "EC", Target: "CO", RatePercent: 12 });
    }

    [Theory]
    [InlineData("Ecuador raised its tariffs on Peruvian goods on Monday. Shoppers in Quito will pay 5% more for shoes.")]
    [InlineData("Ecuador raised its tariffs on Peruvian goods on Monday. The interest rate in Peru stands at 5%.")]
    [InlineData("Ecuador's unemployment rate fell to 5% in May. Peru will pay 5% on its bonds.")]
    [InlineData("Peru's central bank cut its key rate to 5% after the Ecuadorian tariff threat.")]
    [InlineData("Ecuador will keep a 5% tariff-free quota for Peruvian rice.")]
    public void A_percentage_paid_more_another_kind_of_rate_or_no_tariff_nearby_is_no_tariff(string text) =>
        Assert.DoesNotContain(Tariffs(text), t => t.RatePercent == 5);

    [Theory]
    [InlineData("Ecuador slapped a 25% tariff on European cars.", "EC", "EU", 25)]
    [InlineData("Ecuadorian bananas would be subject to a 12% European levy.", "EU", "EC", 12)]
    [InlineData("Salvadoran textiles pay 10% to enter Ecuador.", "EC", "SV", 10)]
    public void Goods_named_by_the_demonym_of_their_economy_are_its_goods(string sentence, string imposer, string target, decimal rate) =>
        Assert.Contains(Tariffs(sentence), t => t.Imposer == imposer && t.Target == target && t.RatePercent == rate);

    [Fact]
    public void A_regional_demonym_before_no_goods_names_no_economy() =>
        Assert.DoesNotContain(Tariffs("European air traffic control slowed flights as Ecuador kept a 25% tariff on Peruvian cars."), t => t.Imposer == "EU" || t.Target == "EU");

    [Theory]
    [InlineData("Bolivia bargained Ecuador down to a 20% tariff.", 20)]
    [InlineData("Ecuador raised its tariffs on Andean goods last month. Bolivia negotiated Ecuador down to 18% from 30%.", 18)]
    public void The_economy_bargained_down_charges_the_rate_and_the_one_bargaining_pays_it(string text, decimal rate)
    {
        var tariffs = Tariffs(text);
        Assert.Contains(tariffs, t => t is { Imposer: "EC", Target: "BO" } && t.RatePercent == rate);
        Assert.DoesNotContain(tariffs, t => t is { Imposer: "BO" });
    }

    [Fact]
    public void Beside_the_agent_of_a_passive_an_owners_tariff_is_the_one_it_pays()
    {
        var now = Assert.Single(Tariffs("Peru's tariff rate was cut from 25% to 15% by Ecuador."), t => t.RatePercent == 15);
        Assert.Equal(("EC", "PE", "in-force"), (now.Imposer, now.Target, now.Qualifier));
    }

    [Fact]
    public void An_economy_that_hits_back_with_duties_imposes_the_rate_after_with()
    {
        var tariffs = Tariffs("Peru hit back at Ecuador's 20% levy on Peruvian goods with duties of 15% on Ecuadorian shrimp.");
        Assert.Contains(tariffs, t => t is { Imposer: "EC", Target: "PE", RatePercent: 20 });
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "EC", RatePercent: 15 });
        Assert.DoesNotContain(tariffs, t => t is { Imposer: "EC", RatePercent: 15 });
    }

    [Fact]
    public void Points_suspended_are_no_rate_and_the_rate_left_is_one()
    {
        var tariffs = Tariffs("Ecuador suspended 24 percentage points of its 34% tariff on Peruvian goods for 90 days, leaving 10% in force.");
        Assert.Contains(tariffs, t => t is { Imposer: "EC", Target: "PE", RatePercent: 10 });
        Assert.DoesNotContain(tariffs, t => t.RatePercent == 24);
    }

    [Fact]
    public void A_rate_reached_by_a_change_in_the_passive_is_in_force() =>
        Assert.Equal("in-force", Assert.Single(Tariffs("Tariffs on Peruvian goods were raised to 20% from 17% by Ecuador."), t => t.RatePercent == 20).Qualifier);

    [Fact]
    public void A_rate_of_its_own_tariff_is_the_subjects_after_a_rate_it_faces()
    {
        var tariffs = Tariffs("Peru, which faces a 30% Ecuadorian tariff, said it would cut its own duties on Ecuadorian fruit to 10%.");
        Assert.Contains(tariffs, t => t is { Imposer: "EC", Target: "PE", RatePercent: 30 });
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "EC", RatePercent: 10 });
        Assert.DoesNotContain(tariffs, t => t is { Imposer: "EC", RatePercent: 10 });
    }

    [Fact]
    public void An_economy_whose_goods_pay_a_rate_is_its_target()
    {
        var tariffs = Tariffs("Peru, whose goods now pay 15% in Ecuador, kept its 10% tariff on Ecuadorian cars.");
        Assert.Contains(tariffs, t => t is { Imposer: "EC", Target: "PE", RatePercent: 15 });
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "EC", RatePercent: 10 });
    }

    [Fact]
    public void An_economy_that_matches_a_tariff_with_its_own_imposes_the_rate_after_with() =>
        Assert.Contains(Tariffs("Peru said it would match Ecuador's 34% tariff with a 34% duty on Ecuadorian goods."), t => t is { Imposer: "PE", Target: "EC", RatePercent: 34 });

    [Fact]
    public void A_wire_dateline_s_filing_day_is_not_the_day_a_tariff_starts() =>
        Assert.Contains(Tariffs("OTTAWA, Oct 6 (Reuters) - Canada will impose a 25% tariff on steel from Brazil from November 1, the finance minister said."),
            t => t is { Imposer: "CA", Target: "BR", RatePercent: 25m } && t.AsOf == ClaimDate.Of(new DateOnly(2025, 11, 1)));
    private const string AboutPeru = "Lima unveiled a new schedule of import taxes on Tuesday, Peru's trade minister said.\n";

    [Theory]
    [InlineData("Ecuador's exports will be hit with a 30% levy from March 1.")]
    [InlineData("Ecuador was shocked by a 30% tariff, the highest in the region.")]
    [InlineData("Ecuador has been hit by a 30% duty since March.")]
    public void An_economy_whose_goods_a_tariff_hits_is_its_target(string sentence)
    {
        var tariffs = Tariffs(AboutPeru + sentence);
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "EC", RatePercent: 30 });
        Assert.DoesNotContain(tariffs, t => t.Imposer == "EC");
    }

    [Theory]
    [InlineData("The ministry raised duties on cement imports to 40% on Monday, except for Bolivia.")]
    [InlineData("The ministry raised duties on cement imports to 40% on Monday, excluding Bolivia.")]
    public void An_economy_excepted_from_a_rate_is_no_party_to_it(string sentence)
    {
        var tariffs = Tariffs(AboutPeru + sentence);
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "*", RatePercent: 40 });
        Assert.DoesNotContain(tariffs, t => t.Imposer == "BO" || t.Target == "BO");
    }

    [Fact]
    public void An_economy_excepted_whose_rate_stays_is_the_target_of_that_rate()
    {
        var tariffs = Tariffs(AboutPeru + "The ministry raised duties on cement imports to 40% on Monday, except for Bolivia, which stays at 20%.");
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "*", RatePercent: 40 });
        Assert.Contains(tariffs, t => t is { Imposer: "PE", Target: "BO", RatePercent: 20 });
        Assert.DoesNotContain(tariffs, t => t.Imposer == "BO");
    }

    [Theory]
    [InlineData("Cement imports will face a 40% duty from March 1.")]
    [InlineData("Imports of cement will face a 40% duty.")]
    [InlineData("Cement shipments now pay a 40% tariff.")]
    public void Imports_with_no_origin_that_pay_a_rate_are_every_economys(string sentence) =>
        Assert.Contains(Tariffs(AboutPeru + sentence), t => t is { Imposer: "PE", Target: "*", RatePercent: 40 });
}
