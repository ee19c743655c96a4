using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests.Claims;

/// <summary>
/// How deadlines, agreements and calls are read: a day or month tied to a word of starting, ending or limit; an
/// agreement made (not only sought) with its parties, place and day; a call between people of two economies. Every
/// sentence is written for these tests; none comes from a corpus article.
/// </summary>
public class CommitmentReadingTests
{
    private static readonly DateOnly Wednesday = new(2025, 3, 12);

    [Theory]
    [InlineData("The 60-day pause on Norwegian salmon duties ends on April 30.", "2025-04-30")]
    [InlineData("Peru's new levies on wheat start from Monday, the ministry said.", "2025-03-17")]
    [InlineData("The quota arrangement lapses in June.", "2025-06")]
    [InlineData("The customs truce is due to run out in early May.", "2025-05")]
    public void A_start_or_end_of_something_due_is_a_deadline(string sentence, string date) => Assert.Contains(ClaimsRead.In<DeadlineFacts>(sentence, Wednesday), d => d.Date.ToString() == date);

    [Theory]
    [InlineData("The football season ends on May 20.")]
    [InlineData("Talks in Lima began on Monday.")]
    public void A_start_or_end_of_something_that_cannot_fall_due_is_no_deadline(string sentence) => Assert.Empty(ClaimsRead.In<DeadlineFacts>(sentence, Wednesday));

    [Fact]
    public void An_agreement_named_by_its_city_has_that_place()
    {
        var agreement = Assert.Single(ClaimsRead.In<AgreementFacts>("Norwegian duties on Peruvian fishmeal fell to 2% under the Oslo accord.", Wednesday));
        Assert.Equal("Oslo", agreement.Place);
        Assert.Equal(["NO", "PE"], agreement.Parties.Order());
    }

    [Fact]
    public void The_two_sides_are_the_economies_the_report_is_about()
    {
        var agreements = ClaimsRead.In<AgreementFacts>(
            "Peruvian and Norwegian officials met in Lima this week. The two sides agreed on Tuesday to cut duties on fish.", Wednesday);
        var agreement = Assert.Single(agreements);
        Assert.Equal(["NO", "PE"], agreement.Parties.Order());
        Assert.Equal("2025-03-11", agreement.Date?.ToString());
    }

    [Fact]
    public void A_day_that_bounds_the_terms_is_not_the_day_of_the_agreement()
    {
        var dated = Assert.Single(ClaimsRead.In<AgreementFacts>(
            "Peru and Norway agreed on Monday to extend their fishing truce for 60 days from March 20.", Wednesday));
        Assert.Equal("2025-03-10", dated.Date?.ToString());
        var undated = Assert.Single(ClaimsRead.In<AgreementFacts>("Peru and Norway agreed to extend their fishing truce for 60 days from March 20.", Wednesday));
        Assert.Null(undated.Date);
    }

    [Theory]
    [InlineData("Peru and Norway have until June 1 to strike a deal on fish.")]
    [InlineData("Peru is seeking a trade agreement with Norway before the summer.")]
    public void An_agreement_only_sought_is_none(string sentence) => Assert.Empty(ClaimsRead.In<AgreementFacts>(sentence, Wednesday));

    [Theory]
    [InlineData("Peru and Norway still trade without a free trade agreement, the minister said.")]
    [InlineData("Peru has no fisheries deal with Norway.")]
    [InlineData("In the absence of a formal accord, Peru and Norway set quotas each year.")]
    public void An_agreement_denied_or_missing_is_none(string sentence) => Assert.Empty(ClaimsRead.In<AgreementFacts>(sentence, Wednesday));

    [Fact]
    public void Leaders_of_two_economies_who_spoke_without_meeting_had_a_call()
    {
        var call = Assert.Single(ClaimsRead.In<CallFacts>("Peruvian President Dina Boluarte spoke with Norwegian Prime Minister Jonas Gahr Store on Monday.", Wednesday));
        Assert.Equal(["Dina Boluarte", "Jonas Gahr Store"], call.Participants);
        Assert.Equal("2025-03-10", call.Date?.ToString());
    }

    [Theory]
    [InlineData("Peruvian President Dina Boluarte spoke with Norwegian Prime Minister Jonas Gahr Store in Oslo on Monday.")]
    [InlineData("Peruvian President Dina Boluarte spoke to reporters on Monday.")]
    public void Speaking_where_they_met_or_to_no_counterpart_is_no_call(string sentence) => Assert.Empty(ClaimsRead.In<CallFacts>(sentence, Wednesday));
}
