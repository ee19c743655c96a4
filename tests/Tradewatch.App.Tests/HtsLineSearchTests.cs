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

    [Fact]
    public void A_line_right_under_the_words_as_a_phrase_ranks_above_a_line_repeating_one_word_further_down()
    {
        // 8505.11.00 "Of metal" lies right under "Permanent magnets and articles intended to become permanent magnets";
        // 8505.19.10.00 "Flexible magnets" lies under that subheading's "Other", its own words holding "magnets" only
        var hits = Find("permanent magnets").Select(h => h.Line.Code.ToString()).ToList();

        Assert.Equal("8505.11.00", hits[0]);
        Assert.True(hits.IndexOf("8505.11.00") < hits.IndexOf("8505.19.10.00"));
        // every line under the subheading that says "permanent magnets" comes before the heading's other lines
        var under = hits.FindLastIndex(c => c.StartsWith("8505.1", StringComparison.Ordinal));
        Assert.True(hits.Take(under + 1).All(c => c.StartsWith("8505.1", StringComparison.Ordinal)), string.Join(", ", hits));
    }

    [Fact]
    public void A_heading_holding_the_words_apart_does_not_outrank_lines_whose_own_words_say_them()
    {
        // 7318 "Screws, bolts, nuts, ... of iron or steel" holds both words far apart: its screws rank above its washers
        var hits = Find("steel screws").ToList();

        Assert.Contains("screw", hits[0].Line.Description, StringComparison.OrdinalIgnoreCase);
        Assert.True(hits.FindIndex(h => h.Line.Description.Contains("screw", StringComparison.OrdinalIgnoreCase))
            < hits.FindIndex(h => h.Line.Description.Contains("washers", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Temporary_provisions_come_after_the_goods_lines_and_lead_only_when_nothing_else_matches()
    {
        var hits = Find("bicycles").ToList();
        static bool Special(HtsHit h) => h.Line.Code.ToString() is ['9', '8' or '9', ..];

        Assert.Contains(hits, Special);
        var firstSpecial = hits.FindIndex(Special);
        Assert.All(hits.Skip(firstSpecial), h => Assert.True(Special(h), h.Line.Code.ToString()));

        // a search only a temporary provision answers still finds it
        var only = Find("disc brakes bicycles");
        Assert.NotEmpty(only);
        Assert.All(only, h => Assert.StartsWith("9902", h.Line.Code.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("laptop", "8471.30")]
    [InlineData("laptops", "8471.30")]
    [InlineData("solar cells", "8541.4")]
    [InlineData("solar cell", "8541.4")]
    [InlineData("solar panel", "8541.43")]
    [InlineData("cellphone", "8517.1")]
    [InlineData("mobile phones", "8517.1")]
    [InlineData("fridge", "8418")]
    [InlineData("sneakers", "640")]
    public void Everyday_names_of_goods_find_the_lines_the_schedule_words_otherwise(string query, string expected)
    {
        var hits = Find(query);

        Assert.NotEmpty(hits);
        Assert.StartsWith(expected, hits[0].Line.Code.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_common_names_an_everyday_name_finds_no_goods_line()
    {
        // the lines are found through the common names table, not through words of their own
        var bare = Search.Search(Schedule.Value, Schedule.Value.FindRevision("2025_rev_16")!, SearchWords.Of("solar cells", SearchLexicon.Empty));
        var laptop = Search.Search(Schedule.Value, Schedule.Value.FindRevision("2025_rev_16")!, SearchWords.Of("laptop", SearchLexicon.Empty));

        Assert.Empty(bare);
        Assert.All(laptop, h => Assert.StartsWith("99", h.Line.Code.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("magnets", "8505.1", "8523")]
    [InlineData("batteries", "8507.60", "8506.90")]
    [InlineData("screws", "7318.1", "8207")]
    public void Lines_that_name_the_goods_rank_above_lines_where_the_word_only_qualifies_others(string query, string named, string qualified)
    {
        // "Magnetic media" shares the stem of magnets; "Parts" of primary batteries names parts, 8507.60 lithium-ion batteries;
        // 7318.1 "Threaded articles" holds "Screws", 8207 "Tools for pressing, ... screwdriving" names tools
        var codes = Find(query).Select(h => h.Line.Code.ToString()).ToList();

        var firstQualified = codes.FindIndex(c => c.StartsWith(qualified, StringComparison.Ordinal));
        var lastNamed = codes.FindLastIndex(c => c.StartsWith(named, StringComparison.Ordinal));
        Assert.True(lastNamed >= 0 && firstQualified > lastNamed, string.Join(", ", codes.Take(40)));
        Assert.StartsWith(named[..4], codes[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coffee", "0901", "2101")]
    [InlineData("sweater", "6110", "6103")]
    [InlineData("motorcycle", "8711", "4013")]
    [InlineData("beer", "2203", "2202")]
    [InlineData("washing machine", "8450", "8474")]
    public void A_line_under_a_heading_naming_the_goods_ranks_above_one_under_a_heading_of_other_goods(string query, string heading, string other)
    {
        // 2101 names extracts "of coffee"; 6103's ensembles have statistical lines "Sweaters" for the sweaters in them;
        // 4013's inner tubes have a statistical line "Motorcycle" (the tubes' use); 2202's waters and beverages hold
        // "Non-alcoholic beer", a shorter description than 2203's "Beer made from malt"; 8474 names machinery "for ... washing"
        // earth and stone, and machines for forming molds, not washing machines: the heading's terms say what the goods are
        var codes = Find(query).Select(h => h.Line.Code.ToString()).ToList();

        Assert.StartsWith(heading, codes[0], StringComparison.Ordinal);
        var firstOther = codes.FindIndex(c => c.StartsWith(other, StringComparison.Ordinal));
        Assert.True(firstOther < 0 || firstOther > codes.FindIndex(c => c.StartsWith(heading, StringComparison.Ordinal)), string.Join(", ", codes.Take(40)));
    }

    [Theory]
    [InlineData("automobile", "8703", "8606")]
    [InlineData("toweling", "5802", "4818")]
    [InlineData("alcohol", "2208", "2905")]
    [InlineData("gauze", "3005", "7314")]
    public void Of_two_headings_naming_the_goods_the_one_also_naming_their_kind_ranks_first(string query, string kind, string other)
    {
        // both headings name the word, one among goods of another kind: 8606's railway freight cars are cars, not automobiles
        // (motor vehicles, which 8703 names); 4818's towels are paper, 5802's terry toweling a fabric as WordNet's toweling is;
        // 2905's acyclic alcohols are chemicals, 2208's ethyl alcohol is named with spirituous beverages, the drink's kind;
        // 7314's wire cloth has a gauze of steel, 3005 names "bandages", and a gauze is in most uses a gauze bandage
        var codes = Find(query).Select(h => h.Line.Code.ToString()).ToList();

        Assert.StartsWith(kind, codes[0], StringComparison.Ordinal);
        Assert.Contains(codes, c => c.StartsWith(other, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("paint", "9701")]
    [InlineData("towel", "5802")]
    public void A_heading_headed_by_another_word_of_the_searched_words_stem_is_no_heading_of_the_goods(string query, string other)
    {
        // 9701's "Paintings" and 5802's "Terry toweling" share a stem with paint and towel, but name pictures and a fabric
        var codes = Find(query).Select(h => h.Line.Code.ToString()).ToList();

        Assert.DoesNotContain(codes.Take(3), c => c.StartsWith(other, StringComparison.Ordinal));
        Assert.Contains(codes, c => c.StartsWith(other, StringComparison.Ordinal));
    }

    [Fact]
    public void A_search_no_line_holds_whole_finds_the_lines_of_its_rarest_words_and_says_what_it_left_out()
    {
        var schedule = Schedule.Value;
        var revision = schedule.FindRevision("2025_rev_16")!;

        // no line names a solar lamp; "lamp" is in many lines, "solar" in a few (solar water heaters)
        var found = Search.Find(schedule, revision, "solar lamp", Lexicon);

        Assert.Equal(["lamp"], found.LeftOut);
        Assert.Equal("solar", found.Searched);
        Assert.NotEmpty(found.Hits);
        Assert.All(found.Hits, h => Assert.Contains("solar", h.FullDescription, StringComparison.OrdinalIgnoreCase));
        Assert.True(found.Hits.Count < Find("lamp").Count);
    }

    [Fact]
    public void A_search_lines_hold_whole_or_that_no_word_of_finds_leaves_nothing_out()
    {
        var schedule = Schedule.Value;
        var revision = schedule.FindRevision("2025_rev_16")!;

        var whole = Search.Find(schedule, revision, "permanent magnets", Lexicon);
        var nothing = Search.Find(schedule, revision, "zzqx qqzx", Lexicon);

        Assert.Empty(whole.LeftOut);
        Assert.Equal(Find("permanent magnets").Select(h => h.Line.Code), whole.Hits.Select(h => h.Line.Code));
        Assert.Empty(nothing.Hits);
        Assert.Empty(nothing.LeftOut);
    }
}
