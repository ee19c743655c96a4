using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tradewatch.App.Ledger;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;
using Tradewatch.Server.Hosting;

namespace Tradewatch.Server.Tests;

/// <summary>What a person does in the browser: read a story, compute a duty, review as a curator, and be refused without signing in.</summary>
[Trait("Category", "EndToEnd")]
public sealed class EndToEndTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_story_shows_its_claims_highlighted_in_the_text()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/stories");
        await page.GetByRole(AriaRole.Link, new() { Name = "US and Mexico open talks on steel quotas in Mexico City" }).ClickAsync();
        var marks = page.Locator("article.report mark.claim");
        await marks.First.WaitForAsync();
        Assert.True(await marks.CountAsync() > 3);
        var tariff = page.Locator("article.report mark.claim.k-tariff").First;
        Assert.Contains("50%", await tariff.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("c", await tariff.GetAttributeAsync("data-claim"), StringComparison.Ordinal);
        Assert.True(await page.Locator("aside .claims").CountAsync() > 0);
    }

    [Fact]
    public async Task The_duty_calculator_shows_the_layers_and_the_total_of_the_ledger()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/duty");
        await page.FillAsync("#importer", "US");
        await page.FillAsync("#origin", "CN");
        await page.FillAsync("#hs", "8505.11");
        await page.FillAsync("#date", "2025-06-09");
        await page.FillAsync("#value", "1000");
        await page.FillAsync("#knownAt", "2025-06-30");
        await page.ClickAsync("button[type=submit]:has-text('Compute')");
        await page.Locator("#duty-result").WaitForAsync();

        var ledger = browser.Services.GetRequiredService<LedgerSession>();
        var expected = ledger.View(new DateOnly(2025, 6, 30), null).Duty(new Economy("US"), new Economy("CN"), HsCode.Parse("8505.11"), new DateOnly(2025, 6, 9));
        Assert.Equal($"{expected.TotalAdditionalPercent.ToString("0.##", CultureInfo.InvariantCulture)}%", await page.InnerTextAsync("#duty-total"));
        // Amounts are in the importer's currency.
        Assert.Equal(expected.DutyOn(1000)!.Value.ToString("#,0.00", CultureInfo.InvariantCulture) + " USD", await page.InnerTextAsync("#duty-amount"));
        Assert.Equal(expected.Layers.Count, await page.Locator("#duty-result tr.layer").CountAsync());

        // The base duty, the whole duty, and what was deposited at entry against what is owed, as the API answers them.
        var api = await (await page.APIRequest.GetAsync("/api/duty?importer=US&origin=CN&hs=8505.11&date=2025-06-09&value=1000&knownAt=2025-06-30")).JsonAsync();
        var mfn = api!.Value.GetProperty("mfn");
        Assert.Contains($"{mfn.GetProperty("rate").GetString()}", await page.InnerTextAsync("#duty-base"), StringComparison.Ordinal);
        Assert.Contains($"{api.Value.GetProperty("totalPercent").GetDecimal().ToString("0.##", CultureInfo.InvariantCulture)}%", await page.InnerTextAsync("#duty-total-all"), StringComparison.Ordinal);
        var deposit = await page.InnerTextAsync("#duty-deposit");
        Assert.Contains($"{api.Value.GetProperty("deposited").GetProperty("totalPercent").GetDecimal().ToString("0.##", CultureInfo.InvariantCulture)}%", deposit, StringComparison.Ordinal);
        Assert.Contains("owed as known at 2025-06-30", deposit, StringComparison.Ordinal);
    }

    // Heading 8471 from China on 9 Jun 2025 lists its lines (they answer differently). The auto parts list names 8471 whole,
    // but Proclamation 10908 (U.S. note 33(g), 9903.94.05) covers its goods only as parts of passenger vehicles and light
    // trucks: each line's total if that holds is in the line table, as the API's lines[].conditional give it (the laptops
    // of 8471.30.01.00 0%, or 25% as vehicle parts).
    [Fact]
    public async Task The_duty_line_table_shows_each_lines_total_if_a_conditional_layer_applies()
    {
        const string query = "importer=US&origin=CN&hs=8471&date=2025-06-09&value=1000";
        var page = await browser.NewPage();
        await page.GotoAsync($"/duty?{query}");
        await page.Locator("#duty-lines").WaitForAsync();

        var api = await (await page.APIRequest.GetAsync($"/api/duty?{query}")).JsonAsync();
        var lines = api!.Value.GetProperty("lines").EnumerateArray().ToList();
        var checkedLines = 0;
        foreach (var line in lines)
        {
            var row = page.Locator("#duty-lines tbody tr").Filter(new() { Has = page.Locator($"td:text-is('{line.GetProperty("hts").GetString()}')") });
            foreach (var conditional in line.GetProperty("conditional").EnumerateArray())
            {
                // a layer that leaves the line's stack as it is (ifApplies null) is said once below the table, not per line
                var measure = conditional.GetProperty("measure").GetString();
                var shown = row.Locator($"td[data-label='If it applies'] .duty-line-if-applies[data-measure='{measure}']");
                var stack = conditional.GetProperty("ifApplies");
                if (stack.ValueKind == JsonValueKind.Null)
                {
                    Assert.Equal(0, await shown.CountAsync());
                    continue;
                }

                var total = stack.GetProperty("totalPercent").GetDecimal().ToString("0.##", CultureInfo.InvariantCulture);
                Assert.Equal($"{measure}: {total}%", (await shown.InnerTextAsync()).Split(',')[0]);
                checkedLines++;
            }
        }

        Assert.True(checkedLines > 1);
        var laptops = page.Locator("#duty-lines tbody tr").Filter(new() { Has = page.Locator("td:text-is('8471.30.01.00')") });
        Assert.Equal("0%", await laptops.Locator("td[data-label='Total']").InnerTextAsync());
        Assert.Equal("us-232-auto-parts-if-vehicle-part: 25%", await laptops.Locator("td[data-label='If it applies']").InnerTextAsync());
        Assert.Contains("imported as parts of passenger vehicles or light trucks", await page.Locator("#duty-lines .duty-line-condition", new() { HasText = "us-232-auto-parts-if-vehicle-part" }).InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_curator_signs_in_and_accepts_a_proposed_change()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/review");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await page.FillAsync("#name", BrowserFixture.CuratorName);
        await page.FillAsync("#password", BrowserFixture.CuratorPassword);
        await page.ClickAsync("button[type=submit]:has-text('Sign in')");
        await page.WaitForURLAsync("**/review");

        var proposal = page.Locator("section.proposal[data-state=open]").First;
        var id = (await proposal.GetAttributeAsync("id"))!;
        // The report named no goods: the curator narrows the layer, sees its effect, then accepts with a reason.
        await proposal.Locator("input[name=products]").FillAsync("8711.60");
        await proposal.Locator("form[action$='/narrow'] input[name=reason]").FillAsync("the report is about e-bikes");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Narrow" }).ClickAsync();
        // The queue answers at once; the locators below wait for what they read, so only the new page's commit is awaited
        // (waiting for its load event as well timed out once in CI on a loaded machine).
        await page.WaitForURLAsync("**/review?state=all*", new() { WaitUntil = WaitUntilState.Commit });
        var narrowed = page.Locator($"section#{id}");
        Assert.Contains("8711.60", await narrowed.Locator("table.preview").InnerTextAsync(), StringComparison.Ordinal);
        await narrowed.Locator("form[action$='/accept'] input[name=reason]").FillAsync("checked against the decree");
        await narrowed.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        // The address already matches before the accept's page arrives: wait for the state the new page shows.
        await Assertions.Expect(page.Locator($"section#{id}")).ToHaveAttributeAsync("data-state", "accepted");
        Assert.Contains(BrowserFixture.CuratorName, await page.Locator($"section#{id}").InnerTextAsync(), StringComparison.Ordinal);

        var api = await page.APIRequest.GetAsync($"/api/review/{id[1..]}");
        var json = JsonDocument.Parse(await api.TextAsync()).RootElement;
        Assert.Equal("accepted", json.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Without_signing_in_the_queue_has_no_actions_and_writes_are_refused()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/review");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).CountAsync());
        var id = (await page.Locator("section.proposal").First.GetAttributeAsync("id"))![1..];

        var accept = await page.APIRequest.PostAsync($"/review/{id}/accept");
        Assert.Equal(401, accept.Status);
        var ingest = await page.APIRequest.PostAsync("/api/ingest", new() { Multipart = page.APIRequest.CreateFormData().Set("text", "Tariffs rise to 99% on everything.") });
        Assert.Equal(401, ingest.Status);

        var form = await page.GotoAsync("/ingest");
        Assert.Equal(403, form!.Status);
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).CountAsync() > 0);
    }
}
