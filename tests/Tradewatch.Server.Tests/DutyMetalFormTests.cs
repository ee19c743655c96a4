using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace Tradewatch.Server.Tests;

/// <summary>The duty form asks with the goods' metal as the API and the CLI do: the metal content's value and its share of the weight.</summary>
public sealed class DutyMetalFormTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    // 9506.51.40 from Viet Nam on 1 Sep 2025: an aluminium derivative charged on the metal content (9903.85.08)
    [Fact]
    public async Task The_metal_value_splits_the_answer_as_the_API_does()
    {
        const string query = "importer=US&origin=VN&hs=9506.51.40&date=2025-09-01&value=1000&metalValue=400";
        var client = factory.CreateClient();
        var html = await client.GetStringAsync($"/duty?{query}");
        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/duty?{query}")).RootElement;
        Assert.Contains("id=\"duty-metal-split\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"metalValue\" name=\"metalValue\" value=\"400\"", html, StringComparison.Ordinal);
        // Amounts are in the importer's currency.
        var amount = api.GetProperty("additionalDuty").GetDecimal().ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture) + " USD";
        Assert.Contains($"<strong id=\"duty-amount\">{amount}</strong>", html, StringComparison.Ordinal);
        Assert.Contains("metalValue=400", html, StringComparison.Ordinal);
        var whole = await client.GetStringAsync("/duty?importer=US&origin=VN&hs=9506.51.40&date=2025-09-01&value=1000");
        Assert.DoesNotContain("id=\"duty-metal-split\"", whole, StringComparison.Ordinal);
        // without the metal's value the page still names the rule and what the rest would pay: Viet Nam's 20% (EO 14326),
        // void as known now (Learning Resources v. Trump, 20 Feb 2026), so nothing is owed on the rest
        Assert.Contains("id=\"duty-metal-rule\"", whole, StringComparison.Ordinal);
        Assert.Contains("the rest pays 0% (us-reciprocal-annex-i-20 20% void)", whole, StringComparison.Ordinal);
    }

    // 8203.40.60 from Viet Nam on 1 May 2026: metal under 15% of the weight leaves the 2026 metals annexes (9903.82.03)
    [Fact]
    public async Task A_metal_weight_under_the_exemptions_share_says_which_layer_is_not_charged()
    {
        var html = await Page("importer=US&origin=VN&hs=8203.40.60&date=2026-05-01&value=1000&metalWeight=10");
        Assert.Contains("id=\"duty-metal-exempt\"", html, StringComparison.Ordinal);
        Assert.Contains("9903.82.03", html, StringComparison.Ordinal);
    }

    // Wooden furniture of Canada (9403.60.80, MFN Free) entered on 15 Aug 2025, as known on 1 Sep 2025: the fentanyl
    // duty of 35% (EO 14325), which goods qualifying under the USMCA are not subject to (EO 14231; 9903.01.04)
    [Fact]
    public async Task A_layer_exempt_on_a_claim_shows_the_total_with_the_claim()
    {
        var html = await Page("importer=US&origin=CA&hs=9403.60.80&date=2025-08-15&value=1000&knownAt=2025-09-01");
        Assert.Contains("id=\"duty-if-claimed\"", html, StringComparison.Ordinal);
        Assert.Contains("If claimed: total additional rate <strong>0%</strong> instead of 35%", html, StringComparison.Ordinal);
    }

    // A Mexican auto part that is an aluminium derivative (8708.29.51.60) entered on 1 Jun 2025, its aluminium worth 100 of
    // its 1000: with the USMCA claim only the aluminium duty is owed, 25% on the 100 (9903.85.08), so 2.5% of the whole
    // value, beside the auto parts duty of 25% on all of it without the claim (Proclamation 10908)
    [Fact]
    public async Task A_claimed_stack_split_on_the_metal_content_is_said_on_the_whole_value()
    {
        var html = await Page("importer=US&origin=MX&hs=8708.29.51.60&date=2025-06-01&value=1000&metalValue=100&knownAt=2025-07-01");
        Assert.Contains("If claimed: total additional rate <strong>2.5%</strong> instead of 25%; with the base rate 2.5% instead of 27.5%; total duty 25.00 USD instead of 275.00 USD", html, StringComparison.Ordinal);
    }

    // The same furniture asked as known on 1 Mar 2026, after the Supreme Court voided the IEEPA duties (20 Feb 2026): the
    // 35% deposited at entry, or nothing had the USMCA claim been made then.
    [Fact]
    public async Task The_deposit_shows_what_it_was_had_the_claim_been_made_at_entry()
    {
        var html = await Page("importer=US&origin=CA&hs=9403.60.80&date=2025-08-15&value=1000&knownAt=2026-03-01");
        Assert.Contains("id=\"duty-deposit-if-claimed\"", html, StringComparison.Ordinal);
        Assert.Contains("the deposit was <strong>0%</strong>", html, StringComparison.Ordinal);
    }

    // T-shirts of Mexico under 6109.90 on 1 Apr 2025, as known on 1 May 2025: the lines differ by their MFN rates (HTSUS
    // 2025 Rev. 6: 6109.90.10 32%, 6109.90.40 2.6%) and each pays the 25% fentanyl duty on Mexico (EO 14194 as amended),
    // which USMCA-qualifying goods are exempt from (EO 14231; 9903.01.05), and the USMCA claim earns each line's special
    // rate "S", Free: 57% or 0% if claimed, 27.6% or 0%.
    [Fact]
    public async Task Listed_lines_show_their_totals_if_claimed()
    {
        var html = await Page("importer=US&origin=MX&hs=6109.90&date=2025-04-01&value=1000&knownAt=2025-05-01");
        Assert.Contains("id=\"duty-lines\"", html, StringComparison.Ordinal);
        Assert.Matches(@"6109\.90\.10\.07</td>.*?57%</td>\s*<td[^>]*>0%</td>", html.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Matches(@"6109\.90\.40\.10</td>.*?27\.6%</td>\s*<td[^>]*>0%</td>", html.Replace("\n", " ", StringComparison.Ordinal));
    }

    // A laptop of Viet Nam (8471.30.01.00, MFN Free) on 1 Dec 2025: no layer, or the auto parts duty of 25% if imported
    // as a part of a passenger vehicle (Proclamation 10908, 9903.94.05): the page gives that total as the API does.
    [Fact]
    public async Task A_conditional_layer_shows_the_total_if_it_applies()
    {
        var html = await Page("importer=US&origin=VN&hs=8471.30.01.00&date=2025-12-01&value=1000");
        Assert.Contains("If it applies: total additional rate <strong>25%</strong> instead of 0%; with the base rate 25% instead of 0%; total duty 250.00 USD instead of 0.00 USD.", html, StringComparison.Ordinal);
    }

    // A laptop of Mexico (8471.30.01.00, MFN Free) on 9 Jun 2025, asked as known now: as a vehicle part it pays the auto
    // parts duty, 25% (Proclamation 10908), or nothing if claimed under the USMCA as well; that duty was deposited at entry
    // in place of the fentanyl duty (EO 14289), which is void now (20 Feb 2026), and is still owed.
    [Fact]
    public async Task A_conditional_layer_shows_the_total_if_it_applies_and_is_claimed_and_its_deposit()
    {
        var html = await Page("importer=US&origin=MX&hs=8471.30.01.00&date=2025-06-09&value=1000");
        Assert.Contains("If it applies and the claim is made: total additional rate <strong>0%</strong> instead of 25%; with the base rate 0% instead of 25%; total duty 0.00 USD instead of 250.00 USD.", html, StringComparison.Ordinal);
        Assert.Contains("If Section 232 auto parts (CA, MX) at 25% applies, deposited at entry: <strong>25%</strong> = 250.00 USD; owed as known now: <strong>25%</strong> = 250.00 USD. The deposit was the same as owed. Had the claim been made at entry as well, the deposit was <strong>0%</strong> = 0.00 USD.", html, StringComparison.Ordinal);
    }

    // 9506.51.40 from Viet Nam on 1 Sep 2025, its aluminium worth 400 of 1000, asked as known now: the deposit and the duty
    // owed are compared on the whole value, as the CLI compares them, not at the metal content's rate (the same on both sides).
    [Fact]
    public async Task The_deposit_of_goods_split_on_their_metal_content_is_said_on_the_whole_value()
    {
        var client = factory.CreateClient();
        const string query = "importer=US&origin=VN&hs=9506.51.40&date=2025-09-01&value=1000&metalValue=400";
        var html = await client.GetStringAsync($"/duty?{query}");
        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/duty?{query}")).RootElement;
        var mfn = api.GetProperty("mfn").GetProperty("adValoremPercent").GetDecimal();
        var then = mfn + api.GetProperty("deposited").GetProperty("additionalPercentOnValue").GetDecimal();
        var now = mfn + api.GetProperty("additionalPercentOnValue").GetDecimal();
        Assert.NotEqual(then, now);
        Assert.Contains($"<strong>{then.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%</strong> = ", html, StringComparison.Ordinal);
        Assert.Contains($"owed as known now: <strong>{now.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The deposit was the same as owed", html, StringComparison.Ordinal);
    }

    /// <summary>The duty page for a query string.</summary>
    private Task<string> Page(string query) => factory.CreateClient().GetStringAsync($"/duty?{query}");

    // Insulated conductors of Russia (8544.42.90.10) on 15 May 2026: a derivative aluminium article (U.S. note 16(c)(vi),
    // +200% on Russia) and an article of copper (16(c)(viii), 9903.82.16, 25%), which pays the copper heading only as copper.
    private const string Conductors = "importer=US&origin=RU&hs=8544.42.90.10&date=2026-05-15&value=1000";

    [Fact]
    public async Task The_metal_chosen_on_the_form_settles_the_answer_as_the_API_does()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync($"/duty?{Conductors}&metal=Copper");
        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/duty?{Conductors}&metal=copper")).RootElement;
        var aluminium = JsonDocument.Parse(await client.GetStringAsync($"/api/duty?{Conductors}")).RootElement;

        Assert.Contains("<option value=\"copper\" selected>copper</option>", html, StringComparison.Ordinal);
        Assert.Contains(", goods of copper</h2>", html, StringComparison.Ordinal);
        var amount = api.GetProperty("additionalDuty").GetDecimal().ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture) + " USD";
        Assert.NotEqual(aluminium.GetProperty("additionalDuty").GetDecimal(), api.GetProperty("additionalDuty").GetDecimal());
        Assert.Contains($"<strong id=\"duty-amount\">{amount}</strong>", html, StringComparison.Ordinal);
        Assert.Contains("us-232-metals-annex-1b-as-copper", html, StringComparison.Ordinal);
        Assert.DoesNotContain("duty-metal-depends", html, StringComparison.Ordinal);
        // the JSON and CSV links ask the same question, the metal included
        Assert.Contains("/api/duty?importer=US&amp;origin=RU&amp;date=2026-05-15&amp;hs=8544.42.90.10&amp;value=1000&amp;metal=copper", html, StringComparison.Ordinal);
    }

    // 8544.42 from Germany on 15 May 2026: its lines answer differently (telephone cords are Free, 8544.42.90 pays 2.6%),
    // and only the two lines of 8544.42.90 are articles of copper under note 16(c)(viii): each says so in its row, with
    // the line asked again as copper, and the other two rows do not.
    [Fact]
    public async Task A_heading_answer_says_on_each_line_whose_duty_depends_on_the_metal()
    {
        var html = await Page("importer=US&origin=DE&hs=8544.42&date=2026-05-15&value=1000");
        var rows = html.Split("id=\"duty-lines\"")[1].Split("</tbody>")[0].Split("<tr>").Skip(2).ToList();
        Assert.Equal(4, rows.Count);
        foreach (var row in rows)
        {
            var line = row.Split("<td>")[1].Split("</td>")[0];
            var copper = line.StartsWith("8544.42.90", StringComparison.Ordinal);
            Assert.Equal(copper, row.Contains("class=\"duty-line-metal\" data-measure=\"us-232-metals-annex-1b-as-copper\"", StringComparison.Ordinal));
            Assert.Equal(copper, row.Contains("the duty depends on the metal the goods are articles of: the layers given are for goods not of copper", StringComparison.Ordinal));
            Assert.Equal(copper, row.Contains($"&amp;hs={line}&amp;value=1000&amp;metal=copper\">answer {line} for goods of copper</a>", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Without_a_metal_the_page_says_the_answer_depends_on_it_and_how_to_settle_it()
    {
        var html = await Page(Conductors);
        Assert.Contains("<option value=\"\">not stated</option>", html, StringComparison.Ordinal);
        var note = html.Split("class=\"duty-metal-depends\">")[1].Split("</p>")[0];
        Assert.Contains("The duty depends on the metal the goods are articles of", note, StringComparison.Ordinal);
        Assert.Contains("goods of copper pay", note, StringComparison.Ordinal);
        Assert.Contains("&amp;metal=copper\">answer for goods of copper</a>", note, StringComparison.Ordinal);

        // goods whose duty no metal changes get no such note
        Assert.DoesNotContain("duty-metal-depends", await Page("importer=US&origin=CN&hs=8505.11&date=2025-06-09&value=1000"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("metalValue=2000", "metalValue")]
    [InlineData("metalWeight=x", "metalWeight")]
    [InlineData("metal=tin", "metal")]
    public async Task A_bad_metal_field_is_marked_on_that_field(string metal, string field)
    {
        var response = await factory.CreateClient().GetAsync($"/duty?importer=US&origin=VN&hs=9506.51.40&date=2025-09-01&value=1000&{metal}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<span class=\"field-error\" id=\"{field}-error\">", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{field}\" name=\"{field}\"", html, StringComparison.Ordinal);
    }
}

/// <summary>The duty form's metal in Chromium, without JavaScript, on a desk and on a phone.</summary>
[Trait("Category", "EndToEnd")]
public sealed class DutyMetalFormBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Insulated conductors of Russia (8544.42.90.10) on 15 May 2026: the copper heading (25%) only as copper, U.S. note 16(c)(viii).
    [Theory]
    [InlineData(1400)]
    [InlineData(390)]
    public async Task The_metal_chosen_on_the_form_settles_the_answer_and_it_fits_the_width(int width)
    {
        var page = await browser.NewPage(width, javaScript: false);
        await page.GotoAsync("/duty?importer=US&origin=RU&hs=8544.42.90.10&date=2026-05-15&value=1000");
        Assert.Contains("depends on the metal", await page.Locator(".duty-metal-depends").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("not stated", await page.Locator("#metal option:checked").InnerTextAsync());

        await page.SelectOptionAsync("#metal", "copper");
        await page.ClickAsync("button[type=submit]:has-text('Compute')");
        await page.Locator("#duty-result").WaitForAsync();
        var api = await (await page.APIRequest.GetAsync("/api/duty?importer=US&origin=RU&hs=8544.42.90.10&date=2026-05-15&value=1000&metal=copper")).JsonAsync();
        Assert.Equal($"{api!.Value.GetProperty("totalAdditionalPercent").GetDecimal().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%", await page.InnerTextAsync("#duty-total"));
        Assert.Equal("copper", await page.Locator("#metal option:checked").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".duty-metal-depends").CountAsync());

        await BrowserFixture.AssertFitsWidth(page, "duty-metal-copper", width, "the duty answer for goods of copper");

        // a metal the question does not know is marked on the field
        await page.GotoAsync("/duty?importer=US&origin=RU&hs=8544.42.90.10&date=2026-05-15&value=1000&metal=tin");
        Assert.Contains("tin", await page.InnerTextAsync("#metal-error"), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#metal", "aria-invalid"));
        await page.Context.DisposeAsync();
    }
}
