using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Tradewatch.Server.Tests;

/// <summary>
/// The OpenAPI document against the endpoints it describes: the same operations, the bearer scheme
/// where a curator is needed, every refusal a live request gets listed under its operation, required
/// parameters exactly those whose absence is refused, no untyped schema and one type per id, and live
/// claims and conflicts in the documented shape. A change to the endpoints that the document does not
/// follow fails here.
/// </summary>
public sealed class OpenApiContractTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> Document()
    {
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Operation(JsonElement document, string method, string path) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method.ToLowerInvariant());

    /// <summary>The API's endpoints as routed: method and path template, route constraints dropped.</summary>
    private List<(string Method, string Path, Endpoint Endpoint)> Routed()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, Template(e.RoutePattern.RawText!), (Endpoint)e)))
            .ToList();
    }

    private static string Template(string raw) =>
        System.Text.RegularExpressions.Regex.Replace(raw, @"\{(\w+):[^}]+\}", "{$1}").TrimEnd('/');

    /// <summary>
    /// Every reference in the document, a discriminator's mapping included, names a component it has: a
    /// client generator reading the document finds each type it is pointed to.
    /// </summary>
    [Fact]
    public async Task Every_reference_in_the_document_points_to_a_component()
    {
        var document = await Document();
        var schemas = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var references = new List<string>();
        Collect(document, references);
        Assert.NotEmpty(references);
        var dangling = references.Where(r => !r.StartsWith("#/components/schemas/", StringComparison.Ordinal) || !schemas.Contains(r["#/components/schemas/".Length..])).Distinct().ToList();
        Assert.True(dangling.Count == 0, "references to no component: " + string.Join(", ", dangling));

        static void Collect(JsonElement element, List<string> into)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, into);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        into.Add(property.Value.GetString()!);
                    }
                    else if (property.Name == "discriminator" && property.Value.TryGetProperty("mapping", out var mapping))
                    {
                        into.AddRange(mapping.EnumerateObject().Select(m => m.Value.GetString()!));
                    }
                    else
                    {
                        Collect(property.Value, into);
                    }
                }
            }
        }
    }

    [Fact]
    public async Task The_document_has_every_API_endpoint_and_no_other()
    {
        var document = await Document();
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .Order(StringComparer.Ordinal).ToList();
        var routed = Routed().Select(r => $"{r.Method} {r.Path}").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(routed);
        Assert.Equal(routed, documented);
    }

    [Fact]
    public async Task Operations_for_curators_declare_the_bearer_scheme_and_the_others_do_not()
    {
        var document = await Document();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        foreach (var (method, path, endpoint) in Routed())
        {
            var operation = Operation(document, method, path);
            var needsCurator = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any();
            var declared = operation.TryGetProperty("security", out var security)
                && security.EnumerateArray().Any(r => r.TryGetProperty("bearer", out _));
            Assert.True(needsCurator == declared, $"{method} {path}: needs a curator {needsCurator}, declares the bearer scheme {declared}");
            if (needsCurator)
            {
                foreach (var status in new[] { "401", "403", "429" })
                {
                    Assert.True(operation.GetProperty("responses").TryGetProperty(status, out _), $"{method} {path} does not document {status}");
                }
            }
        }
    }

    /// <summary>Requests that are refused, each with the status it gets; the operation must document it as a problem.</summary>
    [Theory]
    [InlineData("GET", "/api/duty", "/api/duty", null, 400)]
    [InlineData("GET", "/api/claims", "/api/claims?kind=bogus", null, 400)]
    [InlineData("GET", "/api/stories/{id}", "/api/stories/999999", null, 404)]
    [InlineData("GET", "/api/stories/{id}/claims", "/api/stories/999999/claims", null, 404)]
    [InlineData("GET", "/api/stories/{id}/conflicts", "/api/stories/999999/conflicts", null, 404)]
    [InlineData("GET", "/api/stories/{id}/check", "/api/stories/999999/check", null, 404)]
    [InlineData("GET", "/api/review/{id}", "/api/review/999999", null, 404)]
    [InlineData("GET", "/api/review", "/api/review?state=maybe", null, 400)]
    [InlineData("POST", "/api/ingest", "/api/ingest", null, 401)]
    [InlineData("POST", "/api/ingest", "/api/ingest", "reader", 403)]
    [InlineData("POST", "/api/review/{id}/accept", "/api/review/999999/accept?reason=checked", null, 401)]
    [InlineData("POST", "/api/review/{id}/accept", "/api/review/999999/accept?reason=checked", "reader", 403)]
    [InlineData("POST", "/api/review/{id}/accept", "/api/review/999999/accept?reason=checked", "curator", 404)]
    [InlineData("POST", "/api/review/{id}/revoke", "/api/review/999999/revoke?reason=checked", "curator", 404)]
    [InlineData("POST", "/api/review/{id}/narrow", "/api/review/999999/narrow?products=all&reason=checked", "curator", 404)]
    public async Task Every_refusal_is_documented_as_a_problem(string method, string path, string url, string? who, int status)
    {
        var (curator, reader) = factory.Tokens();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (who is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", who == "curator" ? curator : reader);
        }

        var response = await client.SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var documented = Operation(await Document(), method, path).GetProperty("responses");
        Assert.True(documented.TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var answer), $"{method} {path} answers {status}, which the document does not list");
        Assert.True(answer.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path}: {status} is not documented as problem details");
    }

    /// <summary>A text parameter's documented maximum length is the one the endpoint keeps: one character more is refused on that field.</summary>
    [Theory]
    [InlineData("/api/duty", "importer=US&origin=CN&date=2025-06-09", "importer")]
    [InlineData("/api/duty", "importer=US&origin=CN&date=2025-06-09", "origin")]
    [InlineData("/api/licence", "exporter=CN&destination=US&item=gallium&date=2025-06-09", "item")]
    [InlineData("/api/licence", "exporter=CN&destination=US&item=gallium&date=2025-06-09", "destination")]
    [InlineData("/api/search", "q=steel", "q")]
    public async Task A_text_longer_than_its_documented_maximum_is_refused_on_its_field(string path, string answered, string name)
    {
        var parameter = Operation(await Document(), "GET", path).GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
        var max = parameter.GetProperty("schema").GetProperty("maxLength").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{path}?{answered}")).StatusCode);

        var longer = string.Join('&', answered.Split('&').Select(f => f.StartsWith(name + "=", StringComparison.Ordinal) ? $"{name}={new string('x', max + 1)}" : f));
        var response = await client.GetAsync($"{path}?{longer}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(name, out _));
    }

    /// <summary>
    /// A question that is answered (200); the parameters the document marks required must be exactly those
    /// whose absence is refused. Of <paramref name="oneOf"/> one must be given, so neither is required alone.
    /// </summary>
    [Theory]
    [InlineData("/api/duty", "importer=US&origin=CN&hs=8505.11&date=2025-06-09&value=1000")]
    [InlineData("/api/licence", "exporter=CN&destination=US&item=gallium&date=2025-06-09", "item,hs")]
    [InlineData("/api/timeline", "importer=US&origin=CN&from=2025-01-01&to=2025-12-31")]
    [InlineData("/api/changes", "from=2025-04-01&to=2025-04-30")]
    [InlineData("/api/search", "q=steel")]
    public async Task Required_parameters_are_those_the_endpoint_refuses_to_go_without(string path, string answered, string? oneOf = null)
    {
        var alternatives = oneOf?.Split(',') ?? [];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{path}?{answered}")).StatusCode);
        var fields = answered.Split('&').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        var parameters = Operation(await Document(), "GET", path).GetProperty("parameters").EnumerateArray().ToList();
        foreach (var name in fields.Keys)
        {
            Assert.Contains(parameters, p => p.GetProperty("name").GetString() == name);
        }

        foreach (var parameter in parameters)
        {
            var name = parameter.GetProperty("name").GetString()!;
            var required = parameter.TryGetProperty("required", out var r) && r.GetBoolean();
            if (!fields.ContainsKey(name) || alternatives.Contains(name))
            {
                Assert.False(required, $"{path}: '{name}' is documented as required, yet the question is answered without it");
                continue;
            }

            var without = string.Join('&', fields.Where(f => f.Key != name).Select(f => $"{f.Key}={f.Value}"));
            var response = await client.GetAsync($"{path}?{without}");
            var refused = response.StatusCode == HttpStatusCode.BadRequest
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(name, out _);
            Assert.True(required == refused, $"{path}: '{name}' documented required {required}, refused when missing {refused}");
        }
    }

    [Fact]
    public async Task Every_schema_is_typed_and_every_number_is_only_a_number()
    {
        var problems = new List<string>();
        Walk((await Document()).GetProperty("paths"), "paths", problems);
        Walk((await Document()).GetProperty("components").GetProperty("schemas"), "schemas", problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Collects schemas that say nothing ({}), arrays without items, and types that are both a number and a string.</summary>
    private static void Walk(JsonElement node, string at, List<string> problems)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Walk(item, $"{at}[{i++}]", problems);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var member in node.EnumerateObject())
        {
            if (member.Name is "schema" or "items" || at.EndsWith(".properties", StringComparison.Ordinal) || at == "schemas")
            {
                Check(member.Value, $"{at}.{member.Name}", problems);
            }

            Walk(member.Value, $"{at}.{member.Name}", problems);
        }
    }

    private static void Check(JsonElement schema, string at, List<string> problems)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var described = schema.EnumerateObject().Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        if (!described.Overlaps(["type", "$ref", "allOf", "anyOf", "oneOf", "enum"]))
        {
            problems.Add($"{at}: untyped schema {schema}");
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [type.GetString()];
            if (types.Contains("string") && (types.Contains("integer") || types.Contains("number")))
            {
                problems.Add($"{at}: both a number and a string");
            }

            if (types.Contains("array") && !schema.TryGetProperty("items", out _))
            {
                problems.Add($"{at}: an array of nothing said");
            }
        }
    }

    [Fact]
    public async Task Claims_and_conflicts_answer_in_the_documented_shape()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");
        var common = schemas.GetProperty("ClaimDto");
        // Each kind is a component its discriminator maps to: the base claim and the facts of the kind.
        var kinds = common.GetProperty("discriminator").GetProperty("mapping").EnumerateObject().ToDictionary(
            k => k.Name,
            k =>
            {
                var parts = schemas.GetProperty(k.Value.GetString()!["#/components/schemas/".Length..]).GetProperty("allOf");
                Assert.Equal("#/components/schemas/ClaimDto", parts[0].GetProperty("$ref").GetString());
                return parts[1];
            },
            StringComparer.Ordinal);
        Assert.Equal(kinds.Keys.Order(StringComparer.Ordinal), common.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(k => k.GetString()!).Order(StringComparer.Ordinal));

        var claims = await client.GetFromJsonAsync<JsonElement>("/api/claims");
        Assert.NotEqual(0, claims.GetArrayLength());
        foreach (var c in claims.EnumerateArray())
        {
            var kind = c.GetProperty("kind").GetString()!;
            Assert.True(kinds.TryGetValue(kind, out var variant), $"kind '{kind}' is not documented");
            var allowed = variant.GetProperty("properties").EnumerateObject().Select(p => p.Name)
                .Concat(common.GetProperty("properties").EnumerateObject().Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);
            var required = variant.GetProperty("required").EnumerateArray().Concat(common.GetProperty("required").EnumerateArray()).Select(r => r.GetString()!);
            var present = c.EnumerateObject().Select(p => p.Name).ToList();
            Assert.All(present, p => Assert.True(allowed.Contains(p), $"{kind} claim has '{p}', which the document does not describe"));
            Assert.All(required, r => Assert.True(present.Contains(r), $"{kind} claim lacks '{r}', which the document requires"));
        }

        var conflicts = await client.GetFromJsonAsync<JsonElement>("/api/conflicts");
        var discrepancy = schemas.GetProperty("DiscrepancyDto").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(
            schemas.GetProperty("ConflictsDto").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            conflicts.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var d in conflicts.GetProperty("conflicts").EnumerateArray().Concat(conflicts.GetProperty("nonConflicts").EnumerateArray()))
        {
            Assert.True(d.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal).SetEquals(discrepancy), d.ToString());
        }
    }
}
