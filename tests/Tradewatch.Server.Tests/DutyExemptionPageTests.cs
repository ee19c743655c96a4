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
}
