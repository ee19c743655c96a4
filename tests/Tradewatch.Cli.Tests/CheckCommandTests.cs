namespace Tradewatch.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Check_finds_a_report_s_tariff_rates_consistent_with_the_ledger_as_known_on_its_date()
    {
        var folder = Directory.CreateTempSubdirectory("tw-check-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "talks.txt"), """
                ---
                outlet: Tradewatch Test Wire
                published: 2025-06-09
                title: Officials meet again over tariffs
                ---
                Officials from both countries met on Monday to discuss their tariff truce.

                The United States is charging a 30% tariff on Chinese goods, while Beijing imposes a 10% duty on American goods.

                Analysts said the talks could run into a second day.
                """);
            var results = CliRunner.Json("check", folder.FullName).EnumerateArray().ToList();
            Assert.Contains(results, r => r.GetProperty("imposer").GetString() == "US" && r.GetProperty("ratePercent").GetDecimal() == 30 && r.GetProperty("verdict").GetString() == "consistent");
            Assert.Contains(results, r => r.GetProperty("imposer").GetString() == "CN" && r.GetProperty("ratePercent").GetDecimal() == 10 && r.GetProperty("verdict").GetString() == "consistent");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
