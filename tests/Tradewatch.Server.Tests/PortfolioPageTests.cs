using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace Tradewatch.Server.Tests;

/// <summary>The portfolio page: a plain form posting an import book, answered with its cost under the baseline and the scenarios ticked.</summary>
public sealed class PortfolioPageTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly (string Hs, string Date, decimal Value)[] Lines =
    [
        ("8505.11", "2025-06-09", 12000m),
        ("8471.30", "2025-09-01", 35000m),
        ("7208.10", "2025-11-20", 8000m),
        ("8505.11", "2026-12-01", 5000m),
    ];

    private static string Csv => "hs,origin,importer,date,value\n" + string.Concat(Lines.Select(l => $"{l.Hs},CN,US,{l.Date},{l.Value.ToString(CultureInfo.InvariantCulture)}\n"));

    private static MultipartFormDataContent Form(string csv, params string[] scenarios)
    {
        var form = new MultipartFormDataContent { { new StringContent(csv), "csv" } };
        foreach (var s in scenarios)
        {
            form.Add(new StringContent(s), "scenario");
        }

        return form;
    }

    /// <summary>
    /// The duty of each line asked of the duty endpoint, summed: what the book must cost under a scenario, MFN
    /// (the whole duty less the additional duty, where the whole duty is computed) and additional.
    /// </summary>
    private static async Task<(decimal Mfn, decimal Additional)> DutyOfEachLine(HttpClient client, string? scenario)
    {
        decimal mfn = 0, additional = 0;
        foreach (var (hs, date, value) in Lines)
        {
            var url = $"/api/duty?importer=US&origin=CN&hs={hs}&date={date}&value={value.ToString(CultureInfo.InvariantCulture)}" + (scenario is null ? string.Empty : "&scenario=" + scenario);
            using var answer = JsonDocument.Parse(await client.GetStringAsync(url));
            var lineAdditional = answer.RootElement.GetProperty("additionalDuty").GetDecimal();
            additional += lineAdditional;
            if (answer.RootElement.GetProperty("totalDuty") is { ValueKind: JsonValueKind.Number } total)
            {
                mfn += total.GetDecimal() - lineAdditional;
            }
        }

        return (mfn, additional);
    }

    [Fact]
    public async Task The_book_costed_as_CSV_has_each_scenarios_total_and_the_baselines_layers()
    {
        var client = factory.CreateClient();
        var form = Form(Csv, "threat-100-percent");
        form.Add(new StringContent("csv"), "format");
        var response = await client.PostAsync("/portfolio", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("portfolio.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var rows = Core.Csv.ReadRecords(new StringReader(await response.Content.ReadAsStringAsync())).ToList();
        Assert.Equal(["scenario", "by", "key", "lines", "value", "duty", "effective_rate_percent", "refund_exposure", "note", "currency"], rows[0]);
        // a book of US imports is in US dollars, every amount of it
        Assert.All(rows.Skip(1), r => Assert.Equal("USD", r[9]));
        foreach (var scenario in new[] { "baseline", "threat-100-percent" })
        {
            var total = Assert.Single(rows, r => r[0] == scenario && r[1] == "total");
            Assert.Equal(Lines.Length.ToString(CultureInfo.InvariantCulture), total[3]);
            var (mfn, additional) = await DutyOfEachLine(client, scenario == "baseline" ? null : scenario);
            Assert.Equal((mfn + additional).ToString("0.00", CultureInfo.InvariantCulture), total[5]);
        }

        // The baseline's duty by layer, MFN included, adds up to its total (each figure rounded to the cent).
        var layers = rows.Where(r => r[0] == "baseline" && r[1] == "layer").Select(r => decimal.Parse(r[5], CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(layers);
        var baseline = decimal.Parse(rows.Single(r => r[0] == "baseline" && r[1] == "total")[5], CultureInfo.InvariantCulture);
        Assert.InRange(layers.Sum() - baseline, -0.01m * layers.Count, 0.01m * layers.Count);
    }

    // Wooden furniture of Canada (9403.60.80, MFN Free) on 15 Aug 2025, as known on 1 Sep 2025: 35% fentanyl duty unless
    // USMCA-originating (9903.01.04). The line claiming it costs the duty endpoint's "if claimed" total, the other its total.
    [Fact]
    public async Task A_line_claiming_a_preference_costs_what_the_duty_endpoint_gives_if_claimed()
    {
        var client = factory.CreateClient();
        var form = Form("hs,origin,importer,date,value,claim\n9403.60.80,CA,US,2025-08-15,1000,USMCA\n9403.60.80,CA,US,2025-08-15,1000,\n");
        form.Add(new StringContent("2025-09-01"), "knownAt");
        form.Add(new StringContent("csv"), "format");
        var rows = Core.Csv.ReadRecords(new StringReader(await (await client.PostAsync("/portfolio", form)).Content.ReadAsStringAsync())).ToList();
        using var answer = JsonDocument.Parse(await client.GetStringAsync("/api/duty?importer=US&origin=CA&hs=9403.60.80&date=2025-08-15&value=1000&knownAt=2025-09-01"));

        var expected = answer.RootElement.GetProperty("totalDuty").GetDecimal() + answer.RootElement.GetProperty("ifClaimed").GetProperty("totalDuty").GetDecimal();
        Assert.Equal(350m, expected);
        Assert.Equal(expected.ToString("0.00", CultureInfo.InvariantCulture), rows.Single(r => r[0] == "baseline" && r[1] == "total")[5]);
    }

    // Insulated conductors of Russia (8544.42.90.10) on 15 May 2026 pay the copper heading (25%) only as copper, in place of
    // the aluminium derivative's +200%. The line naming copper costs the duty endpoint's answer with metal=copper; the page
    // and its CSV give that line's value and duty under its metal, and name a metal they do not know on its line.
    [Fact]
    public async Task A_line_naming_its_metal_costs_what_the_duty_endpoint_gives_for_that_metal()
    {
        var client = factory.CreateClient();
        const string Book = "hs,origin,importer,date,value,metal\n8544.42.90.10,RU,US,2026-05-15,1000,Copper\n8544.42.90.10,RU,US,2026-05-15,1000,tin\n";
        using var answer = JsonDocument.Parse(await client.GetStringAsync("/api/duty?importer=US&origin=RU&hs=8544.42.90.10&date=2026-05-15&value=1000&metal=copper"));
        var expected = answer.RootElement.GetProperty("totalDuty").GetDecimal();

        var html = await (await client.PostAsync("/portfolio", Form(Book))).Content.ReadAsStringAsync();
        var byMetal = html.Split("id=\"portfolio-by-metal\"")[1].Split("</table>")[0];
        Assert.Contains($"<tr><td>copper</td><td class=\"num\">1,000.00</td><td class=\"num\">{expected.ToString("N2", CultureInfo.InvariantCulture)}</td></tr>", byMetal, StringComparison.Ordinal);
        Assert.Contains("line 3: metal &#39;tin&#39; is no metal a duty condition names", html.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);

        var form = Form(Book);
        form.Add(new StringContent("csv"), "format");
        var rows = Core.Csv.ReadRecords(new StringReader(await (await client.PostAsync("/portfolio", form)).Content.ReadAsStringAsync())).ToList();
        Assert.Equal(expected.ToString("0.00", CultureInfo.InvariantCulture), rows.Single(r => r[0] == "baseline" && r[1] == "total")[5]);
        Assert.Equal(expected.ToString("0.00", CultureInfo.InvariantCulture), rows.Single(r => r[1] == "metal" && r[2] == "copper")[5]);
    }

    // The same conductors with the metal left empty are costed as the duty endpoint answers without a metal (goods not of
    // copper); the page and its CSV name the line, its value and why, in the words of the CLI's table and JSON.
    [Fact]
    public async Task A_line_leaving_its_metal_unsaid_is_named_on_the_page_and_in_the_CSV()
    {
        var client = factory.CreateClient();
        const string Book = "hs,origin,importer,date,value,metal\n8544.42.90.10,RU,US,2026-05-15,1000,\n8544.42.90.10,RU,US,2026-05-15,500,copper\n8505.11.00.70,CN,US,2026-05-15,700,\n";
        var reason = Core.Ledger.Metals.DependsOn("copper", "us-232-metals-annex-1b-as-copper");

        var html = await (await client.PostAsync("/portfolio", Form(Book))).Content.ReadAsStringAsync();
        var unsaid = html.Split("id=\"portfolio-metal-not-stated\"")[1].Split("</table>")[0];
        Assert.Contains($"<tr><td>8544.42.90.10</td><td class=\"num\">1,000.00</td><td>{reason}</td></tr>", WebUtility.HtmlDecode(unsaid), StringComparison.Ordinal);
        Assert.DoesNotContain("8505.11.00.70", unsaid, StringComparison.Ordinal);

        var form = Form(Book);
        form.Add(new StringContent("csv"), "format");
        var rows = Core.Csv.ReadRecords(new StringReader(await (await client.PostAsync("/portfolio", form)).Content.ReadAsStringAsync())).ToList();
        var row = Assert.Single(rows, r => r[1] == "metal-not-stated");
        Assert.Equal(["baseline", "8544.42.90.10", "1000.00", reason], [row[0], row[2], row[4], row[8]]);
    }

    [Fact]
    public async Task The_CSV_lists_the_lines_left_out_of_its_figures_each_with_its_reason()
    {
        // French wine pays a specific MFN rate (cents a litre): without its quantity, its MFN duty is not computed;
        // a value that is no number cannot be read at all. The page names both; so must the CSV.
        var client = factory.CreateClient();
        var form = Form(Csv + "2204.21.50.35,FR,US,2025-09-01,800\n8505.11,CN,US,2025-06-09,lots\n");
        form.Add(new StringContent("csv"), "format");
        var rows = Core.Csv.ReadRecords(new StringReader(await (await client.PostAsync("/portfolio", form)).Content.ReadAsStringAsync())).ToList();
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));

        var wine = Assert.Single(rows, r => r[1] == "mfn-not-computed");
        Assert.Equal(["baseline", "mfn-not-computed", "2204.21.50.35"], wine.Take(3));
        Assert.Equal("800.00", wine[4]);
        Assert.Contains("quantity", wine[8], StringComparison.Ordinal);

        var unread = Assert.Single(rows, r => r[1] == "unread");
        Assert.Equal("7", unread[2]);
        Assert.Contains("lots", unread[8], StringComparison.Ordinal);

        // the wine's value is in the book's total, the unread line's is not
        Assert.Equal((Lines.Sum(l => l.Value) + 800m).ToString("0.00", CultureInfo.InvariantCulture), rows.Single(r => r[0] == "baseline" && r[1] == "total")[4]);
    }

    [Fact]
    public async Task A_scenario_that_does_not_apply_as_known_then_is_named_and_the_others_are_costed()
    {
        var client = factory.CreateClient();
        var form = Form(Csv, "threat-100-percent", "deal-signed-2026");
        form.Add(new StringContent("2025-12-31"), "knownAt");
        var response = await client.PostAsync("/portfolio", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = html.Split("id=\"portfolio-scenarios\"")[1].Split("</table>")[0];
        Assert.Contains("<tr><td>threat-100-percent</td>", table, StringComparison.Ordinal);
        Assert.DoesNotContain("deal-signed-2026", table, StringComparison.Ordinal);
        var note = html.Split("id=\"portfolio-not-compared\">")[1].Split("</p>")[0];
        Assert.StartsWith("Not costed: scenario ", note, StringComparison.Ordinal);
        Assert.Contains("deal-signed-2026", note, StringComparison.Ordinal);
        Assert.Contains("does not apply: it changes", note, StringComparison.Ordinal);
        Assert.Contains("did not yet hold as known at 2025-12-31", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_book_costs_what_its_lines_cost_under_each_scenario_ticked()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/portfolio", Form(Csv, "threat-100-percent"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = html.Split("id=\"portfolio-scenarios\"")[1].Split("</table>")[0];
        var duties = new List<decimal>();
        foreach (var scenario in new[] { "baseline", "threat-100-percent" })
        {
            var (mfn, additional) = await DutyOfEachLine(client, scenario == "baseline" ? null : scenario);
            duties.Add(mfn + additional);
            static string Cell(decimal amount) => $"<td class=\"num\">{amount.ToString("N2", CultureInfo.InvariantCulture)}</td>";
            Assert.Contains($"<tr><td>{scenario}</td>{Cell(mfn)}{Cell(additional)}{Cell(mfn + additional)}", table, StringComparison.Ordinal);
        }

        Assert.True(duties[1] > duties[0], "the threatened 100% costs the book more");
        Assert.Contains("4 line(s), customs value 60,000.00 USD", html, StringComparison.Ordinal);
        Assert.Contains("Amounts are in USD", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_lines_are_named_and_a_bad_form_is_answered_on_its_fields()
    {
        var client = factory.CreateClient();
        var partly = await client.PostAsync("/portfolio", Form(Csv + "8505.11,CN,US,2025-06-09,lots\n"));
        var html = await partly.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, partly.StatusCode);
        Assert.Contains("1 line(s) could not be read", html, StringComparison.Ordinal);
        Assert.Contains("line 6:", html, StringComparison.Ordinal);

        var wrong = await client.PostAsync("/portfolio", Form(string.Empty, "no-such-scenario"));
        var errors = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("id=\"csv-error\"", errors, StringComparison.Ordinal);
        Assert.Contains("id=\"scenario-error\"", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"portfolio-result\"", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_US_line_no_revision_has_is_named_and_left_out_as_the_CLI_does()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/portfolio", Form(Csv + "8505.11.00.99,CN,US,2025-06-09,1000\n"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("line 6: US tariff line &#39;8505.11.00.99&#39; is in no revision of the US tariff schedule", html.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"{Lines.Length} line(s), customs value", html, StringComparison.Ordinal);
    }
}

/// <summary>The portfolio form in Chromium, without JavaScript, on a desk and on a phone.</summary>
[Trait("Category", "EndToEnd")]
public sealed class PortfolioPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1400)]
    [InlineData(390)]
    public async Task The_form_posts_without_script_and_its_answer_fits_the_width(int width)
    {
        var page = await browser.NewPage(width, javaScript: false);
        await page.GotoAsync("/portfolio");
        await page.CheckAsync("input[name=scenario][value=truce-lapses]");
        await page.ClickAsync("#portfolio-form button[type=submit]");
        await page.WaitForSelectorAsync("#portfolio-result");
        Assert.Equal(2, await page.Locator("#portfolio-scenarios tbody tr").CountAsync());
        await BrowserFixture.AssertFitsWidth(page, "portfolio", width, "the portfolio answer");
        await page.Context.DisposeAsync();
    }
}
