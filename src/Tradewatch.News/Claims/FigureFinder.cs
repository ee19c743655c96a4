using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// Finds measured figures: a number with a unit (%, $ billions, tonnes, a counted noun) that a
/// change verb, a level ("fell to $10.8 billion"), a share ("70 percent of the world's supply")
/// or a quota speaks of. The subject is the noun phrase the verb is about, with economies written
/// the same way everywhere ("Chinese exports" is "China exports"); a subject without an economy
/// borrows the one of the figure before it. The period is the month or year the sentence names
/// (or the one before, for "a year earlier"); the comparison y/y or m/m when it says so.
/// </summary>
internal static partial class FigureFinder
{
    /// <summary>
    /// The noun a bare number counts, the head of the phrase after it: "1,200 soldiers", "350 staff", "12 member states", "420
    /// points", "4,000 National Guard troops". Up to two modifiers (no function words, no month or weekday) before a head
    /// that is a plural in -s or one of the nouns English counts without -s (the zero and irregular plurals, a closed
    /// class); a plural of time counts no thing ("20 years").
    /// </summary>
    private const string CountedNoun =
        @"(?<mods>(?:(?:(?!(?:of|to|in|on|at|for|from|by|with|and|or|but|the|a|an|than|more|less|per|each|was|were|is|are|be|been|has|have|had|will|would|could|may|might|this|that|these|those|last|next|as|after|before|since|over|under|into|who|which|percent|times|years|months|weeks|days|hours|minutes|seconds)\b)[a-z][a-z\-]*|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}\d.\-]*)[ \t]+){0,2}?)"
        + @"(?<count>(?:[a-z]*craft|staff|personnel|people|police|cattle|livestock|sheep|poultry|fish|crew|children|men|women)\b|(?!(?:times|years|months|weeks|hours|minutes|seconds|percent|days|series|species|news|basis)\b)[a-z]{3,}s\b)";

