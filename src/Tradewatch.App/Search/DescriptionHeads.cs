using System.Text.RegularExpressions;

namespace Tradewatch.App.Search;

/// <summary>
/// The head nouns of a goods description, as stems: the word that ends each name of goods it lists, before what
/// qualifies it. "Permanent magnets and articles intended to become permanent magnets" names magnets and articles;
/// "Magnetic media" names media, not magnets; "Portable automatic data processing machines, weighing not more than
/// 10 kg" names machines. A description is read as the schedules write them: names parted by ";" or ":", listed with
/// commas, "and", "or"; a name's qualifiers begin at a preposition or participle (<see cref="Qualifiers"/>), and
/// end the description's part (", of iron or steel" qualifies all the names before it); a parenthesis is passed over.
/// "Other" heads nothing.
/// </summary>
public static partial class DescriptionHeads
{
    /// <summary>Words that begin what qualifies a name of goods rather than name it.</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "of", "for", "with", "without", "whether", "including", "excluding", "except", "not", "than", "in", "on", "to", "from",
        "by", "at", "over", "under", "containing", "incorporating", "weighing", "used", "designed", "having", "intended",
        "suitable", "put", "consisting", "valued", "each", "which", "that", "the", "a", "an", "like", "if", "as",
        "being", "fitted", "equipped", "known", "mounted", "presented", "provided", "exceeding", "measuring", "wholly", "principally", "solely", "made",
    };

    /// <summary>The stems of the head nouns of <paramref name="description"/>.</summary>
    public static IReadOnlySet<string> Of(string description) => Read(description).Heads;

    /// <summary>
    /// The head nouns of <paramref name="description"/> and every word of its names of goods (heads and the words before
    /// them, not their qualifiers), as stems: "Inner tubes, of rubber, of a kind used on motor cars" names tubes, and
    /// "cars" only qualifies them.
    /// </summary>
    public static DescriptionNames Read(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in description.Split([';', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            string? last = null;
            var aside = 0;
            foreach (Match token in Token().Matches(SearchWords.Fold(segment).ToLowerInvariant()))
            {
                var word = token.Value;
                if (word is "(" or ")")
                {
                    aside = Math.Max(0, aside + (word == "(" ? 1 : -1));
                }
                else if (aside > 0 || word is "thereof" or "therefor")
                {
                    // a parenthesis says what a name includes ("(including mopeds)"); "parts thereof" names parts
                }
                else if (word is "," or "and" or "or" or "nor")
                {
                    AddHead(heads, forms, last);
                    last = null;
                }
                else if (Qualifiers.Contains(word) || (last is not null && IsParticiple(word)))
                {
                    break;
                }
                else
                {
                    last = word;
                    Add(named, word);
                }
            }

            AddHead(heads, forms, last);
        }

        named.UnionWith(heads);
        return new DescriptionNames(heads, named) { HeadForms = forms };
    }

    /// <summary>
    /// Whether a word is a past participle ("prepared", "roasted"), which after a name of goods begins what qualifies it
    /// ("Fish prepared or preserved"); words in "-eed" ("rapeseed", "speed") are nouns.
    /// </summary>
    private static bool IsParticiple(string word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal);

    private static void Add(HashSet<string> heads, string? word)
    {
        if (word is not null && word != "other" && !word.Any(char.IsDigit))
        {
            heads.Add(SearchLexicon.Stem(LastPart(word)));
        }
    }

    /// <summary>Adds a head noun's stem, and its plain singular to <paramref name="forms"/>.</summary>
    private static void AddHead(HashSet<string> heads, HashSet<string> forms, string? word)
    {
        Add(heads, word);
        if (word is not null && word != "other" && !word.Any(char.IsDigit))
        {
            forms.Add(SearchLexicon.Singular(LastPart(word)));
        }
    }

    /// <summary>The last part of a hyphened word ("fork-lift" lift), which names what the word names.</summary>
    private static string LastPart(string word) => word[(word.LastIndexOf('-') + 1)..];

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*|[,()]")]
    private static partial Regex Token();
}

/// <summary>What a goods description names: its head nouns, and every word of its names of goods (<see cref="DescriptionHeads.Read"/>), as stems.</summary>
public sealed record DescriptionNames(IReadOnlySet<string> Heads, IReadOnlySet<string> Named)
{
    /// <summary>
    /// The plain singulars of the head nouns (<see cref="SearchLexicon.Singular"/>), to tell a word's own forms from other words of its
    /// stem: "Terry toweling" is headed by "toweling", stemmed as "towels" is but not a form of "towel".
    /// </summary>
    public IReadOnlySet<string> HeadForms { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
