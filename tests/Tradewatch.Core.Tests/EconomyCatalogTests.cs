using Tradewatch.Core.Economies;

namespace Tradewatch.Core.Tests;

public sealed class EconomyCatalogTests
{
    private static readonly EconomyCatalog Economies = EconomyCatalog.ParseCsv(new StringReader(
        """
        ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,CLDR display name,ISO4217-currency_alphabetic_code
        US,USA,United States,USD
        BT,BTN,Bhutan,"INR,BTN"
        AQ,ATA,Antarctica,
        """));

    [Theory]
    [InlineData("US", "USD")]
    [InlineData("usa", "USD")]
    [InlineData("EU", "EUR")]
    [InlineData("BT", "INR")]
    public void An_economy_has_the_currency_the_table_gives_it_first(string code, string currency)
    {
        Assert.True(Economies.TryResolve(code, out var economy));
        Assert.Equal(currency, Economies.CurrencyOf(economy));
    }

    [Fact]
    public void An_economy_without_a_currency_in_the_table_has_none()
    {
        Assert.True(Economies.TryResolve("AQ", out var economy));
        Assert.Null(Economies.CurrencyOf(economy));
    }
}
