using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;

namespace Tradewatch.Formats.Ledger;

/// <summary>The reference tables the project ships: the HS 2022 nomenclature and the economies.</summary>
public sealed record ReferenceData(HsNomenclature Nomenclature, EconomyCatalog Economies)
{
    /// <summary>Reads <c>hs/harmonized-system.csv</c> and <c>countries/country-codes.csv</c> under <paramref name="dataDirectory"/>.</summary>
    public static ReferenceData Load(string dataDirectory)
    {
        var hs = Path.Combine(dataDirectory, "hs", "harmonized-system.csv");
        var countries = Path.Combine(dataDirectory, "countries", "country-codes.csv");
        using var hsReader = File.OpenText(hs);
        using var countryReader = File.OpenText(countries);
        return new ReferenceData(HsNomenclature.ParseCsv(hsReader), EconomyCatalog.ParseCsv(countryReader));
    }
}
