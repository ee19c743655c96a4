namespace Tradewatch.Core.Economies;

/// <summary>The economies Tradewatch knows: ISO 3166 countries and territories, plus the European Union.</summary>
public sealed class EconomyCatalog
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lookup = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _currencies = new(StringComparer.Ordinal);

    private EconomyCatalog()
    {
    }

    public int Count => _names.Count;

    /// <summary>Reads datasets/country-codes: uses the alpha-2, alpha-3, English name and ISO 4217 currency columns, found by header.</summary>
    public static EconomyCatalog ParseCsv(TextReader reader)
    {
        var catalog = new EconomyCatalog();
        int alpha2 = -1, alpha3 = -1, name = -1, shortName = -1, currency = -1;
        var header = true;
        foreach (var fields in Csv.ReadRecords(reader))
        {
            if (header)
            {
                alpha2 = fields.IndexOf("ISO3166-1-Alpha-2");
                alpha3 = fields.IndexOf("ISO3166-1-Alpha-3");
                name = fields.IndexOf("CLDR display name");
                shortName = fields.IndexOf("official_name_en");
                currency = fields.IndexOf("ISO4217-currency_alphabetic_code");
                if (alpha2 < 0)
                {
                    throw new FormatException("The country table has no ISO3166-1-Alpha-2 column.");
                }

                header = false;
                continue;
            }

            if (fields.Count <= alpha2 || fields[alpha2].Length != 2)
            {
                continue;
            }

            var code = fields[alpha2].ToUpperInvariant();
            var display = Field(fields, name) ?? Field(fields, shortName) ?? code;
            catalog.Add(code, display, Field(fields, alpha3), Field(fields, shortName));
            // Where the table lists several currencies (INR,BTN), the first is the country's own.
            if (Field(fields, currency)?.Split(',')[0].Trim() is { Length: 3 } money)
            {
                catalog._currencies[code] = money;
            }
        }

        catalog.Add("EU", "European Union", "EUR", null);
        catalog._currencies["EU"] = "EUR";
        return catalog;
    }

    private static string? Field(List<string> fields, int index) =>
        index >= 0 && index < fields.Count && !string.IsNullOrWhiteSpace(fields[index]) ? fields[index].Trim() : null;

    private void Add(string code, string name, params string?[] aliases)
    {
        _names[code] = name;
        _lookup[code] = code;
        _lookup.TryAdd(name, code);
        foreach (var alias in aliases)
        {
            if (alias is not null)
            {
                _lookup.TryAdd(alias, code);
            }
        }
    }

    public bool Contains(string code) => _names.ContainsKey(code);

    public string NameOf(Economy economy) => _names.TryGetValue(economy.Code, out var name) ? name : economy.Code;

    /// <summary>The ISO 4217 code of the economy's currency (USD, EUR for the European Union), or null when the table has none.</summary>
    public string? CurrencyOf(Economy economy) => _currencies.TryGetValue(economy.Code, out var currency) ? currency : null;

    /// <summary>Finds an economy by alpha-2 or alpha-3 code or English name, in any case.</summary>
    public bool TryResolve(string? text, out Economy economy)
    {
        economy = default;
        if (text is null || !_lookup.TryGetValue(text.Trim(), out var code))
        {
            return false;
        }

        economy = new Economy(code);
        return true;
    }
}
