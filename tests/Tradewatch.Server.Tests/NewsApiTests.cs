using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tradewatch.Server.Tests;

public sealed class NewsApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private const string Report =
        """
        Washington, May 20, 2026 - The United States will raise its tariff on all goods from Brazil to 40% from June 1, 2026,
        the trade representative said on Wednesday. Brazil's trade minister said the country would respond.
        """;

    private readonly HttpClient client = factory.CreateClient();

    private static MultipartFormDataContent Paste(string text, string? title = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(text), "text" } };
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        return form;
    }

    [Fact]
    public async Task The_samples_are_stories_with_reports_and_copies()
    {
        var stories = await client.GetFromJsonAsync<JsonElement>("/api/stories");
        Assert.True(stories.GetArrayLength() >= 3);
        var biggest = stories.EnumerateArray().MaxBy(s => s.GetProperty("reports").GetInt64());
        var story = await client.GetFromJsonAsync<JsonElement>($"/api/stories/{biggest.GetProperty("id").GetInt64()}");
        var reports = story.GetProperty("reports").EnumerateArray().ToList();
        Assert.True(reports.Count >= 2);
        Assert.Contains(reports, r => r.GetProperty("relations").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Claims_carry_spans_into_the_stored_text()
    {
        var stories = await client.GetFromJsonAsync<JsonElement>("/api/stories");
        var id = stories.EnumerateArray().MaxBy(s => s.GetProperty("reports").GetInt64()).GetProperty("id").GetInt64();
        var story = await client.GetFromJsonAsync<JsonElement>($"/api/stories/{id}");
        var texts = story.GetProperty("reports").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), r => r.GetProperty("text").GetString()!);
        var claims = await client.GetFromJsonAsync<JsonElement>($"/api/stories/{id}/claims");
        Assert.NotEqual(0, claims.GetArrayLength());
        foreach (var (kind, source) in claims.EnumerateArray().SelectMany(c => c.GetProperty("sources").EnumerateArray().Select(s => (c.GetProperty("kind").GetString(), s))))
        {
            var text = texts[source.GetProperty("document").GetString()!];
            // A dateline the cleaner took out of the text is cited with an empty span at its start, [0, 0).
            var start = source.GetProperty("start").GetInt32();
            var least = start + (kind == "dateline" || (start == 0 && source.GetProperty("end").GetInt32() == 0) ? 0 : 1);
            Assert.InRange(source.GetProperty("end").GetInt32(), least, text.Length);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/stories/{id}/conflicts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/stories/{id}/check")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/stories/{id}/claims?kind=gossip")).StatusCode);
    }

    [Fact]
    public async Task A_missing_story_is_a_404_problem()
    {
        var response = await client.GetAsync("/api/stories/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Ingest_without_signing_in_is_401()
    {
        var response = await client.PostAsync("/api/ingest", Paste(Report));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_with_a_wrong_token_is_401_and_by_a_reader_is_403()
    {
        var (_, reader) = factory.Tokens();
        using var bad = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = Paste(Report) };
        bad.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "tw_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(bad)).StatusCode);

        using var asReader = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = Paste(Report) };
        asReader.Headers.Authorization = new AuthenticationHeaderValue("Bearer", reader);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(asReader)).StatusCode);
    }

    [Fact]
    public async Task A_curator_ingests_pasted_text_and_the_story_is_visible()
    {
        var (curator, _) = factory.Tokens();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = Paste(Report, "US to raise tariff on Brazil to 40%") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("added").GetInt32());
        var storyId = result.GetProperty("stories")[0].GetInt64();

        var story = await client.GetFromJsonAsync<JsonElement>($"/api/stories/{storyId}");
        Assert.Contains(story.GetProperty("reports").EnumerateArray(), r => r.GetProperty("text").GetString()!.Contains("Brazil to 40%", StringComparison.Ordinal));
        var claims = await client.GetFromJsonAsync<JsonElement>($"/api/stories/{storyId}/claims?kind=tariff");
        Assert.Contains(claims.EnumerateArray(), c => c.TryGetProperty("ratePercent", out var r) && r.ValueKind == JsonValueKind.Number && r.GetDecimal() == 40m);
    }

    [Fact]
    public async Task A_curator_uploads_a_file()
    {
        var (curator, _) = factory.Tokens();
        var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("Beijing, May 21, 2026 - China said on Thursday it would keep its 10% tariff on US goods.")), "files", "beijing.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var result = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("added").GetInt32() + result.GetProperty("alreadyStored").GetInt32());
    }

    [Fact]
    public async Task Ingest_with_nothing_or_too_much_is_a_validation_problem()
    {
        var (curator, _) = factory.Tokens();
        foreach (var content in new[] { Paste("   "), Paste(new string('x', 20_001)), Paste("text", "a\ntitle") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", curator);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>A body that is not the upload form is a problem saying what to send, naming the field; never a bare 400 or a 500.</summary>
    [Theory]
    [InlineData("multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nthe body stops here", 400)]
    [InlineData("multipart/form-data; boundary=XYZ", "no parts at all", 400)]
    [InlineData("multipart/form-data", "--XYZ\r\n", 400)]
    [InlineData(null, null, 400)]
    public async Task A_malformed_upload_is_a_problem_naming_the_field(string? type, string? body, int status)
    {
        var (curator, _) = factory.Tokens();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var response = await client.SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("multipart/form-data", problem.GetProperty("errors").GetProperty("files")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_of_another_media_type_is_a_415_saying_what_was_sent()
    {
        var (curator, _) = factory.Tokens();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = JsonContent.Create(new { text = "Tariffs rose." }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class WriteLimitTests
{
    [Fact]
    public async Task Writes_past_the_limit_are_429_problems()
    {
        using var factory = new ServerFactory { WritesPerMinute = 2 };
        var (curator, _) = factory.Tokens();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var form = new MultipartFormDataContent { { new StringContent($"Report number {i} says that tariffs on steel stay at 25%."), "text" } };
            statuses.Add((await client.PostAsync("/api/ingest", form)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}

public sealed class RequestLimitTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task An_upload_over_the_limit_is_a_413_problem()
    {
        var (curator, _) = factory.Tokens();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[5 * 1024 * 1024]), "files", "big.txt" } };
        var response = await client.PostAsync("/api/ingest", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_upload_sent_in_chunks_is_a_413_problem_once_it_passes_the_limit()
    {
        var (curator, _) = factory.Tokens();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var form = new MultipartFormDataContent { { new UnsizedContent(new byte[5 * 1024 * 1024]), "files", "big.txt" } };
        var response = await client.PostAsync("/api/ingest", form);
        Assert.Null(form.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_small_form_with_too_many_values_is_a_bad_request_not_a_large_one()
    {
        var (curator, _) = factory.Tokens();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var form = new MultipartFormDataContent();
        for (var i = 0; i < 100; i++)
        {
            form.Add(new StringContent("x"), $"field{i}");
        }

        var response = await client.PostAsync("/api/ingest", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A body part whose length is not known in advance, so the request is sent in chunks.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

public sealed class StoreWideClaimsTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task The_whole_store_has_claims_conflicts_and_checks()
    {
        var client = factory.CreateClient();
        var claims = await client.GetFromJsonAsync<JsonElement>("/api/claims?kind=tariff");
        Assert.NotEqual(0, claims.GetArrayLength());
        Assert.All(claims.EnumerateArray(), c => Assert.Equal("tariff", c.GetProperty("kind").GetString()));
        var conflicts = await client.GetFromJsonAsync<JsonElement>("/api/conflicts");
        Assert.True(conflicts.TryGetProperty("conflicts", out _));
        var checks = await client.GetFromJsonAsync<JsonElement>("/api/check");
        Assert.Contains(checks.EnumerateArray(), c => c.GetProperty("verdict").GetString() == "inconsistent");
    }
}
