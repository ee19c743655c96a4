using System.Text.Json;

namespace Tradewatch.Server.Tests;

/// <summary>The duty page and API say a layer is exempt, and under which exemption, as the CLI does.</summary>
public sealed class DutyExemptionPageTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    // Smartphones (8517.13.00) from China on 2 Mar 2026: Annex I of the Section 122 proclamation (9903.03.03) leaves them
    // out of the surcharge
    [Fact]
    public async Task A_layer_the_goods_are_exempt_from_says_which_exemption()
    {
        const string query = "importer=US&origin=CN&hs=8517.13.00.00&date=2026-03-02";
        var client = factory.CreateClient();
        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/duty?{query}")).RootElement;
        var layer = api.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("measure").GetString() == "us-section-122");
        Assert.Equal("exempt", layer.GetProperty("status").GetString());
        Assert.Equal("9903.03.03-.04", layer.GetProperty("exemption").GetProperty("heading").GetString());
        var html = await client.GetStringAsync($"/duty?{query}");
        Assert.Contains(">exempt</span><span class=\"small layer-exemption\">: Goods exempt from the Section 122 surcharge (Annex I of the proclamation), 9903.03.03-.04</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("suspended in part by", html, StringComparison.Ordinal);
    }

    // Flat-rolled steel (7208.10.15.00) from Germany on 2 Mar 2026 pays Section 232; U.S. note 2(aa)(v)(1) keeps the Section 122
    // surcharge off it (9903.03.06): the layer is there, exempt, on the page and in the API, and the total is Section 232's
    [Fact]
    public async Task A_layer_Section_232_goods_are_exempt_from_is_shown_with_its_heading()
    {
        const string query = "importer=US&origin=DE&hs=7208.10.15.00&date=2026-03-02&value=1000";
        var client = factory.CreateClient();
        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/duty?{query}")).RootElement;
        var layer = api.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("measure").GetString() == "us-section-122");
        Assert.Equal(("exempt", "9903.03.06", "us-232-steel-eu"), (layer.GetProperty("status").GetString(), layer.GetProperty("exemption").GetProperty("heading").GetString(), layer.GetProperty("exemption").GetProperty("id").GetString()));
        Assert.Equal(50m, api.GetProperty("totalAdditionalPercent").GetDecimal());
        var html = await client.GetStringAsync($"/duty?{query}");
        Assert.Contains(">exempt</span><span class=\"small layer-exemption\">: Goods under Section 232 steel, 9903.03.06</span>", html, StringComparison.Ordinal);
    }
}
