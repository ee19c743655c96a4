using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests.Claims;

/// <summary>
/// Sentences written for these tests, none taken from a corpus article: who speaks and who takes part, when the
/// text names a well-known office holder by family name alone, a person by an apposition that points to another
/// person, or an organisation by its spokesperson or its economists.
/// </summary>
public class SpeakerReadingTests
{
    private static readonly DateOnly Wednesday = new(2025, 6, 11);

    private static List<T> Extract<T>(string text)
        where T : ClaimFacts => ClaimsRead.In<T>(text, Wednesday);

    [Theory]
    [InlineData("“We will not be bullied,” Sheinbaum said on Tuesday.", "Claudia Sheinbaum")]
    [InlineData("“The door is open,” said Mr. Xi, according to state media.", "Xi Jinping")]
    [InlineData("Carney told reporters the offer was “not good enough”.", "Mark Carney")]
    public void A_leader_named_by_family_name_alone_is_the_speaker(string sentence, string speaker)
    {
        var quote = Assert.Single(Extract<QuoteFacts>(sentence));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    // Another person of that family name, or a thing named after one.
    [InlineData("“It was a fine evening,” Melania Trump said. Trump Tower was lit up.")]
    [InlineData("“Talks went well,” said Li Chenggang. Li added that more rounds would follow.")]
    public void A_family_name_joined_to_another_name_is_not_the_leader(string text) => Assert.DoesNotContain(Extract<QuoteFacts>(text), q => q.Speaker is "Donald Trump" or "Li Qiang");

    [Fact]
    public void Leaders_named_by_family_name_take_part_in_a_call()
    {
        var call = Assert.Single(Extract<CallFacts>("Carney and Sheinbaum spoke on the phone on Monday about steel."));
        Assert.Contains("Mark Carney", call.Participants);
        Assert.Contains("Claudia Sheinbaum", call.Participants);
        Assert.Equal("2025-06-09", call.Date?.ToString());
    }

    [Fact]
    public void A_call_spoken_of_in_the_perfect_is_a_call()
    {
        var call = Assert.Single(Extract<CallFacts>("President Ana Ruiz said she had spoken by phone with Prime Minister Tom Grey on Monday."));
        Assert.Equal(["Ana Ruiz", "Tom Grey"], call.Participants);
    }

    [Fact]
    public void An_apposition_that_points_to_a_titled_person_still_names_the_speaker()
    {
        const string text = "Anna Weller, who was a senior trade adviser to President Tom Grey, said the levy was “a tax on every household”.";
        var quote = Assert.Single(Extract<QuoteFacts>(text));
        Assert.Equal("Anna Weller", quote.Speaker);
        Assert.Contains(Extract<PersonFacts>(text), p => p.Name == "Anna Weller" && p.Role!.Contains("trade adviser", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("“We are studying the order,” a Brightline Chips spokesperson said in an email. Brightline Chips shares rose.", "Brightline Chips")]
    [InlineData("A spokesperson for the Harbour Freight Group said the duties were “a heavy burden”.", "Harbour Freight Group")]
    [InlineData("Economists at Northfield Bank wrote that the levies would add “half a point” to prices.", "Northfield Bank")]
    public void Words_that_speak_for_an_organisation_give_it_as_the_speaker(string sentence, string speaker)
    {
        var quote = Assert.Single(Extract<QuoteFacts>(sentence));
        Assert.StartsWith(speaker, quote.Speaker, StringComparison.Ordinal);
    }

    [Theory]
    // A body named by its kind ("Federation", "Association") speaks as itself, not as the economy an adjective in its name names.
    [InlineData("The National Growers Federation called the new duties “ruinous for small farms”.", "National Growers Federation")]
    [InlineData("The American Pecan Association said it was “deeply worried” about the levy.", "American Pecan Association")]
    // A voice or a body that names no one is the speaker as written.
    [InlineData("A government spokesperson said officials were “in close contact” with Ottawa.", "government spokesperson")]
    [InlineData("Chile's trade ministry on Monday condemned the rules as “unfair and unlawful”.", "Chile's trade ministry")]
    // A quotation ending in its own exclamation mark is still attributed by the words after it.
    [InlineData("“The talks are going nowhere!” Ana Ruiz wrote on Friday.", "Ana Ruiz")]
    public void A_quotation_is_given_to_the_subject_that_speaks_it(string sentence, string speaker)
    {
        var quote = Assert.Single(Extract<QuoteFacts>(sentence));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_definite_body_is_the_fullest_earlier_phrase_with_its_head()
    {
        const string text = "Chile's trade ministry on Monday condemned the rules as “unfair”. In a statement, the ministry said it would “take every step needed” to defend exporters.";
        var quote = Assert.Single(Extract<QuoteFacts>(text), q => q.Text.StartsWith("take every step", StringComparison.Ordinal));
        Assert.Equal("Chile's trade ministry", quote.Speaker);
    }

    [Fact]
    public void An_order_speaks_as_the_fullest_earlier_phrase_that_names_it()
    {
        const string text = "An executive order was signed on Monday. Under the order, duties rise at midnight. “The measures take effect at once,” the order said.";
        var quote = Assert.Single(Extract<QuoteFacts>(text));
        Assert.Equal("executive order", quote.Speaker);
    }

    [Fact]
    public void A_family_name_alone_is_the_full_name_given_earlier()
    {
        const string text = "Nadia Kessler won the vote on Monday. Kessler said that the new rules were “a fair compromise”.";
        var quote = Assert.Single(Extract<QuoteFacts>(text));
        Assert.Equal("Nadia Kessler", quote.Speaker);
    }

    [Fact]
    public void A_pronoun_stands_for_the_name_that_opens_the_sentence_before()
    {
        const string text = "Ravi Patel met Prime Minister Tom Grey in Ottawa. “We are close,” he said.";
        var quote = Assert.Single(Extract<QuoteFacts>(text));
        Assert.Equal("Ravi Patel", quote.Speaker);
    }

    [Fact]
    public void A_bare_pronoun_goes_on_from_a_speaker_named_only_by_the_quotation_before()
    {
        const string text = "Hanoi garment makers are busy. “We ship every day,” factory owner Lo Van Binh said. He said his staff had worked double shifts “for three weeks straight”.";
        var quote = Assert.Single(Extract<QuoteFacts>(text), q => q.Text.StartsWith("for three weeks", StringComparison.Ordinal));
        Assert.Equal("Lo Van Binh", quote.Speaker);
    }

    [Fact]
    public void A_bare_spokesperson_names_no_speaker() =>
        Assert.DoesNotContain(Extract<QuoteFacts>("A spokesperson said the talks had been “useful”."), q => q.Speaker == "spokesperson");

    [Fact]
    public void A_cause_after_by_is_not_the_speaker()
    {
        var quote = Assert.Single(Extract<QuoteFacts>("The government said it was “deeply disappointed” by the 39% tariff announced by Washington."));
        Assert.Equal("government", quote.Speaker);
    }
}
