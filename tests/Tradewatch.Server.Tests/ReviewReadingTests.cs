using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Tradewatch.Server.Tests;

/// <summary>A proposal the stored reports no longer propose as it stands, as the API and the review page show it.</summary>
public sealed class ReviewReadingTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private HttpClient Curator() => factory.CuratorClient();

    private static MultipartFormDataContent Report(string text, string outlet, string url) => new()
    {
        { new StringContent(text), "text" },
        { new StringContent(outlet), "outlet" },
        { new StringContent("2026-02-27"), "published" },
        { new StringContent(url), "url" },
    };

    [Fact]
    public async Task A_proposal_read_differently_since_shows_the_new_reading_and_is_not_accepted_as_it_stands()
    {
        var client = Curator();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/ingest", Report(
            "Brazil is charging a 25% tariff on Chinese goods from Monday, the trade ministry in Brasilia said on Friday. Officials in Beijing said they would answer within a week.",
            "Southern Trade Wire",
            "https://southern.example.org/2026/02/27/brazil"))).StatusCode);
        var open = await client.GetFromJsonAsync<JsonElement>("/api/review?state=open");
        var proposal = open.EnumerateArray().Single(p => p.GetProperty("change").GetProperty("imposer").GetString() == "BR");
        var id = proposal.GetProperty("id").GetInt64();
        Assert.Equal(JsonValueKind.Null, proposal.GetProperty("superseded").ValueKind);

        // A second report names the goods: the whole store now reads the first one's sentence as about them.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/ingest", Report(
            "Brazil is charging a 25% tariff on electric bicycles from China from Monday, its trade ministry said on Friday. Chinese officials said they would answer within a week.",
            "Pampas Daily",
            "https://pampas.example.org/2026/02/27/brazil"))).StatusCode);
        var marked = await client.GetFromJsonAsync<JsonElement>($"/api/review/{id}");
        Assert.Equal("open", marked.GetProperty("state").GetString());
        Assert.Contains("now read this differently", marked.GetProperty("superseded").GetString(), StringComparison.Ordinal);
        var reading = Assert.Single(marked.GetProperty("readings").EnumerateArray().ToList());
        Assert.Equal("read-differently", reading.GetProperty("standing").GetString());
        Assert.Contains("electric bicycles", reading.GetProperty("words").GetString(), StringComparison.Ordinal);

        var refused = await client.PostAsync($"/api/review/{id}/accept?reason=checked%20the%20decree", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("now read this differently", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await PageTests.SignIn(browser, ServerFactory.CuratorName, ServerFactory.CuratorPassword);
        var page = await browser.GetStringAsync("/review");
        var start = page.IndexOf($"id=\"p{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the open queue lists the proposal");
        var card = page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains("read differently now", card, StringComparison.Ordinal);
        Assert.Contains("Now read as:", card, StringComparison.Ordinal);
        Assert.Contains("electric bicycles", card, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/review/{id}/accept\"", card, StringComparison.Ordinal);
        Assert.Contains($"action=\"/review/{id}/reject\"", card, StringComparison.Ordinal);
    }
}
