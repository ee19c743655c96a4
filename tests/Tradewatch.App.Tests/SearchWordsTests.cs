using Tradewatch.App.Search;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>How strongly a word of a search is found in a text: itself, a synonym weighed by its sense's share, a word's start.</summary>
public sealed class SearchWordsTests
{
    private static readonly SearchLexicon Lexicon = SearchLexicon.Load(RepoData.Directory);

    private static double Strength(string query, string text) => SearchWords.Of(query, Lexicon).Strength(0, SearchText.Of(text));

    [Theory]
    [InlineData("bike", "bikes and trikes", "bicycles", "motorcycles")]
    [InlineData("bicycle", "bicycle frames", "bikes", "tricycles")]
    [InlineData("car", "cars", "automobiles", "railcars")]
    public void A_word_itself_outweighs_its_common_synonym_which_outweighs_a_rare_one(string query, string itself, string common, string rare)
    {
        var own = Strength(query, itself);
        var synonym = Strength(query, common);
        var rareSense = Strength(query, rare);

        Assert.Equal(1, own);
        Assert.InRange(synonym, 0.5, SearchWords.SynonymStrength);
        Assert.True(rareSense < synonym / 3, $"{query} in '{rare}' {rareSense} against '{common}' {synonym}");
    }

    [Fact]
    public void A_synonym_of_a_rare_sense_still_finds_a_text()
    {
        var words = SearchWords.Of("bike", Lexicon);

        Assert.True(words.AllIn("Motorcycles (including mopeds)"));
        Assert.True(words.Score(SearchText.Of("Bicycles, not motorised")) > words.Score(SearchText.Of("Motorcycles (including mopeds)")));
    }

    [Fact]
    public void The_shares_come_from_the_table_and_a_word_of_one_sense_gives_its_synonyms_whole()
    {
        var bike = Lexicon.SynonymsOf(SearchLexicon.Stem("bike")).ToDictionary(s => s.Stem, s => s.Share);
        var bicycle = Assert.Single(Lexicon.SynonymsOf(SearchLexicon.Stem("bicycle")));

        Assert.True(bike[SearchLexicon.Stem("bicycle")] > bike[SearchLexicon.Stem("motorcycle")]);
        Assert.Equal(1, bike.Values.Sum(), 2);
        Assert.Equal((SearchLexicon.Stem("bike"), 1.0), (bicycle.Stem, bicycle.Share));
    }

    [Theory]
    [InlineData("permanent magnets", "Electromagnets; permanent magnets and articles intended to become magnets", true)]
    [InlineData("permanent magnets", "Magnets, whether permanent or not", false)]
    [InlineData("magnets permanent", "Permanent magnets", false)]
    [InlineData("articles iron", "Other articles of iron or steel", true)]
    [InlineData("electric bikes", "Electric bicycles and parts", true)]
    [InlineData("cobalt", "Oxides of cobalt", true)]
    public void A_phrase_is_the_words_side_by_side_in_order_stop_words_aside(string query, string text, bool phrase) =>
        Assert.Equal(phrase, SearchWords.Of(query, Lexicon).PhraseIn(SearchText.Of(text)));

    [Theory]
    [InlineData("magnets", "Permanent magnets", "Magnetic media")]
    [InlineData("machines", "Portable machines", "Machinery")]
    [InlineData("cells", "Photovoltaic cell", "Cellular telephones")]
    public void A_word_of_the_stem_but_not_the_form_of_the_search_word_weighs_less(string query, string form, string other)
    {
        var own = Strength(query, form);
        var stemOnly = Strength(query, other);

        Assert.Equal(1, own);
        Assert.True(stemOnly is > 0 and < 1, $"{query} in '{other}': {stemOnly}");
    }

    [Theory]
    [InlineData("wallet", "Holsters and similar containers; wallets", true)]
    [InlineData("wallets", "Cases, containers and wallets", true)]
    [InlineData("wallet", "Boxes, pouches and wallets, of paper", false)]
    [InlineData("wallet", "Wallets of a kind used in containers", false)]
    [InlineData("desk", "Other furniture", true)]
    [InlineData("desk", "Boards, consoles, desks and other bases", false)]
    [InlineData("camera", "Photographic (other than cinematographic) cameras", true)]
    [InlineData("camera", "Cinematographic cameras", false)]
    public void A_description_names_a_kind_of_the_goods_when_a_name_of_its_goods_is_one(string query, string description, bool names)
    {
        // a wallet is a container and a desk furniture (WordNet's hypernyms), a camera most often a photographic camera (its
        // sense's longer name, its words apart); a kind in what qualifies the goods does not count
        var share = SearchWords.Of(query, Lexicon).KindShare(DescriptionHeads.Read(description));

        Assert.Equal(names, share > 0);
        Assert.InRange(share, 0, 1);
    }

    [Theory]
    [InlineData("towels", "Bath towels and face cloths", true)]
    [InlineData("towel", "Terry toweling and other looped fabrics", false)]
    [InlineData("toweling", "Terry toweling and other looped fabrics", true)]
    [InlineData("paint", "Paints and varnishes, in tins", true)]
    [InlineData("paint", "Paintings and drawings, framed", false)]
    [InlineData("bike", "Bicycles and tricycles", true)]
    public void A_heading_names_the_goods_as_a_head_only_in_the_words_own_forms(string query, string description, bool names)
    {
        // the stemmer makes one stem of "towel" and "toweling", of "paint" and "paintings": a head of that stem that is no form of
        // the word names other goods (a fabric, a picture); a synonym still counts by its stem
        Assert.Equal(names, SearchWords.Of(query, Lexicon).HeadFormIn(DescriptionHeads.Read(description)));
        Assert.True(SearchWords.Of(query, Lexicon).HeadIn(DescriptionHeads.Read(description).Heads));
    }

    [Fact]
    public void A_kind_of_a_rare_sense_of_the_word_weighs_little()
    {
        // a truck is a motor vehicle in most of its uses, a hand truck (a cart) in few
        var truck = SearchWords.Of("truck", Lexicon);

        Assert.True(truck.KindShare(DescriptionHeads.Read("Motor vehicles for the transport of goods")) > 10 * truck.KindShare(DescriptionHeads.Read("Carts and barrows")));
        Assert.Equal(0, SearchWords.Of("truck", SearchLexicon.Empty).KindShare(DescriptionHeads.Read("Motor vehicles")));
    }

    [Fact]
    public void A_common_name_is_also_read_as_the_schedule_words_it()
    {
        var words = SearchWords.Of("China solar cells", Lexicon);

        Assert.True(words.AllIn("Photovoltaic cells, of China"));
        Assert.False(words.AllIn("Photovoltaic cells"));
        var reading = Assert.Single(words.Readings.Skip(1));
        Assert.Equal(3, reading.Count);
        Assert.InRange(reading.Weight, 0.1, SearchWords.SynonymStrength);
    }
}
