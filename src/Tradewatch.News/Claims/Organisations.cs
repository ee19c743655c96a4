using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// The companies and bodies a report names, found by the words that only go with an organisation: an
/// officer or spokesperson of it ("Acme's chief executive", "an Acme spokesperson", "chief executive of
/// Acme"), its shares ("shares of Acme"), what only a business has ("Acme's revenue"), a corporate suffix ("Acme Inc"), or a capitalised name whose
/// last word is the kind of body it is ("National Growers Association", "Chamber of Shipping"). The report's main organisation
/// is the one it names most; the phrases that stand for it ("the company", "the carrier") are read
/// as that organisation, so a figure or a quote of "the company" is the company's.
/// </summary>
internal static partial class Organisations
{
    private const string Proper = @"(?<org>[A-Z][\p{L}\d&\-]*[\p{L}\d](?:[ ](?:[A-Z][\p{L}\d&\-]*[\p{L}\d]|of|&)){0,3})";

    private const string Officer = @"(?:CEO|chief[ ]executive(?:[ ]officer)?|chief[ ]financial[ ]officer|CFO|chairman|chairwoman|chairperson|founder|co-founder|spokesperson|spokesman|spokeswoman|shares|stock)";

    [GeneratedRegex(Proper + @"(?:’s|'s)?[ ]" + Officer + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfficerAfter();

    /// <summary>What only a business has, after a name's possessive: "Acme's revenue", "Acme's market value", "Acme's executives".</summary>
    private const string Holding = @"(?:revenue|revenues|sales|profit|profits|earnings|net[ ]income|operating[ ]income|market[ ]value|market[ ]capitali[sz]ation|executives|board|workforce|employees|customers|suppliers|headquarters|factories|guidance)";

    [GeneratedRegex(Proper + @"(?:’s|'s|’|')[ ]" + Holding + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex HoldingAfter();

    [GeneratedRegex(@"\b(?:" + Officer + @"|Shares|Stock|[Aa]nalysts|[Ee]conomists|[Ss]trategists)[ ](?:of|at|in|for)[ ](?:the[ ])?" + Proper, RegexOptions.CultureInvariant)]
    private static partial Regex OfficerBefore();

    [GeneratedRegex(Proper + @",?[ ](?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|Group|Holdings|AG|SE|NV|LLC|Co)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    /// <summary>
    /// The nouns that name a kind of body when they end a capitalised name: associations, councils, ministries,
    /// agencies, unions and the like. A name so built is a body's whatever words it holds ("American Growers
    /// Association" is not the United States).
    /// </summary>
    private const string BodyHead = @"(?:Association|Associations|Federation|Confederation|Council|Chamber|Institute|Institution|Commission|Ministry|Department|Agency|Bureau|Union|Organi[sz]ation|Foundation|Forum|Alliance|Coalition|Board|Authority|Committee|Administration|Fund|Society|League|Centre|Center|Secretariat|Office|Bank|Exchange|Consortium|Guild|Syndicate|Cooperative|Co-operative)";

    [GeneratedRegex(@"(?<![\p{L}\d])(?<org>(?:[A-Z][\p{L}\-]*[\p{L}][ ]){0,4}" + BodyHead + @"(?:[ ](?:of|for)[ ](?:the[ ])?[A-Z][\p{L}\-]*(?:[ ](?:and[ ]|&[ ])?[A-Z][\p{L}\-]*){0,2})?)(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex BodyName();

    /// <summary>The nouns a report uses for the company it is about, after "the" (or "the Irish", "the tech").</summary>
    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?)[ ](?:[\p{L}\-]+[ ]){0,2}?(?<noun>company|firm|group|carrier|airline|chipmaker|chip[ ]maker|carmaker|automaker|giant|manufacturer|maker|retailer|lender|bank|insurer|miner|producer|conglomerate|business|blog|statement|spokesperson|spokesman|spokeswoman)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StandIn();

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "Its", "Their", "His", "Her", "This", "That", "Our", "Mr", "Ms", "Mrs", "Dr", "Former", "Deputy", "Acting",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>The organisations the text names, with how often it names each, the most named first.</summary>
    public static List<(string Name, int Count)> Find(string text, Gazetteer gazetteer, IEnumerable<string> people)
    {
        ArgumentNullException.ThrowIfNull(text);
        var personWords = new HashSet<string>(people.SelectMany(p => p.Split(' ')), StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in new[] { OfficerAfter(), OfficerBefore(), HoldingAfter(), Suffix() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                var name = Clean(m.Groups["org"].Value);
                if (name is not null && IsOrganisation(name, gazetteer, personWords))
                {
                    found.Add(name);
                }
            }
        }

        foreach (Match m in BodyName().Matches(text))
        {
            var name = Clean(m.Groups["org"].Value);
            if (name is not null && name.Contains(' ', StringComparison.Ordinal) && IsBody(name, gazetteer, personWords))
            {
                found.Add(name);
            }
        }

        return found
            .Select(n => (Name: n, Count: Regex.Count(text, @"(?<![\p{L}\d])" + Regex.Escape(n) + @"(?![\p{L}\d])", RegexOptions.CultureInvariant)))
            .OrderByDescending(o => o.Count).ThenBy(o => text.IndexOf(o.Name, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>True when the phrase has a noun standing for a company rather than naming one: "the carrier", "the blog".</summary>
    public static bool StandsIn(string phrase) => StandIn().IsMatch(phrase);

    /// <summary>The phrase with its stand-in for the company ("the company", "the Irish carrier") written as the company's name.</summary>
    public static string Named(string phrase, string organisation) => StandIn().Replace(phrase, organisation, 1);

    /// <summary>True when the words right before a speech verb are a stand-in for the company ("the company said").</summary>
    public static bool IsStandIn(string phrase)
    {
        var m = StandIn().Match(phrase.Trim());
        return m.Success && m.Index + m.Length == phrase.Trim().Length;
    }

    /// <summary>"an Acme spokesperson" is "Acme spokesperson"; any other stand-in is the company itself.</summary>
    public static string Speaker(string standIn, string organisation)
    {
        var noun = StandIn().Match(standIn).Groups["noun"].Value;
        return noun is "spokesperson" or "spokesman" or "spokeswoman" ? $"{organisation} {noun}" : organisation;
    }

    private static string? Clean(string name)
    {
        var words = name.Split(' ').ToList();
        while (words.Count > 0 && (NotNames.Contains(words[0]) || words[0] is "of" or "&"))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && words[^1] is "of" or "&")
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>A body's name stands for no economy or place as a whole, and holds no word of a person's name or a title.</summary>
    private static bool IsBody(string name, Gazetteer gazetteer, HashSet<string> personWords) =>
        gazetteer.EconomyOf(name) is null && gazetteer.EconomyOf("the " + name) is null && !gazetteer.Places.ContainsKey(name)
        && !name.Split(' ').Any(w => personWords.Contains(w) || gazetteer.IsTitle(w));

    private static bool IsOrganisation(string name, Gazetteer gazetteer, HashSet<string> personWords)
    {
        if (name.Length < 2 || NotNames.Contains(name) || gazetteer.EconomyOf(name) is not null || gazetteer.EconomyOf("the " + name) is not null
            || gazetteer.Places.ContainsKey(name) || gazetteer.IsTitle(name))
        {
            return false;
        }

        var words = name.Split(' ');
        return !words.Any(w => personWords.Contains(w) || gazetteer.IsTitle(w) || gazetteer.RoleHeads.Contains(w.ToLowerInvariant()) || gazetteer.EconomyOf(w) is not null);
    }
}
