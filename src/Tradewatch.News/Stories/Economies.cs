using System.Text.RegularExpressions;
using Tradewatch.News.Claims;

namespace Tradewatch.News.Stories;

/// <summary>
/// Counts the economies a report names (countries, their people and their seats of government,
/// as ISO 3166 alpha-2 codes, EU for the Union), read with the one economies lexicon the claims
/// are read with (Claims/Gazetteers/economies.tsv, every ISO economy). A trade story is an event
/// between economies, so two reports about different pairs in the same week are different stories.
/// </summary>
public static class Economies
{
    /// <summary>How often each economy is named in <paramref name="text"/>.</summary>
    public static Dictionary<string, int> Count(string text)
    {
        var gazetteer = Gazetteer.Default;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in gazetteer.EconomyPattern.Matches(text))
        {
            if (gazetteer.EconomyOf(m.Value) is { } code)
            {
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        return counts;
    }

    /// <summary>The economies a text is mainly about: the two most named, each named at least a quarter as often as the first.</summary>
    public static IReadOnlyList<string> Main(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
        {
            return [];
        }

        var ordered = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var top = ordered[0].Value;
        return ordered.Take(2).Where(c => c.Value * 4 >= top && c.Value >= 2).Select(c => c.Key).ToList();
    }
}
