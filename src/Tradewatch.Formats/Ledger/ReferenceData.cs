using Tradewatch.Core;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;

namespace Tradewatch.Formats.Ledger;

/// <summary>
/// The reference tables the project ships: the HS 2022 nomenclature, the economies, and the named
/// scope lists that ledger files point at (<c>products: {lists: [NAME]}</c>), such as the tariff
/// lines of a Section 301 list.
/// </summary>
public sealed record ReferenceData(HsNomenclature Nomenclature, EconomyCatalog Economies)
{
    /// <summary>The scope lists by name (the file name without <c>.txt</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<HsCode>> ScopeLists { get; init; } = new Dictionary<string, IReadOnlyList<HsCode>>(StringComparer.Ordinal);

    /// <summary>
    /// Reads <c>hs/harmonized-system.csv</c>, <c>countries/country-codes.csv</c> and every
    /// <c>scopes/*.txt</c> under <paramref name="dataDirectory"/>.
    /// </summary>
    public static ReferenceData Load(string dataDirectory)
    {
        var hs = Path.Combine(dataDirectory, "hs", "harmonized-system.csv");
        var countries = Path.Combine(dataDirectory, "countries", "country-codes.csv");
        using var hsReader = File.OpenText(hs);
        using var countryReader = File.OpenText(countries);
        return new ReferenceData(HsNomenclature.ParseCsv(hsReader), EconomyCatalog.ParseCsv(countryReader))
        {
            ScopeLists = ReadScopeLists(Path.Combine(dataDirectory, "scopes")),
        };
    }

    /// <summary>
    /// Reads the scope lists of a folder: one code a line, '#' starts a comment. A line that is not a
    /// code is bad data naming the file and the line: nothing half-read is used.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<HsCode>> ReadScopeLists(string folder)
    {
        var lists = new Dictionary<string, IReadOnlyList<HsCode>>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return lists;
        }

        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var codes = new List<HsCode>();
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                var text = line.AsSpan();
                var hash = text.IndexOf('#');
                if (hash >= 0)
                {
                    text = text[..hash];
                }

                text = text.Trim();
                if (text.IsEmpty)
                {
                    continue;
                }

                if (!HsCode.TryParse(text.ToString(), out var code))
                {
                    throw new BadDataException($"{path}:{number}: '{text}' is not a tariff line: write 2 to 10 digits, such as 85051100 or 8505.11.00.70");
                }

                codes.Add(code);
            }

            lists[Path.GetFileNameWithoutExtension(path)] = codes;
        }

        return lists;
    }
}
