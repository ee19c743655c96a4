using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.Cli.Tests;

/// <summary>Tariff claims of the kind the London-talks reports make, checked against the bundled ledger.</summary>
public class ClaimCheckTests
{
    private static readonly TradeLedger Ledger = Load();

    private static TradeLedger Load()
    {
        var reference = ReferenceData.Load(CliRunner.DataDirectory);
        var ledger = TradeLedger.Empty;
        foreach (var file in Directory.GetFiles(Path.Combine(CliRunner.DataDirectory, "ledger"), "*.yaml"))
        {
            ledger = ledger.Append(LedgerFileReader.ReadFile(file, reference).Batch, ledger.Version);
        }

        return ledger;
    }

    private static CheckResult Check(string imposer, string target, decimal rate, string date, string qualifier) =>
        ClaimCheck.Tariff(Ledger, new TariffStatement(new Economy(imposer), new Economy(target), rate, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), qualifier));

    [Theory]
    [InlineData("US", "CN", 30, "2025-06-09", "in-force", CheckVerdict.Consistent)]
    [InlineData("CN", "US", 10, "2025-06-09", "in-force", CheckVerdict.Consistent)]
    [InlineData("US", "CN", 145, "2025-06-09", "peak", CheckVerdict.Consistent)]
    [InlineData("US", "CN", 125, "2025-06-09", "previous", CheckVerdict.Consistent)]
    [InlineData("US", "CN", 55, "2025-06-09", "in-force", CheckVerdict.Inconsistent)]
    [InlineData("US", "CN", 100, "2025-10-12", "threatened", CheckVerdict.NotCovered)]
    [InlineData("US", "JP", 10, "2025-06-09", "in-force", CheckVerdict.NotCovered)]
    public void Tariff_claims_are_checked_against_the_ledger_as_known_on_their_date(string imposer, string target, decimal rate, string date, string qualifier, CheckVerdict verdict) =>
        Assert.Equal(verdict, Check(imposer, target, rate, date, qualifier).Verdict);

    [Fact]
    public void A_consistent_across_the_board_rate_notes_that_product_layers_add_to_it() =>
        Assert.Contains("product-specific layers add", Check("CN", "US", 10, "2025-06-09", "in-force").Explanation, StringComparison.Ordinal);
}
