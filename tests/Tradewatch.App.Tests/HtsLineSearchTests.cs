using Tradewatch.App.Ledger;
using Tradewatch.App.Search;
using Tradewatch.Core.Schedule;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>The one ranked search of US tariff lines, which <c>hts search</c> and the site's search share.</summary>
public sealed class HtsLineSearchTests
{
    private static readonly Lazy<TariffSchedule> Schedule = new(() => LedgerSession.ReadSchedule(RepoData.Directory));
    private static readonly SearchLexicon Lexicon = SearchLexicon.Load(RepoData.Directory);
    private static readonly HtsLineSearch Search = new();

    private static IReadOnlyList<HtsHit> Find(string query) =>
        Search.Search(Schedule.Value, Schedule.Value.FindRevision("2025_rev_16")!, SearchWords.Of(query, Lexicon));

    [Fact]
    public void Lines_are_found_by_their_headings_words()
    {
        var hits = Find("permanent magnets");

        Assert.Contains(hits, h => h.Line.Code.ToString() == "8505.11.00.70");
        Assert.All(hits, h => Assert.StartsWith("8505", h.Line.Code.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_whose_own_words_hold_the_search_ranks_above_the_lines_under_it()
    {
        var hits = Find("lithium-ion batteries");

        Assert.Equal("8507.60.00", hits[0].Line.Code.ToString());
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Plurals_and_synonyms_find_what_the_schedule_words_otherwise()
    {
        var hits = Find("e-bikes");

        Assert.Contains(hits, h => h.Line.Code.ToString().StartsWith("8711.60", StringComparison.Ordinal));
        Assert.NotEmpty(Find("bicycles"));
    }

    [Fact]
    public void Bikes_are_bicycles_first_the_rare_motorcycle_sense_ranking_below()
    {
        // WordNet's tagged texts use "bike" mostly for a bicycle: its motorcycle lines are found, but after the bicycle lines
        var hits = Find("bike");
        static bool Bicycle(HtsHit h) => h.FullDescription.Contains("icycle", StringComparison.OrdinalIgnoreCase);

        Assert.Contains(hits, h => !Bicycle(h));
        Assert.All(hits.Take(10), h => Assert.True(Bicycle(h), h.FullDescription));
        Assert.True(hits.Where(Bicycle).Max(h => h.Score) > 2 * hits.Where(h => !Bicycle(h)).Max(h => h.Score));
    }

    [Fact]
    public void Chapter_99_and_a_search_of_no_words_find_nothing()
    {
        Assert.Empty(Find("   "));
        Assert.DoesNotContain(Find("reciprocal"), h => h.Line.IsChapter99);
    }
}