    /// <summary>
    /// An amount: a number in digits, or in words before a scale or "per cent" ("twenty-five per cent", "half a
    /// billion"); its scale; a currency written before it (a symbol or ISO code) or after it (a name, with the economy
    /// that qualifies it: "Canadian dollars"); and its unit. The currencies come from <see cref="Currencies"/>.
    /// </summary>
    private static readonly Regex AmountPattern = new(
        @"(?<approx>\b(?i:approximately|about|around|nearly|almost|some|roughly|more[ \t]+than|over|up[ \t]+to|close[ \t]+to|at[ \t]+least)[ \t]+)?"
        + @"(?<cur>(?<![\p{L}\d])(?:" + Currencies.Default.SymbolPattern + @")[ \t]?|(?<iso>\b[A-Z]{3})[ \t]?)?"
        + @"(?:(?<!\p{Ll}|\d|(?<![\p{L}])\p{Lu}{1,2})(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\b(?<wnum>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a[ \t]+hundred|one[ \t]+hundred|hundred|half[ \t]+a)(?=[ \t]+(?:per[ \t]?cent|percent|percentage|billion|million|trillion)\b))"
        + @"(?:[ \t]*(?<scale>billion|million|trillion|lakh[ \t]+crores?\b|crores?\b|lakhs?\b|bn\b|tn\b|m\b)|-(?<scale>billion|million|trillion)\b)?"
        + @"[ \t]*(?:(?<after>(?:(?<adj>\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2})[ \t]+)?(?<cname>(?i:" + Currencies.Default.NamePattern + @"))(?![\p{L}\d]))|(?<isoafter>\b[A-Z]{3}\b))?"
        + @"[ \t]*(?<unit>%|percent\b|per[ \t]cent\b|pc\b|percentage[ \t]points?\b|metric[ \t]+tonnes\b|metric[ \t]+tons\b|tonnes\b|tons\b|days\b|basis[ \t]+points?\b|(?<deg>°[ \t]?[CF]|(?<=\d)[CF]|degrees?[ \t]+(?:Celsius|centigrade|Fahrenheit))\b|(?(scale)(?(cur)(?!)|(?(after)(?!)|" + CountedNoun + "))|" + CountedNoun + "))?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex Amount() => AmountPattern;

    /// <summary>
    /// Words that hedge or limit the amount after them ("about", "just", "more than", "an estimated"), one optional run of
    /// them with its trailing space.
    /// </summary>
    private const string Approximately =
        @"(?:(?:approximately|about|around|nearly|almost|just|only|roughly|some|over|under|barely|fully|(?:more|less|fewer)[ \t]+than|close[ \t]+to|as[ \t]+much[ \t]+as|as[ \t]+little[ \t]+as|an[ \t]+estimated|a[ \t]+mere|at[ \t]+least|at[ \t]+most|up[ \t]+to)[ \t]+)?";

    /// <summary>How a rate of change is reckoned: "annualized", "seasonally adjusted annual".</summary>
    private const string RateAdjective = @"(?:(?:seasonally[ \t]+adjusted[ \t]+)?(?:annual|annualised|annualized|yearly|monthly|quarterly)|seasonally[ \t]+adjusted)";

    /// <summary>
    /// A verb of change or level just before an amount, with "by" or "to" and words of approximation: "fell 21%", "peaked at",
    /// "rose by about", "hit a record high of"; the verbs of <see cref="ChangeVerbs"/>, and those of cutting, closing and being.
    /// </summary>
    private static readonly Regex VerbBeforePattern = new(
        @"\b(?<verb>" + ChangeVerbs.ChangePattern + "|" + ChangeVerbs.LevelPattern
        + @"|lowered|cut|raised|come[ \t]+down|came[ \t]+down|go[ \t]+down|(?:edged|edges|ticked|ticks|inched|inches|crept|creeps|moved|nudged)(?:[ \t]+(?:up|down|higher|lower))?|reduced|up|down|stood[ \t]+at|stands[ \t]+at|(?:closed|ended|finished|settled|opened|traded|closing|ending|finishing|settling|trading)(?:[ \t]+(?:at|up|down|higher|lower))?|amounted[ \t]+to|amounting[ \t]+to|came[ \t]+in[ \t]+at|valued[ \t]+at|worth|(?:(?:has|have|had|will|would|could|may|might)[ \t]+be(?:en)?|was|were|is|are)(?:[ \t]+(?:worth|valued[ \t]+at|at))?)(?:[ \t]+(?:by|to))?[ \t]+(?:at[ \t]+(?:an?|the)[ \t]+(?:" + RateAdjective + @"[ \t]+)?(?:rate|pace)[ \t]+of[ \t]+|(?:at[ \t]+)?an?[ \t]+" + RateAdjective + @"[ \t]+|at[ \t]+an?[ \t]+)?" + Approximately + @"(?:(?:a|an)[ \t]+(?:(?:new|fresh|record|all-time|multi-year|[0-9a-z]+-(?:year|month|week|decade))[ \t]+)*(?:record|(?:high|low|minimum|maximum|peak|total)[ \t]+of)[ \t]+)?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex VerbBefore() => VerbBeforePattern;

    private static readonly Regex NegativePattern = new(
        @"\b(?:" + ChangeVerbs.FallingPattern + @"|down|lowered|cut|come[ \t]+down|came[ \t]+down|reduced|(?:edged|edges|ticked|ticks|inched|inches|crept|creeps|moved|nudged)[ \t]+(?:down|lower))\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex Negative() => NegativePattern;

    [GeneratedRegex(@"\b(?:year-on-year|year[ \t]+on[ \t]+year|from[ \t]+a[ \t]+year[ \t]+earlier|a[ \t]+year[ \t]+(?:earlier|ago)|compared[ \t]+(?:to|with)[ \t]+the[ \t]+(?:prior|previous)[ \t]+year|year[ \t]+over[ \t]+year|y/y|annual)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearOnYear();

    [GeneratedRegex(@"\b(?:month-on-month|month[ \t]+on[ \t]+month|from[ \t]+the[ \t]+previous[ \t]+month|m/m)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthOnMonth();

    [GeneratedRegex(@"\b(?<verb>mine|mines|mining|produce|produces|producing|control|controls|controlling|account[ \t]+for|accounts[ \t]+for|accounted[ \t]+for|accounting[ \t]+for|make[ \t]+up|makes[ \t]+up|made[ \t]+up|represent|represents|represented|supply|supplies|refine|refines|refining)[ \t]+(?:approximately[ \t]+|about[ \t]+|around[ \t]+|nearly[ \t]+|almost[ \t]+|some[ \t]+|roughly[ \t]+|more[ \t]+than[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ShareVerb();

    [GeneratedRegex(@"^[ \t]*of[ \t]+(?:the[ \t]+)?(?<world>world's|world’s|global|worldwide)?[ \t]*(?<what>(?:(?:\p{Lu}\.){2,}|[\w -]){2,40}?)(?:[ \t]+(?:globally|worldwide))?(?=[,.;]|[ \t]+(?:that|which|and|in|from|last|this|since|according|a[ \t]+year)\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ShareOf();

    /// <summary>The whole a share is of: up to five words after "of" ("U.S." one of them), to the first word that starts another phrase.</summary>
    [GeneratedRegex(@"^[ \t]*of[ \t]+(?:(?:the|all|their|its|his|her|our)[ \t]+)?(?<what>(?:(?!(?:that|which|and|or|in|from|to|on|for|was|were|is|are|go|goes|went|come|comes|came|by|with|at|last|this|next|as|since|after|before)\b)(?:(?:\p{Lu}\.){2,}|[\p{L}\d’'\-]+)[ \t]*){1,5})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();

    /// <summary>A verb in the past just before an amount, a lower-case word in -ed: "grossed", "netted", "generated".</summary>
    [GeneratedRegex(@"(?<![\p{L}\-])(?<verb>\p{Ll}{3,}ed)[ \t]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PastVerbBefore();

    /// <summary>The words that link a phrase to its number ("is now", "averaging about", "estimated at"), to strip from its end.</summary>
    [GeneratedRegex(@"(?:\b(?:is|are|was|were|be|been|stands?|stood|now|currently|at|of|to|reached|hit|averag\w*|estimated|put|about|around|nearly|some|roughly|almost|an|a|the)\b[ \t]*)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LinkTail();

    [GeneratedRegex(@"[\w’'$.%-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Words that put a number beside the one before it as its earlier or other value: "up from", "compared with".</summary>
    [GeneratedRegex(@"\b(?:(?:up|down|rising|falling|increasing|decreasing)[ \t]+from|compared[ \t]+(?:with|to)|against|versus|vs\.?)[ \t]+(?:about[ \t]+|around[ \t]+|nearly[ \t]+|some[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Baseline();

    /// <summary>
    /// A verb of trade just before an amount, or before its object and "worth": "the US imported $137 billion ...", "Canada
    /// sold 2 million tonnes", "the EU exported goods worth 500 billion euros".
    /// </summary>
    [GeneratedRegex(@"\b(?<verb>imported|imports|import|importing|exported|exports|export|exporting|shipped|ships|ship|shipping|sold|sells|sell|selling|bought|buys|buy|buying|purchased|purchases|purchasing|produced|produces|produce|producing|manufactured|made|built|builds|build|building|assembled|assembles|assemble|assembling|mined|mines|delivered|delivers|deliver|harvested|sent|sends|send|sending|supplied|supplies|supply|supplying|spend|spends|spent|spending|invest|invests|invested|investing)[ \t]+(?:(?<obj>(?:(?!(?:worth|valued)\b)[a-z][\w-]*[ \t]+){1,3}?)(?:worth|valued[ \t]+at)[ \t]+)?(?:(?:approximately|about|around|nearly|almost|some|roughly|more[ \t]+than|over|an[ \t]+estimated|up[ \t]+to|an[ \t]+additional|an[ \t]+extra|another|a[ \t]+further)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TradeVerb();

    /// <summary>What money is spent or invested on or in, just after the amount: "on manufacturing", "in new plants".</summary>
    [GeneratedRegex(@"^[ \t]*(?:on|in)[ \t]+(?:(?:the|its|their|new|more)[ \t]+)?(?<what>(?!(?:the|its|their|a|an)\b)\p{Ll}[\p{L}\-]*(?:[ \t]+\p{Ll}[\p{L}\-]*){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex SpentOn();

    /// <summary>
    /// What an amount is of, just after it: "$1.3 trillion of imports", "$137 billion worth of goods", "28 million
    /// tonnes of steel", "$55 billion in exports" (a lower-case noun, not a time), and the economy it comes from or goes to.
    /// </summary>
    [GeneratedRegex(@"^[ \t]*(?:(?:worth|in[ \t]+value)[ \t]+of|of|worth|in(?=[ \t]+(?!(?:the|a|an|its|their|his|her|this|that|last|next|first|second|third|fourth|early|late|mid|recent|fiscal|total|each|every|all|one|two|three)\b(?!-))\p{Ll}))[ \t]+(?:(?:the|all|its|their|his|her|our)[ \t]+)?(?<what>(?:(?!(?:that|which|and|or|in|from|to|into|on|for|was|were|is|are|by|with|at|last|this|next|as|since|after|before|a|per|each|over|during|than|through|under)\b)(?:(?:\p{Lu}\.){2,}|[\p{L}\d’'\-]+)[ \t]*){1,4})(?<pp>(?:from|to|into|with)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}.’'\-]*[ \t]*){1,3})?", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectAfter();

    /// <summary>
    /// The partner a share's whole goes to or comes from, just after it or after the verb of its own clause: "(75% of its
    /// exports) to the United States", "(80% of Mexico's exports) are sold to the United States", "(of Canada's exports) go to".
    /// </summary>
    private static string WholePartner(string rest) =>
        PartnerAfter().Match(rest) is { Success: true } pp ? " " + Partner(pp)
        : VerbThenPartner().Match(rest) is { Success: true } moved && PartnerAfter().Match(rest[moved.Length..]) is { Success: true } ppAfter ? " " + Partner(ppAfter) : "";

    /// <summary>The verb of a whole's own clause before its partner: "go", "are sold", "is shipped", "end up": lower-case words, no preposition or clause word.</summary>
    [GeneratedRegex(@"^[ \t]*(?:(?!(?:to|from|into|with|and|or|but|which|that|who|in|on|at|for|by|of|than|as|while|after|before|since)\b)\p{Ll}+[ \t]+){1,3}(?=(?:to|from|into)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenPartner();

    /// <summary>
    /// What an amount is of, with the phrases that restrict it when no partner follows: "(collected $7 billion in) duties on
    /// imports of Chinese goods", "(pledged $1.2 trillion in) new investment in US factories".
    /// </summary>
    private static string RestrictedObject(Match objectAfter, string after)
    {
        var what = objectAfter.Groups["what"].Value.Trim();
        if (objectAfter.Groups["pp"].Success)
        {
            return what;
        }

        var restricted = NounPhrase.After(after[objectAfter.Groups["what"].Index..], withOn: true);
        return restricted.Length > what.Length && restricted.StartsWith(what, StringComparison.Ordinal) ? restricted : what;
    }

    /// <summary>Where a sum a verb in the past brought in came from, just after it: "(generated $17 billion) from China", "" when none.</summary>
    private static string Source(string after) =>
        FromAfter().Match(after) is { Success: true } from && NounPhrase.After(after[(from.Index + from.Length)..]) is { Length: > 0 } source && !TimeWord().IsMatch(source)
            && !DateWord().IsMatch(source.Split(' ')[0]) ? $" from {source}" : "";

    [GeneratedRegex(@"^[ \t]*from[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex FromAfter();

    /// <summary>A preposition of where a flow goes or comes from: "(steel) from abroad".</summary>
    [GeneratedRegex(@"\b(?:from|to|into)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerWord();

    /// <summary>A noun of a part just after a percentage, and its preposition: "(15%) cut of", "(10%) stake in", "(a 30%) share of".</summary>
    [GeneratedRegex(@"^[ \t]*(?<noun>cut|share|stake|portion|slice|proportion|interest|holding)[ \t]+(?<prep>of|in)[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex PortionAfter();

    /// <summary>A margin set after an amount: "(revenue of $45 billion,) plus or minus 2%", "± 2%".</summary>
    [GeneratedRegex(@"(?:\bplus[ \t]+or[ \t]+minus|±|\+/-)[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Margin();

    /// <summary>An economy an amount goes to or comes from, just after it: "to the United States", "from Vietnam".</summary>
    [GeneratedRegex(@"^[ \t]*(?<pp>(?:from|to|into|with)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}.’'\-]*[ \t]*){1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerAfter();

    /// <summary>The noun an amount is the size of, just before it: "a quota of", "a load factor of", "a tariff-free quota for".</summary>
    [GeneratedRegex(@"\b(?:a|an|the|its|their|his|her|our|this|that)[ \t]+(?<np>(?:[\p{L}’'\-]+[ \t]+){0,3}?[\p{L}\-]+)[ \t]+(?:of|for)[ \t]+(?:(?:approximately|about|around|nearly|almost|some|roughly|more[ \t]+than|over|up[ \t]+to|just|only)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NounOf();

    /// <summary>A share written as a fraction: "about a quarter of US steel imports", "half of the aluminium".</summary>
    [GeneratedRegex(@"\b(?<approx>(?:about|roughly|nearly|almost|around|more[ \t]+than|over|some|less[ \t]+than)[ \t]+)?(?<!\b(?:first|second|latter|former|past|last|next|this|the)[ \t]+)(?<f>(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ \t-](?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?|half)(?=[ \t]+of\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Fraction();

    /// <summary>A year the sentence names as a period: "in 2024", "for 2025", "during 2023".</summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Ff]or|[Dd]uring|of|[Ss]ince|[Bb]y|[Oo]ver)[ \t]+(?:fiscal[ \t]+)?(?<y>(?:19|20)\d{2})\b(?![-/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearNamed();

    /// <summary>
    /// The link to a second amount of the same measure: "rose 8% to $10.2 billion", "cut by 20 points to 30%", "fell to 2.1
    /// million tonnes from 2.6 million", "fell $1.20, or 1.8%", "rose 0.2% on the month and 2.7% on the year", with the period
    /// or comparison the first may carry between them ("fell 7% in April to", "rose 3% in the first half of the year to", "fell to 2.1
    /// million tonnes last year from", "dropped 5 points since 2018, to").
    /// </summary>
    [GeneratedRegex(@"^[ \t]*(?:,[ \t]*)?(?:(?:(?:year-on-year|year-over-year|month-on-month|year[ \t]+(?:on|over)[ \t]+year|month[ \t]+on[ \t]+month|on[ \t]+the[ \t]+year|(?:from|compared[ \t]+(?:with|to))[ \t]+a[ \t]+year[ \t]+(?:earlier|ago)|from[ \t]+the[ \t]+previous[ \t]+(?:month|quarter|year))|(?:in|during|for|over)[ \t]+(?:(?:the|its|fiscal|first|second|third|fourth|last|latest|final|past|(?:19|20)\d{2})[ \t]+){0,3}(?:January|February|March|April|May|June|July|August|September|October|November|December|quarter|half|month|year|week|(?:19|20)\d{2})(?:[ \t]+(?:19|20)\d{2}|[ \t]+of[ \t]+(?:(?:the|this|last|its|fiscal)[ \t]+){0,2}(?:year|(?:19|20)\d{2}))?|(?:last|this|the[ \t]+previous|the[ \t]+prior)[ \t]+(?:year|month|quarter|week)|(?:since|from)[ \t]+(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December))[ \t]*,?[ \t]*){0,2}(?<link>to|at|reaching|or|from|and)[ \t]+(?:about[ \t]+|around[ \t]+|nearly[ \t]+|some[ \t]+|almost[ \t]+|roughly[ \t]+|a[ \t]+record[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SecondAmount();

    /// <summary>A change named by a noun just after the amount: "a 21% increase in ticket prices", "a 12% rise on the year before".</summary>
    [GeneratedRegex(@"^[ \t]*(?<noun>increase|rise|jump|gain|growth|surge|climb|drop|fall|decline|decrease|slump|slide|dip|reduction|contraction|plunge|rebound)s?\b(?:[ \t]+(?:in|of)[ \t]+(?<what>[^,;:.()]+))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NominalChange();

    /// <summary>A change noun just before the amount: "a rise of 14%", "a decline of $3 billion".</summary>
    [GeneratedRegex(@"\b(?<noun>increase|rise|jump|gain|growth|surge|climb|drop|fall|decline|decrease|slump|slide|dip|reduction|contraction|plunge|rebound)[ \t]+of[ \t]+(?:(?:about|around|nearly|some|roughly|almost|just|only|more[ \t]+than)[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChangeOfBefore();

    [GeneratedRegex(@"^[ \t]*in[ \t]+(?<what>[^,;:.()]+)", RegexOptions.CultureInvariant)]
    private static partial Regex InPhrase();

    /// <summary>An amount set beside the figure before it: "..., a 12% increase", "..., an 8% drop".</summary>
    [GeneratedRegex(@"[,—–(][ \t]*(?:an?|or|some|about|around|roughly|nearly)?[ \t]*(?:(?:about|around|roughly|nearly|almost|just|only)[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ApposedChange();

    /// <summary>
    /// A verb that moves its object to or by an amount: "cut its forecast for growth to 1.1%", "raised duties on steel by 10
    /// points", "pulled the trade surplus down to 3.9 billion francs".
    /// </summary>
    [GeneratedRegex(@"\b(?<verb>cut|cuts|cutting|lowered|lowers|lower|lowering|reduced|reduces|reduce|reducing|raised|raises|raise|raising|increased|increases|increase|increasing|lifted|lift|lifts|trimmed|trims|trim|revised|revises|revise|upgraded|downgraded|slashed|slashes|hiked|hikes|boosted|boosts|boost|shrink|shrinks|shrank|shrunk|shrinking|shave|shaves|shaved|shaving|knock|knocks|knocked|knocking|drag|drags|dragged|dragging|push|pushes|pushed|pushing|widen|widens|widened|narrow|narrows|narrowed|pull|pulls|pulled|pulling|drive|drives|drove|driven|driving|send|sends|sent|sending)[ \t]+(?<obj>(?:[^,;:.“”""]|\.(?=\d)){1,80}?)[ \t]+(?:(?:up|down|higher|lower)[ \t]+)?(?<link>by|to)[ \t]+(?:about[ \t]+|around[ \t]+|nearly[ \t]+|some[ \t]+|just[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TransitiveChange();

    /// <summary>
    /// The noun an amount after "of" is the size of ("revenue of", "a quota of"); after a determiner, a word English also
    /// uses as a verb is that noun ("a hit of 1.5 billion euros", "a cut of $2 billion"). Empty when there is none.
    /// </summary>
    private static string MeasuredBefore(string before) =>
        NounPhrase.Before(OfBefore().Replace(before, "")) is { Length: > 0 } noun ? noun
        : NounOf().Match(before) is { Success: true } determined ? determined.Groups["np"].Value
        : "";

    /// <summary>"of" just before the amount, with any word of approximation: "revenue of about".</summary>
    [GeneratedRegex(@"[ \t]+(?:of|for)[ \t]+(?:(?:approximately|about|around|nearly|almost|some|roughly|more[ \t]+than|over|up[ \t]+to|just|only|an[ \t]+estimated)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OfBefore();

    [GeneratedRegex(@"^(?:a[ \t]+)?(?:year|years|month|months|week|weeks|day|days|quarter|quarters|hour|hours|time|times|annually|ago|earlier|later|people|a)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeWord();

    /// <summary>A verb that takes a count as its object, not as a level or a change of its subject: "cut 350 staff", "raised 12 plants".</summary>
    [GeneratedRegex(@"^(?:cut|lowered|raised|reduced|up|down)[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TakesObject();

    /// <summary>The verb just before a counted amount, a lower-case word that is no function word: "deployed", "hired", "grounded".</summary>
    [GeneratedRegex(@"(?<![\p{L}’'\-])(?<verb>(?!(?:the|a|an|of|to|in|on|at|for|by|with|and|or|than|some|about|around|nearly|almost|roughly|over|under|more|less|said|says|say|told|tells|were|was|is|are|be|been|being|has|have|had|its|their|his|her|our|all|only|just|another|extra|additional|new|least|most|up|down|than|those|these|this|that|which|who|whom|whose|estimated|total)\b)\p{Ll}{3,})[ \t]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectVerb();

    /// <summary>Where counted things go or are, just after them: "to the border", "in the capital", "at three plants in Ohio".</summary>
    [GeneratedRegex(@"^[ \t]*(?<pp>(?:to|in|into|at|across|along|from|on)[ \t]+(?:the[ \t]+)?(?<np>(?:(?!(?:and|or|but|that|which|who|to|in|on|at|for|from|by|with|as|since|after|before|last|this|next|than|over|during|when|while|was|were|is|are|has|have|had|will|would|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[\p{L}’'\-]+[ \t]*){1,3}))", RegexOptions.CultureInvariant)]
    private static partial Regex Whereabouts();

    /// <summary>
    /// The past participles English forms without -ed, -en or a vowel change to -ought, -old or -ost: a closed class
    /// ("left", "hit", "laid", "struck"), so that "(people) were left homeless" is read as "were killed" is.
    /// </summary>
    private const string IrregularParticiples =
        "bled|bred|built|burnt|clung|crept|cut|dealt|dug|fed|felt|fled|flung|found|ground|hung|heard|hit|hurt|kept|knelt|laid|led|left|lit|made|met|paid|put|quit|read|rid|sat|set|shed|shot|shut|slid|spilt|split|spread|stood|stuck|stung|struck|strung|sunk|swept|swung|thrust|upset|won|wound|run|come|become|begun|shrunk|cast|cost|burst|beat|bound|caught|brought|taught|sold|told|held|lost|sent|spent|lent|bent";

    /// <summary>A passive verb just after a counted noun: "(troops) were sent", "(staff) have been laid off", "(cars) will be recalled".</summary>
    [GeneratedRegex(@"^[ \t]*(?:were|was|are|is|have[ \t]+been|has[ \t]+been|had[ \t]+been|will[ \t]+be|would[ \t]+be|being)[ \t]+(?:(?:also|already|now|then|being)[ \t]+)?(?<verb>(?:\p{Ll}{2,}(?:ed|en|ent|old|eld|ost|ought|aught)|" + IrregularParticiples + @")(?:[ \t]+(?:off|out|up|down|back|home))?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveAfter();

    /// <summary>A preposition just before an amount, with words of approximation: "after (about)", "in", "among more than".</summary>
    [GeneratedRegex(@"\b(?:after|before|in|within|into|for|from|among|across|between|during|since|until|on|at|to|by|with|without|over|under|per|than|via|through|near|beyond|against|toward|towards)[ \t]+(?:(?:about|around|nearly|almost|some|roughly|more[ \t]+than|over|up[ \t]+to|at[ \t]+least)[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBefore();

    [GeneratedRegex(@"\b(?:tariffs?|duties|duty|levies|levy)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TariffWord();

    [GeneratedRegex(@"^[ \t]+(?:a|an|its|their|his|her)[ \t]", RegexOptions.CultureInvariant)]
    private static partial Regex WithoutSubject();

    /// <summary>A verb of adding just before the amount: "add about", "added".</summary>
    [GeneratedRegex(@"\b(?:add|adds|added|adding)[ \t]+(?:(?:about|around|nearly|some|roughly|as[ \t]+much[ \t]+as|up[ \t]+to|an[ \t]+extra|another)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AddBefore();

    [GeneratedRegex(@"^[ \t]*(?:a[ \t]+\w+[ \t]+)?to[ \t]+(?<what>[^,;:.()]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AddTo();

    /// <summary>A verb of taking away just before the amount: "shave", "knocked about", "would wipe".</summary>
    [GeneratedRegex(@"\b(?:shave|shaves|shaved|shaving|knock|knocks|knocked|knocking|take|takes|took|taking|wipe|wipes|wiped|wiping|slice|slices|sliced|slicing|trim|trims|trimmed|trimming|lop|lops|lopped|lopping)[ \t]+(?:(?:about|around|nearly|some|roughly|as[ \t]+much[ \t]+as|up[ \t]+to|another)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TakeOffBefore();

    /// <summary>What an amount is taken off, just after it: "off German growth", "off the value of the yen".</summary>
    [GeneratedRegex(@"^[ \t]*off[ \t]+(?<what>[^,;:.()]+)", RegexOptions.CultureInvariant)]
    private static partial Regex OffWhat();

    /// <summary>A verb of cost and whom it falls on, just before the amount: "cost it", "would cost the company an extra", "will cost GM between" (a range).</summary>
    [GeneratedRegex(@"\b(?:cost|costs|costing)[ \t]+(?<whom>it|them|us|(?:the[ \t]+)?[\p{L}’'\-]+(?:[ \t]+[\p{L}’'\-]+){0,2}?)[ \t]+(?:(?:an[ \t]+extra|an[ \t]+additional|an[ \t]+estimated|another|up[ \t]+to|about|around|nearly|some|roughly|more[ \t]+than|as[ \t]+much[ \t]+as|at[ \t]+least|between|from)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CostBefore();

    /// <summary>A modal or "to" between a subject and its verb: "(tariffs) to", "(the controls) would".</summary>
    [GeneratedRegex(@"[ \t]*\b(?:to|would|will|could|may|might|should|could[ \t]+eventually)[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ModalTail();

    /// <summary>A change set beside a level, compared: "(, 3%) more than a year earlier", "(, 2%) lower than in June".</summary>
    [GeneratedRegex(@"^[ \t]*(?:(?:more|higher|up|above)|(?<less>less|fewer|lower|down|below))[ \t]+(?:than|from|on|compared)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ComparedAfter();

    /// <summary>A direction written after a change: "(closed 0.6%) lower", "(finished 2%) down on the day".</summary>
    [GeneratedRegex(@"^[ \t]*(?:lower|down)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerAfter();

    /// <summary>A label before a colon, the whole clause: up to eight words, no comma, after a bullet if any ("• Car exports").</summary>
    [GeneratedRegex(@"^[ \t]*(?:[-•*–·][ \t]*)?(?=\p{L})(?=(?:[^ \t,;:]+[ \t]*){1,8}$)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelStart();

    [GeneratedRegex(@"\b(?:[Ss]hares|[Ss]tock)\b(?![ \t]+(?:price|market|exchange|index|of[ \t]+(?:goods|steel|cars)))", RegexOptions.CultureInvariant)]
    private static partial Regex Stock();

    public static void Find(DocumentContext ctx, List<ExtractedClaim> claims)
    {
        string? lastEconomy = null;
        string? lastPeriod = null;
        var localDollar = Currencies.Default.LocalDollar(ctx.Document.Url, ctx.Gazetteer);
        string? lastSubject = null;
        string? previousSubject = null;
        string? previousSentenceSubject = null;
        var sentenceIndex = 0;
        var economySentence = 0;
        foreach (var sentence in ctx.Sentences)
        {
            // An economy or company is borrowed by a bare phrase ("Revenues jumped") only from the two sentences before.
            sentenceIndex++;
            if (sentenceIndex - economySentence > 2)
            {
                lastEconomy = null;
            }

            var text = ctx.Slice(sentence);
            // The economy the sentence is about, as the owner in its subject ("Canada's trade deficit narrowed"), is the topic a
            // bare measure in it or in the two sentences after borrows ("Exports rose 2.1%"); "the country", "it" and "they" keep
            // the topic of the sentence before.
            var subjectPhrase = NounPhrase.Subject(text);
            if (SubjectEconomy(ctx, subjectPhrase) is { } topic)
            {
                lastEconomy = topic;
                economySentence = sentenceIndex;
            }
            else if (lastEconomy is not null && TopicAnaphor().IsMatch(text))
            {
                economySentence = sentenceIndex;
            }

            var economyBefore = lastEconomy;
            var dates = ctx.DatesIn(sentence);
            string? sentenceSubject = null;
            var previousEnd = -1;
            var previousNegative = false;
            string? previousUnit = null;
            var period = Period(text, dates.Where(d => !ComparisonBase().IsMatch(ctx.Text.AsSpan(d.Span.Start, d.Span.End - d.Span.Start))).ToList());
            foreach (Match m in Amount().Matches(text))
            {
                var unit = Unit(m, text[..m.Index], ctx.Gazetteer, localDollar);
                if (unit is null && previousUnit is [>= 'a' and <= 'z', ..] and not ("pp" or "bp" or "m" or "bn" or "tn" or "t") && m.Groups["num"].Success
                    && !m.Groups["cur"].Success && !m.Groups["scale"].Success && SecondAmount().IsMatch(text.AsSpan(previousEnd, m.Index - previousEnd)))
                {
                    // "fell 120 points to 26,900", "grew by 12 aircraft to 618": a level written after its change with no unit of
                    // its own is in the change's unit.
                    unit = previousUnit;
                }

                if (unit is null)
                {
                    continue;
                }

                if (Margin().IsMatch(text.AsSpan(0, m.Index)))
                {
                    // "plus or minus 2%": how far a forecast may miss, no measure of its own.
                    continue;
                }

                if (NoAmount().IsMatch(text.AsSpan(0, m.Index)) && !m.Groups["cur"].Success && !m.Groups["approx"].Success)
                {
                    // "the 2025-26 outcome": the second year of a range; "several hundred million dollars": a vague count, no value.
                    continue;
                }

                if (unit == "days" && Duration().IsMatch(text.AsSpan(0, m.Index)) && !EarlierValueAfter().IsMatch(text.AsSpan(m.Index + m.Length)))
                {
                    // "a process within 90 days", "extended for another 90 days": a duration the clause runs for, a term and
                    // no measured figure; "within 30 days, down from 90" is a measure that moved, and stays.
                    continue;
                }

                var value = m.Groups["wnum"].Success ? WordNumber(m.Groups["wnum"].Value) : TariffFinder.Number(m.Groups["num"].Value);
                if (IndianScale(m.Groups["scale"].Value) is var indian and > 0)
                {
                    // "Rs 25,000 crore", "₹7.3 lakh crore": the Indian scales, written as the others are ("INR bn").
                    value *= indian;
                    if (unit != "t")
                    {
                        var (size, suffix) = value >= 1_000_000_000_000m ? (1_000_000_000_000m, "tn") : value >= 1_000_000_000m ? (1_000_000_000m, "bn") : (1_000_000m, "m");
                        value /= size;
                        unit = $"{unit} {suffix}".TrimStart();
                    }

                    value = WithoutTrailingZeros(value);
                }
                else if (m.Groups["scale"].Success && unit == "t")
                {
                    // "26 million tonnes": the tonnes themselves, so every weight is in one unit.
                    value *= m.Groups["scale"].Value.ToLowerInvariant() switch { "billion" or "bn" => 1_000_000_000m, "trillion" or "tn" => 1_000_000_000_000m, _ => 1_000_000m };
                    value = WithoutTrailingZeros(value);

                }

                if (value is null)
                {
                    continue;
                }

                var before = text[..m.Index];
                var after = text[(m.Index + m.Length)..];
                // A share of tariffs, an average or an estimated rate is a figure even beside a tariff noun.
                var reading = unit == "%" ? PercentReading.Read(before, after) : PercentKind.Plain;
                if (unit == "%" && reading is not PercentKind.Share && !PercentReading.IsReckoned(reading) && IsTariffRate(before, after))
                {
                    continue;
                }

                if (unit == "%" && value > 100000)
                {
                    ctx.Gaps.Add(new ExtractionGap("implausible-figure", sentence.Start + m.Index, $"The figure {m.Value.Trim()} is not plausible; left out."));
                    continue;
                }

                string? subject;
                var verb = VerbBefore().Match(before) is { Success: true } adjacent ? adjacent : VerbBySizeTo().Match(before);
                var share = ShareVerb().Match(before);
                // "sent 2,000 soldiers", "delivered 300 staff": goods and money are traded, people are not.
                var trade = m.Groups["count"].Success && CountsPeople(ctx.Gazetteer, m.Groups["count"].Value) ? Match.Empty : TradeVerb().Match(before);
                var counted = unit is not ("%" or "pp" or "days");
                var objectAfter = counted ? ObjectAfter().Match(after) : Match.Empty;
                var nominal = NominalChange().Match(after);
                var changeOf = ChangeOfBefore().Match(before);
                var transitive = TransitiveChange().Match(before);
                var owner = Owner(ctx, before, ref lastEconomy);
                var second = previousEnd >= 0 ? SecondAmount().Match(text[previousEnd..m.Index]) : Match.Empty;
                if (sentenceSubject is not null && (Baseline().IsMatch(before)
                    || (previousEnd >= 0 && second.Success && !(second.Groups["link"].Value == "and" && (objectAfter.Success || PartOf().IsMatch(after))))
                    || (nominal.Success && nominal.Groups["what"].Length == 0 && ApposedChange().IsMatch(before))
                    || (ApposedChange().IsMatch(before) && ComparedAfter().Match(after) is { Success: true })))
                {
                    // "rose to 820 million euros, up from 360 million", "rose 8% to $10.2 billion", "shipped 4 million
                    // tonnes, a 12% increase on the year before": the same measure.
                    subject = sentenceSubject;
                    if (previousNegative && second.Success && second.Groups["link"].Value is "and" or "or")
                    {
                        // "fell $1.20, or 1.8%", "fell 3% in June and 2% in July": the same fall said again, or another of the same verb.
                        value = -value;
                    }

                    if ((nominal.Success && IsFall(nominal.Groups["noun"].Value)) || ComparedAfter().Match(after) is { Success: true, Groups: var g } && g["less"].Success)
                    {
                        value = -value;
                    }
                }
                else if (nominal.Success && nominal.Groups["what"].Length > 0 && NounPhrase.After(nominal.Groups["what"].Value) is { Length: > 0 } changed)
                {
                    // "a 21 per cent increase in ticket prices", "a 16% drop in profit": the change of what follows "in".
                    subject = Owned(ctx, owner, changed, ref lastEconomy);
                    if (IsFall(nominal.Groups["noun"].Value))
                    {
                        value = -value;
                    }
                }
                else if (changeOf.Success && InPhrase().Match(after) is { Success: true } inWhat && NounPhrase.After(inWhat.Groups["what"].Value) is { Length: > 0 } changedOf)
                {
                    // "a rise of 14% in Irish pharmaceutical exports".
                    subject = Owned(ctx, owner, changedOf, ref lastEconomy);
                    if (IsFall(changeOf.Groups["noun"].Value))
                    {
                        value = -value;
                    }
                }
                else if (objectAfter.Success && CoveredBefore().Match(before) is { Success: true } covering
                    && (TariffWord().IsMatch(covering.Value) || CoveringMeasure().IsMatch(before[..covering.Index])))
                {
                    // "tariffs on $34 billion of Korean goods", "duties covering $8 billion worth of imports": the goods the tariffs cover.
                    subject = Canonical(ctx, $"{(NounPhrase.After(objectAfter.Groups["what"].Value) is { Length: > 0 } goods ? goods : objectAfter.Groups["what"].Value.Trim())} {Partner(objectAfter)} covered by tariffs".Replace("  ", " ", StringComparison.Ordinal), ref lastEconomy, borrow: false);
                }
                else if (unit == "%" && reading is PercentKind.Share && trade.Success && PartOf().Match(after) is { Success: true } whole)
                {
                    // "Canada buys about 17% of all American exports": a share of the whole, held by the trade verb's subject.
                    // "sends 75% of its exports to the United States": the partner the whole goes to or comes from is part of it.
                    var holder = TradeSubject(before[..trade.Index]);
                    var wholePartner = WholePartner(after[(whole.Index + whole.Length)..]);
                    subject = Canonical(ctx, $"{holder} share of {whole.Groups["what"].Value.Trim()}{wholePartner}".Trim(), ref lastEconomy, borrow: holder.Length == 0);
                }
                else if (trade.Success || objectAfter.Success)
                {
                    // "the US imported $137 billion worth of goods from Vietnam", "$1.3 trillion of imports": what the
                    // amount is of, whose it is (the subject of a trade verb) and the partner it goes to or comes from.
                    var ownerPhrase = trade.Success ? TradeSubject(before[..trade.Index]) : NounOf().Match(before) is { Success: true } measure ? measure.Groups["np"].Value : "";
                    if (ownerPhrase.Length == 0)
                    {
                        ownerPhrase = owner;
                    }

                    var flow = !trade.Success ? "" : Flow(trade.Groups["verb"].Value);
                    var what = objectAfter.Success ? RestrictedObject(objectAfter, after)
                        : flow is "spending" or "investment" && SpentOn().Match(after) is { Success: true } spentOn ? NounPhrase.After(spentOn.Groups["what"].Value) is { Length: > 0 } np ? np : spentOn.Groups["what"].Value
                        : trade.Groups["obj"].Success ? trade.Groups["obj"].Value.Trim()
                        : m.Groups["unit"].Value is { Length: > 0 } noun && char.IsLetter(noun[0]) && !noun.StartsWith("per", StringComparison.Ordinal) && !noun.Contains("ton", StringComparison.Ordinal) ? noun : "";
                    var partner = Partner(objectAfter.Success ? objectAfter : PartnerAfter().Match(after));
                    if (partner.Length == 0 && ((what.Length == 0 && flow is "spending" or "investment") || flow == "sales") && Whereabouts().Match(after) is { Success: true } spentIn
                        && spentIn.Groups["pp"].Value.TrimStart().StartsWith("in ", StringComparison.Ordinal) && !TimeWord().IsMatch(spentIn.Groups["np"].Value)
                        && (flow != "sales" || char.IsUpper(spentIn.Groups["np"].Value[0])))
                    {
                        // "will invest $500 billion in the United States": where the money goes; "sold 2 million chips in China": where
                        // the market is.
                        partner = Partner(spentIn);
                    }

                    if (flow == "sales" && partner.StartsWith("to ", StringComparison.Ordinal))
                    {
                        // "sold $97 billion of goods to the United States": sales abroad are exports.
                        flow = "exports";
                    }

                    if (ownerPhrase.Length > 0 && partner.Length == 0 && flow is "exports" or "imports" or "sales" && !PartnerWord().IsMatch(what)
                        && ctx.Gazetteer.EconomyPattern.Match(ownerPhrase) is { Success: true } own
                        && ctx.EconomiesIn(sentence).Select(e => e.Value).Distinct().Where(e => e != ctx.Gazetteer.EconomySurfaces[own.Value]).ToList() is [var other]
                        && !ctx.Gazetteer.EconomyPattern.Matches(what).Any(e => ctx.Gazetteer.EconomySurfaces[e.Value] == other))
                    {
                        // "Vietnam ... shipping $137 billion of goods", the sentence's one other economy the US: the flow's partner.
                        partner = (flow == "imports" ? "from " : "to ") + DocumentContext.DisplayName(other);
                    }

                    var phrase = flow.Length > 0 && what.Length > 0 ? $"{ownerPhrase} {flow} {(flow is "spending" or "investment" ? "on" : "of")} {what} {partner}" : $"{ownerPhrase} {flow}{what} {partner}";
                    subject = Canonical(ctx, phrase.Trim(), ref lastEconomy, borrow: ownerPhrase.Length == 0);
                }
                else if (share.Success && unit == "%" && ShareOf().Match(after) is { Success: true } of)
                {
                    // "Canada, accounting for 23% of imports": a participle's subject is the clause's.
                    // A whole that names its economy ("of Canada's imports") lends the holder none from the sentences before.
                    var shareOwner = Canonical(ctx, TradeSubject(before[..share.Index]), ref lastEconomy, borrow: !ctx.Gazetteer.EconomyPattern.IsMatch(of.Groups["what"].Value));
                    var world = of.Groups["world"].Success || of.Value.Contains("globally", StringComparison.Ordinal) || of.Value.Contains("worldwide", StringComparison.Ordinal) ? "world " : "";
                    var ofWhat = Canonical(ctx, of.Groups["what"].Value.Trim(), ref lastEconomy, borrow: false);
                    subject = $"{shareOwner} share of {world}{ofWhat} {Gerund(share.Groups["verb"].Value)}".Trim();
                }
                else if (ChangeInBefore().Match(before) is { Success: true } changeIn && !(transitive.Success && transitive.Index > changeIn.Index)
                    && NounPhrase.After(changeIn.Groups["what"].Value) is { Length: > 0 } level)
                {
                    // "a four per cent increase in passenger numbers to 57.9m": the level of what changed; "a fall in exports pulled the
                    // surplus down to ...": a verb of moving after the change noun moves its own object.
                    subject = Owned(ctx, owner, level, ref lastEconomy);
                }
                else if (transitive.Success && NounPhrase.After(transitive.Groups["obj"].Value) is { Length: > 0 } changedObject)
                {
                    // "the bank cut its forecast for Swiss growth to 1.1%", "cut its tariffs on Chinese goods by 24 points":
                    // the object of the verb, and which way it moved.
                    subject = Owned(ctx, owner, changedObject, ref lastEconomy);
                    if (transitive.Groups["link"].Value == "by")
                    {
                        var cutting = transitive.Groups["verb"].Value is ['c', ..] or ['l', 'o', ..] or ['r', 'e', 'd', ..] or ['t', 'r', ..] or ['s', 'h', ..] or ['k', ..] or ['d', ..] or ['n', ..];
                        if (unit == "%")
                        {
                            // "cut output by 15%": a relative change of the object itself, signed as a verb of change signs it.
                            value = cutting ? -value : value;
                        }
                        else
                        {
                            // "lowered the levy by 115 percentage points": the size of the cut or the rise, in the object's own unit.
                            subject += cutting ? " reduction" : " increase";
                        }
                    }
                }
                else if (unit is not ("%" or "pp") && CostBefore().Match(before) is { Success: true } cost
                    && NounPhrase.Before(ModalTail().Replace(before[..cost.Index], "")) is { Length: > 0 } cause)
                {
                    // "tariffs cost it $1.1 billion", "the controls would cost the company an extra $5.5 billion": what the
                    // cause cost, and whom.
                    var whom = cost.Groups["whom"].Value;
                    var bearer = whom is "it" or "them" or "us" ? Company(ctx) ?? "" : whom;
                    subject = Canonical(ctx, $"{bearer} {cause} cost".Trim(), ref lastEconomy, borrow: bearer.Length == 0);
                }
                else if (AddBefore().IsMatch(before) && AddTo().Match(after) is { Success: true } addTo && NounPhrase.After(addTo.Groups["what"].Value) is { Length: > 0 } addedTo)
                {
                    // "will add about $2,300 to the price of an imported car": the amount is a change of what it is added to.
                    subject = Owned(ctx, owner, addedTo, ref lastEconomy);
                }
                else if (TakeOffBefore().IsMatch(before) && OffWhat().Match(after) is { Success: true } off && NounPhrase.After(off.Groups["what"].Value) is { Length: > 0 } takenFrom)
                {
                    // "will shave 0.4 percentage points off German growth": a reduction of what it is taken off.
                    subject = Owned(ctx, owner, takenFrom, ref lastEconomy) + " reduction";
                }
                else if (PercentReading.IsReckoned(reading) && MeanPhrase(before) is { } mean)
                {
                    // "the effective tariff rate on Korean goods would fall to 11%": the phrase that names the mean, not the verb's last noun.
                    subject = Canonical(ctx, mean, ref lastEconomy);
                }
                else if (m.Groups["count"].Success && (!verb.Success || TakesObject().IsMatch(verb.Value)) && !OfBefore().IsMatch(before) && !PrepositionBefore().IsMatch(before))
                {
                    // "the army deployed about 2,000 troops to the border", "the agency hired 350 staff": the number counts the noun
                    // after it, the object of the verb before it; what is measured is that noun with its modifiers, the verb and
                    // where it goes, of the clause's subject. A verb of level or change ("the fleet grew to 45 aircraft") is left
                    // to the branch below: there the count is the level of the verb's subject; so is "a fleet of 45 aircraft" to
                    // the branch of the noun it is the size of. A count after a preposition ("pulled away after 30 kilometres", "in
                    // 12 states") is an adverbial of the clause, not what it measures.
                    var countedPhrase = $"{m.Groups["mods"].Value.Trim()} {m.Groups["count"].Value}".Trim();
                    var acting = ObjectVerb().Match(before) is { Success: true } acts ? acts.Groups["verb"].Value : "";
                    var rest = after;
                    var ownClause = false;
                    if (acting.Length == 0 && PassiveAfter().Match(rest) is { Success: true } passive)
                    {
                        // "(the governor said) 4,000 troops were sent to the city": the count is the subject of its own clause, a
                        // passive whose verb says what befell it; the subject of the clause around it owns nothing.
                        acting = passive.Groups["verb"].Value;
                        rest = rest[(passive.Index + passive.Length)..];
                        ownClause = true;
                    }

                    var where = Whereabouts().Match(rest) is { Success: true } place && !TimeWord().IsMatch(place.Groups["np"].Value) ? place.Groups["pp"].Value.Trim() : "";
                    var countedSubject = $"{countedPhrase} {acting}".Trim();
                    // Where the things counted are ("in India") names no owner of them: the clause's subject owns them still.
                    subject = ownClause ? Canonical(ctx, $"{countedSubject} {where}".TrimEnd(), ref lastEconomy, borrow: false)
                        : where.Length == 0 ? Owned(ctx, owner, countedSubject, ref lastEconomy)
                        : Canonical(ctx, $"{Owned(ctx, owner, countedSubject, ref lastEconomy)} {where}", ref lastEconomy, borrow: false);
                }
                else if (verb.Success && !(share.Success && reading is PercentKind.Share))
                {
                    var head = Demonstrative().Match(before[..verb.Index]) is { Success: true } those && (sentenceSubject ?? previousSubject) is { } antecedent
                        // "Exports to the US fell 21.7%, while those to the EU rose 7.6%": the flow before, with its own partner.
                        ? $"{PartnerTail().Replace(antecedent, "").TrimEnd()} {those.Groups["pp"].Value.Trim()}"
                        : SubjectBefore(before[..verb.Index]);
                    if (head.Length == 0 && before[..verb.Index].TrimEnd() is [.. var label, ':'] && LabelStart().Match(label) is { Success: true } labelStart)
                    {
                        // "Exports to the US: down 10.1%", "Retail sales: up 1.2%": a label and its colon stand for the subject
                        // and its verb, as in a table of figures written out as lines.
                        head = label[(labelStart.Index + labelStart.Length)..].Trim();
                    }

                    if (head.Length == 0 && AuxiliaryRun().Match(before[..verb.Index]) is { Success: true } auxiliaries
                        && NounPhrase.BeforeAside(before[..auxiliaries.Index]) is { Length: > 0 } apposed)
                    {
                        // "Soybean exports to China, the biggest buyer of US crops, have dropped": an apposition between the
                        // subject and its verb is set aside.
                        head = apposed;
                    }

                    if (head.Length == 0 && sentenceSubject is null && before[..verb.Index].TrimEnd() is [.. var left, ','])
                    {
                        // "Japan's car exports, worth $40 billion a year", "passenger growth was held back by delays, up 4%":
                        // the subject of the clause the apposition belongs to.
                        var bareOwner = owner.StartsWith("the ", StringComparison.Ordinal) ? owner[4..] : owner;
                        var fullPhrase = SubjectBefore(left);
                        head = NounPhrase.BeforeAside(before[..verb.Index]) is { Length: > 0 } beforeAside ? beforeAside
                            // "Exports of cars to the United States, worth ...": the owner's whole phrase, with what follows its head.
                            : bareOwner.Length > 0 && fullPhrase.Length > bareOwner.Length && fullPhrase.StartsWith(bareOwner, StringComparison.OrdinalIgnoreCase) ? fullPhrase
                            // "Exports of cars from the UK fell to their lowest level, dropping 55%": the clause's subject with the
                            // phrases that restrict it.
                            : owner.Length > 0 && !Pronoun().IsMatch(owner) && owner != Company(ctx)
                                ? NounPhrase.After(before) is { } restricted && restricted.Length > bareOwner.Length && restricted.StartsWith(bareOwner, StringComparison.Ordinal) ? restricted : bareOwner
                            : fullPhrase;
                    }

                    if (head.Length == 0)
                    {
                        // "..., up 18% from a year earlier": the figure before it in the sentence; "It rose 5%": the one before.
                        // A share's whole is what an amount after it is worth: "sends 75% of its exports there, worth C$600 billion".
                        head = (unit != "%" && sentenceSubject is { } shareOf && shareOf.Contains(" share of ", StringComparison.Ordinal) ? shareOf.Replace(" share of ", " ", StringComparison.Ordinal) : sentenceSubject)
                            ?? (Pronoun().IsMatch(text.TrimStart()) || text.TrimStart().StartsWith("They ", StringComparison.Ordinal) ? lastSubject ?? previousSentenceSubject ?? "" : "");
                    }

                    subject = Owned(ctx, owner, head, ref lastEconomy);
                    if (verb.Groups["verb"].Value is "come down" or "came down" or "cut" or "reduced" or "lowered" && before.TrimEnd().EndsWith("by", StringComparison.Ordinal))
                    {
                        subject += " reduction";
                    }

                    if ((LowerAfter().IsMatch(after) || verb.Groups["verb"].Value.EndsWith(" down", StringComparison.Ordinal) || verb.Groups["verb"].Value.EndsWith(" lower", StringComparison.Ordinal))
                        && !Negative().IsMatch(verb.Groups["verb"].Value))
                    {
                        // "closed 0.6 per cent lower", "ended the day 2% down": the word after the amount says which way.
                        value = -value;
                    }

                    // "fell 2%", "fell $1.20", "fell 2 million tonnes" are changes, negative; "fell to $65" is a level; "lost $5 billion" a
                    // loss and "cut 300 jobs" a count, not signed.
                    var changeUnit = unit is "%" or "pp" or "bp" or "points" || ((unit is "t" or "m" or "bn" or "tn" || (unit.Length >= 3 && char.IsUpper(unit[0]))) && !Loss().IsMatch(verb.Groups["verb"].Value));
                    if (Negative().IsMatch(verb.Groups["verb"].Value) && changeUnit && !before.TrimEnd().EndsWith("to", StringComparison.Ordinal) && !before.TrimEnd().EndsWith("by", StringComparison.Ordinal) || Negative().IsMatch(verb.Groups["verb"].Value) && before.TrimEnd().EndsWith("by", StringComparison.Ordinal) && !subject.EndsWith("reduction", StringComparison.Ordinal))
                    {
                        value = -value;
                    }
                }
                else if (reading is PercentKind.Share && ShareSubject(ctx, before, after, ref lastEconomy) is { } shareSubject)
                {
                    subject = shareSubject;
                }
                else if (OfBefore().IsMatch(before) && MeasuredBefore(before) is { Length: > 0 } measured)
                {
                    // "a quota of 100,000 cars", "reported revenue of $26 billion", "profits after tax of 820 million
                    // euros": the noun the amount is the size of, and whose it is; with what it counts ("a fleet of 45 aircraft").
                    subject = Owned(ctx, owner, m.Groups["count"].Success ? $"{measured} of {$"{m.Groups["mods"].Value.Trim()} {m.Groups["count"].Value}".Trim()}" : measured, ref lastEconomy);
                }
                else if (PercentReading.IsReckoned(reading))
                {
                    // "The average US tariff on Chinese goods is now 51.1%", "duties averaging 20%": the phrase the rate belongs to.
                    subject = Canonical(ctx, MeanPhrase(before) ?? SubjectBefore(LinkTail().Replace(before, "")), ref lastEconomy);
                    var word = reading is PercentKind.Average ? "average" : "estimated";
                    if (!subject.Contains(word[..6], StringComparison.OrdinalIgnoreCase))
                    {
                        subject = $"{word} {subject}".Trim();
                    }
                }
                else if (m.Groups["count"].Success && m.Groups["scale"].Success)
                {
                    // "(a rise) to 206 million passengers": the level of the noun counted, whose the clause's subject says.
                    subject = Owned(ctx, owner, $"{m.Groups["mods"].Value.Trim()} {m.Groups["count"].Value}".Trim(), ref lastEconomy);
                }
                else if (unit is not ("%" or "pp" or "days") && NounPhrase.After(after) is { Length: > 0 } modified && !TimeWord().IsMatch(modified))
                {
                    // "took a $2.1 billion charge", "a 640 million euro loss": the amount modifies the noun after it.
                    subject = Owned(ctx, owner, modified, ref lastEconomy);
                }
                else if (unit == "%" && PortionAfter().Match(after) is { Success: true } portion && NounPhrase.After(after[(portion.Index + portion.Length)..], withOn: true) is { Length: > 0 } portionOf)
                {
                    // "gives the government a 15% cut of the revenue from chip sales", "took a 10% stake in the miner": a part of a
                    // whole, held by the noun before it or the clause's subject.
                    var holder = NounPhrase.Before(LinkTail().Replace(before, ""));
                    var part = $"{portion.Groups["noun"].Value} {portion.Groups["prep"].Value} {portionOf}";
                    subject = holder.Length > 0 ? Canonical(ctx, $"{holder} {part}", ref lastEconomy, borrow: false) : Owned(ctx, owner, part, ref lastEconomy);
                }
                else if (before.TrimEnd() is [.. var labelled, ':'] && LabelStart().Match(labelled) is { Success: true } labelledStart)
                {
                    // "Trade surplus: $103.2 billion": a label and its colon name what the amount is the level of.
                    subject = Owned(ctx, owner, labelled[(labelledStart.Index + labelledStart.Length)..].Trim(), ref lastEconomy);
                }
                else
                {
                    // No phrase the amount attaches to by syntax: the noun phrase just before it, if any; a sum or a count
                    // right after a verb in the past that no list above knows ("The film grossed $120 million"): what the
                    // verb's subject did, in its own word.
                    var near = NounPhrase.Before(LinkTail().Replace(before, ""));
                    subject = near.Length > 0 ? Owned(ctx, owner, near, ref lastEconomy)
                        : unit is not ("%" or "pp" or "bp" or "days") && PastVerbBefore().Match(before) is { Success: true } did
                            && (SubjectBefore(before[..did.Index]) is { Length: > 0 } doer ? doer : Pronoun().IsMatch(before[..did.Index].Trim()) ? owner : "") is { Length: > 0 } actor
                            ? Owned(ctx, owner, $"{actor} {did.Groups["verb"].Value}{Source(after)}", ref lastEconomy)
                        : "";
                }

                if (subject.Length == 0)
                {
                    continue;
                }

                subject = Expected(before, subject);
                var comparison = YearOnYear().IsMatch(text) ? "y/y" : MonthOnMonth().IsMatch(text) ? "m/m" : null;
                var figurePeriod = period ?? lastPeriod;
                if (figurePeriod is not null && after.TrimStart().StartsWith("a year earlier", StringComparison.Ordinal) && ClaimDate.TryParse(figurePeriod, out var pd) && pd.Year > 1)
                {
                    figurePeriod = new ClaimDate(pd.Year - 1, pd.Month).ToString();
                }

                sentenceSubject = subject;
                previousSubject = subject;
                previousEnd = m.Index + m.Length;
                previousUnit = unit;
                previousNegative = value < 0;
                var facts = new FigureFacts(subject, value.Value, unit, figurePeriod, comparison) { Approximate = m.Groups["approx"].Success && !(verb.Success && m.Groups["approx"].Value.StartsWith("up", StringComparison.Ordinal)) };
                claims.Add(new ExtractedClaim(facts, new ClaimSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length)));
                lastSubject = verb.Success ? SubjectBefore(before[..verb.Index]) is { Length: > 0 } s ? s : lastSubject : lastSubject;
            }

            foreach (Match f in Fraction().Matches(text))
            {
                // "about a quarter of US steel imports": a share, written as a fraction.
                var share = ShareSubject(ctx, text[..f.Index], text[(f.Index + f.Length)..], ref lastEconomy);
                if (share is null)
                {
                    continue;
                }

                var fraction = FractionValue(f.Groups["f"].Value);
                var facts = new FigureFacts(share, fraction, "%", period ?? lastPeriod, null) { Approximate = f.Groups["approx"].Success };
                claims.Add(new ExtractedClaim(facts, new ClaimSpan(sentence.Start + f.Index, sentence.Start + f.Index + f.Length)));
            }

            foreach (Match f in ByFraction().Matches(text))
            {
                // "Revenue rose by a fifth": a change written as a fraction, of the verb's subject; "cut production by a fifth":
                // of the verb's object, owned by its subject.
                var before = text[..f.Index];
                var head = f.Groups["obj"].Success ? NounPhrase.After(f.Groups["obj"].Value) is { Length: > 0 } changed ? changed : f.Groups["obj"].Value
                    : SubjectBefore(before) is { Length: > 0 } adjacentHead ? adjacentHead : NounPhrase.BeforeAside(before);
                var subject = head.Length == 0 ? sentenceSubject : Owned(ctx, Owner(ctx, before, ref lastEconomy), head, ref lastEconomy);
                if (string.IsNullOrEmpty(subject))
                {
                    continue;
                }

                var size = FractionValue(f.Groups["f"].Value);
                var facts = new FigureFacts(subject, Negative().IsMatch(f.Groups["verb"].Value) ? -size : size, "%", period ?? lastPeriod, null) { Approximate = f.Groups["approx"].Success };
                claims.Add(new ExtractedClaim(facts, new ClaimSpan(sentence.Start + f.Index, sentence.Start + f.Index + f.Length)));
            }

            lastPeriod = period ?? lastPeriod;
            previousSentenceSubject = subjectPhrase.Length > 0 && !TopicAnaphor().IsMatch(subjectPhrase) ? subjectPhrase : null;
            if (lastEconomy is not null && (lastEconomy != economyBefore || text.Contains(lastEconomy, StringComparison.Ordinal)))
            {
                economySentence = sentenceIndex;
            }
        }
    }

    /// <summary>An amount a tariff or its verb of reach is on: "tariffs on (about)", "duties covering", "levies that affect".</summary>
    [GeneratedRegex(@"(?:\b(?:tariffs?|duties|duty|levies|levy|import[ \t]+taxes)[ \t]+on|\b(?:cover|covers|covered|covering|affect|affects|affected|affecting|apply[ \t]+to|applies[ \t]+to|applied[ \t]+to|applying[ \t]+to|target|targets|targeted|targeting|hit|hits|hitting))[ \t]+(?:(?:approximately|about|around|nearly|almost|some|roughly|more[ \t]+than|over|up[ \t]+to|an[ \t]+estimated|another|a[ \t]+further|an[ \t]+additional)[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CoveredBefore();

    /// <summary>
    /// A measure that can be the subject of a verb of reach ("the tariffs hit $34 billion of goods"); without one the verb is
    /// of something else ("the first company to hit $4 trillion in market value").
    /// </summary>
    [GeneratedRegex(@"\b(?:tariffs?|duties|duty|levies|levy|controls|restrictions|curbs|sanctions|quotas?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CoveringMeasure();

    /// <summary>A relative or participle clause a trade verb opens: "Vietnam, which sold", "..., shipping".</summary>
    [GeneratedRegex(@",[ \t]*(?<rel>(?:which|who|that)[ \t]+(?:(?:also|already|last[ \t]+year|in[ \t]+\d{4})[ \t]+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenClause();

    /// <summary>
    /// The subject of a trade verb: the noun phrase before it; for "Vietnam, which sold" the noun the relative clause is
    /// about; for a participle after a comma ("..., shipping $137 billion of goods") the subject of the sentence.
    /// </summary>
    private static string TradeSubject(string before)
    {
        var head = SubjectBefore(before);
        if (head.Length > 0 || OpenClause().Match(before) is not { Success: true } open)
        {
            return head;
        }

        return open.Groups["rel"].Success ? SubjectBefore(before[..open.Index]) : NounPhrase.Subject(before);
    }

    /// <summary>The phrase that names a mean rate and what it is over ("the effective tariff rate on Korean goods"); null when none of two words or more.</summary>
    private static string? MeanPhrase(string before)
    {
        var at = PercentReading.MeanPhraseStart(before);
        var named = at >= 0 ? NounPhrase.After(before[at..], most: 9, withOn: true) : "";
        return named.Contains(' ', StringComparison.Ordinal) ? named : null;
    }

    private static decimal FractionValue(string words)
    {
        // "a fifth" is 20%, "four-fifths" 80%, "two-thirds" 66.7%, "half" 50%.
        var parts = words.ToLowerInvariant().Split([' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts is not [var count, var part])
        {
            return 50m;
        }

        var denominator = part.TrimEnd('s') switch
        {
            "third" => 3,
            "quarter" => 4,
            "fifth" => 5,
            "sixth" => 6,
            "seventh" => 7,
            "eighth" => 8,
            "ninth" => 9,
            _ => 10,
        };
        var numerator = count is "a" or "an" ? 1 : NumberWord(count);
        return Math.Round(numerator * 100m / denominator, 1);
    }

    private static readonly Regex ByFractionPattern = new(
        @"\b(?:(?<verb>" + ChangeVerbs.ChangePattern + @"|cut|raised)|(?<verb>cut|cuts|raised|raises|reduced|reduces|lowered|lowers|trimmed|trims|slashed|slashes|increased|boosted|boosts|lifted|lifts)[ \t]+(?<obj>(?:(?:its|their|his|her|the)[ \t]+)?(?:(?!by\b)\p{Ll}[\p{L}\-]*[ \t]+){0,2}(?!by\b)\p{Ll}[\p{L}\-]*))[ \t]+by[ \t]+(?<approx>(?:about|almost|nearly|roughly|more[ \t]+than)[ \t]+)?(?<f>(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ \t-](?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?|half)\b(?![ \t]+of\b)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex ByFraction() => ByFractionPattern;

    /// <summary>
    /// A share's subject: whose share ("Canada", the phrase before the number) of what whole ("US steel imports",
    /// the words after "of") and the partner the whole goes to or comes from ("to the United States").
    /// </summary>
    private static string? ShareSubject(DocumentContext ctx, string before, string after, ref string? lastEconomy)
    {
        var part = PartOf().Match(after);
        if (!part.Success)
        {
            return null;
        }

        var trimmed = LinkTail().Replace(before, "");
        if (ShareVerb().Match(trimmed) is { Success: true } verb)
        {
            // "shipments to China accounted for 13% of its sales": the subject of the verb of sharing.
            trimmed = trimmed[..verb.Index];
        }

        var rest = after[(part.Index + part.Length)..];
        var partner = WholePartner(rest);
        var wholeNamed = ctx.Gazetteer.EconomyPattern.IsMatch(part.Groups["what"].Value);
        // "Steel makes up 8% of Canada's exports": a whole that names its economy lends the holder none from before.
        var owner = Canonical(ctx, SubjectBefore(trimmed), ref lastEconomy, borrow: !wholeNamed);
        var whole = Canonical(ctx, part.Groups["what"].Value.Trim() + partner, ref lastEconomy);
        return $"{owner} share of {whole}".Trim();
    }

    [GeneratedRegex(@"\b(?:to|from|into|with)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerBefore();

    /// <summary>"a year earlier", "the previous year": the time a change is measured from, not the period of the figure.</summary>
    [GeneratedRegex(@"^(?:[Aa][ \t]+year[ \t]+(?:earlier|ago)|[Tt]he[ \t]+(?:prior|previous)[ \t]+year)$", RegexOptions.CultureInvariant)]
    private static partial Regex ComparisonBase();

    /// <summary>
    /// The period a sentence's figures are for: the first month it names, else the first year ("last year", "in 2024").
    /// </summary>
    private static string? Period(string text, List<DateMention> dates)
    {
        var month = dates.Select(d => d.Date).FirstOrDefault(d => d is { Precision: >= 1 });
        if (month is { } mo)
        {
            return new ClaimDate(mo.Year, mo.Month).ToString();
        }

        var year = dates.Select(d => d.Date).FirstOrDefault(d => d is { Precision: 0 });
        if (year is { } y)
        {
            return y.ToString();
        }

        return YearNamed().Match(text) is { Success: true } named ? named.Groups["y"].Value : null;
    }

    private static bool IsTariffRate(string before, string after)
    {
        if (PercentReading.Read(before, after) is PercentKind.Change)
        {
            return false;
        }

        // "Tariffs will raise consumer prices by 1.7%": a verb moves its object by the amount, and that object is no tariff.
        var moved = TransitiveChange().Match(before);
        if (moved.Success && moved.Groups["link"].Value == "by" && !TariffWord().IsMatch(moved.Groups["obj"].Value))
        {
            return false;
        }

        // The words after the amount in its own clause: "cut output by 15% after Washington doubled its tariff" is no rate.
        var clauseEnd = ClauseAfter().Match(after);
        var next = string.Join(' ', Word().Matches(clauseEnd.Success ? after[..clauseEnd.Index] : after).Take(5).Select(w => w.Value));
        var previous = string.Join(' ', Word().Matches(before).TakeLast(8).Select(w => w.Value));
        // "Japanese trucks will pay 10%", "India charges up to 150% on alcohol": a percentage paid or charged is a rate,
        // not a measure ("pay 20% of their income" is a share, "pay 5% more" a difference; neither reaches here).
        if (PaidBefore().IsMatch(before) && !PaidMore().IsMatch(after))
        {
            return true;
        }

        // "import duties peaked at 145%": a tariff that a verb of level puts at a percentage is the rate itself.
        if (TariffWord().IsMatch(next) || (TariffWord().IsMatch(previous) && (!VerbBefore().IsMatch(before) || LevelBefore().IsMatch(before))))
        {
            return true;
        }

        // "the duty on Swiss chocolate would drop to 15%", "the tariff rate on Chinese cars is 100%": a tariff as the subject of a
        // verb of being or level, or of a change "to" a percentage, is at that rate; "tariff revenue rose to ..." is no tariff.
        if (VerbBefore().Match(before) is { Success: true } verb && (verb.Value.Contains(" to", StringComparison.Ordinal) || LinkVerb().IsMatch(verb.Value) || LevelBefore().IsMatch(before))
            && (HeadIsTariff(SubjectBefore(before[..verb.Index])) || HeadIsTariff(ClauseBefore(before[..verb.Index]))))
        {
            // "The current tariff on vehicles imported into the U.S. is 2.5%": the clause's subject, read from its start, when
            // the phrase just before the verb is only the end of it.
            return true;
        }

        // "raised the tariff on Canadian goods to 35%": a tariff moved to a percentage is at that rate.
        if (moved.Success && moved.Groups["link"].Value == "to" && HeadIsTariff(moved.Groups["obj"].Value))
        {
            return true;
        }

        // "duties of about 14%, which the department plans to raise to 35%": a relative clause's amount is its antecedent's.
        return TariffAntecedent().IsMatch(before);
    }

    /// <summary>The words of the clause that ends the text, from its last clause word, semicolon or quotation mark.</summary>
    private static string ClauseBefore(string text) =>
        ClauseStart().Matches(text) is { Count: > 0 } starts ? text[(starts[^1].Index + starts[^1].Length)..] : text;

    /// <summary>Where the clause after an amount ends: a comma, a semicolon, a dash or a word that opens another clause.</summary>
    [GeneratedRegex(@"[,;:—–]|\b(?:after|before|as|while|whereas|when|because|since|which|that|and|but|following|despite|amid|ahead|until|though|although)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseAfter();

    [GeneratedRegex(@"\b(?:pay|pays|paid|paying|charge|charges|charged|charging)[ \t]+(?:(?:a|an|about|around|roughly|nearly|almost|just|only|up[ \t]+to|as[ \t]+much[ \t]+as)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PaidBefore();

    /// <summary>What follows a percentage paid when it is no rate: a difference ("5% more"), a share ("20% of"), a noun ("4% interest").</summary>
    [GeneratedRegex(@"^[ \t]*(?:more|less|higher|lower|extra|of|above|below|(?!(?:on|at|in|for|from|under|rather|instead|to|until|since|after|before|when|if|and|or|but|while|as|by|with)\b)\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex PaidMore();

    /// <summary>Whether a noun phrase's head, the last word before its first preposition, is a tariff ("duty on Swiss chocolate", "tariff rate").</summary>
    private static bool HeadIsTariff(string phrase)
    {
        var words = Word().Matches(phrase).Select(w => w.Value).ToList();
        var end = words.FindIndex(w => w is "on" or "for" or "of" or "against" or "in" or "from" or "to" or "at" or "into");
        var head = words.Take(end < 0 ? words.Count : end).ToList();
        return head.Count > 0 && (TariffWord().IsMatch(head[^1])
            || (head[^1] is "rate" or "rates" && head.Count > 1 && TariffWord().IsMatch(head[^2])));
    }

    /// <summary>A verb of being before an amount: "is", "was", "stands at", "will be".</summary>
    [GeneratedRegex(@"^(?:(?:has|have|had|will|would|could|may|might)[ \t]+be(?:en)?|was|were|is|are|stood[ \t]+at|stands[ \t]+at)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LinkVerb();

    /// <summary>A tariff noun, its modifiers ("duties of about 14%"), then a relative clause that runs to the amount.</summary>
    [GeneratedRegex(@"\b(?:tariffs?|duties|duty|levies|levy)\b[^,;.]{0,40}?,?[ \t]+(?:which|that)[ \t]+[^,;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TariffAntecedent();

    private static readonly Regex LevelBeforePattern = new(
        @"\b(?:" + ChangeVerbs.LevelPattern + @")[ \t]+(?:(?:about|around|nearly|almost|a[ \t]+record|some)[ \t]+)?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A verb of level just before the amount: "peaked at", "reached about", "hit a record".</summary>
    private static Regex LevelBefore() => LevelBeforePattern;

    /// <summary>
    /// The unit of an amount: its currency (a symbol or code before it, a name or code after it) with the scale
    /// ("USD bn", "EUR m"); else a percentage, points, tonnes or a count. Three capitals that are no ISO 4217 code
    /// ("GDP 2.1%", "50 USMCA") are no currency.
    /// </summary>
    private static string? Unit(Match m, string before, Gazetteer gazetteer, string? localDollar)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var scale = m.Groups["scale"].Value.ToLowerInvariant();
        var currencies = Currencies.Default;
        // A bare "$" is the outlet's own dollar where its press writes it so (see Currencies.LocalDollar), else USD.
        var currency = m.Groups["cur"].Success ? m.Groups["cur"].Value.Trim() == "$" && localDollar is not null ? localDollar : currencies.OfSymbol(m.Groups["cur"].Value.Trim()) : null;
        if (currency is null && m.Groups["after"].Success)
        {
            currency = currencies.OfName(m.Groups["adj"].Value, m.Groups["cname"].Value, gazetteer);
        }

        if (currency is null && m.Groups["isoafter"].Success)
        {
            currency = currencies.OfSymbol(m.Groups["isoafter"].Value);
        }

        if (currency is not null)
        {
            // "$4 trillion", "€820m", "820 million euros": the currency before or after, the scale between.
            return ScaledUnit(currency, scale);
        }

        if (m.Groups["deg"].Success)
        {
            // "38C", "41 degrees Celsius", "100°F": a temperature, in its scale's letter.
            return m.Groups["deg"].Value.Contains('F', StringComparison.Ordinal) ? "F" : "C";
        }

        if (m.Groups["count"].Success)
        {
            // "618 aircraft", "12,000 workers": a count of the noun after it; a year ("2025 exports") or a number that
            // names a law or a list ("Section 232 tariffs") counts nothing.
            var number = m.Groups["num"].Value;
            if (scale.Length > 0)
            {
                // "1.2 million people", "8 million vehicles": a count in millions of the noun after it.
                return ScaledUnit("", scale);
            }

            return number.Length == 0 || (number.Length == 4 && number[0] is '1' or '2' && !number.Contains('.', StringComparison.Ordinal)) || NumberedName().IsMatch(before) ? null : m.Groups["count"].Value.ToLowerInvariant();
        }

        return unit switch
        {
            // "55.5 million" or "57.9m" with no unit: a count in millions.
            "" => scale.Length > 0 ? ScaledUnit("", scale) : null,
            "%" or "percent" or "per cent" or "pc" => "%",
            _ when unit.StartsWith("percentage", StringComparison.Ordinal) => "pp",
            _ when unit.StartsWith("basis", StringComparison.Ordinal) => "bp",
            _ when unit.Contains("ton", StringComparison.Ordinal) => "t",
            // "8 million vehicles": a count in millions, as "55.5 million passengers" is.
            _ when scale.Length > 0 => ScaledUnit("", scale),
            _ => unit,
        };
    }

    /// <summary>A word that makes the number after it a name: "Section 232", "List 3", "Chapter 99", "No. 10".</summary>
    [GeneratedRegex(@"\b(?:Section|Article|List|Chapter|Annex|Title|No\.|Number|Resolution|Decree|Order|Rule|Part|Phase)[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberedName();

    /// <summary>"the country", "the nation's", "country exports" (its determiner dropped): the economy the sentences just before named.</summary>
    [GeneratedRegex(@"(?:\b[Tt]he[ \t]+|^)(?:country|nation)(?:['’]s)?(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex CountryAnaphor();

    /// <summary>A name written as initials with stops at the end of a phrase: "U.S.", "U.K.".</summary>
    [GeneratedRegex(@"(?<![\p{L}.])(?:\p{Lu}\.){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedName();

    /// <summary>The partner phrase a match captured, without the full stop of a sentence that ends on it ("to Canada.").</summary>
    private static string Partner(Match m)
    {
        // "to Canada." and "to the US." end a sentence; "to the U.S." is a name written with its stops.
        var pp = m.Groups["pp"].Value.Trim();
        return pp is [.., var last, '.'] && (char.IsLower(last) || !DottedName().IsMatch(pp)) ? pp[..^1] : pp;
    }

    /// <summary>A number written in words, "twenty-five" as 25, "half a" as 0.5.</summary>
    private static decimal WordNumber(string words)
    {
        var parts = words.ToLowerInvariant().Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            ["half", "a"] => 0.5m,
            ["a" or "one", "hundred"] => 100,
            [var tens, var units] => NumberWord(tens) + NumberWord(units),
            _ => NumberWord(parts[0]),
        };
    }

    private static decimal NumberWord(string word) => word switch
    {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => 100,
    };

    /// <summary>A decimal without the zeros a product or a quotient leaves after its point: 3200000, not 3200000.0.</summary>
    private static decimal? WithoutTrailingZeros(decimal? value) => value / 1.000000000000000000000000000000000m;

    /// <summary>The size of an Indian scale word: a lakh is 100,000, a crore 10 million, a lakh crore a trillion; 0 for any other.</summary>
    private static decimal IndianScale(string scale)
    {
        var word = scale.ToLowerInvariant();
        return word.StartsWith("lakh", StringComparison.Ordinal) && word.Contains("crore", StringComparison.Ordinal) ? 1_000_000_000_000m
            : word.StartsWith("crore", StringComparison.Ordinal) ? 10_000_000m
            : word.StartsWith("lakh", StringComparison.Ordinal) ? 100_000m : 0m;
    }

    private static string ScaledUnit(string currency, string scale)
    {
        var suffix = scale switch
        {
            "billion" or "bn" => "bn",
            "million" or "m" => "m",
            "trillion" or "tn" => "tn",
            _ => "",
        };
        return $"{currency} {suffix}".Trim();
    }

    private static string Gerund(string verb) => verb.Split(' ')[0] switch
    {
        "mine" or "mines" or "mining" => "mining",
        "produce" or "produces" or "producing" => "production",
        "refine" or "refines" or "refining" => "refining",
        "supply" or "supplies" => "supply",
        _ => "",
    };

    /// <summary>The noun phrase just before a verb (auxiliaries and adverbs between them skipped).</summary>
    private static string SubjectBefore(string before) =>
        NounPhrase.Before(before) is { Length: > 0 } phrase ? AtWhose(before, phrase)
        // "Soybean exports, which totalled", "the goods that made up": a relative clause's subject is the phrase it is about.
        : RelativeTail().Match(before) is { Success: true } relative ? NounPhrase.Before(before[..relative.Index]) : "";

    /// <summary>
    /// "Sales at Brightwater Foods (dropped)", "operating income at the group": a measure "at" a company or unit is that
    /// company's, written as its owner before it; <paramref name="phrase"/> alone when no measure stands before "at".
    /// </summary>
    private static string AtWhose(string before, string phrase)
    {
        var end = before.LastIndexOf(phrase, StringComparison.Ordinal);
        var at = end > 0 && AuxiliaryTail().IsMatch(before.AsSpan(end + phrase.Length)) ? AtBefore().Match(before[..end]) : Match.Empty;
        return at.Success && NounPhrase.Before(before[..at.Index]) is { Length: > 0 } measure && !TimeWord().IsMatch(measure) ? $"{phrase} {measure}" : phrase;
    }

    /// <summary>"at" and any "the" just before a phrase: "(sales) at (Brightwater Foods)", "(income) at the (group)".</summary>
    [GeneratedRegex(@"[ \t]at[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AtBefore();

    /// <summary>What may stand between a subject phrase and its verb: punctuation, spaces, auxiliaries ("has", "will", "also").</summary>
    [GeneratedRegex(@"^[\s\p{P}]*(?:(?:has|have|had|was|were|is|are|will|would|also)[ \t]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AuxiliaryTail();

    /// <summary>
    /// A verb or noun of expecting: "expects", "is forecast to", "predicted", "guidance"; not "than expected" or "as expected",
    /// which set an outcome beside an expectation.
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:than|as|un)[ \t]*)\b(?:expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|projected|projecting|anticipat(?:e|es|ed|ing)|guidance|outlook)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Expecting();

    /// <summary>
    /// The subject of an amount someone expects rather than one measured: "It expects a rise of 3% to 206 million passengers"
    /// is a forecast of passengers, not a count of them, so it neither joins nor contradicts the measured figure. The
    /// expecting word must stand in the amount's own stretch of the clause, after the last comma, semicolon or bracket.
    /// </summary>
    private static string Expected(string before, string subject)
    {
        var boundaries = ExpectationBoundary().Matches(before);
        var stretch = boundaries.Count == 0 ? before : before[(boundaries[^1].Index + boundaries[^1].Length)..];
        return Expecting().IsMatch(stretch) && !ExpectedSubject().IsMatch(subject) ? subject + " forecast" : subject;
    }

    [GeneratedRegex(@"\b(?:forecast|expect|estimat|project|predict|outlook|guidance|target)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExpectedSubject();

    /// <summary>
    /// Where the stretch an expecting word governs ends, walking back from an amount: punctuation that sets off a phrase,
    /// or a word that opens a clause of its own ("after a year in which lower fares caused a 16% drop"); quotation marks do
    /// not end it ("expects a rise of “just 3%” to 206 million").
    /// </summary>
    [GeneratedRegex(@"[,;:(—–]|\b(?:which|who|whom|whose|that|while|whereas|when|because|but|after|before|since|although|though|unlike)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExpectationBoundary();

    /// <summary>A relative word that opens the clause of the verb after it, with what may stand between them: ", which last year".</summary>
    [GeneratedRegex(@"[ \t]*,?[ \t]*\b(?:which|that|who)[ \t]+(?:(?:also|already|alone|together|now|then|still|last[ \t]+year|this[ \t]+year|in[ \t]+(?:19|20)\d{2})[ \t]+)*(?:(?:have|has|had|were|was|is|are|will|would)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTail();

    /// <summary>"those" or "that" standing for a flow named before, with its own partner, just before the verb: "while those to the EU".</summary>
    [GeneratedRegex(@"\b(?:[Tt]hose|[Tt]hat)[ \t]+(?<pp>(?:to|from|into|with|of|in)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}.’'\-]*(?:[ \t]+\p{Lu}[\p{L}.’'\-]*){0,2})[ \t]+(?:(?:have|has|had|also|were|was|only)[ \t]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Demonstrative();

    /// <summary>What makes the number after it no amount: the first year of a range ("2025-"), or a vague word ("several", "a few").</summary>
    [GeneratedRegex(@"(?:\b(?:19|20)\d{2}[-–/]|\b(?:several|a[ \t]+few|few|many)[ \t]+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoAmount();

    /// <summary>A preposition of time before a number of days: "within", "for another", "after".</summary>
    [GeneratedRegex(@"\b(?:within|for|in|after|over|during|until|by|up[ \t]+to|than)[ \t]+(?:(?:another|an[ \t]+additional|a[ \t]+further|the[ \t]+next|the[ \t]+past|the[ \t]+last|the[ \t]+first|an?|a)[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    /// <summary>An earlier or other value set beside an amount just after it: ", down from", "up from", "compared with".</summary>
    [GeneratedRegex(@"^[ \t]*,?[ \t]*(?:(?:down|up)[ \t]+from|compared[ \t]+(?:with|to)|against)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierValueAfter();

    /// <summary>Verbs of losing or shedding, whose amount is what is lost, not a signed change.</summary>
    [GeneratedRegex(@"^(?:lose|loses|lost|losing|shed|sheds|shedding)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Loss();

    /// <summary>A change noun or verb that says the measure went down.</summary>
    private static bool IsFall(string word) => Negative().IsMatch(word.ToLowerInvariant()) || word.ToLowerInvariant() is "decrease" or "slump" or "slide" or "dip" or "reduction" or "contraction" or "plunge" or "fall" or "drop" or "decline";

    /// <summary>What a trade verb's amount is a flow of: "imported" imports, "sold" sales, "produced" production.</summary>
    private static string Flow(string verb) => verb.ToLowerInvariant() switch
    {
        ['s', 'p', ..] => "spending",
        ['i', 'n', 'v', ..] => "investment",
        ['b', 'u', 'i', ..] or ['a', 's', 's', ..] => "production",
        ['i', ..] or ['b', ..] or ['p', 'u', ..] => "imports",
        ['s', 'o', ..] or ['s', 'e', 'l', ..] => "sales",
        ['p', 'r', ..] or ['m', 'a', 'n', ..] or ['m', 'a', 'd', ..] or ['m', 'a', 'k', ..] => "production",
        ['m', 'i', ..] => "mining",
        ['d', ..] => "deliveries",
        ['h', ..] => "harvest",
        _ => "exports",
    };

    /// <summary>
    /// Whose a figure is when its own phrase does not say: the subject of the sentence's clause ("The chipmaker reported
    /// revenue of $26 billion", "Toyota said operating profit fell"), as written, with its determiner.
    /// </summary>
    private static string Owner(DocumentContext ctx, string before, ref string? lastEconomy)
    {
        var cut = 0;
        var with = false;
        foreach (Match b in ClauseStart().Matches(before))
        {
            cut = b.Index + b.Length;
            // "with a share of 15.5%" has no subject of its own; "with UK farmers given a quota" has.
            with = b.Value.EndsWith("with", StringComparison.Ordinal) && WithoutSubject().IsMatch(before.AsSpan(b.Index + b.Length));
        }

        var clause = before[cut..].TrimStart();
        if ((clause.Length == 0 || with) && cut > 0)
        {
            // "..., with $78.5 billion in shipments", "..., with a share of 15.5%": a clause word just before the amount, or
            // "with", opens no clause of its own subject.
            var previous = 0;
            foreach (Match b in ClauseStart().Matches(before))
            {
                if (b.Index + b.Length < cut)
                {
                    previous = b.Index + b.Length;
                }
            }

            // "Mexico overtook China as the largest source, with a share of 15.5%": a "with" phrase is of the sentence's subject.
            clause = with ? before : before[previous..].TrimStart();
        }

        var subject = NounPhrase.Subject(clause);
        if (Pronoun().IsMatch(clause))
        {
            // "It expects ...", "Its revenue ...": the company the report is about; in a report about an economy, that economy.
            return Company(ctx) ?? lastEconomy ?? "";
        }

        if (subject.Length == 0)
        {
            return "";
        }

        if (subject.LastIndexOf(' ') is > 0 and var space && subject[(space + 1)..] is [>= 'a' and <= 'z', .., 's'] && clause.TrimEnd().EndsWith(subject, StringComparison.Ordinal))
        {
            // "The firm employs 15,000 workers": a phrase that runs up to the amount ends in the clause's verb, a present
            // tense that reads as a plural noun.
            subject = subject[..space];
        }

        return clause.StartsWith("The ", StringComparison.Ordinal) || clause.StartsWith("the ", StringComparison.Ordinal) ? "the " + subject : subject;
    }

    [GeneratedRegex(@"(?<=[\p{Ll}\d,] )\p{Lu}[\p{Ll}\d]+(?:[ ]\p{Lu}[\p{Ll}\d]+)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MidSentenceName();

    /// <summary>A possessive ending: "Acme's", "Acme’s", "carriers'".</summary>
    [GeneratedRegex(@"(?:['’]s|(?<=s)['’])$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    /// <summary>
    /// The company a report is about, for "the carrier", "it" and bare phrases: the organisation it names most, else the
    /// name it writes most often mid-sentence (at least three times) that is no economy, place, person, title or date word.
    /// </summary>
    private static string? Company(DocumentContext ctx) => Companies.GetValue(ctx, c => new StrongBox<string?>(FindCompany(c))).Value;

    private static readonly ConditionalWeakTable<DocumentContext, StrongBox<string?>> Companies = [];

    private static string? FindCompany(DocumentContext ctx)
    {
        // A public body or an association that a report names is where its figures come from, not whose they are:
        // "exports fell 20%, the Agriculture Department said" are the economy's exports.
        if ((ctx.MainOrganisation is { } main && !PublicBody().IsMatch(main) ? main : ctx.Organisations.Find(o => !PublicBody().IsMatch(o))) is { } named)
        {
            return named;
        }

        if (ctx.Organisations.Count > 0)
        {
            // A report whose only organisations are public bodies is about economies and governments: no company owns its figures.
            return null;
        }

        var personWords = new HashSet<string>(ctx.People.SelectMany(p => p.Name.Split(' ')), StringComparer.Ordinal);
        return MidSentenceName().Matches(ctx.Text)
            .Select(m => m.Value)
            .Where(n => !n.Contains(' ', StringComparison.Ordinal) && !personWords.Contains(n) && !ctx.Gazetteer.IsTitle(n) && !ctx.Gazetteer.Places.ContainsKey(n)
                && !ctx.Gazetteer.EconomyPattern.IsMatch(n) && !DateWord().IsMatch(n))
            .Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Count: Regex.Count(ctx.Text, @"(?<![\p{L}\d])" + Regex.Escape(n) + @"(?![\p{L}\d])", RegexOptions.CultureInvariant)))
            .Where(n => n.Count >= 3)
            .OrderByDescending(n => n.Count)
            .Select(n => n.Name)
            .FirstOrDefault() ?? OpeningName(ctx, personWords);
    }

    /// <summary>
    /// The name a short report about a company opens on, as the subject (or its owner) of its first sentence: "Maersk
    /// raised its forecast", "Samsung's operating profit fell"; none when that subject is an economy, place, person or title.
    /// </summary>
    private static string? OpeningName(DocumentContext ctx, HashSet<string> personWords)
    {
        if (ctx.Sentences.Count == 0)
        {
            return null;
        }

        var first = ctx.Slice(ctx.Sentences[0]);
        var subject = NounPhrase.Subject(first);
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var owner = words.FindIndex(w => w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal));
        if (owner >= 0)
        {
            words = [.. words.Take(owner), words[owner][..^2]];
        }
        else if (subject.Length > 0 && first.IndexOf(subject, StringComparison.Ordinal) is var at and >= 0
            && HeadOfPhrase().IsMatch(first.AsSpan(at + subject.Length)))
        {
            // "Imports of steel fell", "Trade between the two countries grew": a capitalised word that a preposition
            // completes is the head of a common noun phrase that opens the sentence, not a company's name.
            return null;
        }

        var name = string.Join(' ', words);
        if (words.Count == 1 && name.Length > 1 && !name.All(char.IsUpper)
            && Regex.IsMatch(ctx.Text, @"(?<![\p{L}\d])" + Regex.Escape(name.ToLowerInvariant()) + @"(?![\p{L}\d])", RegexOptions.CultureInvariant))
        {
            // "Tariffs are starting to bite", "Unemployment rose": a word the report also writes in lower case is a common
            // noun that is capitalised only because it opens the sentence.
            return null;
        }

        return words.Count is > 0 and <= 3 && words.TrueForAll(w => w.Length > 1 && char.IsUpper(w[0]) && !personWords.Contains(w) && !DateWord().IsMatch(w) && !ctx.Gazetteer.IsTitle(w))
            && !ctx.Gazetteer.Places.ContainsKey(name) && !ctx.Gazetteer.EconomyPattern.IsMatch(name) ? name : null;
    }

    /// <summary>A preposition that completes the noun before it: "Imports| of steel", "Trade| between the two".</summary>
    [GeneratedRegex(@"^[ \t]+(?:of|between|from|to|into|in|on|for|with|by)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeadOfPhrase();

    /// <summary>A name whose last word makes it a public body or an association of members ("Commerce Department", "Iron and Steel Institute").</summary>
    [GeneratedRegex(@"\b(?:Department|Ministry|Agency|Bureau|Office|Commission|Administration|Authority|Secretariat|Council|Institute|Association|Federation|Confederation|Chamber|Committee)$", RegexOptions.CultureInvariant)]
    private static partial Regex PublicBody();

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Dr|Sir|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|It|He|She|They|We|But|And|In|On|At)$", RegexOptions.CultureInvariant)]
    private static partial Regex DateWord();

    /// <summary>Where the clause an amount stands in begins: after a clause word, a semicolon or an opening quotation mark.</summary>
    [GeneratedRegex(@"[;:“""—–]|,[ \t]+with\b|\b(?:as|while|whereas|when|because|which|that|and|but|alongside)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseStart();

    [GeneratedRegex(@"^(?:It|Its|it|its)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    /// <summary>
    /// Whether a counted plural names people: a noun whose first sense is a person in WordNet ("soldiers", "workers", "Marines"),
    /// or one of the nouns English uses for a body of people ("troops", "staff", "police").
    /// </summary>
    private static bool CountsPeople(Gazetteer gazetteer, string noun)
    {
        var word = noun.ToLowerInvariant();
        if (word is "people" or "staff" or "personnel" or "police" or "crew" or "crews" or "troops" or "forces" or "children" or "men" or "women")
        {
            return true;
        }

        string[] singulars = word.EndsWith("ies", StringComparison.Ordinal) ? [word[..^3] + "y"]
            : word.EndsWith("men", StringComparison.Ordinal) ? [word[..^3] + "man"]
            : word.EndsWith("es", StringComparison.Ordinal) ? [word[..^2], word[..^1]]
            : word.EndsWith('s') ? [word[..^1]] : [word];
        return Array.Exists(singulars, gazetteer.PersonNouns.Contains);
    }

    /// <summary>A sentence whose subject stands for the economy before: "The country ...", "It ...", "They ...", "The nation's ...".</summary>
    [GeneratedRegex(@"^[ \t]*(?:(?:The|the)[ \t]+(?:country|nation|economy)(?:['’]s)?|It|Its|They|Their)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TopicAnaphor();

    /// <summary>
    /// The economy a subject phrase is of: the first it names as an owner ("Canada's trade deficit", "Chinese exports"),
    /// not as a partner ("exports to the US"); null when none.
    /// </summary>
    private static string? SubjectEconomy(DocumentContext ctx, string subject)
    {
        foreach (Match e in ctx.Gazetteer.EconomyPattern.Matches(subject))
        {
            if (!PartnerBefore().IsMatch(subject.AsSpan(0, e.Index)))
            {
                return DocumentContext.DisplayName(ctx.Gazetteer.EconomySurfaces[e.Value]);
            }
        }

        return null;
    }

    /// <summary>A change named by a noun, then what changed, then the level it reached: "an increase in passenger numbers to".</summary>
    [GeneratedRegex(@"\b(?<noun>increase|rise|jump|gain|growth|surge|climb|drop|fall|decline|decrease|slump|slide|dip|reduction)s?[ \t]+in[ \t]+(?<what>[^,;:.()]+?)[ \t]+(?:to|at)[ \t]+(?:(?:about|around|nearly|some|roughly|almost)[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChangeInBefore();

    /// <summary>A verb of change, its size and "to" before a level: "rose by a fifth to", "jumped 20 per cent to".</summary>
    private static readonly Regex VerbBySizeToPattern = new(
        @"\b(?<verb>" + ChangeVerbs.ChangePattern + @")[ \t]+(?:by[ \t]+)?(?:a[ \t]+|about[ \t]+|around[ \t]+|nearly[ \t]+|almost[ \t]+|roughly[ \t]+|more[ \t]+than[ \t]+)?(?:fifth|quarter|third|half|tenth|[\w.]+[ \t]*(?:per[ \t]?cent|percent|%))[ \t]+(?:(?:year-on-year|year-over-year|on[ \t]+the[ \t]+year)[ \t]+)?to[ \t]+$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex VerbBySizeTo() => VerbBySizeToPattern;

    /// <summary>
    /// A figure's subject from the phrase it attaches to and the clause's owner: the phrase alone when it names an
    /// economy, an organisation or a name; else the owner's name before it ("Toyota operating profit"); else, for a
    /// bare phrase ("Revenues jumped"), the economy or company of the sentences just before.
    /// </summary>
    private static string Owned(DocumentContext ctx, string owner, string phrase, ref string? lastEconomy)
    {
        if (phrase.Length == 0)
        {
            return "";
        }

        var bareOwner = owner.StartsWith("the ", StringComparison.Ordinal) ? owner[4..] : owner;
        // "a $295 billion goods deficit with China", the clause's subject an economy: the economy in the phrase is the
        // partner, not the owner, so the owner still says whose the measure is.
        var partnerOnly = PartnerTail().Match(phrase) is { Success: true } tail && tail.Index > 0 && !HasName(ctx, phrase[..tail.Index])
            && owner.Length > 0 && ctx.Gazetteer.EconomyPattern.IsMatch(bareOwner) && !phrase.Contains(bareOwner, StringComparison.OrdinalIgnoreCase);
        // A name before the phrase's head says whose it is ("Nvidia chip sales"); a name in a phrase that restricts the head
        // says what or where ("sales of H20 chips to China", "a charge tied to its inventory of H20 processors"), and the
        // clause's owner still says whose.
        // A clause subject written without a determiner and capitalised throughout is a name ("Toyota", "Advanced Micro
        // Devices"), unless it is one plural word ("Exports", "Revenues").
        var named = bareOwner.Length > 0 && owner == bareOwner && bareOwner.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]))
            && !(bareOwner.Split(' ').Length == 1 && bareOwner.EndsWith('s'));
        var ownerNamed = named || (bareOwner.Length > 0 && (HasName(ctx, bareOwner) || Organisations.StandsIn(owner)));
        if (!partnerOnly && (HasName(ctx, ownerNamed ? HeadPart(phrase) : phrase) || phrase.Contains("’s", StringComparison.Ordinal) || phrase.Contains("'s", StringComparison.Ordinal) || Organisations.StandsIn("the " + phrase)))
        {
            // "the company's stock", "China's exports": the phrase says whose it is; "Shipments to the US" names only the
            // partner, and is of the economy of the sentences before.
            return Canonical(ctx, Organisations.StandsIn("the " + phrase) ? "the " + phrase : phrase, ref lastEconomy, borrow: NamesOnlyPartner(ctx, phrase));
        }

        if (Company(ctx) is { } main && owner == main && !phrase.Contains(main, StringComparison.OrdinalIgnoreCase))
        {
            return Canonical(ctx, $"{main} {phrase}", ref lastEconomy, borrow: false);
        }

        if (owner.Length > 0 && !phrase.Contains(bareOwner, StringComparison.OrdinalIgnoreCase) && !bareOwner.Contains(phrase, StringComparison.OrdinalIgnoreCase)
            && (named || HasName(ctx, bareOwner) || Organisations.StandsIn(owner) || owner.StartsWith("the ", StringComparison.Ordinal)))
        {
            var ownerName = Organisations.StandsIn(owner) && Company(ctx) is { } company ? company
                // "the US" is its economy; "Norway's sovereign wealth fund" keeps the words that say which of its bodies.
                : ctx.Gazetteer.EconomyPattern.Match(owner) is { Success: true } economy && bareOwner.Split(' ').Length - economy.Value.Split(' ').Length < 2
                    ? DocumentContext.DisplayName(ctx.Gazetteer.EconomySurfaces[economy.Value])
                : Canonical(ctx, owner, ref lastEconomy, borrow: false);
            return Canonical(ctx, $"{ownerName} {phrase}", ref lastEconomy, borrow: false);
        }

        return Canonical(ctx, phrase, ref lastEconomy);
    }

    /// <summary>Auxiliaries and adverbs of time just before a verb: "(exports) have", "(sales) had already".</summary>
    [GeneratedRegex(@"[ \t]*\b(?:(?:has|have|had|was|were|is|are|will|would|could|may|might|also|already|now|still|then)[ \t]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex AuxiliaryRun();

    /// <summary>A phrase up to its first preposition: "sales" of "sales of H20 chips to China".</summary>
    private static string HeadPart(string phrase) => InnerPreposition().Match(phrase) is { Success: true } p ? phrase[..p.Index] : phrase;

    [GeneratedRegex(@"\b(?:of|from|to|into|in|for|with|between|on|by|tied|related|linked)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InnerPreposition();

    /// <summary>The partner a measure is with or of, at the end of its phrase: "with China", "to the United States", "from Mexico".</summary>
    [GeneratedRegex(@"\b(?:with|to|from|into|between)[ \t]+(?:the[ \t]+)?\p{Lu}[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerTail();

    /// <summary>True when every name in the phrase is an economy a flow goes to or comes from: "Shipments to the US", "imports from China".</summary>
    private static bool NamesOnlyPartner(DocumentContext ctx, string phrase)
    {
        var economies = ctx.Gazetteer.EconomyPattern.Matches(phrase);
        if (economies.Count == 0 || phrase.Contains("’s", StringComparison.Ordinal) || phrase.Contains("'s", StringComparison.Ordinal)
            || ctx.Organisations.Exists(o => phrase.Contains(o, StringComparison.Ordinal)))
        {
            return false;
        }

        var rest = phrase;
        foreach (Match e in economies)
        {
            if (!PartnerBefore().IsMatch(phrase.AsSpan(0, e.Index)))
            {
                return false;
            }

            rest = rest.Replace(e.Value, "", StringComparison.Ordinal);
        }

        // No other capitalised word mid-phrase: "Nvidia sales to China" is Nvidia's.
        return !HasName(ctx, rest);
    }

    /// <summary>True when the phrase names an economy or organisation, or has a word the report writes capitalised mid-sentence.</summary>
    private static bool HasName(DocumentContext ctx, string phrase)
    {
        if (ctx.Gazetteer.EconomyPattern.IsMatch(phrase) || ctx.Organisations.Exists(o => phrase.Contains(o, StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
            if (bare.Length > 1 && char.IsUpper(bare[0]) && !DateWord().IsMatch(bare) && Regex.IsMatch(ctx.Text, @"[\p{Ll}\d,] " + Regex.Escape(bare) + @"\b", RegexOptions.CultureInvariant))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Economies written one way ("Chinese", "China's" -> "China"); an owner borrowed when the phrase has none. The
    /// owner is the organisation the phrase names or stands for ("the carrier"), else its economy; a company's
    /// shares or stock are its share price.
    /// </summary>
    private static string Canonical(DocumentContext ctx, string phrase, ref string? lastEconomy, bool borrow = true)
    {
        phrase = Stock().Replace(phrase, "share price");
        if (lastEconomy is { } known && ctx.Gazetteer.EconomyPattern.IsMatch(known))
        {
            phrase = CountryAnaphor().Replace(phrase, known);
        }

        var organisation = ctx.Organisations.Find(o => Regex.IsMatch(phrase, @"(?<![\p{L}\d])" + Regex.Escape(o) + @"(?![\p{L}\d])", RegexOptions.CultureInvariant));
        if (organisation is null && Organisations.StandsIn(phrase) && Company(ctx) is { } main)
        {
            // "the company's shares", "the Irish carrier's fleet": the company's own.
            organisation = main;
            phrase = Organisations.Named(phrase, main);
        }

        if (organisation is not null)
        {
            lastEconomy = organisation;
            var kept = Word().Matches(phrase).Select(w => Possessive().Replace(w.Value, "")).Where(w => w is not ("the" or "The" or "its" or "Its")).ToList();
            return kept.Contains(organisation.Split(' ')[0]) ? string.Join(' ', kept) : $"{organisation} {string.Join(' ', kept)}".Trim();
        }

        var replaced = ctx.Gazetteer.EconomyPattern.Replace(phrase, m => DocumentContext.DisplayName(ctx.Gazetteer.EconomySurfaces[m.Value]));
        replaced = replaced.Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        var words = replaced.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("the" or "The" or "Its" or "its" or "their" or "Their" or "They" or "they" or "Recent" or "data" or "show"))
            .ToList();
        // "Exports to the US": the economy a flow goes to or comes from is no owner a later bare phrase can borrow.
        var first = ctx.Gazetteer.EconomyPattern.Match(phrase);
        var owner = ctx.Gazetteer.EconomyPattern.Matches(phrase).FirstOrDefault(e => !PartnerBefore().IsMatch(phrase.AsSpan(0, e.Index)));
        if (owner is not null)
        {
            lastEconomy = DocumentContext.DisplayName(ctx.Gazetteer.EconomySurfaces[owner.Value]);
        }
        else if (borrow && (lastEconomy ?? Company(ctx)) is { } borrowed && words.Count > 0 && !words.Contains(borrowed, StringComparer.OrdinalIgnoreCase)
            && !ctx.Gazetteer.EconomyPattern.Matches(phrase).Any(e => DocumentContext.DisplayName(ctx.Gazetteer.EconomySurfaces[e.Value]) == borrowed))
        {
            // A bare phrase ("Revenues jumped"), or one that names only the partner of a flow ("Shipments to the US fell"), is
            // of the economy or company of the sentences just before, else of the company the report is about.
            words.Insert(0, borrowed);
        }

        return string.Join(' ', words);
    }
}
