using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Tradewatch.Server.Tests;

public sealed partial class PageTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    internal static async Task<string> FormToken(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenField().Match(html).Groups[1].Value;
    }

    internal static async Task<HttpResponseMessage> SignIn(HttpClient client, string name, string password, string returnUrl = "/review")
    {
        var token = await FormToken(client, "/signin");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        }));
    }

    [Fact]
    public async Task The_duty_page_says_when_an_answer_is_approximate()
    {
        var html = await Browser().GetStringAsync("/duty?importer=CN&origin=US&hs=0805.10&date=2025-06-09");
        Assert.Contains("id=\"duty-coverage\"", html, StringComparison.Ordinal);
        Assert.Contains("cn-tc-2025-2-farm-10: product scope approximate", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_duty_page_says_when_a_layer_covers_the_heading_asked_only_in_part()
    {
        var html = await Browser().GetStringAsync("/duty?importer=CN&origin=US&hs=0207&date=2025-06-09");
        Assert.Contains("id=\"duty-coverage\"", html, StringComparison.Ordinal);
        Assert.Contains("covers 0207 only in part", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_duty_page_names_the_code_asked_when_its_lines_answer_alike()
    {
        var html = await Browser().GetStringAsync("/duty?importer=US&origin=KR&hs=8471.50&date=2026-05-15");
        Assert.Contains(", HS 8471.50, entered", html, StringComparison.Ordinal);
        Assert.Contains("id=\"duty-lines-alike\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_page_shows_its_records_in_the_order_recorded_and_its_products()
    {
        var html = await Browser().GetStringAsync("/ledger/measures/us-ieepa-reciprocal");
        Assert.Contains("id=\"history\"", html, StringComparison.Ordinal);
        Assert.Contains("suspension us-geneva-suspension", html, StringComparison.Ordinal);
        Assert.Contains("id=\"schedule\"", html, StringComparison.Ordinal);
        var recorded = Regex.Matches(html.Split("id=\"history\"")[1].Split("</table>")[0], "<tr><td[^>]*>(\\d{4}-\\d{2}-\\d{2})</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.True(recorded.Count > 2, "the history lists the measure, its rate entries and its suspensions");
        Assert.Equal(recorded.Order(StringComparer.Ordinal), recorded);
    }

    [Fact]
    public async Task Measure_ids_link_to_their_pages_and_an_unknown_id_is_the_html_404()
    {
        var client = Browser();
        Assert.Contains("href=\"/ledger/measures/us-ieepa-reciprocal\"", await client.GetStringAsync("/ledger"), StringComparison.Ordinal);
        Assert.Contains("href=\"/ledger/measures/", await client.GetStringAsync("/duty?importer=US&origin=CN&hs=8505.11&date=2025-06-09"), StringComparison.Ordinal);
        var missing = await client.GetAsync("/ledger/measures/no-such-measure");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no measure &#x27;no-such-measure&#x27;", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // a measure renamed: its former id leads to the page under the id it goes by now
        var former = await client.GetAsync("/ledger/measures/us-reciprocal-10-ad");
        Assert.Equal(HttpStatusCode.MovedPermanently, former.StatusCode);
        Assert.Equal("/ledger/measures/us-reciprocal-baseline-10", former.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_licence_page_answers_as_the_api_does()
    {
        var client = Browser();
        Assert.Contains("href=\"/licence\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
        const string question = "exporter=CN&destination=US&item=samarium&date=2025-06-09";
        var api = await client.GetFromJsonAsync<JsonElement>("/api/licence?" + question);
        var html = await client.GetStringAsync("/licence?" + question);
        Assert.Contains("id=\"licence-result\"", html, StringComparison.Ordinal);
        foreach (var measure in api.GetProperty("measures").EnumerateArray())
        {
            Assert.Contains($"href=\"/ledger/measures/{measure.GetProperty("measure").GetString()}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(api.GetProperty("measures").GetArrayLength(), Regex.Count(html, "<tr class=\"regime\">"));
        Assert.Contains(api.GetProperty("licenceRequired").GetBoolean() ? "licence required" : "no licence required", html, StringComparison.Ordinal);
        var outside = await client.GetStringAsync("/licence?exporter=CN&destination=US&item=widgets&date=2025-11-20");
        Assert.Contains("not covered", outside, StringComparison.Ordinal);
        var bad = await client.GetAsync("/licence?exporter=CN&destination=US&date=2025-11-20");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_ledger_filters_its_measures_by_imposer_kind_and_text()
    {
        var client = Browser();
        static int Rows(string html) => Regex.Count(html, "<tr id=\"m-");
        var all = Rows(await client.GetStringAsync("/ledger"));
        var china = await client.GetStringAsync("/ledger?imposer=CN");
        Assert.InRange(Rows(china), 1, all - 1);
        Assert.DoesNotContain("href=\"/ledger/measures/us-ieepa-reciprocal\"", china, StringComparison.Ordinal);
        var controls = await client.GetStringAsync("/ledger?kind=export-control");
        Assert.InRange(Rows(controls), 1, all - 1);
        Assert.DoesNotContain("href=\"/ledger/measures/us-ieepa-reciprocal\"", controls, StringComparison.Ordinal);
        var text = await client.GetStringAsync("/ledger?text=reciprocal");
        Assert.Contains("href=\"/ledger/measures/us-ieepa-reciprocal\"", text, StringComparison.Ordinal);
        Assert.InRange(Rows(text), 1, all - 1);
        Assert.Equal(0, Rows(await client.GetStringAsync("/ledger?text=no-such-words-anywhere")));
    }

    [Fact]
    public async Task The_ledger_csv_has_a_row_per_measure()
    {
        var client = Browser();
        var response = await client.GetAsync("/ledger.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,kind,imposer,", lines[0], StringComparison.Ordinal);
        Assert.Equal(Regex.Count(await client.GetStringAsync("/ledger"), "<tr id=\"m-"), lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith("us-ieepa-reciprocal,tariff,US,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/ledger?imposer=CN")]
    [InlineData("/ledger?kind=export-control")]
    [InlineData("/ledger?text=fentanyl")]
    public async Task The_ledger_csv_link_keeps_the_pages_filters(string url)
    {
        var client = Browser();
        var html = await client.GetStringAsync(url);
        var link = Regex.Match(html, "id=\"ledger-csv\" href=\"(?<href>[^\"]+)\"");
        Assert.True(link.Success, html);
        var ids = Regex.Matches(html, "<tr id=\"m-(?<id>[^\"]+)\"").Select(m => m.Groups["id"].Value).ToList();
        Assert.NotEmpty(ids);
        Assert.True(ids.Count < Regex.Count(await client.GetStringAsync("/ledger"), "<tr id=\"m-"), "the filter kept every measure");

        using var reader = new StringReader(await client.GetStringAsync(System.Net.WebUtility.HtmlDecode(link.Groups["href"].Value)));
        var rows = Tradewatch.Core.Csv.ReadRecords(reader).ToList();
        Assert.Equal(ids, rows.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Every_page_says_when_the_ledger_was_last_updated()
    {
        var html = await Browser().GetStringAsync("/stories");
        Assert.Matches("<footer[^>]*>.*Ledger last updated <time datetime=\"\\d{4}-\\d{2}-\\d{2}T", html.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task The_licence_api_says_an_unknown_item_is_outside_the_ledger()
    {
        var answer = await Browser().GetFromJsonAsync<JsonElement>("/api/licence?exporter=CN&destination=US&item=widgets&date=2025-11-20");
        Assert.False(answer.GetProperty("itemKnown").GetBoolean());
        Assert.Equal("outside", answer.GetProperty("coverage").GetString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stories")]
    [InlineData("/stories/1")]
    [InlineData("/ledger?importer=CN&origin=US&knownAt=2025-12-31")]
    [InlineData("/duty?importer=US&origin=CN&hs=8505.11&date=2025-06-09&value=1000")]
    [InlineData("/calendar?from=2025-11-01&to=2025-11-30")]
    [InlineData("/review?state=all")]
    [InlineData("/signin")]
    public async Task Pages_render(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("</html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_duty_page_compares_the_scenarios()
    {
        var html = await factory.CreateClient().GetStringAsync("/duty?importer=US&origin=CN&hs=8505.11&date=2025-09-01&value=1000&knownAt=2025-12-31");
        Assert.Contains("Under each scenario", html, StringComparison.Ordinal);
        Assert.Contains(">truce-lapses</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_about_a_measure_not_yet_recorded_is_said_not_to_apply_in_words()
    {
        // deal-signed-2026 ends the Section 122 surcharge early, which the ledger first recorded in February 2026
        var html = await factory.CreateClient().GetStringAsync("/duty?importer=US&origin=CN&hs=8505.11&date=2025-06-09&value=1000&knownAt=2025-06-30");
        var table = html.Split("Under each scenario")[1].Split("</table>")[0];

        Assert.Contains("Does not apply: it changes ", table, StringComparison.Ordinal);
        Assert.Contains("which the ledger did not yet hold as known at 2025-06-30", table, StringComparison.Ordinal);
        Assert.DoesNotContain("us-section-122", table, StringComparison.Ordinal);
        Assert.DoesNotContain("points at", table, StringComparison.Ordinal);
        Assert.Contains(">truce-lapses</a>", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_a_report_says_is_encoded_on_the_story_page()
    {
        var (curator, _) = factory.Tokens();
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest")
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent("Geneva, May 2, 2026 - <script>alert(1)</script> The EU will put a 30% tariff on <img src=x onerror=alert(2)> steel from Turkey."), "text" },
                { new StringContent("<b onmouseover=alert(3)>EU tariff</b>"), "title" },
            },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var result = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var html = await client.GetStringAsync($"/stories/{result.GetProperty("stories")[0].GetInt64()}");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_a_foreign_return_address_is_ignored()
    {
        factory.Tokens();
        var client = Browser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(client, ServerFactory.CuratorName, "not the password")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(client, "nobody-here", "not the password")).StatusCode);
        var signedIn = await SignIn(client, ServerFactory.CuratorName, ServerFactory.CuratorPassword, "//evil.example/");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_in_without_the_anti_forgery_token_is_refused()
    {
        factory.Tokens();
        var response = await Browser().PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = ServerFactory.CuratorName,
            ["password"] = ServerFactory.CuratorPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_curator_writes_only_with_the_anti_forgery_token()
    {
        factory.Tokens();
        var client = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(client, ServerFactory.CuratorName, ServerFactory.CuratorPassword)).StatusCode);

        var forged = await client.PostAsync("/api/ingest", new MultipartFormDataContent { { new StringContent("Tariffs rise to 99%."), "text" } });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var token = await FormToken(client, "/ingest");
        var posted = await client.PostAsync("/ingest", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Ottawa, May 3, 2026 - Canada said it would keep its 25% tariff on US steel until July 1, 2026."), "text" },
        });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("report(s) added", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposal_says_its_claim_in_words_and_links_the_story_it_was_read_in()
    {
        var page = await factory.CreateClient().GetStringAsync("/review");
        var words = System.Text.RegularExpressions.Regex.Matches(page, "<p class=\"claim-words\">([^<]*)</p>").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.DoesNotContain("ratePercent", w, StringComparison.Ordinal));
        Assert.Contains(words, w => w.Contains("tariff on goods from China", StringComparison.Ordinal));
        var stories = System.Text.RegularExpressions.Regex.Matches(page, ", in the story <a href=\"/stories/(\\d+)\">").Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(stories);
        foreach (var story in stories.Distinct())
        {
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/stories/{story}")).StatusCode);
        }
    }

    [Fact]
    public async Task The_review_page_offers_actions_only_to_a_curator()
    {
        factory.Tokens();
        var anonymous = await factory.CreateClient().GetStringAsync("/review");
        Assert.DoesNotContain(">Reject</button>", anonymous, StringComparison.Ordinal);

        var client = Browser();
        await SignIn(client, ServerFactory.CuratorName, ServerFactory.CuratorPassword);
        var curatorPage = await client.GetStringAsync("/review");
        Assert.Contains(">Reject</button>", curatorPage, StringComparison.Ordinal);
        // Proposals read from the news name no goods: they offer narrowing, not a one-click accept.
        Assert.Contains(">Narrow</button>", curatorPage, StringComparison.Ordinal);
        Assert.Contains("Cannot be accepted as it stands", curatorPage, StringComparison.Ordinal);

        var reader = Browser();
        await SignIn(reader, ServerFactory.ReaderName, ServerFactory.CuratorPassword);
        Assert.DoesNotContain(">Reject</button>", await reader.GetStringAsync("/review"), StringComparison.Ordinal);
        var token = await FormToken(reader, "/review");
        var refused = await reader.PostAsync("/review/1/accept", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
