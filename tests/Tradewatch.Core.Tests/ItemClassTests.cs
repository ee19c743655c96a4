using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;

namespace Tradewatch.Core.Tests;

/// <summary>An export measure that lists elements, checked against claims that name their class.</summary>
public class ItemClassTests
{
    private static readonly Economy Cn = new("CN");
    private static readonly DateOnly Day = new(2025, 5, 1);

    private static TradeLedger Ledger(params string[] items) => TradeLedger.Empty.Append(new LedgerBatch
    {
        Measures =
        [
            new Measure("elements", MeasureKind.ExportControl, "elements", Cn, new EconomyScope(true, [], []), ProductScope.AllGoods, items, "basis", null, null, null,
                new Provenance(DateParsing.StartOfDay(new DateOnly(2025, 4, 1)), ["https://example.org/elements"])),
        ],
    },
    expectedVersion: 0);

    private static CheckVerdict Check(TradeLedger ledger, string item) =>
        ClaimCheck.ExportControl(ledger, new ExportControlStatement(Cn, null, [item], Day)).Verdict;

    [Theory]
    [InlineData("rare earths")]
    [InlineData("rare-earth metals")]
    [InlineData("heavy rare earth elements")]
    [InlineData("Terbium")]
    public void A_class_or_a_member_is_covered_by_a_measure_on_its_members(string item) =>
        Assert.NotEqual(CheckVerdict.NotCovered, Check(Ledger("terbium", "holmium"), item));

    [Theory]
    [InlineData("rare earth magnets")]
    [InlineData("light rare earths")]
    [InlineData("copper")]
    public void Things_made_of_them_and_other_classes_are_not(string item) =>
        Assert.Equal(CheckVerdict.NotCovered, Check(Ledger("terbium", "holmium"), item));

    [Fact]
    public void A_measure_on_the_class_covers_each_element() =>
        Assert.NotEqual(CheckVerdict.NotCovered, Check(Ledger("rare earths"), "neodymium"));
}
