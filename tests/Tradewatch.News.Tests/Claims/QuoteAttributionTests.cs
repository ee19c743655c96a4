using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests.Claims;

/// <summary>
/// Sentences written for these tests, none taken from a corpus article: the speaker of a quotation when the text names
/// them by family name alone, inverts the verb, uses a reporting verb in the present, or goes on with a second quotation.
/// </summary>
public class QuoteAttributionTests
{
    private static readonly DateOnly Wednesday = new(2025, 6, 11);

    private static List<QuoteFacts> Quotes(string text) => ClaimsRead.In<QuoteFacts>(text, Wednesday);

    [Theory]
    [InlineData("“The harvest came in late this year,” Okafor said.", "Okafor")]
    [InlineData("“I think I played one of my best matches of the season,” the 14th-ranked Delacroix said.", "Delacroix")]
    [InlineData("“We could not get the parts in time,” Brennan added on Tuesday.", "Brennan")]
    public void A_family_name_alone_before_the_verb_is_the_speaker(string sentence, string speaker)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_family_name_alone_is_the_person_named_in_full_without_the_economy_before_the_name()
    {
        var quotes = Quotes("The envoy to Moldova Petra Lindgren met the minister. “The talks were short,” Lindgren said.");
        Assert.Equal("Petra Lindgren", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_family_name_alone_is_the_person_the_report_named_in_full()
    {
        var quotes = Quotes("Grace Okafor runs a farm near the river. “The harvest came in late this year,” Okafor said.");
        Assert.Equal("Grace Okafor", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("“We looked at how a crew could sleep through the voyage,” comments Lena Marsh of the institute.", "Lena Marsh")]
    [InlineData("“Prices will keep rising into the winter,” notes Tomas Berg, an economist at a Nordic bank.", "Tomas Berg")]
    [InlineData("“The rules are clear,” Ruth Adeyemi explains.", "Ruth Adeyemi")]
    [InlineData("“Sleep could halve the food a crew carries,” explains Project Leader Jana Novak-Hill.", "Jana Novak-Hill")]
    public void A_reporting_verb_in_the_present_names_the_speaker(string sentence, string speaker)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_quotation_whose_own_sentence_names_another_voice_is_not_the_last_speakers()
    {
        const string text = "“Our costs rose by a third,” said Maria Lindqvist, who runs a bakery. “We received a letter from the tax office and are answering it,” said a Nordwind spokesperson.";
        var quotes = Quotes(text);
        Assert.Equal("Maria Lindqvist", quotes.Single(q => q.Text.StartsWith("Our costs", StringComparison.Ordinal)).Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("We received", StringComparison.Ordinal) && q.Speaker == "Maria Lindqvist");
    }

    [Fact]
    public void A_second_quotation_right_after_the_first_goes_on_in_the_same_voice()
    {
        const string text = "Grace Okafor said the spring had been hard. “I could not plant, I could not sell,” she said. “I could not even pay the workers.”";
        var quotes = Quotes(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Grace Okafor", q.Speaker));
    }

    [Fact]
    public void A_quotation_its_attribution_breaks_in_two_is_one_speaker_s()
    {
        var quotes = Quotes("“The levy is a tax on farmers,” Okafor said, “and farmers will remember it at the polls.”");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Okafor", q.Speaker));
    }

    [Fact]
    public void A_name_before_a_long_apposition_is_the_speaker() =>
        Assert.Equal("Lena Park", Assert.Single(Quotes("“Orders have dried up since April,” Lena Park, head of exports at a furniture maker in Busan, told reporters.")).Speaker);

    [Theory]
    [InlineData("Asked about the quotas, Okafor said: “Nothing has been decided.”", "Okafor")]
    [InlineData("In a radio interview, Varga said the deal was “within reach”.", "Varga")]
    public void A_family_name_after_a_fronted_phrase_is_the_speaker(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(sentence)).Speaker);

    [Fact]
    public void A_quotation_of_its_own_after_reported_speech_is_the_reporter_s() =>
        Assert.Equal("Jonas Feld", Assert.Single(Quotes("Jonas Feld said the port would stay open through the strike.\n“Ships will be unloaded by managers if need be.”")).Speaker);

    [Fact]
    public void A_quotation_of_its_own_that_the_next_sentence_gives_another_is_not_the_reporter_s() =>
        Assert.DoesNotContain(Quotes("Jonas Feld said the port would stay open. “It cannot last a week.” So warned Mia Kerr, the union's leader."), q => q.Speaker == "Jonas Feld");

    [Theory]
    // A verb of blame, citation or rejection quotes the words its subject used, as a verb of speech does.
    [InlineData("Harbor Motors cut its outlook on Tuesday. Harbor Motors shares fell 4%. The company blamed “badly delayed” parts for the shortfall.", "Harbor Motors", "badly delayed")]
    [InlineData("Harbor Motors cut its outlook on Tuesday. Harbor Motors shares fell 4%. Harbor Motors cited “softer demand in Europe” for the cut.", "Harbor Motors", "softer demand in Europe")]
    public void A_verb_of_judgement_quotes_its_subject(string text, string speaker, string quoted) =>
        Assert.Contains(Quotes(text), q => q.Speaker == speaker && q.Text == quoted);
}
