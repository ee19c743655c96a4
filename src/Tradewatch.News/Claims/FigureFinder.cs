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
    [GeneratedRegex(@"(?<approx>\b(?:approximately|about|around|nearly|almost|some|roughly|more[ \t]+than|over|up[ \t]+to|close[ \t]+to|at[ \t]+least)[ \t]+)?(?<cur>US\$|C\$|CA\$|CAD[ \t]?|A\$|AU\$|NZ\$|HK\$|S\$|MX\$|R\$|USD[ \t]?|EUR[ \t]?|GBP[ \t]?|\$|€|£|¥|₹|₩)?(?:(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\b(?<wnum>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?=[ \t]+(?:per[ \t]?cent|percent|percentage|billion|million|trillion)\b))[ \t]*(?<scale>billion|million|trillion|bn\b|tn\b|m\b)?[ \t]*(?<after>(?:Canadian|Australian|Hong[ \t]+Kong|Singapore|New[ \t]+Zealand|Mexican|US|U\.S\.)[ \t]+dollars?\b|Mexican[ \t]+pesos\b|pesos\b|euros?\b|dollars?\b|pounds[ \t]+sterling\b|pounds\b|yuan\b|renminbi\b|yen\b|won\b|rupees\b)?[ \t]*(?<unit>%|percent\b|per[ \t]cent\b|percentage[ \t]points?\b|metric[ \t]+tonnes\b|metric[ \t]+tons\b|tonnes\b|tons\b|days\b|cars\b|vehicles\b|officers\b|arrests\b|jobs\b|barrels\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b(?<verb>fell|fall|falls|falling|rose|rise|rises|rising|declined|decline|declines|dropped|drop|drops|plummeted|plunged|slumped|jumped|jumps|grew|grow|growing|increased|increase|decreased|decrease|slowed|surged|climbed|shrank|contracted|expanded|lowered|cut|raised|come[ \t]+down|came[ \t]+down|go[ \t]+down|reduced|risen|fallen|gained|soared|tumbled|slid|sank|up|down|widened|narrowed|widening|narrowing|eased|totalled|totaled|totalling|totaling|totals|reached|reaching|topped|exceeded|surpassed|stood[ \t]+at|stands[ \t]+at|amounted[ \t]+to|amounting[ \t]+to|came[ \t]+in[ \t]+at|valued[ \t]+at|worth|(?:was|were|is|are)(?:[ \t]+(?:worth|valued[ \t]+at|at))?)(?:[ \t]+(?:by|to))?[ \t]+(?:more[ \t]+than[ \t]+|about[ \t]+|around[ \t]+|nearly[ \t]+|almost[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VerbBefore();

    [GeneratedRegex(@"\b(?:fell|fall|falls|falling|declined|decline|declines|dropped|drop|drops|plummeted|plunged|slumped|decreased|decrease|shrank|contracted|down|lost|lowered|cut|come[ \t]+down|came[ \t]+down|reduced|decline|drop|fallen|tumbled|slid|sank|narrowed|narrowing|eased)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\b(?:year-on-year|year[ \t]+on[ \t]+year|from[ \t]+a[ \t]+year[ \t]+earlier|a[ \t]+year[ \t]+(?:earlier|ago)|compared[ \t]+(?:to|with)[ \t]+the[ \t]+(?:prior|previous)[ \t]+year|year[ \t]+over[ \t]+year|y/y|annual)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearOnYear();

    [GeneratedRegex(@"\b(?:month-on-month|month[ \t]+on[ \t]+month|from[ \t]+the[ \t]+previous[ \t]+month|m/m)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthOnMonth();

    [GeneratedRegex(@"\b(?<verb>mine|mines|mining|produce|produces|producing|control|controls|controlling|account[ \t]+for|accounts[ \t]+for|supply|supplies|refine|refines|refining)[ \t]+(?:approximately[ \t]+|about[ \t]+|around[ \t]+|nearly[ \t]+|almost[ \t]+|some[ \t]+|roughly[ \t]+|more[ \t]+than[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ShareVerb();

    [GeneratedRegex(@"^[ \t]*of[ \t]+(?:the[ \t]+)?(?:world's|world’s|global|worldwide)?[ \t]*(?<what>[\w -]{2,40}?)(?:[ \t]+(?:globally|worldwide))?(?=[,.;]|[ \t]+(?:that|which|and|in|from)\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ShareOf();

    [GeneratedRegex(@"\b(?<verb>cut|cuts|cutting|lowered|lowers|lower|lowering|reduced|reduces|reduce|reducing|raised|raises|raise|raising|increased|increases|increase|increasing|lifted|lift|lifts)[ \t]+(?:its[ \t]+|their[ \t]+|the[ \t]+)?(?<obj>[^,;:.“”""]{1,80}?)[ \t]+by[ \t]+(?:about[ \t]+|around[ \t]+|nearly[ \t]+|some[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PointChange();

    /// <summary>The whole a share is of: up to five words after "of", to the first word that starts another phrase.</summary>
    [GeneratedRegex(@"^[ \t]*of[ \t]+(?:(?:the|all|their|its|his|her|our)[ \t]+)?(?<what>(?:(?!(?:that|which|and|or|in|from|to|on|for|was|were|is|are|by|with|at|last|this|next|as|since|after|before)\b)[\p{L}\d’'\-]+[ \t]*){1,5})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();

    /// <summary>The words that link a phrase to its number ("is now", "averaging about", "estimated at"), to strip from its end.</summary>
    [GeneratedRegex(@"(?:\b(?:is|are|was|were|be|been|stands?|stood|now|currently|at|of|to|reached|hit|averag\w*|estimated|put|about|around|nearly|some|roughly|almost|an|a|the)\b[ \t]*)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LinkTail();

    [GeneratedRegex(@"[\w’'$.%-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Words that put a number beside the one before it as its earlier or other value: "up from", "compared with".</summary>
    [GeneratedRegex(@"\b(?:(?:up|down|rising|falling|increasing|decreasing)[ \t]+from|compared[ \t]+(?:with|to)|against|versus|vs\.?)[ \t]+(?:about[ \t]+|around[ \t]+|nearly[ \t]+|some[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Baseline();

    /// <summary>A verb of trade just before an amount: "the US imported $137 billion ...", "Canada sold 2 million tonnes".</summary>
    [GeneratedRegex(@"\b(?<verb>imported|imports|import|importing|exported|exports|export|exporting|shipped|ships|ship|shipping|sold|sells|sell|selling|bought|buys|buy|buying|purchased|purchases|purchasing)[ \t]+(?:(?:approximately|about|around|nearly|almost|some|roughly|more[ \t]+than|over|an[ \t]+estimated)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TradeVerb();

    /// <summary>
    /// What an amount is of, just after it: "$1.3 trillion of imports", "$137 billion worth of goods", "28 million
    /// tonnes of steel", "$55 billion in exports" (a lower-case noun, not a time), and the economy it comes from or goes to.
    /// </summary>
    [GeneratedRegex(@"^[ \t]*(?:(?:worth|in[ \t]+value)[ \t]+of|of|worth|in(?=[ \t]+(?!(?:the|a|an|its|their|his|her|this|that|last|next|first|second|third|fourth|early|late|mid|recent|fiscal|total|each|every|all|one|two|three)\b)\p{Ll}))[ \t]+(?:(?:the|all|its|their|his|her|our)[ \t]+)?(?<what>(?:(?!(?:that|which|and|or|in|from|to|into|on|for|was|were|is|are|by|with|at|last|this|next|as|since|after|before|a|per|each|over|during|than|through|under)\b)[\p{L}\d’'\-]+[ \t]*){1,4})(?<pp>(?:from|to|into|with)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}.’'\-]*[ \t]*){1,3})?", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectAfter();

    /// <summary>An economy an amount goes to or comes from, just after it: "to the United States", "from Vietnam".</summary>
    [GeneratedRegex(@"^[ \t]*(?<pp>(?:from|to|into|with)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}.’'\-]*[ \t]*){1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerAfter();

    /// <summary>The noun an amount is the size of, just before it: "a quota of", "a load factor of", "a tariff-free quota for".</summary>
    [GeneratedRegex(@"\b(?:a|an|the|its|their|his|her|our|this|that)[ \t]+(?<np>(?:[\p{L}’'\-]+[ \t]+){0,3}?[\p{L}\-]+)[ \t]+(?:of|for)[ \t]+(?:(?:approximately|about|around|nearly|almost|some|roughly|more[ \t]+than|over|up[ \t]+to|just|only)[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NounOf();

    /// <summary>A share written as a fraction: "about a quarter of US steel imports", "half of the aluminium".</summary>
    [GeneratedRegex(@"\b(?<approx>(?:about|roughly|nearly|almost|around|more[ \t]+than|over|some|less[ \t]+than)[ \t]+)?(?<f>a[ \t]+quarter|one[ \t]+quarter|a[ \t]+third|one[ \t]+third|two[ \t-]thirds|three[ \t-]quarters|half|a[ \t]+fifth|one[ \t]+fifth|a[ \t]+tenth|one[ \t]+tenth)(?=[ \t]+of\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Fraction();

    /// <summary>A year the sentence names as a period: "in 2024", "for 2025", "during 2023".</summary>
    [GeneratedRegex(@"\b(?:in|for|during|of|since|by|over)[ \t]+(?:fiscal[ \t]+)?(?<y>(?:19|20)\d{2})\b(?![-/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearNamed();

    /// <summary>The link to a second amount of the same measure: "rose 8% to $10.2 billion", "cut by 20 points to 30%".</summary>
    [GeneratedRegex(@"^[ \t]*(?:,[ \t]*)?(?:to|at|reaching|or)[ \t]+(?:about[ \t]+|around[ \t]+|nearly[ \t]+|some[ \t]+|almost[ \t]+|roughly[ \t]+|a[ \t]+record[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SecondAmount();

    [GeneratedRegex(@"\b(?:tariffs?|duties|duty|levies|levy)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TariffWord();

    [GeneratedRegex(@"\b(?:[Ss]hares|[Ss]tock)\b(?![ \t]+(?:price|market|exchange|index|of[ \t]+(?:goods|steel|cars)))", RegexOptions.CultureInvariant)]
    private static partial Regex Stock();

    public static void Find(DocumentContext ctx, List<ExtractedClaim> claims)
    {
        string? lastEconomy = null;
        string? lastPeriod = null;
        string? lastSubject = null;
        foreach (var sentence in ctx.Sentences)
        {
            var text = ctx.Slice(sentence);
            var dates = ctx.DatesIn(sentence);
            string? sentenceSubject = null;
            var previousEnd = -1;
            var period = Period(text, dates);
            foreach (Match m in Amount().Matches(text))
            {
                var unit = Unit(m);
                if (unit is null)
                {
                    continue;
                }

                var value = m.Groups["wnum"].Success ? WordNumber(m.Groups["wnum"].Value) : TariffFinder.Number(m.Groups["num"].Value);
                if (m.Groups["scale"].Success && unit == "t")
                {
                    // "26 million tonnes": the tonnes themselves, so every weight is in one unit.
                    value *= m.Groups["scale"].Value.ToLowerInvariant() switch { "billion" or "bn" => 1_000_000_000m, "trillion" or "tn" => 1_000_000_000_000m, _ => 1_000_000m };
                    value /= 1.000000000000000000000000000000000m; // 3200000, not 3200000.0

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
                var verb = VerbBefore().Match(before);
                var share = ShareVerb().Match(before);
                var trade = TradeVerb().Match(before);
                var counted = unit is not ("%" or "pp" or "days");
                var objectAfter = counted ? ObjectAfter().Match(after) : Match.Empty;
                if (sentenceSubject is not null && (Baseline().IsMatch(before)
                    || (previousEnd >= 0 && SecondAmount().IsMatch(text.AsSpan(previousEnd, m.Index - previousEnd)))))
                {
                    // "rose to 820 million euros, up from 360 million", "rose 8% to $10.2 billion": the same measure.
                    subject = sentenceSubject;
                }
                else if (trade.Success || objectAfter.Success)
                {
                    // "the US imported $137 billion worth of goods from Vietnam", "$1.3 trillion of imports": what the
                    // amount is of, whose it is (the subject of a trade verb) and the partner it goes to or comes from.
                    var owner = trade.Success ? SubjectBefore(before[..trade.Index]) : NounOf().Match(before) is { Success: true } measure ? measure.Groups["np"].Value : "";
                    var flow = !trade.Success ? ""
                        : trade.Groups["verb"].Value is ['i', ..] or ['b', ..] or ['p', ..] ? "imports" : "exports";
                    var what = objectAfter.Success ? objectAfter.Groups["what"].Value.Trim() : "";
                    var partner = Partner(objectAfter.Success ? objectAfter : PartnerAfter().Match(after));
                    var phrase = flow.Length > 0 && what.Length > 0 ? $"{owner} {flow} of {what} {partner}" : $"{owner} {flow}{what} {partner}";
                    subject = Canonical(ctx, phrase.Trim(), ref lastEconomy);
                }
                else if (share.Success && unit == "%" && ShareOf().Match(after) is { Success: true } of)
                {
                    var owner = Canonical(ctx, SubjectBefore(before[..share.Index]), ref lastEconomy);
                    subject = $"{owner} share of world {of.Groups["what"].Value.Trim()} {Gerund(share.Groups["verb"].Value)}".Trim();
                }
                else if (verb.Success)
                {
                    var head = SubjectBefore(before[..verb.Index]);
                    if (head.Length == 0 && before[..verb.Index].TrimEnd() is [.. var left, ','])
                    {
                        // "Japan's car exports, worth $40 billion a year": the phrase the apposition belongs to.
                        head = SubjectBefore(left);
                    }

                    if (head.Length == 0 && lastSubject is not null)
                    {
                        head = lastSubject;
                    }

                    subject = Canonical(ctx, head, ref lastEconomy);
                    if (verb.Groups["verb"].Value is "come down" or "came down" or "cut" or "reduced" or "lowered" && before.TrimEnd().EndsWith("by", StringComparison.Ordinal))
                    {
                        subject += " reduction";
                    }

                    if (Negative().IsMatch(verb.Groups["verb"].Value) && unit is "%" or "pp" && !before.TrimEnd().EndsWith("to", StringComparison.Ordinal) && !before.TrimEnd().EndsWith("by", StringComparison.Ordinal) || Negative().IsMatch(verb.Groups["verb"].Value) && before.TrimEnd().EndsWith("by", StringComparison.Ordinal) && !subject.EndsWith("reduction", StringComparison.Ordinal))
                    {
                        value = -value;
                    }
                }
                else if (unit == "pp" && PointChange().Match(before) is { Success: true } change)
                {
                    // "cut its tariffs on Chinese goods by 24 percentage points": the object of the verb, and which way it moved.
                    var what = Canonical(ctx, change.Groups["obj"].Value, ref lastEconomy);
                    subject = $"{what} {(change.Groups["verb"].Value is ['c', ..] or ['l', 'o', ..] or ['r', 'e', 'd', ..] ? "reduction" : "increase")}".Trim();
                }
                else if (reading is PercentKind.Share && ShareSubject(ctx, before, after, ref lastEconomy) is { } shareSubject)
                {
                    subject = shareSubject;
                }
                else if (NounOf().Match(before) is { Success: true } measure)
                {
                    // "a quota of 100,000 cars", "at a load factor of 94%": the noun the amount is the size of.
                    subject = Canonical(ctx, measure.Groups["np"].Value, ref lastEconomy);
                }
                else if (PercentReading.IsReckoned(reading))
                {
                    // "The average US tariff on Chinese goods is now 51.1%", "duties averaging 20%": the phrase the rate belongs to.
                    subject = Canonical(ctx, SubjectBefore(LinkTail().Replace(before, "")), ref lastEconomy);
                    var word = reading is PercentKind.Average ? "average" : "estimated";
                    if (!subject.Contains(word[..6], StringComparison.OrdinalIgnoreCase))
                    {
                        subject = $"{word} {subject}".Trim();
                    }
                }
                else
                {
                    subject = Canonical(ctx, Context(before, after), ref lastEconomy);
                }

                if (subject.Length == 0)
                {
                    continue;
                }

                var comparison = YearOnYear().IsMatch(text) ? "y/y" : MonthOnMonth().IsMatch(text) ? "m/m" : null;
                var figurePeriod = period ?? lastPeriod;
                if (figurePeriod is not null && after.TrimStart().StartsWith("a year earlier", StringComparison.Ordinal) && ClaimDate.TryParse(figurePeriod, out var pd) && pd.Year > 1)
                {
                    figurePeriod = new ClaimDate(pd.Year - 1, pd.Month).ToString();
                }

                sentenceSubject = subject;
                previousEnd = m.Index + m.Length;
                var facts = new FigureFacts(subject, value.Value, unit, figurePeriod, comparison) { Approximate = m.Groups["approx"].Success };
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

                var fraction = f.Groups["f"].Value.ToLowerInvariant().Replace('-', ' ').Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[^1] switch
                {
                    "quarter" => 25m,
                    "third" => 33.3m,
                    "thirds" => 66.7m,
                    "quarters" => 75m,
                    "half" => 50m,
                    "fifth" => 20m,
                    _ => 10m,
                };
                var facts = new FigureFacts(share, fraction, "%", period ?? lastPeriod, null) { Approximate = f.Groups["approx"].Success };
                claims.Add(new ExtractedClaim(facts, new ClaimSpan(sentence.Start + f.Index, sentence.Start + f.Index + f.Length)));
            }

            lastPeriod = period ?? lastPeriod;
        }
    }

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

        var owner = Canonical(ctx, SubjectBefore(LinkTail().Replace(before, "")), ref lastEconomy);
        var rest = after[(part.Index + part.Length)..];
        var partner = PartnerAfter().Match(rest) is { Success: true } pp ? " " + Partner(pp) : "";
        var whole = Canonical(ctx, part.Groups["what"].Value.Trim() + partner, ref lastEconomy);
        return $"{owner} share of {whole}".Trim();
    }

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

        var next = string.Join(' ', Word().Matches(after).Take(5).Select(w => w.Value));
        var previous = string.Join(' ', Word().Matches(before).TakeLast(8).Select(w => w.Value));
        return TariffWord().IsMatch(next) || (TariffWord().IsMatch(previous) && !VerbBefore().IsMatch(before));
    }

    private static string? Unit(Match m)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var scale = m.Groups["scale"].Value.ToLowerInvariant();
        if (m.Groups["cur"].Success || m.Groups["after"].Success)
        {
            // "$4 trillion", "€820m", "820 million euros": the currency before or after, the scale between.
            var currency = m.Groups["cur"].Success
                ? m.Groups["cur"].Value.Trim() switch
                {
                    "€" or "EUR" => "EUR",
                    "£" or "GBP" => "GBP",
                    "C$" or "CA$" or "CAD" => "CAD",
                    "A$" or "AU$" => "AUD",
                    "NZ$" => "NZD",
                    "HK$" => "HKD",
                    "S$" => "SGD",
                    "MX$" => "MXN",
                    "R$" => "BRL",
                    "¥" => "JPY",
                    "₹" => "INR",
                    "₩" => "KRW",
                    _ => "USD",
                }
                : string.Join(' ', m.Groups["after"].Value.ToLowerInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)) switch
                {
                    ['e', ..] => "EUR",
                    "canadian dollars" or "canadian dollar" => "CAD",
                    "australian dollars" or "australian dollar" => "AUD",
                    "hong kong dollars" or "hong kong dollar" => "HKD",
                    "singapore dollars" or "singapore dollar" => "SGD",
                    "new zealand dollars" or "new zealand dollar" => "NZD",
                    "mexican pesos" or "pesos" => "MXN",
                    ['d', ..] or ['u', ..] => "USD",
                    ['p', ..] => "GBP",
                    "yuan" or "renminbi" => "CNY",
                    "won" => "KRW",
                    "rupees" => "INR",
                    _ => "JPY",
                };
            return ScaledUnit(currency, scale);
        }

        return unit switch
        {
            // "55.5 million" or "57.9m" with no unit: a count in millions.
            "" => scale.Length > 0 ? ScaledUnit("", scale) : null,
            "%" or "percent" or "per cent" => "%",
            _ when unit.StartsWith("percentage", StringComparison.Ordinal) => "pp",
            _ when unit.Contains("ton", StringComparison.Ordinal) => "t",
            // "8 million vehicles": a count in millions, as "55.5 million passengers" is.
            _ when scale.Length > 0 => ScaledUnit("", scale),
            _ => unit,
        };
    }

    /// <summary>The partner phrase a match captured, without the full stop of a sentence that ends on it ("to Canada.").</summary>
    private static string Partner(Match m)
    {
        var pp = m.Groups["pp"].Value.Trim();
        return pp is [.., var last, '.'] && char.IsLower(last) ? pp[..^1] : pp;
    }

    private static decimal WordNumber(string word) => word switch
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
        "fifteen" => 15,
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

    /// <summary>The noun phrase just before a verb: back to a comma, a quotation mark or a clause word.</summary>
    private static string SubjectBefore(string before)
    {
        var cut = before.LastIndexOfAny([',', ';', ':', '“', '"', '(']);
        var phrase = cut >= 0 ? before[(cut + 1)..] : before;
        var words = Word().Matches(phrase).Select(w => w.Value).ToList();
        var start = words.FindLastIndex(w => w is "that" or "which" or "while" or "as" or "show" or "shows" or "said" or "says" or "and" or "but" or "where");
        return string.Join(' ', words.Skip(start + 1).TakeLast(8));
    }

    private static string Context(string before, string after)
    {
        var left = Word().Matches(before).Select(w => w.Value).TakeLast(8);
        var right = Word().Matches(after.Split([',', ';', '.'], 2)[0]).Select(w => w.Value).Take(5);
        return string.Join(' ', left.Concat(right));
    }

    /// <summary>
    /// Economies written one way ("Chinese", "China's" -> "China"); an owner borrowed when the phrase has none. The
    /// owner is the organisation the phrase names or stands for ("the carrier"), else its economy; a company's
    /// shares or stock are its share price.
    /// </summary>
    private static string Canonical(DocumentContext ctx, string phrase, ref string? lastEconomy)
    {
        phrase = Stock().Replace(phrase, "share price");
        var organisation = ctx.Organisations.Find(o => Regex.IsMatch(phrase, @"(?<![\p{L}\d])" + Regex.Escape(o) + @"(?![\p{L}\d])", RegexOptions.CultureInvariant))
            ?? (ctx.MainOrganisation is { } main && Organisations.StandsIn(phrase) ? main : null);
        if (organisation is not null)
        {
            lastEconomy = organisation;
            var kept = Word().Matches(phrase).Select(w => w.Value).Where(w => w is not ("the" or "The" or "its" or "Its")).ToList();
            return kept.Contains(organisation.Split(' ')[0]) ? string.Join(' ', kept) : $"{organisation} {string.Join(' ', kept)}".Trim();
        }

        var replaced = ctx.Gazetteer.EconomyPattern.Replace(phrase, m => DocumentContext.DisplayName(ctx.Gazetteer.EconomySurfaces[m.Value]));
        replaced = replaced.Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        var words = replaced.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("the" or "The" or "Its" or "its" or "their" or "Their" or "They" or "they" or "Recent" or "data" or "show"))
            .ToList();
        var first = ctx.Gazetteer.EconomyPattern.Match(phrase);
        if (first.Success)
        {
            lastEconomy = DocumentContext.DisplayName(ctx.Gazetteer.EconomySurfaces[first.Value]);
        }
        else if (lastEconomy is not null && words.Count > 0)
        {
            words.Insert(0, lastEconomy);
        }

        return string.Join(' ', words);
    }
}
