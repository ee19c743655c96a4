using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tradewatch.App.Search;
using Tradewatch.Server.Search;

namespace Tradewatch.Server.Tests;

public sealed class SearchTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly SearchLexicon Lexicon = SearchLexicon.Load(Path.Combine(AppContext.BaseDirectory, "data"));

    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("mexico", "Talks in Mexico City", true)]
    [InlineData("u.s. tariffs", "the US tariff", true)]
    [InlineData("us tariff", "U.S. tariffs", true)]
    [InlineData("tariff", "new tariffs on steel", true)]
    [InlineData("steel quota", "steel only", false)]
    [InlineData("8505.11", "magnets 8505.11 from China", true)]
    [InlineData("ore", "more", false)]
    [InlineData("sao paulo", "Talks in São Paulo", true)]
    [InlineData("São Paulo", "Sao Paulo talks", true)]
    [InlineData("zurich", "ZÜRICH, June 3", true)]
    [InlineData("hauptstrasse", "the Hauptstraße office", true)]
    [InlineData("lodz", "Łódź plant", true)]
    [InlineData("quebec", "Québec aluminium", true)]
    [InlineData("quebec", "Quebrada aluminium", false)]
    [InlineData("e-bikes", "duties on Chinese electric bicycles", true)]
    [InlineData("E-Bike", "Electric bicycles", true)]
    [InlineData("bicycles", "a levy on e-bikes", true)]
    [InlineData("automobiles", "cars and trucks", true)]
    [InlineData("duties on steel", "a steel duty", true)]
    [InlineData("duty", "dutiable goods", true)]
    [InlineData("electricity", "electric bicycles", true)]
    [InlineData("bicycles", "road wheels", false)]
    [InlineData("e-bikes", "electric cars", false)]
    [InlineData("the", "the end", true)]
    public void A_text_matches_when_it_holds_every_word(string query, string text, bool expected) =>
        Assert.Equal(expected, SearchWords.Of(query, Lexicon).AllIn(text));

    [Fact]
    public void The_synonyms_are_those_of_the_goods_words_not_a_hand_list()
    {
        // bike and bicycle share WordNet's commonest senses; wheel names a bicycle only in a rare sense
        Assert.Contains(SearchLexicon.Stem("bicycle"), Lexicon.SynonymsOf(SearchLexicon.Stem("bike")).Select(s => s.Stem));
        Assert.DoesNotContain(SearchLexicon.Stem("bicycle"), Lexicon.SynonymsOf(SearchLexicon.Stem("wheel")).Select(s => s.Stem));
        Assert.Empty(SearchLexicon.Empty.SynonymsOf("bike"));
        Assert.True(SearchLexicon.IsStopWord("on"));
        Assert.Equal(SearchLexicon.Stem("tariff"), SearchLexicon.Stem("tariffs"));
        Assert.Equal("8505.11", SearchLexicon.Stem("8505.11"));
    }

    [Fact]
    public async Task A_search_finds_the_story_and_the_claims_holding_every_word_and_links_to_them()
    {
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=steel+mexico");
        var stories = result.GetProperty("stories").EnumerateArray().ToList();
        var claims = result.GetProperty("claims").EnumerateArray().ToList();
        Assert.Contains(stories, s => s.GetProperty("title").GetString()!.Contains("steel", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            var words = SearchWords.Of("steel mexico", Lexicon);
            Assert.True(words.AllIn(claim.GetProperty("words").GetString(), claim.GetProperty("kind").GetString()), claim.ToString());
        }

        foreach (var url in stories.Concat(claims).Select(h => h.GetProperty("url").GetString()!).Distinct())
        {
            Assert.StartsWith("/stories/", url, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(stories.Count, result.GetProperty("totals").GetProperty("stories").GetInt32());
    }

    [Fact]
    public async Task A_search_for_e_bikes_finds_the_story_on_electric_bicycles_and_their_tariff_lines()
    {
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=e-bikes");
        var story = Assert.Single(result.GetProperty("stories").EnumerateArray(), s => s.GetProperty("title").GetString()!.Contains("electric bicycles", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(story.GetProperty("url").GetString())).StatusCode);
        Assert.Contains(result.GetProperty("htsLines").EnumerateArray(), h => h.GetProperty("code").GetString()!.StartsWith("8711.60", StringComparison.Ordinal));
        Assert.Contains(result.GetProperty("hsLines").EnumerateArray(), h => h.GetProperty("code").GetString() == "8711.60");

        var html = await client.GetStringAsync("/search?q=e-bikes");
        Assert.Contains($"href=\"{story.GetProperty("url").GetString()}\"", html, StringComparison.Ordinal);
        Assert.Contains("US tariff lines", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_no_tariff_line_holds_whole_lists_the_lines_of_its_rarer_word_and_says_what_it_left_out()
    {
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=solar+lamp");
        Assert.Equal(["lamp"], result.GetProperty("htsLeftOut").EnumerateArray().Select(w => w.GetString()));
        Assert.All(result.GetProperty("htsLines").EnumerateArray(), h => Assert.Contains("solar", h.GetProperty("description").GetString()!, StringComparison.OrdinalIgnoreCase));

        var html = await client.GetStringAsync("/search?q=solar+lamp");
        Assert.Contains("0 US tariff line(s) hold every word", html, StringComparison.Ordinal);
        Assert.Contains("leaving out “lamp”", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_for_bike_lists_bicycle_lines_before_the_motorcycle_lines_of_its_rare_sense()
    {
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=bike");
        foreach (var kind in new[] { "hsLines", "htsLines" })
        {
            var descriptions = result.GetProperty(kind).EnumerateArray().Select(h => h.GetProperty("description").GetString()!).ToList();
            Assert.Contains(descriptions, d => d.Contains("Motorcycles", StringComparison.Ordinal));
            Assert.All(descriptions.Take(5), d => Assert.Contains("icycle", d, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task A_search_reads_the_reports_of_a_story_not_only_its_title()
    {
        // "spare capacity" is said in the e-bike report's body, never in its title
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=spare+capacity");
        var titles = result.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToList();
        Assert.Contains(titles, t => t.Contains("electric bicycles", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("capacity", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_search_finds_measures_and_hs_lines_by_words()
    {
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=rare+earth");
        var measures = result.GetProperty("measures").EnumerateArray().ToList();
        Assert.NotEmpty(measures);
        Assert.All(measures, m => Assert.StartsWith("/ledger/measures/", m.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.Contains(result.GetProperty("hsLines").EnumerateArray(), h => h.GetProperty("code").GetString() == "2805.30");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(measures[0].GetProperty("url").GetString())).StatusCode);
    }

    [Fact]
    public async Task An_empty_search_is_refused_on_its_field()
    {
        var api = await client.GetAsync("/api/search?q=%20");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.True((await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("q", out _));

        var page = await client.GetAsync("/search?q=");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("id=\"q\" name=\"q\" value=\"\" size=\"40\" maxlength=\"200\" aria-invalid=\"true\" aria-describedby=\"q-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"q-error\">required", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_lists_what_the_api_finds()
    {
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=tariff");
        var html = await client.GetStringAsync("/search?q=tariff");
        var totals = result.GetProperty("totals");
        Assert.Contains($"{totals.GetProperty("claims").GetInt32()} claim(s), {totals.GetProperty("measures").GetInt32()} measure(s), {totals.GetProperty("hsLines").GetInt32()} HS line(s) and {totals.GetProperty("htsLines").GetInt32()} US tariff line(s)", html, StringComparison.Ordinal);
        foreach (var m in result.GetProperty("measures").EnumerateArray())
        {
            Assert.Contains($"href=\"{m.GetProperty("url").GetString()}\"", html, StringComparison.Ordinal);
        }
    }
}
