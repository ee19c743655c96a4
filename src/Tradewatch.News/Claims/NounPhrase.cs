using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// A small noun-phrase chunker for the words around a number, by word class rather than by the
/// sentences at hand: closed classes (determiners, auxiliaries, clause words, prepositions) are
/// listed whole; open-class verbs are told by their endings ("-ed", "-ing", "-ly") with a list of
/// the nouns that share those endings, and by a list of the common irregular verbs of reporting.
/// A capitalised word inside a sentence is a name and always part of a phrase.
/// </summary>
internal static partial class NounPhrase
{
    [GeneratedRegex(@"[\p{L}\d][\p{L}\d’'\-.&]*[\p{L}\d]|[\p{L}\d]|[,;:()“”""—–]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "all", "each", "every", "total",
    };

    /// <summary>Words that end a phrase walking back: clause words, auxiliaries, pronouns and the common irregular verbs.</summary>
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "while", "whereas", "which", "who", "whom", "whose", "that", "as", "because", "since", "when", "where", "if", "though",
        "although", "than", "then", "so", "also", "still", "just", "only", "even", "not", "now", "already", "again", "about", "around", "nearly",
        "roughly", "approximately", "almost", "barely", "fully",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "it", "they", "he", "she", "we", "i", "you", "them", "him", "us", "there", "here",
        "said", "says", "say", "became", "become", "becomes", "told", "tell", "tells", "took", "take", "takes", "made", "make", "makes", "saw", "see", "sees", "sent", "send",
        "sends", "sold", "sell", "sells", "bought", "buy", "buys", "got", "get", "gets", "gave", "give", "gives", "put", "puts", "set", "sets",
        "hit", "hits", "left", "leave", "leaves", "kept", "keep", "keeps", "came", "come", "comes", "went", "go", "goes", "rose", "rise", "rises",
        "fell", "fall", "falls", "grew", "grow", "grows", "cut", "cuts", "lost", "lose", "loses", "won", "win", "wins", "ran", "run", "runs",
        "hold", "holds", "held", "expects", "expect", "show", "shows", "shown", "according", "last", "next", "first", "ago", "earlier", "later",
        "up", "down", "over", "under", "per", "by", "with", "without", "against", "after", "before", "during", "through", "despite", "amid",
        "reached", "reach", "reaches", "topped", "top", "tops", "totalled", "totaled", "total", "totals", "stood", "stands", "stand",
        "on", "at", "off", "out", "how", "what", "why", "more", "most", "less", "least", "very", "such", "into", "onto", "upon",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "years", "month", "months", "week", "weeks",
        "day", "days", "quarter", "quarters", "half", "today", "yesterday", "million", "billion", "trillion", "thousand", "hundred", "bn", "tn", "year-on-year", "year-over-year", "month-on-month",
    };

