using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tradewatch.App.Ledger;
using Tradewatch.Core.Ledger;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.Storage;

namespace Tradewatch.Server.Tests;

/// <summary>
/// A proposal the ledger came to agree with, narrowed by a curator and then accepted: the page warns beside the Accept form,
/// and on the accepted proposal, that its record stands beside the ledger's; the API says so too.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ReviewLedgerWarningTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Report = """
        ---
        outlet: Austral Freight News
        published: 2026-04-03
        title: Chile sets a duty on Peruvian goods
        ---
        Chile is charging a 12% tariff on Peruvian goods from Monday, the finance ministry in Santiago said on Friday.

        Officials in Lima said they would study the decision.
        """;

    /// <summary>Reads the report into the server's store and proposes its claim, then proposes again against a ledger that holds it.</summary>
    private long ProposeWhatTheLedgerThenHolds()
    {
        var economies = browser.Services.GetRequiredService<LedgerSession>().Reference.Economies;
        using var store = NewsStore.Open(browser.DatabasePath, TimeProvider.System);
        store.Ingest(ReportReader.Read("austral.txt", "austral.txt", Encoding.UTF8.GetBytes(Report)).Reports.Single());
        store.Review.ProposeFromStore(TradeLedger.Empty, economies);
        var proposal = store.Review.List("open").Single(p => p.Change.Imposer == "CL");
        var holding = TradeLedger.Empty.Append((proposal.Change with { Products = ProposedChange.AllGoods }).ToBatch(900, new Provenance(DateTimeOffset.UtcNow, ["https://diario.example.cl/decreto"])), 0);
        store.Review.ProposeFromStore(holding, economies);
        Assert.Equal("in-ledger", store.Review.Get(proposal.Id)!.Reading!.Standing);
        return proposal.Id;
    }

    [Fact]
    public async Task A_proposal_the_ledger_holds_warns_when_narrowed_and_once_accepted()
    {
        var id = ProposeWhatTheLedgerThenHolds();
        var page = await browser.NewPage();
        await BrowserFixture.SignIn(page);
        await page.GotoAsync("/review");
        var card = page.Locator($"section#p{id}");
        Assert.Equal(0, await card.Locator("form[action$='/accept']").CountAsync());
        Assert.Equal(0, await card.Locator(".ledger-warning").CountAsync());

        // The curator narrows it after the reading: it may now be accepted, but the page says it would add a second record.
        await card.Locator("input[name=products]").FillAsync("0808.10");
        await card.Locator("form[action$='/narrow'] input[name=reason]").FillAsync("the decree's annex names apples");
        await card.GetByRole(AriaRole.Button, new() { Name = "Narrow" }).ClickAsync();
        await page.WaitForURLAsync("**/review?state=all*", new() { WaitUntil = WaitUntilState.Commit });
        var narrowed = page.Locator($"section#p{id}");
        var warning = narrowed.Locator(".ledger-warning");
        await Assertions.Expect(warning).ToContainTextAsync("Accepting adds a second record.");
        Assert.Contains("may duplicate or contradict", await warning.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await narrowed.Locator("form[action$='/accept']").CountAsync());

        await narrowed.Locator("form[action$='/accept'] input[name=reason]").FillAsync("checked against the decree");
        await narrowed.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(page.Locator($"section#p{id}")).ToHaveAttributeAsync("data-state", "accepted");
        await Assertions.Expect(page.Locator($"section#p{id} .ledger-warning")).ToContainTextAsync("Accepted beside a ledger record.");

        var api = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/review/{id}")).TextAsync()).RootElement;
        Assert.Equal("accepted", api.GetProperty("state").GetString());
        Assert.Contains("may duplicate or contradict", api.GetProperty("ledgerWarning").GetString(), StringComparison.Ordinal);
    }
}
