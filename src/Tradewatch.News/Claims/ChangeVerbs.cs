namespace Tradewatch.News.Claims;

/// <summary>
/// The verbs reports use of a quantity that moves or stands at a level ("exports fell 21%", "the deficit peaked at $9
/// billion", "the value passed $120 billion"), each in every form: base, third person, past, past participle and gerund.
/// One home for the figure reader and for the reading of percentages, so that a verb known to one is known to both.
/// </summary>
internal static class ChangeVerbs
{
    /// <summary>Verbs of a rise: the size after them is positive.</summary>
    private static readonly string[] Rising =
    [
        "rise|rises|rose|risen|rising", "grow|grows|grew|grown|growing", "leap|leaps|leapt|leapt|leaping", "climb", "jump", "surge", "soar",
        "increase", "gain", "rebound", "recover", "advance", "rally|rallies|rallied|rallied|rallying", "spike", "swell|swells|swelled|swollen|swelling",
        "balloon", "expand", "widen", "accelerate", "strengthen", "improve", "bounce",
    ];

    /// <summary>Verbs of a fall: the size after them is negative.</summary>
    private static readonly string[] Falling =
    [
        "fall|falls|fell|fallen|falling", "sink|sinks|sank|sunk|sinking", "shrink|shrinks|shrank|shrunk|shrinking", "slide|slides|slid|slid|sliding",
        "lose|loses|lost|lost|losing", "shed|sheds|shed|shed|shedding", "drop|drops|dropped|dropped|dropping", "slip|slips|slipped|slipped|slipping",
        "dip|dips|dipped|dipped|dipping", "sag|sags|sagged|sagged|sagging", "decline", "decrease", "slump", "plunge", "plummet", "tumble", "contract",
        "narrow", "ease", "retreat", "weaken", "crash", "collapse", "slows|slowed|slowing", "deteriorate",
    ];

    /// <summary>
    /// Verbs that put a quantity at a level, with the particle some of them need before the amount ("peaked at", "came to",
    /// "brought in"); a level is no change, so its sign is the amount's own.
    /// </summary>
    private static readonly (string Verb, string? Particle)[] Level =
    [
        ("totals|totalled|totalling|totaled|totaling", null), ("reach", null), ("hit|hits|hit|hit|hitting", null),
        ("tops|topped|topping", null), ("pass", null), ("cross", null), ("exceed", null), ("surpass", null), ("nears|neared|nearing", null),
        ("approach", null), ("averages|averaged|averaging", null), ("peak", "at"), ("hover", "(?:at|around|near|about)"), ("hold|holds|held|held|holding", "(?:steady[ \t]+)?at"),
        ("stay", "(?:steady[ \t]+)?at"), ("remain", "(?:steady[ \t]+)?at"), ("settle", "at"), ("amount", "to"),
        ("come|comes|came|come|coming", "(?:to|in[ \t]+at)"), ("bring|brings|brought|brought|bringing", "in"), ("level", "off[ \t]+at"), ("bottom", "out[ \t]+at"),
    ];

    /// <summary>Every form of the verbs of a fall, as a regular-expression alternation.</summary>
    public static string FallingPattern { get; } = Alternation(Falling);

    /// <summary>Every form of the verbs of a rise or a fall, as a regular-expression alternation.</summary>
    public static string ChangePattern { get; } = Alternation([.. Rising, .. Falling]);

    /// <summary>Every form of the verbs of a level, each with the particle it needs, as a regular-expression alternation.</summary>
    public static string LevelPattern { get; } = string.Join('|', Level
        .Select(l => $"(?:{string.Join('|', Forms(l.Verb))}){(l.Particle is null ? "" : $"[ \t]+{l.Particle}")}"));

    /// <summary>
    /// The forms of a verb: given in full ("rise|rises|rose|risen|rising"; a base that is more often a noun or an adjective
    /// before an amount, "top", "average", "near", is left out), or made from a regular verb's base.
    /// </summary>
    public static IReadOnlyList<string> Forms(string verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        if (verb.Contains('|', StringComparison.Ordinal))
        {
            return verb.Split('|').Distinct(StringComparer.Ordinal).ToList();
        }

        var third = verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') ? verb + "es" : verb + "s";
        var stem = verb.EndsWith('e') ? verb[..^1] : verb;
        return [verb, third, stem + "ed", stem + "ing"];
    }

    // Longer forms first, so that "rising" is tried before "rise" wherever a pattern is not anchored at both ends.
    private static string Alternation(IEnumerable<string> verbs) =>
        string.Join('|', verbs.SelectMany(Forms).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal));
}
