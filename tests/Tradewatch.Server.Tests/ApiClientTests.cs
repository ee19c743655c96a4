using System.Collections;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Tradewatch.ApiClient;
using Tradewatch.ApiClient.Api.Review;
using Tradewatch.ApiClient.Models;

namespace Tradewatch.Server.Tests;

/// <summary>
/// The README's API calls made through a client generated from the committed openapi.json (Kiota, at
/// build: see the project file), against the server in memory. Each answer is read into the generated
/// types with nothing left over: a field the server sends that the document does not describe lands
/// in a model's AdditionalData, and fails here. Refusals come back as the documented problem types.
/// </summary>
public sealed class ApiClientTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private TradewatchClient Client(string? token = null)
    {
        var http = factory.CreateClient();
        IAuthenticationProvider auth = token is null ? new AnonymousAuthenticationProvider() : new BaseBearerTokenAuthenticationProvider(new Token(token));
        return new TradewatchClient(new HttpClientRequestAdapter(auth, httpClient: http) { BaseUrl = http.BaseAddress!.ToString().TrimEnd('/') });
    }

    [Fact]
    public async Task The_READMEs_ledger_calls_answer_in_the_generated_types()
    {
        var client = Client();
        var raw = factory.CreateClient();

        var duty = await client.Api.Duty.GetAsync(r =>
        {
            r.QueryParameters.Importer = "US";
            r.QueryParameters.Origin = "CN";
            r.QueryParameters.Hs = "8505.11";
            r.QueryParameters.Date = new Date(2025, 6, 9);
            r.QueryParameters.Value = 1000;
            r.QueryParameters.KnownAt = new Date(2025, 6, 30);
        });
        AssertTyped(duty);
        // The typed answer is the answer: the same figures as the JSON the server sends for the same question.
        var json = await raw.GetFromJsonAsync<JsonElement>("/api/duty?importer=US&origin=CN&hs=8505.11&date=2025-06-09&value=1000&knownAt=2025-06-30");
        Assert.Equal(json.GetProperty("totalAdditionalPercent").GetDouble(), duty!.TotalAdditionalPercent);
        Assert.Equal(json.GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("measure").GetString()), duty.Layers!.Select(l => l.Measure));
        Assert.NotEmpty(duty.Layers!);
        Assert.Equal(json.GetProperty("currency").GetString(), duty.Currency);
        Assert.Equal("USD", duty.Currency);

        var licence = await client.Api.Licence.GetAsync(r =>
        {
            r.QueryParameters.Exporter = "CN";
            r.QueryParameters.Destination = "US";
            r.QueryParameters.Item = "samarium";
            r.QueryParameters.Date = new Date(2025, 6, 9);
        });
        AssertTyped(licence);
        Assert.True(licence!.LicenceRequired);
        Assert.NotEmpty(licence.Measures!);

        var timeline = await client.Api.Timeline.GetAsync(r =>
        {
            r.QueryParameters.Importer = "US";
            r.QueryParameters.Origin = "CN";
            r.QueryParameters.KnownAt = new Date(2025, 12, 31);
        });
        AssertTyped(timeline);
        Assert.NotEmpty(timeline!.Steps!);

        var scenarios = await client.Api.Scenarios.GetAsync();
        AssertTyped(scenarios);
        var lapse = Assert.Single(scenarios!, s => s.Name == "truce-lapses");

        var changes = await client.Api.Changes.GetAsync(r =>
        {
            r.QueryParameters.From = new Date(2025, 11, 1);
            r.QueryParameters.To = new Date(2025, 11, 30);
            r.QueryParameters.Scenario = lapse.Name;
        });
        AssertTyped(changes);
        Assert.NotEmpty(changes!.Events!);
    }

    [Fact]
    public async Task The_READMEs_news_calls_answer_in_the_generated_types()
    {
        var client = Client();
        var stories = await client.Api.Stories.GetAsync();
        AssertTyped(stories);
        Assert.NotEmpty(stories!);
        foreach (var id in stories!.Select(s => s.Id!.Value))
        {
            var story = await client.Api.Stories[id].GetAsync();
            AssertTyped(story);
            Assert.Equal(id, story!.Story!.Id);
            AssertTyped(await client.Api.Stories[id].Claims.GetAsync());
            AssertTyped(await client.Api.Stories[id].Conflicts.GetAsync());
            AssertTyped(await client.Api.Stories[id].Check.GetAsync());
        }

        // Claims of every kind the samples hold are read as their kind, with the kind's own fields.
        var claims = await client.Api.Claims.GetAsync();
        AssertTyped(claims);
        var tariff = claims!.OfType<TariffClaim>().FirstOrDefault(c => c.RatePercent is not null);
        Assert.True(tariff is not null, "the samples hold a tariff claim with a rate");
        Assert.False(string.IsNullOrEmpty(tariff.Imposer));
        Assert.NotEmpty(tariff.Sources!);

        var open = await client.Api.Review.GetAsync(r => r.QueryParameters.State = GetStateQueryParameterType.Open);
        AssertTyped(open);
        Assert.NotEmpty(open!);
        Assert.All(open!, p => Assert.Equal("open", p.State));

        var missing = await Assert.ThrowsAsync<ProblemDetails>(() => client.Api.Stories[999_999].GetAsync());
        Assert.Equal(404, missing.Status);
        var wrong = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => client.Api.Duty.GetAsync(r =>
        {
            r.QueryParameters.Importer = "US";
            r.QueryParameters.Origin = "XX";
            r.QueryParameters.Date = new Date(2025, 6, 9);
        }));
        Assert.True(wrong.Errors!.AdditionalData.ContainsKey("origin"), "the problem names the origin field");
    }

    [Fact]
    public async Task A_curator_ingests_narrows_accepts_and_revokes_through_the_client()
    {
        var (curatorToken, _) = factory.Tokens();
        var curator = Client(curatorToken);

        var refused = await Assert.ThrowsAsync<ProblemDetails>(() => Client().Api.Ingest.PostAsync(Pasted("A text.", "A title")));
        Assert.Equal(401, refused.Status);

        var pasted = await curator.Api.Ingest.PostAsync(Pasted(
            """
            Brussels, 3 March 2026 - The European Union will raise its tariff on electric bicycles from China to 62.5%
            from 1 April 2026, the Commission said on Tuesday. Chinese makers said they would appeal.
            """,
            "EU raises e-bike duties"));
        AssertTyped(pasted);
        Assert.Equal(1, pasted!.Added);

        var upload = new MultipartBody();
        var sample = Path.Combine(AppContext.BaseDirectory, "data", "samples", "08-ebike-duties.txt");
        upload.AddOrReplacePart("files", "application/octet-stream", File.ReadAllBytes(sample), Path.GetFileName(sample));
        var uploaded = await curator.Api.Ingest.PostAsync(upload);
        AssertTyped(uploaded);
        // The samples are in the store already: the upload is recognised, not stored twice.
        Assert.Equal(1, uploaded!.Added + uploaded.AlreadyStored);

        var open = await curator.Api.Review.GetAsync(r => r.QueryParameters.State = GetStateQueryParameterType.Open);
        var unread = open!.First(p => p.Kind == "tariff" && p.Unread is not null);
        var id = unread.Id!.Value;
        var early = await Assert.ThrowsAsync<ProblemDetails>(() => curator.Api.Review[id].Accept.PostAsync(r => r.QueryParameters.Reason = "checked"));
        Assert.Equal(409, early.Status);

        var narrowed = await curator.Api.Review[id].Narrow.PostAsync(r =>
        {
            r.QueryParameters.Products = "8711.60";
            r.QueryParameters.Reason = "e-bikes";
        });
        AssertTyped(narrowed);
        Assert.Equal("8711.60", narrowed!.Change!.Products);

        var accepted = await curator.Api.Review[id].Accept.PostAsync(r => r.QueryParameters.Reason = "checked");
        AssertTyped(accepted);
        Assert.Equal("accepted", accepted!.State);
        Assert.Equal("checked", accepted.Decision!.Reason);

        var revoked = await curator.Api.Review[id].Revoke.PostAsync(r => r.QueryParameters.Reason = "the regulation was withdrawn");
        AssertTyped(revoked);
        Assert.Equal("revoked", revoked!.State);
        Assert.Equal("the regulation was withdrawn", revoked.Revocation!.Reason);

        var other = (await curator.Api.Review.GetAsync(r => r.QueryParameters.State = GetStateQueryParameterType.Open))!.First(p => p.Id != id);
        var rejected = await curator.Api.Review[other.Id!.Value].Reject.PostAsync(r => r.QueryParameters.Reason = "not what the order says");
        Assert.Equal("rejected", rejected!.State);
        var twice = await Assert.ThrowsAsync<ProblemDetails>(() => curator.Api.Review[other.Id!.Value].Reject.PostAsync());
        Assert.Equal(409, twice.Status);
    }

    private static MultipartBody Pasted(string text, string title)
    {
        var body = new MultipartBody();
        body.AddOrReplacePart("text", "text/plain", text);
        body.AddOrReplacePart("title", "text/plain", title);
        return body;
    }

    /// <summary>
    /// Walks a generated model: every object holds only fields the document describes (its AdditionalData
    /// is empty), all the way down.
    /// </summary>
    private static void AssertTyped(object? model, string at = "answer")
    {
        switch (model)
        {
            case null or string or ValueType:
                return;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                {
                    AssertTyped(item, $"{at}[{i++}]");
                }

                return;
        }

        Assert.NotNull(model);
        if (model is IAdditionalDataHolder holder)
        {
            Assert.True(holder.AdditionalData.Count == 0, $"{at} ({model.GetType().Name}) has fields the document does not describe: {string.Join(", ", holder.AdditionalData.Keys)}");
        }

        foreach (var property in model.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(IAdditionalDataHolder.AdditionalData) && p.Name != "BackingStore"))
        {
            AssertTyped(property.GetValue(model), $"{at}.{property.Name}");
        }
    }

    private sealed class Token(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