    /// <summary>Prepositions that join two nouns inside one phrase ("exports of beef to Japan", "trade between A and B").</summary>
    private static readonly HashSet<string> Inner = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "from", "to", "into", "in", "for", "with", "between", "on",
    };

    /// <summary>Nouns that end like verbs or adverbs: "-ed", "-ing", "-ly".</summary>
    private static readonly HashSet<string> NounsLikeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "feed", "seed", "speed", "need", "needs", "shed", "bed", "red", "steed", "greed", "hundred", "thousand", "spending", "shipping", "pricing",
        "funding", "housing", "manufacturing", "mining", "refining", "trading", "banking", "building", "clothing", "processing", "lending",
        "borrowing", "financing", "earnings", "savings", "holdings", "bookings", "listings", "ratings", "offering", "offerings", "rating",
        "ceiling", "shipbuilding", "steelmaking", "carmaking", "chipmaking", "farming", "fishing", "logging", "smelting", "packaging",
        "advertising", "marketing", "engineering", "accounting", "timing", "operating", "outstanding", "spending", "remaining", "supply", "family", "rally", "ally", "italy", "july", "assembly",
        "output", "input", "monopoly", "anomaly", "belly", "jelly", "bully", "daily", "weekly", "monthly", "quarterly", "yearly",
        "hourly", "nightly", "fortnightly", "early", "elderly", "costly",
    };

    /// <summary>Verbs in the present tense that are not also plural nouns, as reports use them of companies and economies.</summary>
    private static readonly HashSet<string> PresentVerbs = new(StringComparer.Ordinal)
    {
        "posts", "expects", "sees", "plans", "aims", "wants", "hopes", "predicts", "projects", "remains", "becomes", "helps", "pushes",
        "lifts", "drives", "brings", "accounts", "represents", "produces", "owns", "buys", "sells", "sends", "ships",
        "pays", "spends", "earns", "generates", "contributes",
    };

    /// <summary>The noun phrase that ends where <paramref name="before"/> ends, determiners dropped; "" when none.</summary>
    public static string Before(string before)
    {
        // Time phrases and adverbs of extent between a phrase and its verb: "operating profit for the fiscal third quarter
        // dropped", "revenue for the year so far totalled", "exports to China alone fell".
        string trimmed;
        var timed = false;
        while ((trimmed = TimeTail().Replace(before, "")) != before)
        {
            before = trimmed;
            timed = true;
        }

        var tokens = Token().Matches(before).Select(m => m.Value).ToList();
        var end = tokens.Count;
        // Auxiliaries and adverbs between a phrase and its verb: "Rice prices in Manila have", "imports had already".
        // A verb that takes another verb ("are expected to (fall)", "is set to (rise)") belongs with them.
        while (end > 0)
        {
            if (IsAuxiliary(tokens[end - 1]) || IsAdverb(tokens[end - 1]))
            {
                end--;
            }
            else if (end > 1 && tokens[end - 1] == "to" && Catenative(tokens[end - 2]))
            {
                end -= 2;
            }
            else if (end > 2 && tokens[end - 1] == "to" && tokens[end - 2].ToLowerInvariant() is "track" or "course" or "pace" && tokens[end - 3].Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                // "(revenue is) on track to (reach)", "on course to", "on pace to": as "set to", a verb's likely outcome.
                end -= 3;
            }
            else if (end > 2 && tokens[end - 1] == "to" && RaisesObject(tokens, end - 1))
            {
                // The object of a verb of expecting or causing is the subject of the verb after it: "(economists expect)
                // inflation to (rise)", "(the tariffs caused) imports to (fall)".
                end--;
            }
            else
            {
                break;
            }
        }

        var start = end;
        if (timed && end >= 2 && IsPastParticiple(tokens[end - 1]) && IsNominal(tokens[end - 2], end - 2 == 0))
        {
            // "customs duties collected (in June reached)": a participle whose only phrase was the time is the noun's clause.
            start--;
        }

        var between = false;
        while (start > 0)
        {
            var word = tokens[start - 1];
            if (IsNominal(word, start - 1 == 0 && start - 1 < tokens.Count))
            {
                start--;
                continue;
            }

            // A participle before a noun is an adjective when a determiner, a preposition or a modifier precedes it:
            // "of processed food", "Korean washing machines", "the combined sales"; or when it opens the sentence
            // ("Underlying sales", "Adjusted earnings").
            if (start < end && IsParticiple(word) && start - 2 >= 0
                && (Determiners.Contains(tokens[start - 2]) || Inner.Contains(tokens[start - 2]) || (tokens[start - 2] == "and" && start - 3 >= 0 && InsidePhrase(tokens, start - 3))
                    || (char.IsUpper(tokens[start - 2][0]) && start - 2 > 0 && word.EndsWith("ing", StringComparison.Ordinal))))
            {
                start--;
                continue;
            }

            // "the Stoxx 600 index", "the FTSE 100", "the S&P 500 (fell)": a number after a name is part of it.
            if (NumberInName(tokens, start - 1))
            {
                start--;
                continue;
            }

            if (start < end && start - 1 == 0 && char.IsUpper(word[0]) && IsParticiple(char.ToLowerInvariant(word[0]) + word[1..]))
            {
                start--;
                continue;
            }

            // "Tariff revenue collected by US customs", "steel shipped to Mexico", "containers arriving at the port": a participle
            // and its phrase after a noun are a clause that belongs to the noun.
            if (start < end && (word.ToLowerInvariant() is "by" or "at" || Inner.Contains(word)) && start - 3 >= 0
                && (IsPastParticiple(tokens[start - 2]) || (IsParticiple(tokens[start - 2]) && tokens[start - 2].EndsWith("ing", StringComparison.Ordinal)))
                && (IsNominal(tokens[start - 3], start - 3 == 0) || tokens[start - 3].Equals("and", StringComparison.Ordinal)))
            {
                start -= 2;
                continue;
            }

            // "parts made in Mexico and (shipped to US plants)": two participle clauses of one noun.
            if (start < end && word.Equals("and", StringComparison.Ordinal) && IsParticiple(tokens[start]) && start - 2 >= 0 && IsNominal(tokens[start - 2], false))
            {
                start--;
                continue;
            }

            // "the share of US imports that come from China", "goods which were shipped to Canada": a relative clause whose
            // verb takes a phrase belongs to the noun before it.
            if (start < end && (Inner.Contains(word) || word.ToLowerInvariant() is "by" or "at") && RelativeBefore(tokens, start - 1) is var relative and > 0)
            {
                start = relative;
                continue;
            }

            // "goods crossing the bridge", "firms importing the parts": a present participle and its object after a noun are a
            // clause that belongs to the noun.
            if (start < end && Determiners.Contains(word) && start - 3 >= 0 && IsParticiple(tokens[start - 2])
                && tokens[start - 2].EndsWith("ing", StringComparison.Ordinal) && IsNominal(tokens[start - 3], start - 3 == 0))
            {
                start -= 2;
                continue;
            }

            if (start < end && IsParticiple(word) && word.EndsWith("ing", StringComparison.Ordinal) && start - 2 >= 0 && IsNominal(tokens[start - 2], start - 2 == 0))
            {
                start--;
                continue;
            }

            if (start < end && (Inner.Contains(word) || (word.Equals("after", StringComparison.OrdinalIgnoreCase) && tokens[start].Equals("tax", StringComparison.OrdinalIgnoreCase)))
                && start - 2 >= 0 && IsNominal(tokens[start - 2], start - 2 == 0))
            {
                between |= word.Equals("between", StringComparison.OrdinalIgnoreCase);
                start--;
                continue;
            }

            // "imports of chips by China", "sales by Nvidia to Chinese buyers": "by" and a name after a noun say whose the flow is.
            if (start < end && word.Equals("by", StringComparison.Ordinal) && start - 2 >= 0 && IsNominal(tokens[start - 2], start - 2 == 0)
                && (char.IsUpper(tokens[start][0]) || (Determiners.Contains(tokens[start]) && start + 1 < end && char.IsUpper(tokens[start + 1][0]))))
            {
                start--;
                continue;
            }

            // "trade in goods and services", "imports of steel and aluminium": two nouns joined inside a preposition's phrase.
            // "exports of passenger cars and light trucks": the first noun may have its modifiers.
            if (start < end && word is "and" or "&" && start - 3 >= 0 && IsNominal(tokens[start - 2], false) && InsidePhrase(tokens, start - 2))
            {
                start--;
                continue;
            }

            // "imports from Japan, South Korea and Germany": a comma between names of a list that "and" closes.
            if (start < end && word == "," && start - 2 >= 0 && char.IsUpper(tokens[start][0]) && char.IsUpper(tokens[start - 2][0]) && !Stops.Contains(tokens[start - 2])
                && tokens.Skip(start).Take(end - start).Any(t => t is "and" or "or"))
            {
                start--;
                continue;
            }

            // "U.S. Customs and Border Protection", "Trinidad and Tobago": "and" between two names inside a sentence is one name.
            if (start < end && word.Equals("and", StringComparison.Ordinal) && start - 2 > 0 && char.IsUpper(tokens[start][0]) && char.IsUpper(tokens[start - 2][0])
                && !Stops.Contains(tokens[start - 2]))
            {
                start--;
                continue;
            }

            // "trade between Ireland and the United States": the "and" of a "between" further back.
            if (start < end && word.Equals("and", StringComparison.OrdinalIgnoreCase) && !between
                && tokens.Take(start - 1).TakeLast(5).Any(t => t.Equals("between", StringComparison.OrdinalIgnoreCase)))
            {
                start--;
                continue;
            }

            if (start < end && Determiners.Contains(word) && start - 1 > 0 && (Inner.Contains(tokens[start - 2]) || (between && tokens[start - 2].Equals("and", StringComparison.OrdinalIgnoreCase))
                || (tokens[start - 2].Equals("by", StringComparison.OrdinalIgnoreCase) && start - 3 >= 0 && IsPastParticiple(tokens[start - 3]))
                || (tokens[start - 2].Equals("at", StringComparison.Ordinal) && start - 3 >= 0 && IsParticiple(tokens[start - 3]))
                || (tokens[start - 2].Equals("by", StringComparison.Ordinal) && start - 3 >= 0 && IsNominal(tokens[start - 3], start - 3 == 0) && char.IsUpper(tokens[start][0]))
                || (tokens[start - 2].Equals("and", StringComparison.OrdinalIgnoreCase) && tokens.Take(start - 2).TakeLast(5).Any(t => t.Equals("between", StringComparison.OrdinalIgnoreCase)))))
            {
                // "exports of the carmaker", "trade with the United States": a determiner inside the phrase.
                start--;
                continue;
            }

            break;
        }

        // "sold 1.9 million vehicles": a noun counted by a number is the unit of an amount, not a phrase of its own.
        if (start > 0 && start < end && (char.IsDigit(tokens[start - 1][0]) || tokens[start - 1].ToLowerInvariant() is "million" or "billion" or "trillion" or "thousand" or "hundred" or "bn" or "tn"))
        {
            return "";
        }

        var words = tokens.Skip(start).Take(end - start).Where(w => !Determiners.Contains(w) && w != ",").ToList();
        // A phrase never starts on a preposition.
        while (words.Count > 0 && Inner.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// The noun phrase before an aside that ends where <paramref name="before"/> ends: "Merchandise exports, which make up most
    /// of the total, (declined)", "Car exports, worth $6 billion last year, (slumped)": an aside set off by commas or dashes that
    /// opens with a relative word, a determiner, a participle, an adverb or a word of value; "" when there is none.
    /// </summary>
    public static string BeforeAside(string before)
    {
        var trimmed = before.TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] is not (',' or '—' or '–' or ')'))
        {
            return "";
        }

        var open = trimmed.LastIndexOfAny([',', '—', '–', '('], trimmed.Length - 2);
        if (open <= 0 || trimmed.Length - open > 160)
        {
            return "";
        }

        var aside = Token().Matches(trimmed[(open + 1)..^1]).Select(m => m.Value).ToList();
        if (aside.Count == 0)
        {
            return "";
        }

        var first = aside[0];
        var opens = first.ToLowerInvariant() is "which" or "who" or "whose" or "that" or "worth" or "valued" or "up" or "down" or "including" or "excluding"
                or "mostly" or "mainly" or "largely" or "however" or "according" or "along" or "together" or "like" or "unlike" or "in" or "at"
            || Determiners.Contains(first) || (char.IsLower(first[0]) && (IsParticiple(first) || IsAdverb(first)));
        return opens ? Before(trimmed[..open]) : "";
    }

    /// <summary>
    /// The noun phrase that starts where <paramref name="after"/> starts (after any determiner), at most <paramref name="most"/>
    /// words, with the prepositional phrases that restrict it ("exports of rare earth magnets to the United States"); a
    /// preposition before a month, a day or a year is a time and ends it ("(exports) in May"). "on" joins two nouns only when
    /// <paramref name="withOn"/> ("the tariff rate on Korean goods"), as it is more often a time ("on Monday") after an amount.
    /// </summary>
    public static string After(string after, int most = 9, bool withOn = false)
    {
        var tokens = Token().Matches(after).Select(m => m.Value).ToList();
        var i = 0;
        while (i < tokens.Count && Determiners.Contains(tokens[i]))
        {
            i++;
        }

        var words = new List<string>();
        for (; i < tokens.Count && words.Count < most; i++)
        {
            // Right after an amount, a word that is also a verb is the noun: "a $5.5 billion hit", "a 10% cut".
            if (IsNominal(tokens[i], false) || (IsParticiple(tokens[i]) && i + 1 < tokens.Count && IsNominal(tokens[i + 1], false))
                || (words.Count == 0 && tokens[i].ToLowerInvariant() is "hit" or "cut" or "rise" or "fall" or "loss" or "stake" or "boost" or "increase" or "run"))
            {
                words.Add(tokens[i]);
                continue;
            }

            if (words.Count > 0 && Inner.Contains(tokens[i]) && i + 1 < tokens.Count && (withOn || !tokens[i].Equals("on", StringComparison.OrdinalIgnoreCase))
                && !IsTimePhrase(tokens, Determiners.Contains(tokens[i + 1]) ? i + 2 : i + 1)
                && (IsNominal(tokens[i + 1], false) || (IsParticiple(tokens[i + 1]) && i + 2 < tokens.Count && IsNominal(tokens[i + 2], false))
                    || (Determiners.Contains(tokens[i + 1]) && i + 2 < tokens.Count && (IsNominal(tokens[i + 2], false)
                    || (IsParticiple(tokens[i + 2]) && i + 3 < tokens.Count && IsNominal(tokens[i + 3], false))))))
            {
                words.Add(tokens[i]);
                if (Determiners.Contains(tokens[i + 1]))
                {
                    i++;
                }

                continue;
            }

            break;
        }

        // "a hit in related charges for (its second quarter)": a preposition whose noun did not follow ends no phrase.
        while (words.Count > 0 && Inner.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>The phrase a clause is about: the first noun phrase of <paramref name="clause"/>, before its first verb.</summary>
    public static string Subject(string clause)
    {
        var tokens = Token().Matches(clause).Select(m => m.Value).ToList();
        var i = 0;
        // Leading adverbials: "On Monday,", "In a statement,", "Last year".
        var comma = tokens.IndexOf(",");
        if (comma is > 0 and <= 5 && tokens[0] is "On" or "In" or "At" or "Last" or "This" or "After" or "Earlier" or "Later" or "Meanwhile" or "Separately" or "However" or "But" or "And" or "Still")
        {
            i = comma + 1;
        }

        // Leading time words without a comma: "last month Nvidia ...", "on Monday the group ...", "in 2024 exports ...".
        while (i + 1 < tokens.Count && (tokens[i].ToLowerInvariant() is "last" or "this" or "next" or "earlier" or "later" or "on" or "in" or "by" or "since")
            && LeadingTime().IsMatch(tokens[i + 1]))
        {
            i += 2;
            while (i < tokens.Count && tokens[i] == ",")
            {
                i++;
            }
        }

        var phrase = new List<string>();
        for (; i < tokens.Count && phrase.Count < 6; i++)
        {
            var word = tokens[i];
            if (Determiners.Contains(word) && phrase.Count == 0)
            {
                continue;
            }

            if (IsNominal(word, i == 0) || (phrase.Count > 0 && NumberInName(tokens, i)))
            {
                phrase.Add(word);
                continue;
            }

            break;
        }

        return string.Join(' ', phrase);
    }

    [GeneratedRegex(@"(?:[ \t,]+(?:in|for|during|over|since|through|of|on|by)[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+|a[ \t]+)?(?:[\w\-]+[ \t]+){0,3}?(?:quarter|half|year|month|period|week|season|weekend|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d{2}|year-on-year|year-over-year)|[ \t,]+(?:last|this|next)[ \t]+(?:year|month|week|quarter|season)|[ \t,]+(?:year-on-year|year-over-year|month-on-month|a[ \t]+year[ \t]+earlier|a[ \t]+year[ \t]+ago)|[ \t,]+(?:so|thus)[ \t]+far|[ \t,]+to[ \t]+date|[ \t,]+in[ \t]+(?:all|total)|[ \t,]+(?:alone|combined))[ \t,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeTail();

    [GeneratedRegex(@"^(?:year|month|week|quarter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2}|this|last)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTime();

    private static bool IsParticiple(string word) => char.IsLower(word[0]) && !Stops.Contains(word)
        && ((word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4) || (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5));

    /// <summary>A participle in "-ed" ("collected", "imported"), or "sold", "paid", "sent", "bought", "spent", "made", "held" or "built".</summary>
    private static bool IsPastParticiple(string word) => (IsParticiple(word) && word.EndsWith("ed", StringComparison.Ordinal))
        || word is "sold" or "paid" or "sent" or "bought" or "spent" or "made" or "held" or "built";

    /// <summary>Whether the words from <paramref name="i"/> name a time: "May", "2025", "fiscal first quarter", "the year".</summary>
    private static bool IsTimePhrase(List<string> tokens, int i)
    {
        for (var j = i; j < tokens.Count && j < i + 4; j++)
        {
            if ((LeadingTime().IsMatch(tokens[j]) && (j == i || tokens[j].ToLowerInvariant() is not ("this" or "last")))
                || tokens[j].ToLowerInvariant() is "fiscal" or "half" or "season" or "period" or "quarter" or "day")
            {
                return true;
            }

            if (!IsNominal(tokens[j], false))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the noun at <paramref name="i"/> and up to two modifiers before it follow a preposition that joins two nouns.</summary>
    private static bool InsidePhrase(List<string> tokens, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 3; j--)
        {
            if (Inner.Contains(tokens[j]))
            {
                return true;
            }

            if (!IsNominal(tokens[j], false))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a relative clause starts that ends on its verb just before token <paramref name="at"/>: "(imports) that come",
    /// "(goods) which were shipped"; the relative word's index, after a noun, or -1.
    /// </summary>
    private static int RelativeBefore(List<string> tokens, int at)
    {
        for (var verbs = 1; verbs <= 2; verbs++)
        {
            var relative = at - verbs - 1;
            if (relative < 1 || tokens[relative].ToLowerInvariant() is not ("that" or "which") || !IsNominal(tokens[relative - 1], relative - 1 == 0))
            {
                continue;
            }

            var clause = tokens.Skip(relative + 1).Take(verbs).ToList();
            if (clause.TrueForAll(w => char.IsLower(w[0]) && char.IsLetter(w[0]) && !Determiners.Contains(w) && !Inner.Contains(w) && w is not ("and" or "or" or "but"))
                && (verbs == 1 || IsAuxiliary(clause[0])))
            {
                return relative;
            }
        }

        return -1;
    }

    /// <summary>Verbs that take another verb after "to" and say how likely or planned it is: "expected to", "set to", "forecast to".</summary>
    private static bool Catenative(string word) => word.ToLowerInvariant() is "expected" or "forecast" or "projected" or "set" or "likely" or "poised"
        or "estimated" or "predicted" or "seen" or "tipped" or "due" or "unlikely" or "going" or "continuing" or "continued" or "continue" or "continues" or "began"
        or "begin" or "begins" or "started" or "starting" or "start" or "starts" or "tend" or "tends" or "tended" or "seem" or "seems" or "seemed" or "appear"
        or "appears" or "appeared";

    /// <summary>Whether the nouns before token <paramref name="to"/> are the object of a verb that takes an object and an infinitive.</summary>
    private static bool RaisesObject(List<string> tokens, int to)
    {
        var i = to;
        while (i > 0 && i > to - 5 && IsNominal(tokens[i - 1], false) && !Determiners.Contains(tokens[i - 1]))
        {
            i--;
        }

        while (i > 0 && Determiners.Contains(tokens[i - 1]))
        {
            i--;
        }

        return i < to && i > 0 && tokens[i - 1].ToLowerInvariant() is "expect" or "expects" or "expected" or "forecast" or "forecasts" or "see" or "sees"
            or "saw" or "project" or "projects" or "projected" or "predict" or "predicts" or "predicted" or "want" or "wants" or "wanted" or "allow"
            or "allows" or "allowed" or "cause" or "causes" or "caused" or "help" or "helps" or "helped" or "push" or "pushes" or "pushed"
            or "need" or "needs" or "needed" or "estimate" or "estimates" or "estimated" or "believe" or "believes" or "believed";
    }

    private static bool IsAuxiliary(string word) => word.ToLowerInvariant() is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would"
        or "could" or "can" or "may" or "might" or "should" or "be" or "been" or "also" or "still" or "already" or "now" or "reportedly" or "just";

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && !NounsLikeVerbs.Contains(word) && char.IsLower(word[0]);

    /// <summary>
    /// Whether token <paramref name="i"/> is a number that a name before it carries ("S&amp;P 500", "FTSE 100", "Stoxx 600"):
    /// digits after a capitalised word that is no function word and no day, month or year.
    /// </summary>
    private static bool NumberInName(List<string> tokens, int i) =>
        i >= 1 && tokens[i].All(char.IsDigit) && tokens[i - 1].Length > 1 && char.IsUpper(tokens[i - 1][0])
        && !Stops.Contains(tokens[i - 1]) && !LeadingTime().IsMatch(tokens[i - 1]);

    /// <summary>True for a word that can be part of a noun phrase: a name, a noun or an adjective.</summary>
    public static bool IsNominal(string word, bool sentenceStart)
    {
        if (word.Length == 0 || !char.IsLetterOrDigit(word[0]) || char.IsDigit(word[0]))
        {
            return false;
        }

        // An acronym is a name wherever it stands: "US tariff revenue", "EU exports".
        if (word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word is not "I")
        {
            return true;
        }

        if (char.IsUpper(word[0]) && !sentenceStart)
        {
            return !Stops.Contains(word) || word.Length > 1 && word.All(char.IsUpper) && word is not "I";
        }

        var lower = word.ToLowerInvariant();
        if (Stops.Contains(lower) || Determiners.Contains(lower) || Inner.Contains(lower))
        {
            return false;
        }

        if (NounsLikeVerbs.Contains(lower))
        {
            return true;
        }

        // "hot-rolled steel", "state-owned banks", "US-made cars": a compound ending in a participle is an adjective.
        if (lower.Contains('-', StringComparison.Ordinal) && lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return true;
        }

        if ((lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 4) || (lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 5) || IsAdverb(word))
        {
            return false;
        }

        return !PresentVerbs.Contains(lower);
    }
}
