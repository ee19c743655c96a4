using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// The ISO 4217 currencies and how reports write them: symbols and codes ("$", "US$", "RMB", "EUR"), names
/// ("mexican pesos", "ringgit") and the economies that use each, from Gazetteers/currencies.tsv (generated
/// by tools/gen-currencies from data/countries/country-codes.csv, with hand-written symbol rows first). A
/// noun that several currencies share ("dollars") is read with the economy written before it ("Canadian
/// dollars" are CAD); alone, it is the currency of the hand-written row that lists it.
/// </summary>
internal sealed class Currencies
{
    private static readonly Lazy<Currencies> Instance = new(Load);

    private readonly FrozenDictionary<string, string> byForm;
    private readonly FrozenDictionary<string, string[]> byEconomy;
    private readonly FrozenDictionary<string, string[]> formsOf;

    private Currencies(Dictionary<string, string> byForm, Dictionary<string, List<string>> byEconomy, Dictionary<string, List<string>> formsOf)
    {
        this.byForm = byForm.ToFrozenDictionary(StringComparer.Ordinal);
        this.byEconomy = byEconomy.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        this.formsOf = formsOf.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        Codes = formsOf.Keys.ToFrozenSet(StringComparer.Ordinal);
        var symbols = byForm.Keys.Where(f => !IsName(f)).OrderByDescending(f => f.Length).Select(Regex.Escape);
        SymbolPattern = string.Join('|', symbols);
        var names = byForm.Keys.Where(IsName).OrderByDescending(f => f.Length).Select(f => Regex.Escape(f).Replace(@"\ ", @"[ \t]+", StringComparison.Ordinal));
        NamePattern = string.Join('|', names);
    }

    public static Currencies Default => Instance.Value;

    /// <summary>The ISO 4217 codes the lexicon holds.</summary>
    public FrozenSet<string> Codes { get; }

    /// <summary>A regex alternation of the symbols and codes written next to an amount ("US$", "€", "RMB"), longest first.</summary>
    public string SymbolPattern { get; }

    /// <summary>A regex alternation of the names (lower case) written after an amount ("canadian dollars", "yen"), longest first.</summary>
    public string NamePattern { get; }

    /// <summary>The code of a symbol or code as written ("C$" is CAD, "EUR" is EUR); null when it is neither.</summary>
    public string? OfSymbol(string written) =>
        byForm.TryGetValue(written, out var code) ? code
        : written.Length == 3 && Codes.Contains(written) ? written
        : null;

    /// <summary>
    /// The code of a currency name, with the capitalised words written before it if any: the whole phrase when it is
    /// a name ("New Taiwan dollars"), else the currency of the economy those words name that is called by that noun
    /// ("Canadian dollars", "Swiss francs"), else the name alone ("ringgit", "dollars").
    /// </summary>
    public string? OfName(string qualifier, string name, Gazetteer gazetteer)
    {
        name = Normalise(name);
        var words = qualifier.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var phrase = string.Join(' ', words[i..]);
            if (byForm.TryGetValue(Normalise(phrase + " " + name), out var named))
            {
                return named;
            }

            if (gazetteer.EconomyOf(phrase) is { } economy && byEconomy.TryGetValue(economy, out var used)
                && used.FirstOrDefault(c => formsOf[c].Any(f => f == name || f.EndsWith(" " + name, StringComparison.Ordinal))) is { } ofEconomy)
            {
                return ofEconomy;
            }
        }

        return byForm.TryGetValue(name, out var code) ? code : null;
    }

    /// <summary>
    /// The currency a bare "$" means in a report from an outlet at <paramref name="url"/>: the economy's own dollar when the
    /// address ends in the country-code domain of an economy whose currency is named for it ("canadian dollar" for .ca,
    /// "new zealand dollar" for .nz), as the press of those economies writes "$" for its own dollar and "US$" for the
    /// American one (the Canadian Press and Australian style guides). Null otherwise, and "$" stays USD: a .com outlet,
    /// Reuters or AP, writes "C$" or "A$" for the others, and a domain used for something else (.tv is Tuvalu's, which
    /// pays in the Australian dollar) names no dollar of its own.
    /// </summary>
    public string? LocalDollar(string? url, Gazetteer gazetteer)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.LastIndexOf('.') is var dot && dot < 0)
        {
            return null;
        }

        var economy = uri.Host[(dot + 1)..].ToUpperInvariant() switch { "UK" => "GB", var tld => tld };
        if (economy.Length != 2 || !byEconomy.TryGetValue(economy, out var used))
        {
            return null;
        }

        return used.FirstOrDefault(code => code != "USD" && formsOf[code].Any(form => form.EndsWith(" dollar", StringComparison.Ordinal) && NamesEconomy(form[..^7], economy, gazetteer)));
    }

    /// <summary>Whether the words before a currency's noun ("canadian", "new taiwan") name the economy, whole or their last words.</summary>
    private static bool NamesEconomy(string qualifier, string economy, Gazetteer gazetteer)
    {
        var words = qualifier.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (gazetteer.EconomyOf(string.Join(' ', words[i..])) == economy)
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalise(string text) => string.Join(' ', text.ToLowerInvariant().Replace('’', '\'').Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static bool IsName(string form) => form.All(c => char.IsLower(c) || c is ' ' or '\'');

    private static Currencies Load()
    {
        var byForm = new Dictionary<string, string>(StringComparer.Ordinal);
        var byEconomy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var formsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in Gazetteer.Rows("currencies.tsv"))
        {
            var code = row[0];
            var forms = formsOf.TryGetValue(code, out var known) ? known : formsOf[code] = [];
            foreach (var economy in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(e => e != "-"))
            {
                var used = byEconomy.TryGetValue(economy, out var list) ? list : byEconomy[economy] = [];
                if (!used.Contains(code))
                {
                    used.Add(code);
                }
            }

            foreach (var form in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(f => f != "-"))
            {
                // The first row that lists a form wins: the hand-written rows come first.
                byForm.TryAdd(form, code);
                forms.Add(form);
            }
        }

        return new Currencies(byForm, byEconomy, formsOf);
    }
}
