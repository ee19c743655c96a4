using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.Server.Tests;

public sealed class LedgerApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");

    private readonly HttpClient client = factory.CreateClient();

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("US", "USD")]
    [InlineData("EU", "EUR")]
    [InlineData("CA", "CAD")]
    [InlineData("CN", "CNY")]
    public async Task Duty_names_the_importers_currency_its_amounts_are_in(string importer, string currency)
    {
        var origin = importer == "CN" ? "US" : "CN";
        var json = await Json(await client.GetAsync($"/api/duty?importer={importer}&origin={origin}&date=2025-06-09&value=1000"));
        Assert.Equal(currency, json.GetProperty("currency").GetString());

        using var reader = new StringReader(await client.GetStringAsync($"/duty.csv?importer={importer}&origin={origin}&date=2025-06-09&value=1000"));
        var csv = Tradewatch.Core.Csv.ReadRecords(reader).ToList();
        var at = csv[0].IndexOf("currency");
        Assert.True(at >= 0, string.Join(',', csv[0]));
        Assert.All(csv.Skip(1), row => Assert.Equal(currency, row[at]));
    }

    [Theory]
    [InlineData("8505.11", "2025-06-09", null, null)]
    [InlineData("8505.11", "2025-06-09", "2025-06-30", null)]
    [InlineData(null, "2025-04-12", null, null)]
    [InlineData("7208.10", "2025-09-01", "2025-12-31", "truce-lapses")]
    public async Task Duty_matches_the_ledger_view(string? hs, string date, string? knownAt, string? scenario)
    {
        var url = $"/api/duty?importer=US&origin=CN&date={date}&value=1000"
            + (hs is null ? string.Empty : $"&hs={hs}") + (knownAt is null ? string.Empty : $"&knownAt={knownAt}") + (scenario is null ? string.Empty : $"&scenario={scenario}");
        var json = await Json(await client.GetAsync(url));

        var reference = LedgerLoader.Reference(Data);
        var view = ScenarioLoader.View(Data, reference, null, knownAt is null ? null : DateParsing.EndOfDay(DateOnly.Parse(knownAt)), scenario);
        var expected = view.Duty(new Economy("US"), new Economy("CN"), hs is null ? null : HsCode.Parse(hs), DateOnly.Parse(date));

        Assert.Equal(expected.TotalAdditionalPercent, json.GetProperty("totalAdditionalPercent").GetDecimal());
        Assert.Equal(expected.DutyOn(1000), json.GetProperty("additionalDuty").GetDecimal());
        Assert.Equal(
            expected.Layers.Select(l => (l.Measure.Id, l.RatePercent)),
            json.GetProperty("layers").EnumerateArray().Select(l => (l.GetProperty("measure").GetString()!, l.GetProperty("ratePercent").GetDecimal())));
        Assert.All(json.GetProperty("layers").EnumerateArray(), l => Assert.NotEqual(0, l.GetProperty("sources").GetArrayLength()));
    }

    [Theory]
    [InlineData("/api/duty?importer=US&origin=CN&hs=8505.11&date=1990-01-01")]
    [InlineData("/api/licence?exporter=CN&destination=US&item=samarium&date=1990-01-01")]
    public async Task A_day_before_the_ledger_begins_is_outside_its_coverage_and_says_so(string url)
    {
        var json = await Json(await client.GetAsync(url));
        Assert.Equal("outside", json.GetProperty("coverage").GetString());
        Assert.Contains("before the ledger's coverage", json.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_matches_the_ledger_view()
    {
        var json = await Json(await client.GetAsync("/api/timeline?importer=US&origin=CN&knownAt=2025-12-31"));
        var view = LedgerLoader.Load(Data, null).AsKnownAt(DateParsing.EndOfDay(new DateOnly(2025, 12, 31)));
        var steps = view.Timeline(new Economy("US"), new Economy("CN"), null, new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31));
        Assert.Equal(
            steps.Select(s => (s.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.TotalAdditionalPercent)),
            json.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("start").GetString()!, s.GetProperty("totalAdditionalPercent").GetDecimal())));
    }

    [Fact]
    public async Task Changes_list_the_calendar_of_the_window()
    {
        var json = await Json(await client.GetAsync("/api/changes?from=2025-11-01&to=2025-11-30"));
        var expected = LedgerLoader.Load(Data, null).AsKnownAt(null).Changes(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30));
        Assert.Equal(expected.Count, json.GetProperty("events").GetArrayLength());
        Assert.NotEmpty(expected);
    }

    [Fact]
    public async Task Licence_says_samarium_to_the_US_needed_one_in_June_2025()
    {
        var json = await Json(await client.GetAsync("/api/licence?exporter=CN&destination=US&item=samarium&date=2025-06-09"));
        Assert.True(json.GetProperty("licenceRequired").GetBoolean());
    }

    [Fact]
    public async Task Scenarios_are_listed_by_name()
    {
        var json = await Json(await client.GetAsync("/api/scenarios"));
        Assert.Contains(json.EnumerateArray(), s => s.GetProperty("name").GetString() == "truce-lapses");
    }

    [Theory]
    [InlineData("/api/duty?importer=XX&origin=CN&date=2025-06-09", "importer")]
    [InlineData("/api/duty?importer=US&origin=CN&date=2025-02-30", "date")]
    [InlineData("/api/duty?importer=US&origin=CN", "date")]
    [InlineData("/api/duty?importer=US&origin=US&date=2025-06-09", "origin")]
    [InlineData("/api/duty?importer=US&origin=CN&date=2025-06-09&hs=12ab", "hs")]
    [InlineData("/api/duty?importer=US&origin=CN&date=2025-06-09&value=-5", "value")]
    [InlineData("/api/duty?importer=US&origin=CN&date=2025-06-09&scenario=../../etc/passwd", "scenario")]
    [InlineData("/api/duty?importer=US&origin=CN&date=2025-06-09&knownAt=yesterday", "knownAt")]
    [InlineData("/api/duty?importer=US&origin=CN&date=2025-06-09&knownAt=1990-01-01", "knownAt")]
    [InlineData("/api/licence?exporter=CN&destination=US&item=samarium&date=2025-06-09&knownAt=1990-01-01", "knownAt")]
    [InlineData("/api/timeline?importer=US&origin=CN&knownAt=1990-01-01", "knownAt")]
    [InlineData("/api/changes?from=2025-01-01&to=2025-02-01&knownAt=2001-01-01", "knownAt")]
    [InlineData("/api/timeline?importer=US&origin=CN&from=2026-01-01&to=2025-01-01", "to")]
    [InlineData("/api/changes?from=2025-01-01", "to")]
    [InlineData("/api/licence?exporter=CN&destination=US&date=2025-06-09", "item")]
    [InlineData("/api/scenarios/compare?scenarios=baseline&importer=US&origin=CN", "scenarios")]
    [InlineData("/api/scenarios/compare?scenarios=baseline,no-such&importer=US&origin=CN", "scenarios")]
    [InlineData("/api/scenarios/compare?scenarios=baseline,%2Fetc%2Fpasswd&importer=US&origin=CN", "scenarios")]
    [InlineData("/api/scenarios/compare?scenarios=baseline,truce-lapses&importer=US&origin=XX", "origin")]
    public async Task Bad_input_is_a_validation_problem_naming_the_field(string url, string field)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_path_is_a_problem_not_a_page_of_html()
    {
        var response = await client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_duty_endpoint()
    {
        var json = await Json(await client.GetAsync("/openapi/v1.json"));
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/duty", out _));
    }
}
