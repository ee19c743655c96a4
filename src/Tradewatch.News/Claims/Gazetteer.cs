using System.Collections.Frozen;
using System.Text.RegularExpressions;

using Tradewatch.News.Text;

namespace Tradewatch.News.Claims;

/// <summary>
/// The word lists the rules read: economies with their names, demonyms and metonyms; places and
/// their economies; titles and offices; role head nouns; well-known office holders. Loaded once
/// from the tab-separated files embedded next to this class (Claims/Gazetteers).
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Instance = new(Load);

    private Gazetteer(
        FrozenDictionary<string, string> economySurfaces,
        FrozenDictionary<string, string> goodsDemonyms,
        FrozenDictionary<string, string> economyNames,
        FrozenDictionary<string, (string Economy, bool IsCity)> places,
        FrozenDictionary<string, string?> titles,
        FrozenDictionary<string, string> fullTitles,
        FrozenSet<string> roleHeads,
        FrozenSet<string> personNouns,
        FrozenDictionary<string, (string Name, string Economy, string Office)> leaders,
        FrozenDictionary<string, string> capitals)
    {
        Capitals = capitals;
        EconomySurfaces = economySurfaces;
        GoodsDemonyms = goodsDemonyms;
        EconomyNames = economyNames;
        Places = places;
        Titles = titles;
        FullTitles = fullTitles;
        RoleHeads = roleHeads;
        PersonNouns = personNouns;
        Leaders = leaders;
        EconomyPattern = Alternation(economySurfaces.Keys, RegexOptions.None);
        GoodsDemonymPattern = Alternation(goodsDemonyms.Keys, RegexOptions.None);
        PlacePattern = Alternation(places.Keys, RegexOptions.None);
        TitlePattern = Alternation(titles.Keys, RegexOptions.IgnoreCase);
        LeaderSurnames = leaders.Values
            .GroupBy(l => FamilyName(l.Name, l.Economy), StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }

    public static Gazetteer Default => Instance.Value;

    /// <summary>The family name of a full name: written first in Chinese, Korean and Vietnamese names ("Xi Jinping"), else last.</summary>
    public static string FamilyName(string fullName, string economy)
    {
        var tokens = fullName.Split(' ');
        return economy is "CN" or "KR" or "VN" or "TW" or "HK" ? tokens[0] : tokens[^1];
    }

    /// <summary>Surface form (case-sensitive) to ISO code: "Beijing" -> CN, "American" -> US.</summary>
    public FrozenDictionary<string, string> EconomySurfaces { get; }

    /// <summary>
    /// Demonym (case-sensitive) to ISO code, for demonyms that name the economy only before its goods or its tariffs:
    /// "European cars" are the EU's, "European air traffic control" is of no economy.
    /// </summary>
    public FrozenDictionary<string, string> GoodsDemonyms { get; }

    /// <summary>ISO code to the economy's name, the first surface form of its row without "the": CA -> Canada.</summary>
    public FrozenDictionary<string, string> EconomyNames { get; }

    /// <summary>Place name to its economy, and whether it is a city (else a country or region).</summary>
    public FrozenDictionary<string, (string Economy, bool IsCity)> Places { get; }

    /// <summary>The capital of each economy places.tsv marks one for: "the Swedish capital" is Stockholm.</summary>
    public FrozenDictionary<string, string> Capitals { get; }

    /// <summary>Title (lower case) to the economy it implies, if any.</summary>
    public FrozenDictionary<string, string?> Titles { get; }

    /// <summary>An abbreviated title (lower case) to the title it stands for: "gov." -> Governor.</summary>
    public FrozenDictionary<string, string> FullTitles { get; }

    public FrozenSet<string> RoleHeads { get; }

    /// <summary>
    /// Every noun whose first sense is a person, from WordNet (person-nouns.txt): "judge", "senator", "economist". With
    /// <see cref="RoleHeads"/>, what may head the role of a person named beside it.
    /// </summary>
    public FrozenSet<string> PersonNouns { get; }

    /// <summary>Whether a lower-case word heads a role phrase: a role head or any noun of a person.</summary>
    public bool IsRoleHead(string word) => RoleHeads.Contains(word) || PersonNouns.Contains(word);

    public FrozenDictionary<string, (string Name, string Economy, string Office)> Leaders { get; }

    public FrozenDictionary<string, string> LeaderSurnames { get; }

    public Regex EconomyPattern { get; }

    /// <summary>The demonyms of <see cref="GoodsDemonyms"/>, as whole words.</summary>
    public Regex GoodsDemonymPattern { get; }

    public Regex PlacePattern { get; }

    public Regex TitlePattern { get; }

    public string? EconomyOf(string surface) =>
        EconomySurfaces.TryGetValue(surface, out var code) ? code : null;

    public string? TitleEconomy(string title) =>
        Titles.TryGetValue(title.ToLowerInvariant(), out var economy) ? economy : null;

    public bool IsTitle(string word) => Titles.ContainsKey(word.ToLowerInvariant());

    /// <summary>The title as a role is given: an abbreviation written out ("Gov." -> Governor), any other as it is written.</summary>
    public string FullTitle(string title) => FullTitles.TryGetValue(title.ToLowerInvariant(), out var full) ? full : title;

    private static Regex Alternation(IEnumerable<string> words, RegexOptions options)
    {
        var ordered = words.OrderByDescending(w => w.Length).Select(Regex.Escape);
        // "North America", "Latin American": a region named with a compass point holds the economy's name but is no economy.
        return new Regex(@"(?<![\p{L}\p{N}.])(?<!\b(?:North|South|Latin|Central)[ \t])(?:" + string.Join('|', ordered) + @")(?![\p{L}\p{N}])",
            options | RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    private static Gazetteer Load()
    {
        var economies = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var goodsDemonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows("economies.tsv"))
        {
            foreach (var demonym in row.Length > 2 ? row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            {
                goodsDemonyms.TryAdd(demonym, row[0]);
            }

            var name = row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (name is not null)
            {
                names.TryAdd(row[0], name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name);
            }

            foreach (var surface in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                economies.TryAdd(surface, row[0]);
                if (surface.StartsWith("the ", StringComparison.Ordinal))
                {
                    // "The White House announced ...": the article capitalised at the start of a sentence.
                    economies.TryAdd("The" + surface[3..], row[0]);
                }
            }
        }

        var places = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows("places.tsv"))
        {
            places.TryAdd(row[0], (row[1], row.Length > 2 && row[2] is "city" or "capital"));
            if (row.Length > 2 && row[2] == "capital")
            {
                capitals.TryAdd(row[1], row[0]);
            }
        }

        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        var fullTitles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows("titles.tsv"))
        {
            titles.TryAdd(row[0].ToLowerInvariant(), row.Length > 1 && row[1] != "-" ? row[1] : null);
            if (row.Length > 2)
            {
                fullTitles.TryAdd(row[0].ToLowerInvariant(), row[2]);
            }
        }

        var heads = Rows("role-heads.txt").Select(r => r[0].ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        var personNouns = Rows("person-nouns.txt").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        var leaders = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var row in Rows("leaders.tsv"))
        {
            leaders.TryAdd(row[0], (row[0], row[1], row[2]));
        }

        return new Gazetteer(
            economies.ToFrozenDictionary(StringComparer.Ordinal),
            goodsDemonyms.ToFrozenDictionary(StringComparer.Ordinal),
            names.ToFrozenDictionary(StringComparer.Ordinal),
            places.ToFrozenDictionary(StringComparer.Ordinal),
            titles.ToFrozenDictionary(StringComparer.Ordinal),
            fullTitles.ToFrozenDictionary(StringComparer.Ordinal),
            heads,
            personNouns,
            leaders.ToFrozenDictionary(StringComparer.Ordinal),
            capitals.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The rows of an embedded gazetteer file, split on tabs; blank lines and # comments left out.</summary>
    internal static List<string[]> Rows(string file) => EmbeddedTable.Rows("Tradewatch.News.Claims.Gazetteers." + file);
}
