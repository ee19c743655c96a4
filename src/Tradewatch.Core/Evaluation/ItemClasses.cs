namespace Tradewatch.Core.Evaluation;

/// <summary>
/// Classes of items that reports name as a whole ("rare earths") where a measure lists the members
/// ("samarium", "dysprosium"). The members are complete for the class: the seventeen rare-earth
/// elements (IUPAC: scandium, yttrium and the fifteen lanthanides), split into light and heavy as
/// the USGS does, with samarium, europium and gadolinium also the "medium" ones.
/// </summary>
internal static class ItemClasses
{
    private static readonly string[] Light = ["lanthanum", "cerium", "praseodymium", "neodymium", "promethium", "samarium", "europium", "scandium"];

    private static readonly string[] Medium = ["samarium", "europium", "gadolinium"];

    private static readonly string[] Heavy = ["gadolinium", "terbium", "dysprosium", "holmium", "erbium", "thulium", "ytterbium", "lutetium", "yttrium"];

    private static readonly string[] All = [.. Light.Union(Heavy)];

    /// <summary>Words that may follow the class name without narrowing it ("rare earth elements", "rare-earth metals").</summary>
    private static readonly HashSet<string> ClassNouns = new(StringComparer.Ordinal) { "element", "metal", "mineral", "oxide", "" };

    /// <summary>
    /// The members of the class the words name, or null when they name no class: "rare earths",
    /// "heavy rare earth metals", "lanthanides". Words for things made of them ("rare earth magnets")
    /// name no class of elements.
    /// </summary>
    public static IReadOnlyList<string>? Members(IReadOnlyList<string> words)
    {
        if (words.Count == 1 && words[0] == "lanthanide")
        {
            return [.. All.Where(e => e is not ("scandium" or "yttrium"))];
        }

        var at = -1;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "rare" && words[i + 1] == "earth")
            {
                at = i;
                break;
            }
        }

        if (at < 0 || words.Count > at + 3 || !ClassNouns.Contains(words.Count == at + 3 ? words[at + 2] : ""))
        {
            return null;
        }

        var modifiers = words.Take(at).Where(w => w is not ("critical" or "strategic" or "the" or "all" or "some" or "certain" or "key")).ToList();
        var members = new List<string>();
        if (modifiers.Count == 0)
        {
            return All;
        }

        foreach (var modifier in modifiers)
        {
            switch (modifier)
            {
                case "light":
                    members.AddRange(Light);
                    break;
                case "medium":
                    members.AddRange(Medium);
                    break;
                case "heavy":
                    members.AddRange(Heavy);
                    break;
                case "and" or "or":
                    break;
                default:
                    return null;
            }
        }

        return members.Count == 0 ? null : members.Distinct().ToList();
    }
}
