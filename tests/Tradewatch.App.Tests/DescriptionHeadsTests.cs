using Tradewatch.App.Search;

namespace Tradewatch.App.Tests;

/// <summary>The head nouns of a goods description: the goods it names, not the words that qualify them.</summary>
public sealed class DescriptionHeadsTests
{
    [Theory]
    [InlineData("Permanent magnets and articles intended to become permanent magnets after magnetization", "magnets articles")]
    [InlineData("Magnetic media", "media")]
    [InlineData("Portable automatic data processing machines, weighing not more than 10 kg, consisting of at least a central processing unit", "machines")]
    [InlineData("Screws, bolts, nuts, washers and similar articles, of iron or steel", "screws bolts nuts washers articles")]
    [InlineData("Photovoltaic cells not assembled in modules or made up into panels", "cells")]
    [InlineData("Electromagnets; permanent magnets; parts thereof:", "electromagnets magnets parts")]
    [InlineData("Motorcycles (including mopeds) and cycles fitted with an auxiliary motor", "motorcycles cycles")]
    [InlineData("Beer made from malt", "beer")]
    [InlineData("Caviar and caviar substitutes prepared from fish eggs", "caviar substitutes")]
    [InlineData("Other", "")]
    public void The_heads_are_the_last_words_of_the_names_before_their_qualifiers(string description, string expected)
    {
        var heads = DescriptionHeads.Of(description);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SearchLexicon.Stem).Order(StringComparer.Ordinal), heads.Order(StringComparer.Ordinal));
    }
}
