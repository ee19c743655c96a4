using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// Finds tariff statements: a rate tied to a tariff noun ("a 30% tariff", "duties ... to 10 percent",
/// "tariffs of 30%", "from 115% to 10%", "come down by 115 percent"), or an imposition without a
/// rate ("imposing hefty levies on U.S. goods"). Who imposes and who is targeted come from the
/// clause: "on Chinese goods" and "U.S. goods will face" mark a target, "entry into China" and a
/// subject mark an imposer; "we" in a quotation is the speaker's economy; "both countries" gives
/// both directions; otherwise the one other economy named in the sentence or the two before it.
/// </summary>
internal static partial class TariffFinder
{
    // "tariff-free", "duty-exempt": the absence of a tariff is not one.
    [GeneratedRegex(@"\b(?:tariffs?|duties|duty|levies|levy|import taxes|surcharges?|surtax(?:es)?|penalty|penalties)\b(?![-‐‑](?:free|exempt)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TariffWord();

    /// <summary>
    /// Words that stand for a tariff where the sentences just before speak of tariffs: a rate of no other kind ("a similar
    /// 15% rate", "Britain's rate stays at 25%"), paying or facing a percentage ("its exports will pay 20%"), and an economy
    /// bargained down to one ("negotiated Washington down to 19%").
    /// </summary>
    [GeneratedRegex(@"\brates?\b(?<!\b(?:interest|unemployment|jobless|inflation|growth|exchange|savings|mortgage|policy|tax|birth|death|approval|participation|vacancy|utili[sz]ation|poverty|fertility|success|failure|response|default|discount|hurdle|base|repo|lending|deposit|bank|funds|survival|error|win|tariff|duty|customs|key|benchmark|overnight|prime|cash|headline|core)[ \t]+rates?)|\b(?:pay|pays|paid|paying|face|faces|faced|facing|charge|charges|charged|charging|hit[ \t]+with)(?=[ \t]+(?:(?:a|an|about|around|roughly|nearly|almost|just|only|up[ \t]+to|as[ \t]+much[ \t]+as)[ \t]+)?\d)|(?<=\b(?:talk|bargain|negotiat|haggl)\w*[ \t]+(?:[\w.’'-]+[ \t]+){1,3}?)down[ \t]+to(?=[ \t]+(?:a[ \t]+)?\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TariffInContext();

    /// <summary>What a percentage after a verb of paying measures when it is no rate: "pay 5% more", "face 8% higher prices".</summary>
    [GeneratedRegex(@"^[ \t]+(?:more|less|higher|lower|extra|above|below|increases?|rises?|jumps?|premiums?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ComparedAfter();

    [GeneratedRegex(@"(?<num>\d{1,3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+)[ \t]*(?:%|percent\b|per[ \t]cent\b|pct\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Rate();

    // "... to 10 percent and ended the tariffs it had placed in March": a second predicate of the same subject is a clause of its own, so its dates stay with it.
    [GeneratedRegex(@",[ \t]+and[ \t]+|;[ \t]+|,[ \t]+while[ \t]+|,[ \t]+with[ \t]+(?=(?:a|an|the)[ \t]+)|[ \t]+while[ \t]+|,[ \t]+but[ \t]+|[ \t]+whereas[ \t]+|,?[ \t]+(?:even[ \t]+)?(?:though|although)[ \t]+|[ \t]+than[ \t]+(?=(?:the|a|an|those|that)[ \t]+)|[ \t]+and[ \t]+(?=(?:ended|dropped|cut|raised|lifted|removed|imposed|suspended|extended|scrapped|halved|doubled|added|announced|said|agreed|promised|pledged|vowed|warned|threatened)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:imposing|imposed|imposes|impose|issued|issuing|slapped|slapping|levied|placing|placed)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:tariffs|levies|duties)[ \t]+on[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex Imposition();

    [GeneratedRegex(@"\b(?:global|(?:on|from)[ \t]+(?:all[ \t]+|most[ \t]+)?(?:other[ \t]+)?(?:countries|nations|trading partners|economies)|those[ \t]+(?:nations|countries)|dozens[ \t]+of[ \t]+(?:countries|nations|trading partners))\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryEconomy();

    [GeneratedRegex(@"\b(?:both[ \t]+(?:countries|sides|nations|economies)|each[ \t]+other)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BothWays();

    [GeneratedRegex(@"\b(?:peak|peaked|peaking|as[ \t]+high[ \t]+as|at[ \t]+the[ \t]+height)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Peak();

    [GeneratedRegex(@"\b(?:threat\w*|warn(?:s|ed|ing)?[ \t]+of|could[ \t]+face|would[ \t]+face|if[ \t]+no|unless|weigh(?:s|ing)?|consider(?:s|ing)?|mull(?:s|ing)?|(?:could|may|might)[ \t]+(?:raise|impose|increase|lift))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Threat();

    [GeneratedRegex(@"\b(?:will|would|to[ \t]+impose|set[ \t]+to|due[ \t]+to|scheduled|(?:take|takes|taking)[ \t]+effect|agreed|agree|plans?|announced|going[ \t]+to|shall|'ll|’ll)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Announced();

    /// <summary>A rate put forward, not yet decided: "has proposed a 15% duty", "the proposed levy", "a proposal for".</summary>
    [GeneratedRegex(@"\b(?:propos(?:e|es|ed|ing|al|als))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Proposed();

    [GeneratedRegex(@"\b(?:was|were|had|previously|earlier|before|lifting|raised|increased|increasing|hiked|escalated|retaliated|responded)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Past();

    [GeneratedRegex(@"\b(?:lowered|cut|reduced|dropped|slashed|lowering)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Lowered();

    [GeneratedRegex(@"\b(?:fell|rose|declined|dropped|plummeted|jumped|grew|increased|decreased|slowed|surged|plunged|climbed|shrank|growing|falling|rising)[ \t]+(?:by[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FigureVerbBefore();

    [GeneratedRegex(@"\b(?:after|since|before|because|due|amid|despite|following|as|when|while|than|at|with|for|under|over|of|from|to|by|is|are|was|were|has|have|had|that|which|said|says|if|until|against)\b|[,;:()]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotModifier();

    // "stood at 2.5%", "now totals 27.5%": the verbs of level of ChangeVerbs link a tariff to its rate, as "is" and "to" do.
    private static readonly Regex LinkBeforeRatePattern = new(
        @"(?:\b(?:to|at|of|be|from|by|is|are|was|were|stand[ \t]+at|peak[ \t]+at|reach|reached|hit|leaving|leaves|leave|" + ChangeVerbs.LevelPattern + @"|pay|pays|paid|paying|face|faces|faced|facing|charge|charges|charged|charging|hit[ \t]+with|instead[ \t]+of|rather[ \t]+than)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+|about[ \t]+|around[ \t]+|nearly[ \t]+|some[ \t]+|roughly[ \t]+|almost[ \t]+|just[ \t]+|only[ \t]+|up[ \t]+to[ \t]+|as[ \t]+(?:much|high|low|little)[ \t]+as[ \t]+)?|:[ \t]*)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex LinkBeforeRate() => LinkBeforeRatePattern;

    /// <summary>
    /// Product words that name a layer on all goods rather than goods ("an additional 10% tariff",
    /// "the fentanyl duty"); the first four alternatives of <see cref="ProductWord"/>.
    /// </summary>
    internal static readonly FrozenSet<string> AllGoodsLayerWords = new[] { "additional", "reciprocal", "baseline", "fentanyl" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:additional|reciprocal|baseline|fentanyl|Section[ \t]+\d+|steel|aluminium|aluminum|cars?|autos?|automobiles?|copper|lumber|semiconductors?|pharmaceuticals?|beef|agricultural|energy)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProductWord();

    // "on Chinese goods", "imports from Mexico", and an amount of goods as the object of "on": "on C$30 billion worth of American goods".
    [GeneratedRegex(@"(?:\b(?:on|against|from|targeting)[ \t]+(?:all[ \t]+|most[ \t]+|the[ \t]+)?|\bimports[ \t]+from[ \t]+(?:the[ \t]+)?|\bon[ \t]+(?:(?:about|around|some|nearly|roughly|almost|over|more[ \t]+than)[ \t]+)?[^\s]*\d[^\s]*(?:[ \t]+(?:billion|million|trillion|bn|m))?(?:[ \t]+(?:worth|in[ \t]+value))?[ \t]+of[ \t]+(?:the[ \t]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TargetBefore();

    // "India, which pays ...", "Brazil is still subject to ...": a relative pronoun and an adverb may stand between the economy and its verb;
    // "the EU, whose goods now pay ...": the economy whose goods pay; "Britain, which stays at 25%": the economy whose rate holds;
    // "Switzerland was stunned by a 39% tariff": the subject of a passive whose agent is the tariff.
    [GeneratedRegex(@"^(?:-origin)?[ \t]*(?:,[ \t]*whose[ \t]+(?:[\w-]+[ \t]+){1,2}?(?:(?:now|still|currently|already|will|would|must)[ \t]+)?(?:pay|pays|paid|face|faces|faced)|(?:'s|’s)[ \t]+(?:[\w-]+[ \t]+){0,2}?rates?\b(?![ \t]+(?:on|for)\b)|(?:(?:'s|’s)[ \t]+[\w-]+[ \t]+)?(?:secured|won|negotiated|accepted|obtained|landed|clinched|got|gets|received|receives|agreed[ \t]+to|agrees[ \t]+to|was[ \t]+given|was[ \t]+granted)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?=\d)|goods|imports|products|exports|cars|car|steel|aluminium|aluminum|origin|companies|firms|shipments|[\w-]+[ \t]+(?:goods|imports|exports|products)|(?:,[ \t]*(?:which|who)[ \t]+)?(?:currently[ \t]+|now[ \t]+|still[ \t]+|already[ \t]+)?(?:pays|paid|faces|faced|(?:stays|stayed|remains|remained|(?:will|would)[ \t]+(?:stay|remain))[ \t]+at|(?:is|are|was|were|(?:has|have)[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]+ed|hit|struck)[ \t]+(?:by|with)[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?=\d)|(?:has|have|had)[ \t]+(?:previously[ \t]+|already[ \t]+|long[ \t]+|also[ \t]+|since[ \t]+)?(?:faced|paid|been[ \t]+(?:hit[ \t]+with|subject[ \t]+to|charged))|(?:is|are|was|were)[ \t]+(?:currently[ \t]+|now[ \t]+|still[ \t]+|already[ \t]+)?(?:charged|subject[ \t]+to|hit[ \t]+with|facing|paying)|(?:must|will|would|could|may)[ \t]+(?:still[ \t]+|now[ \t]+)?(?:pay|face)))\b", RegexOptions.CultureInvariant)]
    private static partial Regex TargetAfter();

    // "Mexican tomatoes now pay ...", "Vietnamese shrimp exporters, hit by ...", "Brazil's exports will be hit": goods or their
    // makers named by origin and then made to pay are the target, whatever the goods are; those who buy them (consumers, importers) are not.
    [GeneratedRegex(@"^(?:'s|’s)?[ \t]+(?!(?:consumers|importers|buyers|households|shoppers|retailers|taxpayers|families|customers|officials|government|authorities|negotiators|leaders)\b)(?:[a-z][\w-]*[ \t]+){0,2}?[a-z][\w-]*(?:,[ \t]*(?:which[ \t]+|who[ \t]+)?|[ \t]+(?:which|who|that)[ \t]+|[ \t]+)(?:(?:now|still|currently|already|also|will|would|could|may|must)[ \t]+)?(?:pay|pays|paid|face|faces|faced|facing|hit[ \t]+(?:by|with)|(?:is|are|was|were|be|been)[ \t]+(?:now[ \t]+|still[ \t]+|already[ \t]+)?(?:hit|subject[ \t]+to|charged|taxed|facing|paying))\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoodsSubjectAfter();

    // "a 46% US tariff", "Chinese retaliatory duties": an economy right before the tariff noun (a few words of kind
    // between) is the one that levies it; a product between ("Japanese car tariffs") leaves it open.
    [GeneratedRegex(@"^(?:[ \t]+(?:new|retaliatory|reciprocal|import|additional|own|existing|current|higher|lower|punitive|sweeping|blanket|baseline|steep|hefty|fresh|planned|proposed|extra|counter|announced|threatened)){0,2}[ \t]+(?:counter-?)?(?:tariffs?|duties|duty|levies|levy)(?![\w-])", RegexOptions.CultureInvariant)]
    internal static partial Regex EconomyBeforeTariff();

    // "the 10% tariff Washington placed on its beef", "Canada has imposed ...": an economy that is the subject of a
    // verb of imposing imposes. A verb that imposes only through its object ("keeps its duties", "announced a 25% levy",
    // "threatened to retaliate") must have it: "if New Delhi keeps buying oil" names the goods' side, not an imposer.
    [GeneratedRegex(@"^[ \t]+(?:(?:has|had|have|will|would|could|may|might|also|then|later|first|now|quickly|already)[ \t]+){0,2}(?:(?:placed|places|imposed|imposes|impose|levied|levies|slapped|slaps|charges|charged|applies|applied|hiked|hikes|retaliated|retaliates)\b|(?:put|puts|announced|announces|threatened|threatens|added|adds|ordered|orders|introduced|introduces|unveiled|unveils|set|sets|adopted|adopts|approved|approves|kept|keeps|maintained|maintains|retained|retains)[ \t]+(?:to[ \t]+(?:impose|retaliate|raise|levy|slap|hit|put|add)\b|(?:[\w$.,-]+[ \t]+){0,4}?(?:\d|(?:counter-?)?(?:tariffs?|duties|duty|levies|levy|rates?|surcharges?)\b)))", RegexOptions.CultureInvariant)]
    private static partial Regex ImposerVerbAfter();

    // "Washington raised its levies on steel", "Ottawa will cut its duties on": an economy that changes its own tariffs imposes them.
    [GeneratedRegex(@"^[ \t]+(?:(?:has|had|have|will|would|also|then|later|now|quickly|already)[ \t]+){0,2}(?:raised|raises|raise|raising|increased|increases|hiked|hikes|lifted|doubled|doubles|tripled|lowered|lowers|cut|cuts|reduced|reduces|slashed|slashes|halved|halves|suspended|suspends|extended|extends)[ \t]+(?:(?:its|their|the|his|her)[ \t]+)?(?:[a-z]+[ \t]+){0,2}(?:tariffs?|duties|duty|levies|levy)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex ChangerVerbAfter();

    // "Mexico and Turkey raised duties": the second of coordinated subjects, which may each impose on the other.
    [GeneratedRegex(@"(?:,|\band|\bor)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinatedBefore();

    // "for buying Russian oil", "selling Iranian crude": an economy that names goods bought or sold is their origin, no party to a tariff.
    [GeneratedRegex(@"\b(?:buy|buys|buying|bought|purchase|purchases|purchased|purchasing|sell|sells|selling|sold)[ \t]+(?:of[ \t]+)?(?:(?:the|its|their|more|cheap|discounted)[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GoodsBoughtBefore();

    [GeneratedRegex(@"(?:\b(?:into|enter|enters|entered|entering|entry[ \t]+into|imposed[ \t]+by|by|(?:shipped|sent|sold|exported|exports|shipments|sales|going|heading|headed|bound|delivered)[ \t]+(?:in)?to|destined[ \t]+for)[ \t]+(?:the[ \t]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ImposerBefore();

    [GeneratedRegex(@"^(?:'s|’s)[ \t]+(?:[“""‘'\p{L}\- ]{0,30}[”""’']?[ \t]+)?(?:tariffs|duties|levies)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveTariff();

    [GeneratedRegex(@"\b(?:we|our|us)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();

    public static void Find(DocumentContext ctx, List<ExtractedClaim> claims)
    {
        // which sentences name a tariff, read once: a sentence beside one may state a tariff without naming it
        var texts = new string[ctx.Sentences.Count];
        var named = new bool[texts.Length];
        var trade = new bool[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = ctx.Slice(ctx.Sentences[i]);
            named[i] = TariffWord().IsMatch(texts[i]);
            trade[i] = TradeTerms().IsMatch(texts[i]);
        }

        for (var i = 0; i < ctx.Sentences.Count; i++)
        {
            var sentence = ctx.Sentences[i];
            // A deal between economies or goods at a border speak of what goods pay there, tariff named or not
            // ("Under the pact with Washington, Japanese trucks will pay 10%").
            var inContext = AboutTariffs(named, i) || (trade[i] || (i > 0 && trade[i - 1])) && ctx.EconomiesIn(sentence).Any();
            if (!named[i] && !inContext)
            {
                continue;
            }

            var text = texts[i];
            // With no tariff named, a rate on income, profits or interest is a tax or a return, whatever deal is near.
            if (!named[i] && (!(TariffInContext().IsMatch(text) && Rate().IsMatch(text)) || TaxBase().IsMatch(text)))
            {
                continue;
            }

            foreach (var clause in Clauses(sentence, text))
            {
                FindInClause(ctx, sentence, clause, claims, inContext);
            }
        }
    }

    /// <summary>
    /// The terms of trade between economies that make a rate paid a tariff: a deal or pact, a border, goods imported or shipped,
    /// goods paying "to enter" an economy, an economy bargained "down to" a rate, a percentage charged on goods ("will charge 20%
    /// on Taiwanese goods").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:trade[ \t]+)?(?:deal|pact|agreement|accord|truce)s?|border|imported[ \t]+(?:from|into)|shipped[ \t]+to|to[ \t]+enter|(?:talk|bargain|negotiat|haggl)\w*[ \t]+(?:[\w.’'-]+[ \t]+){1,3}?down[ \t]+to|(?:charge|charges|charged|charging|levy|levies|levied)[ \t]+(?:(?:a|an|about|up[ \t]+to)[ \t]+)?\d+(?:\.\d+)?[ \t]*(?:%|percent|per[ \t]cent)[ \t]+on)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TradeTerms();

    /// <summary>What a tax or a return is levied on or paid as, rather than goods: income, profits, interest, dividends, wages.</summary>
    [GeneratedRegex(@"\b(?:income|incomes|profits?|earnings|interest|dividends?|wages?|salar(?:y|ies)|deposits?|loans?|savings|capital[ \t]+gains|royalt(?:y|ies)|remittances?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TaxBase();

    /// <summary>Whether the sentence, one of the two before it or the one after it speaks of tariffs by name.</summary>
    private static bool AboutTariffs(bool[] named, int sentence)
    {
        for (var i = Math.Max(0, sentence - 2); i <= Math.Min(named.Length - 1, sentence + 1); i++)
        {
            if (named[i])
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<ClaimSpan> Clauses(ClaimSpan sentence, string text)
    {
        var start = 0;
        foreach (Match m in ClauseBreak().Matches(text))
        {
            if (GappedClause().IsMatch(text.AsSpan(m.Index + m.Length)) && TariffWord().IsMatch(text.AsSpan(start, m.Index - start)))
            {
                continue; // "a 25% tariff on Canada, but only 10% on Mexico": a rate whose noun is left out belongs with the one before
            }

            yield return new ClaimSpan(sentence.Start + start, sentence.Start + m.Index);
            start = m.Index + m.Length;
        }

        yield return new ClaimSpan(sentence.Start + start, sentence.End);
    }

    private static void FindInClause(DocumentContext ctx, ClaimSpan sentence, ClaimSpan clause, List<ExtractedClaim> claims, bool inContext)
    {
        var text = ctx.Slice(clause);
        var words = TariffWord().Matches(text).ToList();
        if (inContext)
        {
            words = [.. words.Concat(TariffInContext().Matches(text)).OrderBy(w => w.Index)];
        }

        if (words.Count == 0)
        {
            return;
        }

        var found = false;
        var rates = Rate().Matches(text);
        var read = new List<(int Index, decimal Value, PercentKind Reading, Match? NounAfter)>();
        for (var r = 0; r < rates.Count; r++)
        {
            if (TariffRate(ctx, clause, text, words, rates[r]) is { } tariffRate)
            {
                read.Add((r, tariffRate.Value, tariffRate.Reading, tariffRate.NounAfter));
            }
        }

        // A "from" rate is the earlier value of the rate it is written with: "from 25% to 50%" of the rate after it,
        // "to 50% from 25%" and "50%, up from 25%" of the tariff rate before it. It has that rate's parties, never its own.
        var fromOf = new Dictionary<int, decimal>();
        var fromRates = new HashSet<int>();
        foreach (var t in read)
        {
            if (!IsFromRate(text, rates[t.Index]))
            {
                continue;
            }

            var next = t.Index + 1;
            if (next < rates.Count && text[(rates[t.Index].Index + rates[t.Index].Length)..rates[next].Index].Trim() is "to")
            {
                fromOf[next] = t.Value;
                fromRates.Add(t.Index);
            }
            else if (read.Exists(p => p.Index == t.Index - 1) && !fromRates.Contains(t.Index - 1))
            {
                fromOf[t.Index - 1] = t.Value;
                fromRates.Add(t.Index);
            }
        }

        // The rates of the clause its targets belong to: every rate but "from" rates and shares, tariff rate or not, so that
        // "a 50% tariff on Brazilian coffee, against 10% on Colombian coffee" binds Colombia to the 10%, not to the 50%.
        var tariffRates = Enumerable.Range(0, rates.Count)
            .Where(i => !fromRates.Contains(i) && (read.Exists(t => t.Index == i) || (!IsFromRate(text, rates[i]) && !IsShare(text, rates[i]))))
            .Select(i => rates[i].Index).ToList();
        foreach (var (r, value, reading, nounAfter) in read)
        {
            var rate = rates[r];
            var before = text[..rate.Index];
            var isBy = before.TrimEnd().EndsWith(" by", StringComparison.Ordinal) || reading is PercentKind.PartOfRate;
            if (fromRates.Contains(r))
            {
                continue; // handled with the rate it is the earlier value of
            }

            decimal? from = fromOf.TryGetValue(r, out var earlier) ? earlier : null;
            var scope = QualifierScope(text, rate.Index);
            var qualifier = Qualifier(scope, isBy);
            if ((from is not null || before.TrimEnd().EndsWith(" to", StringComparison.Ordinal)) && qualifier == "previous" && !ExplicitPast().IsMatch(PassiveChange().Replace(scope, " ")))
            {
                // "raised its tariff to 50% from 25%", "raised its tariff to 50%": the change is past, the rate it reached is the one in force.
                qualifier = "in-force";
            }
            var span = new ClaimSpan(clause.Start, clause.End);
            var noun = nounAfter ?? words.Last(w => w.Index < rate.Index);
            var windowStart = Math.Min(noun.Index, rate.Index);
            for (var back = 0; back < 3 && windowStart > 0; back++)
            {
                var space = text.LastIndexOf(' ', Math.Max(windowStart - 2, 0));
                windowStart = space < 0 ? 0 : space + 1;
            }

            var products = Products(text[windowStart..Math.Max(noun.Index + noun.Length, rate.Index)]);
            if (products == "all")
            {
                // "a 25% tariff on cars", "its tariff on imported cheese to 40%": the object after the noun, before or after the rate.
                var objectFrom = nounAfter is null && noun.Index < rate.Index && OnObject().IsMatch(text.AsSpan(noun.Index + noun.Length)) ? noun.Index + noun.Length
                    : Math.Max(noun.Index + noun.Length, rate.Index + rate.Length);
                products = ObjectProducts(ctx, clause, text, objectFrom);
            }

            // "duties of about 14%, which the department plans to raise to 35%": a rate in a relative clause on a tariff rate,
            // naming no economy of its own, is that tariff's, with its parties.
            var partyAnchor = rate.Index;
            if (r > 0 && tariffRates.Contains(rates[r - 1].Index))
            {
                var afterEarlier = rates[r - 1].Index + rates[r - 1].Length;
                if (RelativeOnRate().IsMatch(text.AsSpan(afterEarlier, rate.Index - afterEarlier)) && !ctx.EconomiesIn(new ClaimSpan(clause.Start + afterEarlier, clause.Start + rate.Index)).Any())
                {
                    partyAnchor = rates[r - 1].Index;
                }
            }

            foreach (var (imposer, target, guessed) in Parties(ctx, sentence, clause, partyAnchor, tariffRates, claims))
            {
                var (asOf, byPublication) = AsOf(ctx, clause, qualifier);
                var inferred = Inferred(guessed, asOf);
                if (isBy)
                {
                    claims.Add(new ExtractedClaim(new TariffFacts(imposer, target, null, asOf, "announced", products)
                    { ChangePoints = value, Inferred = inferred, DatedByPublication = byPublication }, span));
                    continue;
                }

                claims.Add(new ExtractedClaim(new TariffFacts(imposer, target, value, asOf, qualifier, products) { FromPercent = from, Inferred = inferred, DatedByPublication = byPublication }, span));
                if (from is not null)
                {
                    claims.Add(new ExtractedClaim(new TariffFacts(imposer, target, from, asOf, "previous", products) { Inferred = inferred }, span));
                }
            }

            found = true;
        }

        if (!found && rates.Count == 0 && Imposition().Match(text) is { Success: true } imposition)
        {
            var qualifier = Past().IsMatch(text) || text.Contains("imposed", StringComparison.Ordinal) || text.Contains("issued", StringComparison.Ordinal) ? "previous" : "announced";
            foreach (var (imposer, target, guessed) in Parties(ctx, sentence, clause, imposition.Index + imposition.Length, [], claims))
            {
                var (asOf, _) = AsOf(ctx, clause, "announced");
                claims.Add(new ExtractedClaim(new TariffFacts(imposer, target, null, asOf, qualifier, Products(text)) { Inferred = Inferred(guessed, asOf) }, clause));
            }
        }
    }

    /// <summary>
    /// The rate a percentage gives when it is a tariff's (tied to a tariff noun, not a share, change or estimate),
    /// with how it was read and the tariff noun after it; null when it is no tariff rate.
    /// </summary>
    private static (decimal Value, PercentKind Reading, Match? NounAfter)? TariffRate(DocumentContext ctx, ClaimSpan clause, string text, List<Match> words, Match rate)
    {
        var before = text[..rate.Index];
        var after = text[(rate.Index + rate.Length)..];
        // Shares, averages, estimates and the sizes of changes are figures, not rates ("91% of the tariffs",
        // "an average tariff of 51.1%", "exports fell 21% after the tariffs").
        var reading = PercentReading.Read(before, after);
        // A change "by" so much is the tariff's own when the tariff is the verb's subject ("tariffs would come down by 115 percent").
        var changeOfTariff = reading is PercentKind.Change && before.TrimEnd().EndsWith(" by", StringComparison.Ordinal) && words.Any(w => w.Index < rate.Index);
        if (reading is PercentKind.Share || (reading is PercentKind.Change && !changeOfTariff) || PercentReading.IsReckoned(reading))
        {
            return null;
        }

        // The rate must modify the tariff noun: only modifiers stand between them ("a 25% global car tariff"),
        // never a preposition or a verb ("21% after the tariffs").
        var nounAfter = words.FirstOrDefault(w => w.Index > rate.Index && CountWords(text.AsSpan(rate.Index + rate.Length, w.Index - rate.Index - rate.Length)) <= 5
            && !Rate().IsMatch(text.AsSpan(rate.Index + rate.Length, w.Index - rate.Index - rate.Length))
            && !NotModifier().IsMatch(text.AsSpan(rate.Index + rate.Length, w.Index - rate.Index - rate.Length)));
        var adjacentNoun = nounAfter is not null;
        var nounBefore = words.Any(w => w.Index < rate.Index && CountWords(text.AsSpan(w.Index, rate.Index - w.Index)) <= 16)
            && LinkBeforeRate().IsMatch(before) && !FigureVerbBefore().IsMatch(before);
        // "tariffs of 25% on Canada and 10% on China", "a 41% duty on A and 40% on B": a rate coordinated after a tariff rate,
        // with its own object and the tariff noun left out, is a rate of the same noun.
        nounBefore |= words.Any(w => w.Index < rate.Index) && GappedTariffRate().IsMatch(before) && OnObject().IsMatch(after)
            && Rate().Matches(before).Any(earlier => OnObject().IsMatch(before.AsSpan(earlier.Index + earlier.Length).ToString()) || words.Any(w => w.Index > earlier.Index && w.Index < rate.Index));
        if (!adjacentNoun && before.TrimEnd().EndsWith(" by", StringComparison.Ordinal) && words.LastOrDefault(w => w.Index < rate.Index) is { } last
            && MeasuredNoun().IsMatch(text.AsSpan(last.Index + last.Length, rate.Index - last.Index - last.Length)))
        {
            // "the tariffs have driven up prices of appliances by 8%": the change is of what the verb moved, not of the tariff.
            return null;
        }

        if (reading is PercentKind.PartOfRate && words.Any(w => w.Index > rate.Index))
        {
            // "suspend 24% of the 34% tariff": 24 points of a rate, read like "cut by 24 points".
            nounAfter = words.First(w => w.Index > rate.Index);
            adjacentNoun = true;
        }

        if (!adjacentNoun && !nounBefore)
        {
            return null;
        }

        if (!adjacentNoun && ComparedAfter().IsMatch(after))
        {
            return null; // "will pay 5% more": a difference, not a rate
        }

        var value = Number(rate.Groups["num"].Value);
        if (value is null || value > 1000)
        {
            ctx.Gaps.Add(new ExtractionGap("implausible-rate", clause.Start + rate.Index, $"A tariff rate of {rate.Value} is not plausible; left out."));
            return null;
        }

        return (value.Value, reading, nounAfter);
    }

    /// <summary>
    /// The coordination or comparison before a rate whose tariff noun is left out: "... on Canada and 10% on China", "..., 40% on
    /// Laos", "..., but only 10% on Mexico", "higher than the 15% on Japan".
    /// </summary>
    [GeneratedRegex(@"(?:,|\band|\bor|\bwhile|\bbut|\bwith|\bthan|\bagainst|\bversus|\bvs\.?)[ \t]+(?:(?:a|an|the|only|about|around|nearly|roughly|up[ \t]+to|just)[ \t]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex GappedTariffRate();

    /// <summary>A clause that is no more than a rate and its object, its tariff noun left out: "only 10% on Mexican energy".</summary>
    [GeneratedRegex(@"^(?:(?:a|an|the|only|about|around|nearly|roughly|up[ \t]+to|just)[ \t]+)*\d{1,3}(?:\.\d+)?[ \t]*(?:%|percent\b|per[ \t]cent\b)[ \t]+on[ \t]", RegexOptions.CultureInvariant)]
    private static partial Regex GappedClause();

    /// <summary>Nouns of measured quantities a tariff moves: a change "by" so much after one of them is its change.</summary>
    [GeneratedRegex(@"\b(?:prices?|costs?|inflation|exports?|imports?|sales|shipments|profits?|revenues?|earnings|output|production|growth|GDP|demand|volumes?|deficits?|surplus(?:es)?|shares|stocks?|margins?|spending|investment|employment|jobs|wages|bills?|value|trade|income|consumption)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MeasuredNoun();

    /// <summary>Words that put a whole clause in the past, as against a verb of change ("raised") whose result still holds.</summary>
    [GeneratedRegex(@"\b(?:was|were|had|previously|earlier|before|until)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitPast();

    /// <summary>A change in the passive ("were raised to 20%", "was cut to 30%"): its "was" says who acted, not that the rate it reached is past.</summary>
    [GeneratedRegex(@"\b(?:was|were)[ \t]+(?:(?:then|later|again|further|quickly)[ \t]+)?(?:raised|cut|lowered|reduced|increased|lifted|hiked|slashed|halved|doubled|tripled|brought[ \t]+down|brought)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveChange();

    private static bool IsShare(string text, Match rate) =>
        PercentReading.Read(text[..rate.Index], text[(rate.Index + rate.Length)..]) is PercentKind.Share or PercentKind.PartOfRate;

    /// <summary>The words from a rate to the next when the next stands in a relative clause on the first: "(14%), which the department plans to raise to".</summary>
    [GeneratedRegex(@"^[^,;]{0,30},[ \t]+(?:which|that)[ \t][^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeOnRate();

    /// <summary>Whether a rate is written as the earlier or replaced value of another: "from (the) 25%", "instead of 25%", "rather than 25%".</summary>
    private static bool IsFromRate(string text, Match rate) => FromLink().IsMatch(text.AsSpan(0, rate.Index));

    [GeneratedRegex(@"\b(?:from|instead[ \t]+of|rather[ \t]+than|in[ \t]+place[ \t]+of)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FromLink();

    /// <summary>
    /// A relative clause inside a clause (", which could fall to 15%", "that would apply if ..."): its tense and modals are
    /// its own, and say nothing of a rate outside it.
    /// </summary>
    [GeneratedRegex(@"(?:,[ \t]*|[ \t]+)(?:which|who|that)[ \t]+(?:(?:now|still|also|currently|then)[ \t]+)?(?:could|would|will|may|might|had|has|have|was|were|is|are|can|should)\b[^,;]*", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();

    /// <summary>
    /// The words whose tense and modals qualify the rate at <paramref name="rateIndex"/>: the relative clause it stands in,
    /// else its clause without the relative clauses that state a rate of their own ("South Korean cars face a 25% tariff,
    /// which could fall to 15%"). A relative clause with no rate ("a 25% tariff, which will take effect in April") speaks
    /// of the rate it follows and stays.
    /// </summary>
    private static string QualifierScope(string clause, int rateIndex)
    {
        var relatives = RelativeClause().Matches(clause).Where(r => Rate().IsMatch(r.Value)).ToList();
        foreach (var r in relatives)
        {
            if (rateIndex >= r.Index && rateIndex < r.Index + r.Length)
            {
                return r.Value;
            }
        }

        var scope = clause;
        foreach (var r in Enumerable.Reverse(relatives))
        {
            scope = string.Concat(scope.AsSpan(0, r.Index), " ", scope.AsSpan(r.Index + r.Length));
        }

        return scope;
    }

    /// <summary>
    /// A rate its imposer says it will hold on to: "will keep its 25% duty", "would maintain the 10% levy" speak of a rate in
    /// force now. A rate that "would continue" or "will remain" is a forecast of its course, and left to the tense.
    /// </summary>
    [GeneratedRegex(@"\b(?:will|would|shall|'ll|’ll)[ \t]+(?:still[ \t]+|also[ \t]+)?(?:keep|maintain|retain)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeldOn();

    /// <summary>"would apply if the talks fail", "will rise to 50% unless": a rate on a condition not yet met is a threat.</summary>
    [GeneratedRegex(@"\b(?:would|will|could)\b[^,;]*?\b(?:if|unless)\b|\b(?:if|unless)\b[^;]*?\b(?:would|will|could)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();

    /// <summary>A possible change: "could fall to 15%" is a rate planned, "might rise to 50%" one threatened.</summary>
    [GeneratedRegex(@"\b(?:could|may|might)[ \t]+(?:(?<down>fall|drop|ease|come[ \t]+down|be[ \t]+(?:cut|lowered|reduced|halved))|(?<up>rise|go[ \t]+up|climb|jump|increase|double|be[ \t]+(?:raised|increased|doubled)))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PossibleChange();

    private static string Qualifier(string clause, bool isChange)
    {
        if (Peak().IsMatch(clause))
        {
            return "peak";
        }

        if (Threat().IsMatch(clause) || Conditional().IsMatch(clause))
        {
            return "threatened";
        }

        if (PossibleChange().Match(clause) is { Success: true } possible)
        {
            return possible.Groups["down"].Success ? "planned" : "threatened";
        }

        if (Proposed().IsMatch(clause))
        {
            return "planned";
        }

        if (!isChange && HeldOn().IsMatch(clause))
        {
            return "in-force";
        }

        if (isChange || Announced().IsMatch(clause))
        {
            return "announced";
        }

        if (Past().IsMatch(clause) && !Lowered().IsMatch(clause))
        {
            return "previous";
        }

        return "in-force";
    }

    /// <summary>The fields taken from the context rather than read: the parties when guessed, the date when the clause gives none.</summary>
    private static List<string>? Inferred(bool partiesGuessed, ClaimDate? asOf)
    {
        List<string> fields = [.. partiesGuessed ? ["parties"] : Array.Empty<string>(), .. asOf is null ? ["date"] : Array.Empty<string>()];
        return fields.Count == 0 ? null : fields;
    }

    /// <summary>
    /// The day the clause names, said to be counted from the publication day when it is ("on Monday"); for a rate in force
    /// it names none of, the publication day (said so).
    /// </summary>
    private static (ClaimDate? Date, bool ByPublication) AsOf(DocumentContext ctx, ClaimSpan clause, string qualifier)
    {
        var dates = DateFinder.Find(ctx.Text, clause, ctx.Published, null);
        var mention = dates.FirstOrDefault(d => d.Date is not null);
        if (mention is null && qualifier == "in-force" && ctx.Published is { } p)
        {
            return (ClaimDate.Of(p), true);
        }

        // "raised the tariff on Monday": a day counted from the publication day is as unsure as that day.
        return (mention?.Date, mention?.CountedFromPublication == true);
    }

    [GeneratedRegex(@"^[ \t]+on[ \t]+(?<words>(?:[\p{L}][\p{L}\-]*[ \t]*){1,6})", RegexOptions.CultureInvariant)]
    private static partial Regex OnObject();

    /// <summary>Words that end the object of "a tariff on ...": what follows them says where or how, not what.</summary>
    private static readonly HashSet<string> ObjectStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "to", "into", "shipped", "imported", "exported", "entering", "sold", "made", "that", "which", "who", "above", "below",
        "over", "under", "by", "for", "since", "until", "after", "before", "in", "at", "and", "or", "as", "with", "is", "are", "was",
        "were", "will", "would", "worth", "valued", "if", "unless", "while", "but", "starting", "effective",
        // Past the goods: a limit on them ("beyond the quota") or the verb the phrase is the subject of ("stands at").
        "beyond", "exceeding", "outside", "within", "stands", "stand", "stood", "remains", "remain", "remained", "rises", "rose",
        "falls", "fell", "goes", "went", "climbs", "climbed", "jumps", "jumped", "could", "should", "can", "may", "might", "must",
        "has", "have", "had", "be", "been", "now", "currently", "still", "also", "set", "due", "not",
        // A day the tariff is imposed on ("on Peruvian goods on Monday", "on US goods on September 1"): a time, not goods.
        "on", "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Words that do not narrow the goods: determiners and the general nouns for goods.</summary>
    private static readonly HashSet<string> GeneralWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "all", "most", "many", "some", "other", "its", "their", "his", "her", "our", "these", "those", "such", "more", "nearly",
        "almost", "virtually", "goods", "imports", "import", "products", "product", "exports", "items", "shipments", "merchandise", "of",
        "origin", "-origin", "country", "countries", "nations", "nation", "trading", "partners", "partner", "economies", "economy", "rest", "world",
        "us", "u", "s", "them", "it", "everything", "anything",
    };

    /// <summary>
    /// The goods a tariff is on when the clause names them after it ("a 25% duty on most steel shipped
    /// to ...", "duties on Chinese electric bicycles"): the words up to the first that says where or how,
    /// less the economies and the words for goods in general; "all" when nothing narrower is left.
    /// </summary>
    private static string ObjectProducts(DocumentContext ctx, ClaimSpan clause, string text, int from)
    {
        var m = OnObject().Match(text, from, text.Length - from);
        if (!m.Success)
        {
            return "all";
        }

        var group = m.Groups["words"];
        var economies = ctx.EconomiesIn(new ClaimSpan(clause.Start + group.Index, clause.Start + group.Index + group.Length)).ToList();
        var kept = new List<string>();
        foreach (Match word in WordToken().Matches(group.Value))
        {
            if (kept.Count == 0 && word.Value is "imported" or "foreign")
            {
                continue; // "on imported cars": the cars, from anywhere
            }

            if (ObjectStops.Contains(word.Value))
            {
                break;
            }

            var next = group.Index + word.Index + word.Length;
            if (next < text.Length && (char.IsDigit(text[next]) || char.IsSymbol(text[next])))
            {
                continue; // "C$30 billion": the letters of a currency, not goods
            }

            var at = clause.Start + group.Index + word.Index;
            if (GeneralWords.Contains(word.Value) || economies.Exists(e => e.Span.Start <= at && at < e.Span.End))
            {
                continue;
            }

            kept.Add(word.Value.ToLowerInvariant());
        }

        return kept.Count == 0 ? "all" : string.Join(' ', kept);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordToken();

    [GeneratedRegex(@"\b(?:(?<vehicles>cars?|autos?|automobiles?|automotive|vehicles?|trucks?)|(?<parts>parts|components)|(?<steel>steel)|(?<aluminium>alumin(?:i)?um)|(?<copper>copper)|(?<energy>energy|oil|gas|electricity)|(?<chips>semiconductors?|chips?)|(?<drugs>pharmaceuticals?|drugs|medicines?)|(?<lumber>lumber|timber)|(?<food>agricultural|beef|soybeans?|farm))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GoodsClass();

    [GeneratedRegex(@"\b(?:on|for)[ \t]+(?:all[ \t]+|most[ \t]+|imported[ \t]+|foreign[ \t]+|the[ \t]+)*(?<w>[a-z][a-z-]{2,})", RegexOptions.CultureInvariant)]
    private static partial Regex GoodsAfterOn();

    /// <summary>
    /// The classes of goods a text names ("automobile" and "cars" are both vehicles), to tell stages of one
    /// measure apart; a noun after "on" that is no class ("duties on bicycles") is a class of its own.
    /// </summary>
    internal static IReadOnlySet<string> GoodsClasses(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in GoodsAfterOn().Matches(text))
        {
            var word = m.Groups["w"].Value;
            if (!GeneralWords.Contains(word) && !ObjectStops.Contains(word) && !GoodsClass().IsMatch(word))
            {
                found.Add(word.EndsWith('s') ? word[..^1] : word);
            }
        }

        foreach (Match m in GoodsClass().Matches(text))
        {
            foreach (Group g in m.Groups)
            {
                if (g.Success && g.Name.Length > 1 && !char.IsDigit(g.Name[0]))
                {
                    found.Add(g.Name);
                }
            }
        }

        return found;
    }

    private static string Products(string clause)
    {
        var found = ProductWord().Matches(clause).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
        return found.Count == 0 ? "all" : string.Join(' ', found);
    }

    private static IEnumerable<(string Imposer, string Target, bool Inferred)> Parties(DocumentContext ctx, ClaimSpan sentence, ClaimSpan clause, int anchor, List<int> clauseRates, List<ExtractedClaim> claims)
    {
        // A sentence that names neither an economy nor a person, just after a tariff statement, goes on about that
        // statement's parties ("The tariffs will go into effect..."), not the document's most-named economies.
        var sentenceText = ctx.Slice(sentence);
        if (!ctx.EconomiesIn(sentence).Any() && !ctx.PeopleIn(sentence).Any() && !BothWays().IsMatch(sentenceText)
            && !FirstPerson().IsMatch(sentenceText) && !EveryEconomy().IsMatch(sentenceText) && !ctx.Quotes.Exists(q => q.Span.Start < sentence.End && q.Span.End > sentence.Start))
        {
            var previous = claims.LastOrDefault(c => c.Facts is TariffFacts && c.Span.End <= sentence.Start);
            if (previous is not null && ctx.Sentences.Count(s => s.Start >= previous.Span.End && s.End <= sentence.Start) <= 1
                && previous.Facts is TariffFacts { Imposer: { } i, Target: { } t })
            {
                // A definite reference to the statement just made ("The combined duties ..."): read, not guessed.
                yield return (i, t, false);
                yield break;
            }
        }

        var text = ctx.Text;
        string? imposer = null;
        string? target = null;
        var targets = new List<string>();
        Mention? lastTarget = null;
        var lastBound = -1;
        // Each target belongs to one rate of the clause: "Chinese exports facing a 30% duty and US goods hit with a
        // 10% levy" names CN as the 30%'s target and US as the 10%'s, so US is no target of the 30%.
        var anchorRate = clauseRates.Count > 1 ? clauseRates.IndexOf(anchor) : -1;
        var otherRateTargets = new List<(string Economy, int Rate)>();
        var imposers = new List<(string Economy, int Rate)>();
        var subjectTargetRead = false;
        var intoImposer = false;
        var others = new List<string>();
        var compared = new List<string>();
        // "A Chinese spokesman said Washington's tariff ...": who reports a statement is no party to it.
        var frame = ReportingFrame(ctx, clause);
        if (frame is { } reported && !ctx.EconomiesIn(clause).Any(e => e.Span.End <= reported.Start || e.Span.Start >= reported.End))
        {
            // A reported clause that names no party of its own is about the reporter's ("Bessent said tariffs would come down").
            frame = null;
        }

        var economies = ctx.EconomiesIn(clause).Where(e => frame is not { } f || e.Span.End <= f.Start || e.Span.Start >= f.End).ToList();
        foreach (var e in economies)
        {
            var before = text.AsSpan(clause.Start, e.Span.Start - clause.Start).ToString();
            var after = text.AsSpan(e.Span.End, Math.Min(40, clause.End - e.Span.End)).ToString();
            var farAfter = text.AsSpan(e.Span.End, Math.Min(70, clause.End - e.Span.End)).ToString();
            var at = e.Span.Start - clause.Start;
            if (GoodsBoughtBefore().IsMatch(before))
            {
                continue;
            }

            if (clauseRates.Count > 0 && at > anchor && OwnTariffsBetween(text.AsSpan(clause.Start + anchor, at - anchor).ToString()))
            {
                continue; // "a 15% US tariff on its goods, while the EU drops its duties on American cars": the object of another's tariffs
            }

            // "now totals 27.5% for European cars": goods named by origin after "for" pay the rate, as after "on".
            var onTarget = TargetBefore().IsMatch(before) || (ForBefore().IsMatch(before) && GoodsAfterOrigin().IsMatch(after));
            // "..., and Washington a 20% duty on ...": after a subject that imposes, a coordinated economy followed
            // straight by a rate is the subject of the same verb, left out; "and Australian barley a 12% duty" after
            // goods that pay is more goods that pay.
            var gapped = anchorRate >= 0 && GappingAnd().IsMatch(before) && GappedRate().IsMatch(after);
            var gappedSubject = gapped && imposers.Count > 0 && GappedRate().Match(after).Groups["goods"].Length == 0;
            var gappedGoods = gapped && subjectTargetRead && !gappedSubject;
            // "Japan's tariff rate was cut to 15% by Washington": beside the agent of a passive, an owner's tariff is the one it pays.
            var owner = EconomyPossessiveTariff().IsMatch(after) && !economies.Exists(o => o.Value != e.Value && o.Span.Start > e.Span.Start
                && AgentBefore().IsMatch(text.AsSpan(clause.Start, o.Span.Start - clause.Start).ToString()));
            // "Cambodia talked Washington down to 19%": the economy bargained down charges the rate, the one bargaining pays it.
            var bargainedDown = BargainedBefore().IsMatch(before) && DownAfter().IsMatch(after);
            if (ImposerBefore().IsMatch(before) || owner || bargainedDown || (InBefore().IsMatch(before) && MarketAfter().IsMatch(after))
                || (!onTarget && (EconomyBeforeTariff().IsMatch(after) || ImposerVerbAfter().IsMatch(after) || (ChangerVerbAfter().IsMatch(farAfter) && !CoordinatedBefore().IsMatch(before))))
                || gappedSubject || RetaliatedWith().Match(text, e.Span.End, clause.End - e.Span.End).Success)
            {
                var retaliation = RetaliatedWith().Match(text, e.Span.End, clause.End - e.Span.End);
                imposers.Add((e.Value, anchorRate < 0 ? -1
                    // "Beijing hit back at Washington's 20% levy with duties of 15%": the rate of its answer, after "with".
                    : retaliation.Success ? BoundRate(clauseRates, retaliation.Index + retaliation.Length - clause.Start, onTarget: false)
                    : ImposerBefore().IsMatch(before) ? BoundRate(clauseRates, at, onTarget: true)
                    : owner || gappedSubject ? BoundRate(clauseRates, at, onTarget: false)
                    : NearestRate(clauseRates, at)));
                intoImposer |= IntoBefore().IsMatch(before);
            }
            else if (onTarget || TargetAfter().IsMatch(after) || GoodsSubjectAfter().IsMatch(farAfter) || gappedGoods || BargainerAfter().IsMatch(farAfter)
                || EconomyPossessiveTariff().IsMatch(after)
                || (lastTarget is { } t && Coordinated().IsMatch(text.AsSpan(t.Span.End, Math.Max(0, e.Span.Start - t.Span.End)))))
            {
                // "on imports from Mexico and Canada": every economy of a coordination after a target is a target too.
                var subjectTarget = !onTarget && (TargetAfter().IsMatch(after) || GoodsSubjectAfter().IsMatch(farAfter) || gappedGoods
                    || BargainerAfter().IsMatch(farAfter) || EconomyPossessiveTariff().IsMatch(after));
                subjectTargetRead |= subjectTarget;
                var coordinatedOnly = !onTarget && !subjectTarget;
                lastTarget = e;
                lastBound = anchorRate < 0 ? -1 : coordinatedOnly ? lastBound
                    : onTarget && OnObjectOfBareNoun(text.AsSpan(clause.Start, at).ToString(), clauseRates) ? BoundRate(clauseRates, at, onTarget: false)
                    : BoundRate(clauseRates, at, onTarget);
                if (lastBound >= 0 && lastBound != anchorRate)
                {
                    otherRateTargets.Add((e.Value, lastBound));
                    continue;
                }

                target ??= e.Value;
                if (!targets.Contains(e.Value))
                {
                    targets.Add(e.Value);
                }

                continue;
            }
            else if (ComparedBefore().IsMatch(before))
            {
                // "the same rate as Japan", "higher than Mexico's": the economy a rate is compared with is no party to it.
                compared.Add(e.Value);
            }
            else
            {
                others.Add(e.Value);
            }

            lastTarget = null;
        }

        // The imposer of this rate: the one read with it, else the last one read with a rate before it (a subject that
        // goes on: "Canada put 25% on steel and 10% on aluminium"); not one read with a later rate.
        // "China, which faces a 30% US tariff, said it would cut its own duties on American goods to 10%": a rate of "its"
        // tariff that no economy of the clause was read with is the tariff of the subject "its" stands for.
        imposer = anchorRate < 0 ? imposers.Select(i => i.Economy).FirstOrDefault()
            : imposers.Where(i => i.Rate == anchorRate).Select(i => i.Economy).FirstOrDefault();
        if (imposer is null && OwnTariffBefore().IsMatch(text.AsSpan(clause.Start, Math.Max(0, anchor)).ToString())
            && SubjectOfPronoun(ctx, sentence, clause.Start + anchor) is { } antecedent && !targets.Contains(antecedent))
        {
            imposer = antecedent;
            others.Remove(antecedent);
        }

        imposer ??= anchorRate < 0 ? null : imposers.LastOrDefault(i => i.Rate < anchorRate).Economy;

        if (targets.Count > 1 && !others.Exists(targets.Contains))
        {
            imposer ??= others.FirstOrDefault() ?? SubjectEconomy(ctx, sentence, clause, frame: frame);
            if (imposer is not null && !targets.Contains(imposer))
            {
                foreach (var each in targets)
                {
                    yield return (imposer, each, false);
                }

                yield break;
            }
        }

        var clauseText = ctx.Slice(clause);
        if (imposer is null)
        {
            // "Trump's tariffs": the economy of the person whose tariffs they are.
            foreach (var m in ctx.PeopleIn(clause))
            {
                if (m.Kind == MentionKind.Person && !economies.Exists(e => e.Span.End <= m.Span.Start && others.Contains(e.Value)) && PossessiveTariff().IsMatch(text.AsSpan(m.Span.End, Math.Min(40, clause.End - m.Span.End)))
                    && ctx.EconomyOfPerson(m.Value) is { } economy)
                {
                    imposer = economy;
                    if (target is null && others.FirstOrDefault(o => o != economy) is { } remaining)
                    {
                        target = remaining;
                    }

                    break;
                }
            }
        }

        imposer ??= others.FirstOrDefault(o => o != target);
        // "Trump's tariffs", "Bessent said": a person's economy; "we" inside a quotation: the speaker's.
        imposer ??= SubjectEconomy(ctx, sentence, clause, target, frame);

        if (imposer is null && FirstPerson().IsMatch(clauseText))
        {
            imposer = ctx.Quotes.Where(q => q.Span.Start <= clause.Start + 1 && q.Span.End >= clause.Start).Select(q => q.Economy).FirstOrDefault();
        }

        if (target is null && EveryEconomy().IsMatch(clauseText))
        {
            target = "*";
        }

        // "a 50% tariff on steel imports", "duties on all imported cars": goods named by class with no origin are the goods of
        // every economy, when the clause names no economy but the one that imposes.
        if (target is null && imposer is not null && others.TrueForAll(o => o == imposer) && (GoodsOfEveryOrigin().IsMatch(clauseText) || ImportsThatPay().IsMatch(clauseText)))
        {
            target = "*";
        }

        if (target is null && imposer is null && BothWays().IsMatch(ctx.Slice(sentence)) && ctx.MainEconomies.Count >= 2)
        {
            yield return (ctx.MainEconomies[0], ctx.MainEconomies[1], true);
            yield return (ctx.MainEconomies[1], ctx.MainEconomies[0], true);
            yield break;
        }

        if (target is null && BothWays().IsMatch(ctx.Slice(sentence)) && imposer is not null && ctx.Counterpart(imposer) is { } other)
        {
            yield return (imposer, other, true);
            yield return (other, imposer, true);
            yield break;
        }

        // "vehicles imported into the U.S.", no origin named: the goods of every economy.
        if (target is null && intoImposer && others.TrueForAll(o => o == imposer))
        {
            target = "*";
        }

        // A sentence that names no economy goes on about the one before it ("The EU extended its duties on bicycles
        // from China. The combined duties range from ..."): that sentence's parties, read by the same rules.
        var index = ctx.Sentences.IndexOf(sentence);
        if (imposer is null && target is null && others.Count == 0 && !ctx.EconomiesIn(sentence).Any() && index > 0
            && ctx.EconomiesIn(ctx.Sentences[index - 1]).Any() && TariffWord().IsMatch(ctx.Slice(ctx.Sentences[index - 1])))
        {
            // Only a sentence about tariffs whose own words give the parties: a guess there is no reading here.
            var before = ctx.Sentences[index - 1];
            var read = Parties(ctx, before, before, 0, [], []).ToList();
            if (read.Count > 0 && read.TrueForAll(p => !p.Inferred))
            {
                foreach (var pair in read)
                {
                    yield return pair;
                }

                yield break;
            }
        }

        // A clause that names no economy at all ("The 25% automobile tariffs are due to take effect on Thursday")
        // goes on about the parties of the document's last tariff statement, not its most-named economies.
        if (imposer is null && target is null && others.Count == 0
            && claims.LastOrDefault(c => c.Facts is TariffFacts { Imposer: not null, Target: not null } && c.Span.End <= clause.Start) is { Facts: TariffFacts last })
        {
            yield return (last.Imposer!, last.Target!, true);
            yield break;
        }

        // "the 25% levy on imported vehicles", after a sentence about the economy that charges it: goods of every
        // origin, and the one economy named, or whose people are named, near the clause.
        if (imposer is null && target is null && others.Count == 0 && (GoodsOfEveryOrigin().IsMatch(clauseText) || ImportsThatPay().IsMatch(clauseText) || NamesGoodsClass(clauseText))
            && NearCounterpart(ctx, sentence, null, imposing: true) is { } charging)
        {
            yield return (charging, "*", true);
            yield break;
        }

        if (imposer is null && target is null && others.Count == 0)
        {
            // Not one party read: the document's most-named economies are no reading of this clause.
            ctx.Gaps.Add(new ExtractionGap("tariff-parties", clause.Start, "A tariff rate whose clause names no economy, after no statement it goes on about, was left out."));
            yield break;
        }

        if (imposer is not null && !imposers.Exists(i => i.Economy == imposer) && (otherRateTargets.Exists(o => o.Economy == imposer) || compared.Contains(imposer)))
        {
            // "Mexico faces 25% and China 30%", "a 15% rate, the same as Japan": an economy the clause names as paying another
            // rate, or as what a rate is compared with, imposes this one only when the syntax says it does.
            imposer = null;
        }

        // Parties the clause does not give are the document's main economies: a guess, said so on the claim.
        var guessed = imposer is null || (target ?? others.FirstOrDefault(o => o != imposer)) is null;
        target ??= others.FirstOrDefault(o => o != imposer) ?? NearCounterpart(ctx, sentence, imposer);
        var imposerGuessed = imposer is null;
        if (imposer is null && target is not null)
        {
            // "Brazil faces a similar 50% rate", just after a tariff statement: the economy that imposed that one
            var from = ctx.Sentences[Math.Max(0, index - 2)].Start;
            imposer = claims.LastOrDefault(c => c.Facts is TariffFacts { Imposer: not null } f && f.Imposer != target && f.Target != "*" && c.Span.Start >= from && c.Span.End <= clause.Start)?.Facts is TariffFacts { Imposer: var previous } ? previous : null;
        }

        imposer ??= NearCounterpart(ctx, sentence, target, imposing: true);
        if (target is null && imposer is not null && others.TrueForAll(o => o == imposer) && NamesGoodsClass(clauseText))
        {
            // "Washington threatened a 200% tariff on pharmaceuticals", no other economy near: a class of goods with no
            // origin named is the goods of every origin.
            target = "*";
        }

        if (imposerGuessed && imposer is not null && (targets.Contains(imposer) || compared.Contains(imposer) || SentenceTargets(ctx, sentence, clause).Contains(imposer)
            || otherRateTargets.Exists(o => o.Economy == imposer && Compared(text, clause.Start + clauseRates[Math.Min(o.Rate, anchorRate)], clause.Start + clauseRates[Math.Max(o.Rate, anchorRate)]))))
        {
            // "a 19% tariff on Philippine goods was lower than the 20% imposed on Vietnam": an economy the sentence
            // names as the target of a rate compared with this one is no guess for the imposer of this one. Rates
            // coordinated in one clause ("Chinese exports face 30% and US goods 10%") may be an exchange between the two.
            ctx.Gaps.Add(new ExtractionGap("tariff-parties", clause.Start, "A tariff rate whose imposing economy the sentence does not give, beside another economy's rate, was left out."));
            yield break;
        }

        if (imposer is null || target is null || imposer == target)
        {
            ctx.Gaps.Add(new ExtractionGap("tariff-parties", clause.Start, "A tariff rate whose imposing or targeted economy the text does not give was left out."));
            yield break;
        }

        yield return (imposer, target, guessed);
    }

    [GeneratedRegex(@"\b(?:into|entering|entry[ \t]+into)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IntoBefore();

    /// <summary>The words before a rate of one's own tariff: "kept its ", "cut its own duties on American goods to ", "their levies of ".</summary>
    [GeneratedRegex(@"\b(?:its|their)[ \t]+(?:own[ \t]+)?(?:(?:[\w-]+[ \t]+){0,3}?(?:tariffs?|duties|duty|levies|levy|rates?|surcharges?)\b[^,;%]{0,60})?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnTariffBefore();

    /// <summary>A preposition or an article of a noun phrase before an economy: what it heads is no subject.</summary>
    [GeneratedRegex(@"\b(?:on|from|to|into|in|by|against|with|for|of|at|than|over|under|between|toward|towards)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBefore();

    /// <summary>
    /// The economy "its" or "their" at <paramref name="position"/> stands for: the nearest before it in the sentence that is a
    /// subject, not the object of a preposition, an owner ("China's") or a modifier of goods or a tariff ("a US tariff").
    /// </summary>
    private static string? SubjectOfPronoun(DocumentContext ctx, ClaimSpan sentence, int position)
    {
        string? found = null;
        foreach (var e in ctx.EconomiesIn(new ClaimSpan(sentence.Start, Math.Max(sentence.Start, position))))
        {
            var before = ctx.Text.AsSpan(sentence.Start, e.Span.Start - sentence.Start).ToString();
            var after = ctx.Text.AsSpan(e.Span.End, Math.Min(60, sentence.End - e.Span.End)).ToString();
            if (PrepositionBefore().IsMatch(before) || after.StartsWith('\'') || after.StartsWith('’') || after.StartsWith('-')
                || EconomyBeforeTariff().IsMatch(after) || GoodsAfterOrigin().IsMatch(after) || GoodsSubjectAfter().IsMatch(after))
            {
                continue;
            }

            found = e.Value;
        }

        return found;
    }

    /// <summary>
    /// Whether "on" before a target completes a tariff noun that no earlier rate modifies ("cut its duties on X to 10%", after "a 30%
    /// tariff" said before): its rate is the one after the target, not the one before.
    /// </summary>
    private static bool OnObjectOfBareNoun(string before, List<int> rates)
    {
        var noun = TariffWord().Matches(before).LastOrDefault();
        var previous = rates.FindLastIndex(r => r < before.Length);
        if (noun is null || previous < 0 || rates.FindIndex(r => r > before.Length) < 0 || rates[previous] > noun.Index)
        {
            return false;
        }

        var rate = Rate().Match(before, rates[previous]);
        var between = before.AsSpan(rate.Index + rate.Length, Math.Max(0, noun.Index - rate.Index - rate.Length));
        return CountWords(between) > 5 || NotModifier().IsMatch(between);
    }

    /// <summary>
    /// An economy's answer in kind, up to the "with" that names it: "(Beijing) hit back at Washington's levy with", "(Ottawa) responded
    /// with", "(Lima) said it would match ... with".
    /// </summary>
    [GeneratedRegex(@"\G[ \t]+(?:(?:said|says|warned|announced)[ \t]+(?:that[ \t]+)?(?:it|they)[ \t]+)?(?:(?:has|had|have|will|would|also|then|quickly|swiftly)[ \t]+){0,2}(?:hit|hits|struck|strikes|fought|fights)[ \t]+back[ \t]+(?:[^,;]{0,80}?[ \t])?with\b|\G[ \t]+(?:(?:said|says|warned|announced)[ \t]+(?:that[ \t]+)?(?:it|they)[ \t]+)?(?:(?:has|had|have|will|would|also|then|quickly|swiftly)[ \t]+){0,2}(?:retaliated|retaliates|retaliate|responded|responds|respond|answered|answers|countered|counters|replied|replies|matched|matches|match)[ \t]+(?:[^,;]{0,80}?[ \t])?with\b", RegexOptions.CultureInvariant)]
    private static partial Regex RetaliatedWith();

    /// <summary>The agent of a passive: "(was cut to 15%) by (the) Washington", not a change "by 10%".</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|been|be)[ \t]+(?:[\w%.,-]+[ \t]+){1,8}?by[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AgentBefore();

    /// <summary>The object of a verb of bargaining whose rate is brought down: "talked (the) Washington", "negotiated the US".</summary>
    [GeneratedRegex(@"\b(?:talked|talks|talking|bargained|bargains|negotiated|negotiates|haggled|pushed|pressed|beat|got)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BargainedBefore();

    [GeneratedRegex(@"^[ \t]+down\b", RegexOptions.CultureInvariant)]
    private static partial Regex DownAfter();

    /// <summary>The subject of a verb of bargaining another economy's rate down: "(Cambodia) talked Washington down", "(Vietnam) has negotiated the US down".</summary>
    [GeneratedRegex(@"^[ \t]+(?:(?:has|had|have|also|successfully|finally|eventually|then)[ \t]+){0,2}(?:talked|bargained|negotiated|haggled|pushed|pressed|beat|got)[ \t]+(?:the[ \t]+)?(?:[\p{Lu}][\w.’'-]*[ \t]+){1,3}down\b", RegexOptions.CultureInvariant)]
    private static partial Regex BargainerAfter();

    [GeneratedRegex(@"\bfor[ \t]+(?:(?:all|most|the)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ForBefore();

    /// <summary>Goods just after an economy's name: "(European) cars", "(Chinese) steel imports", "(Swiss)-made watches".</summary>
    [GeneratedRegex(@"^(?:-made|-origin)?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?:goods|imports|products|exports|shipments|cars?|autos?|vehicles|trucks|steel|aluminium|aluminum|copper|lumber|chips|semiconductors|pharmaceuticals|drugs|medicines|beef|watches)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex GoodsAfterOrigin();

    /// <summary>The object of "on", up to three lower-case words: "on pharmaceuticals", "on imported medicines".</summary>
    [GeneratedRegex(@"\bon[ \t]+(?<obj>(?:[a-z][\w-]*[ \t]*){1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex OnLowerObject();

    /// <summary>Whether the clause puts a tariff on a class of goods of <see cref="GoodsClass"/> ("on pharmaceuticals", "on copper").</summary>
    private static bool NamesGoodsClass(string clause) => OnLowerObject().Matches(clause).Any(m => GoodsClass().IsMatch(m.Groups["obj"].Value));

    // "unsellable in the US market": the economy whose market goods are sold in charges the duty on them.
    [GeneratedRegex(@"\bin[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InBefore();

    [GeneratedRegex(@"^[ \t]+markets?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MarketAfter();

    /// <summary>A party's own tariffs named after the rate read ("... the EU will drop its duties on"): what follows is their object.</summary>
    [GeneratedRegex(@"\b(?:its|their|his|her|our)[ \t]+(?:own[ \t]+)?(?:[a-z][\w-]*[ \t]+)?(?:tariffs?|duties|duty|levies|levy)[ \t]+on[ \t]", RegexOptions.CultureInvariant)]
    private static partial Regex OwnTariffs();

    /// <summary>Whether the words from a rate to an economy name another party's own tariffs, whose object the economy is.</summary>
    private static bool OwnTariffsBetween(string between)
    {
        var own = Rate().Match(between) is { Success: true, Index: 0 } rate ? between[rate.Length..] : between;
        return OwnTariffs().IsMatch(own) && !Rate().IsMatch(own);
    }

    /// <summary>
    /// Goods named by their class and as imports, with no origin: "on steel imports", "on imported cars", "on all cars and
    /// trucks", "on foreign steel", "on chips made abroad"; or as the subject that pays (<see cref="ImportsThatPay"/>). An origin after them ("imports from Mexico") was read as the target before this is asked.
    /// </summary>
    [GeneratedRegex(@"\bon[ \t]+(?:(?:all|most|any)[ \t]+)?(?:(?:imported|foreign)[ \t]+[a-z][\w-]*|(?:[a-z][\w-]*[ \t]+){1,3}imports\b)|\bon[ \t]+all[ \t]+(?!(?:goods|imports|products|exports|countries|nations|trading)\b)[a-z][\w-]*s\b|\bon[ \t]+(?:foreign-made|overseas)[ \t]+[a-z]|\bon[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}(?:(?:made|produced|manufactured|built)[ \t]+)?(?:abroad|overseas|outside[ \t]+the[ \t]+country)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoodsOfEveryOrigin();

    /// <summary>Imports with no origin as the subject that pays: "Copper imports will face", "Imports of lumber pay", "Steel shipments are hit".</summary>
    [GeneratedRegex(@"^[ \t]*(?:[A-Za-z][\w-]*[ \t]+){0,4}(?:[Ii]mports|[Ss]hipments)(?:[ \t]+of[ \t]+[a-z][\w-]*)?(?:[ \t]+(?:will|would|could|may|must|now|also|still|already))*[ \t]+(?:face|faces|pay|pays|(?:be|are|were)[ \t]+(?:hit|subject|charged))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ImportsThatPay();

    /// <summary>
    /// The other party of a rate whose clause gives only one: the one economy other than <paramref name="not"/> that the
    /// sentence or the two before it name. A report about several economies ("Mexico and Canada") gives no guess, nor
    /// does one whose other economy was last named paragraphs earlier: the document's most-named economy is no reading.
    /// With no economy named there, the economy of the people named there. The one <paramref name="imposing"/> a rate
    /// is one whose goods the sentence does not say pay or face one, unless there is no other.
    /// </summary>
    private static string? NearCounterpart(DocumentContext ctx, ClaimSpan sentence, string? not, bool imposing = false)
    {
        var index = ctx.Sentences.IndexOf(sentence);
        var near = new List<string>();
        var paying = new List<string>();
        for (var i = Math.Max(0, index - 2); i <= index; i++)
        {
            var start = ctx.Sentences[i].Start;
            var end = ctx.Sentences[i].End;
            foreach (var e in ctx.EconomiesIn(ctx.Sentences[i]))
            {
                // "for its purchases of Russian oil": the origin of goods bought is no party to a tariff
                if (e.Value != not && !near.Contains(e.Value) && !paying.Contains(e.Value) && !GoodsBoughtBefore().IsMatch(ctx.Text.AsSpan(start, e.Span.Start - start).ToString()))
                {
                    // "while New Zealand was hit with 15%": an economy whose goods pay is the target of its own rate,
                    // and charges this one only when no other is near ("Chinese exports facing 30% and US goods 10%")
                    // and so is one a rate is compared with ("the same rate as Japan", "higher than the 25% Mexico pays").
                    var after = ctx.Text.AsSpan(e.Span.End, Math.Min(70, end - e.Span.End)).ToString();
                    (imposing && (GoodsSubjectAfter().IsMatch(after) || TargetAfter().IsMatch(after[..Math.Min(40, after.Length)])
                        || ComparedBefore().IsMatch(ctx.Text.AsSpan(start, e.Span.Start - start).ToString())) ? paying : near).Add(e.Value);
                }
            }
        }

        if (near.Count == 0)
        {
            near = paying;
        }

        if (near.Count == 0)
        {
            // No economy named near, but its people are ("Trump's trade policy"): the economy they belong to.
            for (var i = Math.Max(0, index - 2); i <= index; i++)
            {
                foreach (var person in ctx.PeopleIn(ctx.Sentences[i]).Where(p => p.Kind == MentionKind.Person))
                {
                    if (ctx.EconomyOfPerson(person.Value) is { } economy && economy != not && !near.Contains(economy))
                    {
                        near.Add(economy);
                    }
                }
            }
        }

        return near is [var only] ? only : null;
    }

    /// <summary>
    /// The rate of a clause a target mention belongs to: goods named before their verb ("US goods hit with ...") take
    /// the first rate after them; "on X" completes the tariff phrase before it ("a 30% tariff on X"), or, with none
    /// before, the one after ("duties on X rose to 30%").
    /// </summary>
    private static int BoundRate(List<int> rates, int mention, bool onTarget)
    {
        var before = rates.FindLastIndex(r => r < mention);
        var after = rates.FindIndex(r => r > mention);
        return onTarget ? (before >= 0 ? before : after) : (after >= 0 ? after : before);
    }

    /// <summary>The rate of a clause nearest a mention, either side.</summary>
    private static int NearestRate(List<int> rates, int mention)
    {
        var best = -1;
        for (var i = 0; i < rates.Count; i++)
        {
            if (best < 0 || Math.Abs(rates[i] - mention) < Math.Abs(rates[best] - mention))
            {
                best = i;
            }
        }

        return best;
    }

    [GeneratedRegex(@"(?:,[ \t]*|[ \t]+)and[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GappingAnd();

    // "Washington a 20% duty", "Australian barley a 12% duty", "(and) China 30%": a rate, with or without its noun, right after the economy, no verb.
    [GeneratedRegex(@"^(?<goods>(?:[ \t]+(?!(?:a|an)\b)[a-z][\w-]*){1,2}?)?[ \t]+(?:(?:a|an)[ \t]+(?:[a-z][\w-]*[ \t]+)?)?\d{1,3}(?:\.\d+)?[ \t]*(?:%|percent\b|per[ \t]cent\b)", RegexOptions.CultureInvariant)]
    private static partial Regex GappedRate();

    [GeneratedRegex(@"\b(?:than|compared|comparison|versus|vs\.?|against|unlike|above|below|similar[ \t]+to|same[ \t]+as|in[ \t]+line[ \t]+with|matching|like)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonWord();

    /// <summary>
    /// A word of comparison just before an economy: "(higher) than", "the same rate as", "as high as", "compared with", "like",
    /// "unlike"; "as" alone opens a clause ("as Washington weighs ...") and compares nothing. An economy excepted ("except for
    /// Britain", "excluding Mexico") is set apart from the rate as one compared is.
    /// </summary>
    [GeneratedRegex(@"\b(?:than|same(?:[ \t]+[\w-]+){0,2}[ \t]+as|as[ \t]+(?:high|low|much|little|steep|large|big)[ \t]+as|compared[ \t]+(?:with|to)|versus|vs\.?|unlike|like|similar[ \t]+to|in[ \t]+line[ \t]+with|matching|except(?:[ \t]+for)?|excluding|exempting|apart[ \t]+from|other[ \t]+than|with[ \t]+the[ \t]+exception[ \t]+of)[ \t]+(?:(?:that|those)[ \t]+(?:of|on|for)[ \t]+|the[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ComparedBefore();

    /// <summary>Whether the words between two rates compare them ("30% ..., compared with 15% ...") rather than list them.</summary>
    private static bool Compared(string text, int first, int second) => ComparisonWord().IsMatch(text.AsSpan(first, second - first).ToString());

    /// <summary>The economies a sentence names as the goods' side of a tariff ("on Vietnam", "imports from Mexico") outside the clause read.</summary>
    private static HashSet<string> SentenceTargets(DocumentContext ctx, ClaimSpan sentence, ClaimSpan clause)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in ctx.EconomiesIn(sentence))
        {
            if (e.Span.Start >= clause.Start && e.Span.End <= clause.End)
            {
                continue; // within the clause, each target is bound to its own rate
            }

            // "on Vietnam", or "Mexico pays", "Japan faces": the goods' side before or after.
            if (TargetBefore().IsMatch(ctx.Text.AsSpan(sentence.Start, e.Span.Start - sentence.Start).ToString())
                || TargetAfter().IsMatch(ctx.Text.AsSpan(e.Span.End, Math.Min(40, sentence.End - e.Span.End)).ToString()))
            {
                found.Add(e.Value);
            }
        }

        return found;
    }

    [GeneratedRegex(@"\b(?:said|says|say|told|tells|warned|warns|added|adds|noted|notes|argued|argues|insisted|insists|claimed|claims|stated|wrote|writes|complained|complains|according[ \t]+to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"^[ \t]+(?:a|an|another|its|their|new|further|extra|more)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AddedObject();

    [GeneratedRegex(@"^[ \t]*(?:(?:on|last|this)[ \t]+\w+[ \t]+)?(?:that[ \t]+)?(?:it|they|he|she|we|its|their|his|her|our)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PronounSubjectAfter();

    // "Washington's 50% tariff", "China's new duties": the owner of a tariff imposes it; only a rate and modifiers
    // may stand between ("China's exports face a tariff" names the goods, not the owner).
    [GeneratedRegex(@"^(?:'s|’s)[ \t]+(?:(?:\d+(?:\.\d+)?[ \t]*(?:%|percent|per[ \t]cent)|[“”""‘’']?(?!(?:goods|exports|imports|products|companies|firms|economy|government|officials|face|faces|pay|pays|will|would|to|from|on|and|is|are|was|were)\b)[a-z][\w-]*[“”""‘’']?)[ \t]+){0,4}(?:tariffs?|duties|duty|levies|levy)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EconomyPossessiveTariff();

    /// <summary>
    /// The words that report a clause rather than state it: "Chinese officials said (that) ..." before it, or
    /// "..., a Canadian spokesman said" after it; null when there are none, or when the reported clause goes on
    /// about its reporter ("China said it would impose ...", where the reporter is the clause's subject).
    /// </summary>
    private static ClaimSpan? ReportingFrame(DocumentContext ctx, ClaimSpan clause)
    {
        var text = ctx.Slice(clause);
        foreach (Match verb in ReportingVerb().Matches(text))
        {
            var head = text[..verb.Index];
            var tail = text[(verb.Index + verb.Length)..];
            if (verb.Value is "added" or "adds" && AddedObject().IsMatch(tail))
            {
                continue; // "Trump added a 25% penalty": a verb of adding with an object, not of saying
            }

            var lastComma = head.LastIndexOf(',');
            if (lastComma >= 0 && !TariffWord().IsMatch(head[(lastComma + 1)..]) && !Rate().IsMatch(head[(lastComma + 1)..])
                && CountWords(head.AsSpan(lastComma + 1)) <= 10 && CountWords(tail) <= 8 && !TariffWord().IsMatch(tail) && !Rate().IsMatch(tail))
            {
                // "..., a Canadian official said (on Monday)."
                return new ClaimSpan(clause.Start + lastComma, clause.End);
            }

            if (lastComma < 0 && !TariffWord().IsMatch(head) && !Rate().IsMatch(head) && CountWords(head) <= 10
                && TariffWord().IsMatch(tail) && !PronounSubjectAfter().IsMatch(tail))
            {
                // "A Chinese spokesman said Washington's tariff ...".
                return new ClaimSpan(clause.Start, clause.Start + verb.Index + verb.Length);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:,?[ \t]+(?:and|or|as[ \t]+well[ \t]+as)[ \t]+|,[ \t]*)(?:from[ \t]+|on[ \t]+)?(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Coordinated();

    /// <summary>The economy of the person who is the subject of the sentence before the clause ends ("Trump had directed ..."; "He also ordered ...").</summary>
    private static string? SubjectEconomy(DocumentContext ctx, ClaimSpan sentence, ClaimSpan clause, string? except = null, ClaimSpan? frame = null)
    {
        foreach (var m in ctx.PeopleIn(new ClaimSpan(sentence.Start, clause.End)))
        {
            if (frame is { } f && m.Span.Start >= f.Start && m.Span.End <= f.End)
            {
                continue;
            }

            var name = m.Kind == MentionKind.Pronoun ? ctx.ResolvePronoun(m.Span.Start) : m.Value;
            if (name is not null && ctx.EconomyOfPerson(name) is { } economy && economy != except)
            {
                return economy;
            }
        }

        return null;
    }

    internal static decimal? Number(string s) =>
        decimal.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A count in digits or in words up to twelve ("three" is 3); null for anything else.</summary>
    internal static int? Count(string word) => word.ToLowerInvariant() switch
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
        var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    internal static int CountWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
