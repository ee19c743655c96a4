using System.Text.RegularExpressions;

namespace Tradewatch.News.Stories;

/// <summary>
/// Counts the economies a report names (countries, their people and their seats of government,
/// as ISO 3166 alpha-2 codes, EU for the Union). A trade story is an event between economies, so
/// two reports about different pairs in the same week are different stories.
/// </summary>
public static partial class Economies
{
    private static readonly (string Code, string[] Names)[] Table =
    [
        ("US", ["United States", "America", "American", "Americans", "Washington", "White House"]),
        ("CN", ["China", "Chinese", "Beijing"]),
        ("GB", ["United Kingdom", "Britain", "British", "Downing Street", "England", "Scotland", "Wales"]),
        ("EU", ["European Union", "European Commission", "Brussels"]),
        ("JP", ["Japan", "Japanese", "Tokyo"]),
        ("CA", ["Canada", "Canadian", "Canadians", "Ottawa"]),
        ("MX", ["Mexico", "Mexican", "Mexicans"]),
        ("IN", ["India", "Indian", "New Delhi"]),
        ("KR", ["South Korea", "South Korean", "Seoul"]),
        ("DE", ["Germany", "German", "Berlin"]),
        ("FR", ["France", "French"]),
        ("IT", ["Italy", "Italian"]),
        ("VN", ["Vietnam", "Vietnamese", "Hanoi"]),
        ("TW", ["Taiwan", "Taiwanese", "Taipei"]),
        ("RU", ["Russia", "Russian", "Moscow", "Kremlin"]),
        ("BR", ["Brazil", "Brazilian", "Brasilia"]),
        ("AU", ["Australia", "Australian", "Canberra"]),
        ("CH", ["Switzerland", "Swiss", "Bern"]),
        ("SG", ["Singapore", "Singaporean"]),
        ("ID", ["Indonesia", "Indonesian", "Jakarta"]),
        ("TH", ["Thailand", "Thai", "Bangkok"]),
        ("MY", ["Malaysia", "Malaysian", "Kuala Lumpur"]),
        ("TR", ["Turkey", "Turkish", "Türkiye", "Ankara"]),
        ("SA", ["Saudi Arabia", "Saudi"]),
        ("ZA", ["South Africa", "South African", "Pretoria"]),
        ("AR", ["Argentina", "Argentine", "Buenos Aires"]),
        ("NL", ["Netherlands", "Dutch", "The Hague"]),
        ("IL", ["Israel", "Israeli"]),
        ("IR", ["Iran", "Iranian", "Tehran"]),
        ("UA", ["Ukraine", "Ukrainian", "Kyiv"]),
    ];

    private static readonly Dictionary<string, string> ByName = Table
        .SelectMany(e => e.Names.Select(n => (Name: n.ToLowerInvariant(), e.Code)))
        .ToDictionary(x => x.Name, x => x.Code, StringComparer.Ordinal);

    /// <summary>How often each economy is named in <paramref name="text"/>.</summary>
    public static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Names().Matches(text))
        {
            var value = m.Value;
            string? code = value switch
            {
                "US" or "U.S." or "U.S" or "USA" or "U.S.A." => "US",
                "UK" or "U.K." => "GB",
                "EU" or "E.U." => "EU",
                _ => ByName.GetValueOrDefault(value.ToLowerInvariant()),
            };
            if (code is not null)
            {
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        return counts;
    }

    /// <summary>The economies a text is mainly about: the two most named, each named at least a quarter as often as the first.</summary>
    public static IReadOnlyList<string> Main(IReadOnlyDictionary<string, int> counts)
    {
        if (counts.Count == 0)
        {
            return [];
        }

        var ordered = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var top = ordered[0].Value;
        return ordered.Take(2).Where(c => c.Value * 4 >= top && c.Value >= 2).Select(c => c.Key).ToList();
    }

    // Capitalised names only: "us" the pronoun is not the United States.
    [GeneratedRegex(@"\b(?:U\.S\.A\.|U\.S\.?|USA|US|U\.K\.|UK|E\.U\.|EU)(?![\w])|\b(?:United States|America|Americans?|Washington|White House|China|Chinese|Beijing|United Kingdom|Britain|British|Downing Street|England|Scotland|Wales|European Union|European Commission|Brussels|Japan(?:ese)?|Tokyo|Canad(?:a|ian|ians)|Ottawa|Mexic(?:o|an|ans)|India|Indian|New Delhi|South Korean?|Seoul|German(?:y)?|Berlin|France|French|Ital(?:y|ian)|Vietnam(?:ese)?|Hanoi|Taiwan(?:ese)?|Taipei|Russian?|Moscow|Kremlin|Brazil(?:ian)?|Brasilia|Australian?|Canberra|Switzerland|Swiss|Bern|Singapore(?:an)?|Indonesian?|Jakarta|Thailand|Thai|Bangkok|Malaysian?|Kuala Lumpur|Turkey|Turkish|Türkiye|Ankara|Saudi(?: Arabia)?|South African?|Pretoria|Argentin(?:a|e)|Buenos Aires|Netherlands|Dutch|The Hague|Israeli?|Iran(?:ian)?|Tehran|Ukraine|Ukrainian|Kyiv)\b")]
    private static partial Regex Names();
}
