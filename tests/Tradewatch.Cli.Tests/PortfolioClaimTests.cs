using System.Text.Json;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// A book's line may name the preference claimed at entry (column claim): it then costs what 'tradewatch duty' gives
/// as the stack "if claimed" for the same goods, and only the layers that claim exempts from are left out.
/// </summary>
public class PortfolioClaimTests
{
    private static (int Exit, JsonElement Baseline, string Error) Portfolio(string text, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-claim-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        try
        {
            var (exit, output, error) = CliRunner.Run(["portfolio", path, "--json", .. options]);
            return (exit, JsonDocument.Parse(output).RootElement.GetProperty("scenarios")[0].Clone(), error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static JsonElement Duty(string origin, string line, string date, params string[] options) =>
        CliRunner.Json(["duty", "--importer", "US", "--origin", origin, "--hts", line, "--date", date, "--value", "1000", .. options]);

    // Wooden furniture of Canada (9403.60.80, MFN Free) entered on 15 Aug 2025, as known on 1 Sep 2025: the fentanyl
    // duty on Canada is 35% (EO 14325, FR Doc. 2025-14999), and USMCA-originating goods are not subject to it (heading
    // 9903.01.04). The claimed line pays what the duty answer gives if claimed (0), the other 350.
    [Fact]
    public void A_line_claiming_usmca_costs_what_the_duty_answer_gives_if_claimed()
    {
        var answer = Duty("CA", "9403.60.80", "2025-08-15", "--known-at", "2025-09-01");
        var ifClaimed = answer.GetProperty("ifClaimed").GetProperty("totalDuty").GetDecimal();
        var unclaimed = answer.GetProperty("totalDuty").GetDecimal();

        var (exit, book, _) = Portfolio("hs,origin,importer,date,value,claim\n9403.60.80,CA,US,2025-08-15,1000,USMCA\n9403.60.80,CA,US,2025-08-15,1000,\n", "--known-at", "2025-09-01");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(2, book.GetProperty("lines").GetInt32());
        Assert.Equal(ifClaimed + unclaimed, book.GetProperty("totalDuty").GetDecimal());
        Assert.Equal(350m, book.GetProperty("dutyByLayer").GetProperty("us-fentanyl-ca").GetDecimal());
        Assert.Equal(0m, ifClaimed);
    }

    // As known now the fentanyl duty is void (the February 2026 ruling): the unclaimed line's 35% is refund exposure,
    // while the claimed line never paid it and has nothing to get back.
    [Fact]
    public void A_claimed_line_has_no_refund_exposure_for_the_layer_it_never_paid()
    {
        var (_, book, _) = Portfolio("hs,origin,importer,date,value,claim\n9403.60.80,CA,US,2025-08-15,1000,usmca\n9403.60.80,CA,US,2025-08-15,1000,\n");

        Assert.Equal(350m, book.GetProperty("refundExposure").GetDecimal());
        Assert.Equal(350m, book.GetProperty("refundByLayer").GetProperty("us-fentanyl-ca").GetDecimal());
    }

    // Cotton T-shirts of Guatemala (6109.10.00, MFN 16.5%) entered on 2 Mar 2026 pay the Section 122 surcharge of 10%
    // unless they qualify as CAFTA-DR originating textiles (9903.03.09), whose claim (programme "P") also earns the
    // line's special rate, Free. A USMCA claim is no claim for them: the line pays as an unclaimed line does.
    [Fact]
    public void A_claim_exempts_only_from_the_layers_of_its_own_preference()
    {
        var (_, cafta, _) = Portfolio("hs,origin,importer,date,value,claim\n6109.10.00,GT,US,2026-03-02,1000,CAFTA-DR\n");
        var (_, usmca, _) = Portfolio("hs,origin,importer,date,value,claim\n6109.10.00,GT,US,2026-03-02,1000,USMCA\n");
        var (_, none, _) = Portfolio("hs,origin,importer,date,value\n6109.10.00,GT,US,2026-03-02,1000\n");

        Assert.Equal(0m, cafta.GetProperty("totalDuty").GetDecimal());
        Assert.Equal(265m, usmca.GetProperty("totalDuty").GetDecimal());
        Assert.Equal(1000m, usmca.GetProperty("claimNotOfOrigin").GetDecimal());
        Assert.Equal(0m, cafta.GetProperty("claimNotOfOrigin").GetDecimal());
        Assert.Equal(265m, none.GetProperty("totalDuty").GetDecimal());
        Assert.Equal(Duty("GT", "6109.10.00", "2026-03-02").GetProperty("ifClaimed").GetProperty("totalDuty").GetDecimal(), cafta.GetProperty("totalDuty").GetDecimal());
    }

    [Fact]
    public void An_unknown_claim_is_reported_with_its_line_and_the_line_skipped()
    {
        var (exit, book, error) = Portfolio("hs,origin,importer,date,value,claim\n9403.60.80,CA,US,2025-08-15,1000,USMCA\n9403.60.80,CA,US,2025-08-15,1000,NAFTA\n");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(1, book.GetProperty("lines").GetInt32());
        Assert.Contains(":3: claim 'NAFTA' is no preference the ledger knows (CAFTA-DR, USMCA); leave it empty when no claim is made; line skipped", error, StringComparison.Ordinal);
    }

    // Cotton T-shirts of Mexico (6109.10.00, MFN 16.5%, special "Free (... S ...)") entered on 15 Jan 2025, before any
    // duty exempting on a USMCA claim: the claim still earns the USMCA special rate, Free (HTSUS General Note 11).
    [Fact]
    public void A_claim_earns_the_special_rate_when_no_layer_exempts_on_it()
    {
        var (_, claimed, _) = Portfolio("hs,origin,importer,date,value,claim\n6109.10.00,MX,US,2025-01-15,1000,USMCA\n");
        var (_, unclaimed, _) = Portfolio("hs,origin,importer,date,value\n6109.10.00,MX,US,2025-01-15,1000\n");

        Assert.Equal(0m, claimed.GetProperty("totalDuty").GetDecimal());
        Assert.Equal(165m, unclaimed.GetProperty("totalDuty").GetDecimal());
        Assert.Equal(0m, claimed.GetProperty("claimNotOfOrigin").GetDecimal());
    }
}
