using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tradewatch.Server.Tests;

public sealed class IngestFieldsTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private HttpClient Curator() => factory.CuratorClient();

    [Fact]
    public async Task The_date_outlet_and_address_of_a_pasted_report_reach_the_stored_report()
    {
        var client = Curator();
        var form = new MultipartFormDataContent
        {
            { new StringContent("Officials said the United States will put a 40% tariff on all goods from Brazil, starting next month."), "text" },
            { new StringContent("US sets Brazil tariff"), "title" },
            { new StringContent("Harbour Post"), "outlet" },
            { new StringContent("2026-05-20"), "published" },
            { new StringContent("https://harbour.example.net/2026/05/20/brazil"), "url" },
        };
        var result = await (await client.PostAsync("/api/ingest", form)).Content.ReadFromJsonAsync<JsonElement>();
        var story = await client.GetFromJsonAsync<JsonElement>($"/api/stories/{result.GetProperty("stories")[0].GetInt64()}");
        var report = story.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("title").GetString() == "US sets Brazil tariff");
        Assert.Equal("Harbour Post", report.GetProperty("outlet").GetString());
        Assert.Equal("2026-05-20", report.GetProperty("published").GetString());
        Assert.Equal("https://harbour.example.net/2026/05/20/brazil", report.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("url", "javascript:alert(1)")]
    [InlineData("published", "2026-02-30")]
    [InlineData("outlet", "two\nlines")]
    public async Task A_bad_field_is_refused_by_name(string field, string value)
    {
        var form = new MultipartFormDataContent { { new StringContent("Some report text about tariffs."), "text" }, { new StringContent(value), field } };
        var response = await Curator().PostAsync("/api/ingest", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
    }
}
