using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tradewatch.Server.Tests;

public sealed class ReviewApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<long> OpenProposal()
    {
        var open = await client.GetFromJsonAsync<JsonElement>("/api/review?state=open");
        Assert.NotEqual(0, open.GetArrayLength());
        return open[0].GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task The_samples_raise_open_proposals_with_sources()
    {
        var open = await client.GetFromJsonAsync<JsonElement>("/api/review?state=open");
        Assert.NotEqual(0, open.GetArrayLength());
        Assert.All(open.EnumerateArray(), p => Assert.NotEqual(0, p.GetProperty("sources").GetArrayLength()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/review?state=maybe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/review/999999")).StatusCode);
    }

    [Fact]
    public async Task Accepting_without_signing_in_is_401_and_as_a_reader_403()
    {
        var id = await OpenProposal();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync($"/api/review/{id}/accept", null)).StatusCode);
        var (_, reader) = factory.Tokens();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/review/{id}/accept");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", reader);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
        var still = await client.GetFromJsonAsync<JsonElement>($"/api/review/{id}");
        Assert.Equal("open", still.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_curator_accepts_once_and_rejects_with_a_reason()
    {
        var (curator, _) = factory.Tokens();
        var authed = factory.CreateClient();
        authed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var open = await client.GetFromJsonAsync<JsonElement>("/api/review?state=open");
        Assert.True(open.GetArrayLength() >= 2, "the samples should raise at least two proposals");
        // The proposal whose goods were not read, wherever it falls in the queue: the queue's order follows
        // the order of the samples' claims, which changes as the reading of the samples does.
        var unreadProposal = open.EnumerateArray().FirstOrDefault(p => p.GetProperty("unread").ValueKind == JsonValueKind.String && p.GetProperty("kind").GetString() == "tariff");
        Assert.True(unreadProposal.ValueKind == JsonValueKind.Object, $"the samples should raise a tariff proposal whose goods were not read: {open}");
        var first = unreadProposal.GetProperty("id").GetInt64();
        // A proposal carries the sentence its claim was read from and how far the reading can be trusted.
        Assert.False(string.IsNullOrWhiteSpace(unreadProposal.GetProperty("sentence").GetString()));
        Assert.InRange(unreadProposal.GetProperty("confidence").GetDouble(), 0, 1);
        var second = open.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()).First(id => id != first);

        var unread = await authed.PostAsync($"/api/review/{first}/accept?reason=checked%20the%20decree", null);
        Assert.Equal(HttpStatusCode.Conflict, unread.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await authed.PostAsync($"/api/review/{first}/narrow?products=bicycles&reason=x", null)).StatusCode);
        var narrowed = await authed.PostAsync($"/api/review/{first}/narrow?products=8711.60,8712&reason=the%20report%20is%20about%20e-bikes", null);
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
        Assert.Equal("8711.60, 8712", (await narrowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("change").GetProperty("products").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await authed.PostAsync($"/api/review/{first}/accept", null)).StatusCode);
        var accepted = await authed.PostAsync($"/api/review/{first}/accept?reason=checked%20the%20decree", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accepted", body.GetProperty("state").GetString());
        Assert.Equal(ServerFactory.CuratorName, body.GetProperty("decision").GetProperty("reviewer").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await authed.PostAsync($"/api/review/{first}/accept?reason=again", null)).StatusCode);

        var revoked = await authed.PostAsync($"/api/review/{first}/revoke?reason=the%20decree%20was%20withdrawn", null);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var revokedBody = await revoked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("revoked", revokedBody.GetProperty("state").GetString());
        Assert.Equal("the decree was withdrawn", revokedBody.GetProperty("revocation").GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await authed.PostAsync($"/api/review/{first}/revoke?reason=again", null)).StatusCode);

        var rejected = await authed.PostAsync($"/api/review/{second}/reject?reason=not%20what%20the%20order%20says", null);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("not what the order says", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decision").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Two_curators_deciding_one_proposal_at_once_get_one_decision_and_one_refusal()
    {
        var (first, _) = factory.Tokens();
        factory.Curators.Add("second-curator", ServerFactory.CuratorPassword);
        var second = factory.Curators.IssueToken("second-curator", "race")!;
        HttpClient As(string token)
        {
            var c = factory.CreateClient();
            c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return c;
        }

        var open = await client.GetFromJsonAsync<JsonElement>("/api/review?state=open");
        var id = open.EnumerateArray().Last(p => p.GetProperty("kind").GetString() == "tariff").GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await As(first).PostAsync($"/api/review/{id}/narrow?products=all&reason=the%20order%20covers%20all%20goods", null)).StatusCode);

        var decisions = await Task.WhenAll(
            As(first).PostAsync($"/api/review/{id}/accept?reason=checked%20the%20order", null),
            As(second).PostAsync($"/api/review/{id}/reject?reason=not%20in%20the%20order", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], decisions.Select(d => d.StatusCode).Order());
        var refusal = decisions.Single(d => d.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", refusal.Content.Headers.ContentType?.MediaType);
        var state = (await client.GetFromJsonAsync<JsonElement>($"/api/review/{id}")).GetProperty("state").GetString();
        Assert.Equal(decisions[0].StatusCode == HttpStatusCode.OK ? "accepted" : "rejected", state);
    }
}
