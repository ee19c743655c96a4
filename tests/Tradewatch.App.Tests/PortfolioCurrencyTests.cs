using Tradewatch.App.Answers;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Products;
using Tradewatch.Formats.Ledger;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>The currency of a costed import book: its importers', from the table a duty answer names it from.</summary>
public sealed class PortfolioCurrencyTests
{
    private static readonly ReferenceData Reference = LedgerLoader.Reference(RepoData.Directory);

    private static PortfolioCurrency Of(params string[] importers)
    {
        var tally = new PortfolioTally();
        foreach (var importer in importers)
        {
            tally.Add(new ImportLine(new Economy(importer), new Economy(importer == "CN" ? "US" : "CN"), HsCode.Parse("8505.11"), new DateOnly(2025, 6, 9), 1000));
        }

        return PortfolioCurrency.Of(Reference, tally);
    }

    [Fact]
    public void A_book_of_US_imports_is_in_the_currency_a_US_duty_answer_names()
    {
        var currency = Of("US", "US");

        Assert.Equal(Reference.Economies.CurrencyOf(new Economy("US")), currency.Code);
        Assert.Equal("USD", currency.Code);
        Assert.Equal(" USD", currency.Suffix);
        Assert.Contains("USD", currency.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_book_mixing_currencies_names_them_all_and_says_its_totals_are_unconverted()
    {
        var currency = Of("US", "CN");

        Assert.Null(currency.Code);
        Assert.Equal(["CNY", "USD"], currency.All);
        Assert.Empty(currency.Suffix);
        Assert.Contains("CNY, USD", currency.Note, StringComparison.Ordinal);
        Assert.Contains("unconverted", currency.Note, StringComparison.Ordinal);
    }
}
