using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tradewatch.Core;

namespace Tradewatch.Server.Tests;

public sealed class CsvExportTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<List<List<string>>> Csv(string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        return Tradewatch.Core.Csv.ReadRecords(reader).ToList();
    }

    [Fact]
    public async Task The_duty_csv_has_the_answers_layers_and_total()
    {
        const string query = "importer=US&origin=CN&hs=8505.11&date=2025-06-09&value=1000&knownAt=2025-06-30";
        var answer = await client.GetFromJsonAsync<JsonElement>($"/api/duty?{query}");
        var rows = await Csv($"/duty.csv?{query}");
        var header = rows[0];
        var layers = answer.GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal(layers.Count + 2, rows.Count);
        for (var i = 0; i < layers.Count; i++)
        {
            Assert.Equal(layers[i].GetProperty("measure").GetString(), rows[i + 1][header.IndexOf("measure")]);
            Assert.Equal(layers[i].GetProperty("ratePercent").GetDecimal(), decimal.Parse(rows[i + 1][header.IndexOf("rate_percent")], CultureInfo.InvariantCulture));
        }

        var total = rows[^1];
        Assert.Equal("total", total[header.IndexOf("measure")]);
        Assert.Equal(answer.GetProperty("totalAdditionalPercent").GetDecimal(), decimal.Parse(total[header.IndexOf("rate_percent")], CultureInfo.InvariantCulture));
        Assert.Equal(answer.GetProperty("additionalDuty").GetDecimal(), decimal.Parse(total[header.IndexOf("duty")], CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/duty.csv?importer=US&origin=XX&date=2025-06-09")).StatusCode);
    }

    [Fact]
    public async Task The_claims_csv_has_one_row_per_claim_in_plain_words_with_verdicts()
    {
        var claims = await client.GetFromJsonAsync<JsonElement>("/api/stories/1/claims");
        var checks = (await client.GetFromJsonAsync<JsonElement>("/api/stories/1/check")).EnumerateArray()
            .ToDictionary(c => c.GetProperty("claim").GetString()!, c => c.GetProperty("verdict").GetString()!);
        var rows = await Csv("/stories/1/claims.csv");
        var header = rows[0];
        Assert.Equal(claims.GetArrayLength(), rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal("1", row[header.IndexOf("story")]);
            Assert.DoesNotContain("=", row[header.IndexOf("words")], StringComparison.Ordinal);
            Assert.Equal(checks.GetValueOrDefault(row[header.IndexOf("claim")]) ?? string.Empty, row[header.IndexOf("verdict")]);
            Assert.NotEmpty(row[header.IndexOf("quote")]);
        }

        var all = await Csv("/claims.csv");
        Assert.Equal((await client.GetFromJsonAsync<JsonElement>("/api/claims")).GetArrayLength(), all.Count - 1);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/stories/987654/claims.csv")).StatusCode);
    }
}
