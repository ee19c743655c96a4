using System.Text.Json;
using Microsoft.Playwright;

namespace Tradewatch.Server.Tests;

/// <summary>A story as a reader meets it in Chromium: every claim marked and linked, its details reachable by keyboard, copies folded.</summary>
[Trait("Category", "EndToEnd")]
public sealed class StoryPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IReadOnlyList<long>> StoryIds()
    {
        var page = await browser.NewPage();
        var response = await page.APIRequest.GetAsync("/api/stories");
        var stories = JsonDocument.Parse(await response.TextAsync()).RootElement;
        return stories.EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToList();
    }

    [Fact]
    public async Task Every_claim_source_is_marked_and_every_link_on_a_story_lands_on_something()
    {
        var ids = await StoryIds();
        Assert.True(ids.Count >= 4);
        foreach (var id in ids)
        {
            var page = await browser.NewPage();
            var claims = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/stories/{id}/claims")).TextAsync()).RootElement;
            var spans = claims.EnumerateArray()
                .SelectMany(c => c.GetProperty("sources").EnumerateArray().Select(s => $"{c.GetProperty("id").GetString()}-r{s.GetProperty("document").GetString()}-{s.GetProperty("start").GetInt32()}"))
                .Distinct()
                .ToList();
            await page.GotoAsync($"/stories/{id}");
            foreach (var anchor in spans)
            {
                Assert.Equal(1, await page.Locator($"mark[id='{anchor}']").CountAsync());
            }

            var broken = await page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('main a[href^="#"]')]
                  .map(a => a.getAttribute('href').slice(1))
                  .filter(id => !document.getElementById(id))
                """);
            Assert.True(broken.Length == 0, $"story {id}: links to nothing: {string.Join(", ", broken)}");
            var text = await page.InnerTextAsync("main");
            Assert.DoesNotContain("ratePercent=", text, StringComparison.Ordinal);
            Assert.DoesNotContain("imposer=", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_claim_opens_from_the_keyboard_and_its_number_in_the_text_leads_to_it()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/stories");
        await page.GetByRole(AriaRole.Link, new() { Name = "US and Mexico open talks on steel quotas in Mexico City" }).ClickAsync();
        var first = page.Locator("details.claim-item").First;
        Assert.Null(await first.GetAttributeAsync("open"));

        // Tab from the top of the page until the first claim's summary has the focus, then open it with Enter.
        var reached = false;
        for (var i = 0; i < 400 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.matches('details.claim-item summary') ?? false");
        }

        Assert.True(reached, "no claim's summary took the focus by Tab");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('details').open"));

        // The numbered link after a highlight takes the reader to the claim, opened.
        var reference = page.Locator("article.report a.ref").First;
        var target = (await reference.GetAttributeAsync("href"))!;
        await reference.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith(target, StringComparison.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>($"() => document.getElementById('{target[1..]}').closest('details').open"));
    }

    [Fact]
    public async Task A_copy_is_folded_to_one_line_naming_its_original_and_the_verdict_sits_by_the_claim()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/stories");
        await page.GetByRole(AriaRole.Link, new() { Name = "US and Mexico open talks on steel quotas in Mexico City" }).ClickAsync();
        var copy = page.Locator("details.report.copy").First;
        Assert.Null(await copy.GetAttributeAsync("open"));
        Assert.Matches(@"^\[\d+\] A copy by .+ of \[\d+\]", await copy.Locator("summary").InnerTextAsync());
        Assert.False(await copy.Locator("div.text").IsVisibleAsync());
        Assert.True(await page.Locator("details.legend").IsVisibleAsync());
    }

    [Fact]
    public async Task The_verdict_is_beside_each_checked_claim_with_links_to_the_ledger()
    {
        foreach (var id in await StoryIds())
        {
            var page = await browser.NewPage();
            var checks = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/stories/{id}/check")).TextAsync()).RootElement;
            await page.GotoAsync($"/stories/{id}");
            foreach (var check in checks.EnumerateArray())
            {
                var item = page.Locator($"details.claim-item[data-claim='{check.GetProperty("claim").GetString()}']");
                var verdict = check.GetProperty("verdict").GetString()!.Replace('-', ' ');
                Assert.Equal(verdict, await item.Locator("summary .badge").InnerTextAsync());
                foreach (var layer in check.GetProperty("layers").EnumerateArray())
                {
                    Assert.Equal(1, await item.Locator($"a[href='/ledger/measures/{layer.GetProperty("measure").GetString()}']").CountAsync());
                }
            }
        }
    }

    [Fact]
    public async Task The_header_search_is_reached_by_keyboard_and_its_results_lead_to_the_story()
    {
        var page = await browser.NewPage(390);
        await page.GotoAsync("/ledger");
        var reached = false;
        for (var i = 0; i < 30 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.matches('header form.search input') ?? false");
        }

        Assert.True(reached, "the header's search box took no focus by Tab");
        await page.Keyboard.TypeAsync("steel quotas");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=steel+quotas");
        await page.Locator("ul.hits a[href^='/stories/']").First.ClickAsync();
        await page.WaitForURLAsync("**/stories/*");
        Assert.Contains("steel quotas", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
    }
}
