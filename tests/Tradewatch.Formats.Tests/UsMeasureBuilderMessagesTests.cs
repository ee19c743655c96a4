using Tradewatch.Formats.UsSchedule;

namespace Tradewatch.Formats.Tests;

/// <summary>
/// What <c>ledger build-us</c> says of a code it leaves out of a scope (issue 15: a product list that names a line the
/// schedule does not have gets a message naming the line and the file, and the line is not used).
/// </summary>
public class UsMeasureBuilderMessagesTests
{
    // The kitchen cabinets' scope names 9403.91.70, which no HTS revision of 2025-2026 numbers (9403.91 has 9403.91.00
    // only): no product list gives it, so the message names the build's own file.
    [Fact]
    public void A_line_the_build_names_itself_is_shown_dotted_with_the_builds_file()
    {
        var message = UsMeasureBuilder.LeftOutMessage("us-232-kitchen-cabinets", "94039170", "is no line of any HTS revision", []);
        Assert.Equal(
            $"us-232-kitchen-cabinets: 9403.91.70 ('94039170') is no line of any HTS revision; left out (the build names it in its own scope for us-232-kitchen-cabinets, in {UsMeasureBuilder.OwnScopesFile}, not a product list)",
            message);
        Assert.True(File.Exists(Path.Combine(RepoData.Directory, "..", UsMeasureBuilder.OwnScopesFile)));
    }

    [Fact]
    public void A_code_from_a_product_list_names_the_list_and_its_line()
    {
        var message = UsMeasureBuilder.LeftOutMessage("us-ieepa-annex-ii", "850511007000", "is not a tariff line", ["product-lists/ieepa_exempt_products.csv line 3620"]);
        Assert.Equal("product-lists/ieepa_exempt_products.csv line 3620: '850511007000' is not a tariff line; left out of us-ieepa-annex-ii", message);
    }
}
