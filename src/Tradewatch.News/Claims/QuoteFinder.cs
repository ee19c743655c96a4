using System.Buffers;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// Finds direct quotations (curly or straight, double or single marks; a quote that runs on into
/// the next paragraph, whose speaker may be named only at the end of the run) and their speakers:
/// "..., Name said", "said Name", "Name said: ...", "according to Name", "described by Name as
/// '...'", a name the text gives no role, a pronoun, "it" for an organisation, an order or a body,
/// a bare title, the subject of a sentence that ends in a colon, or the speaker of the quotation
/// just before. Quoted names ("Liberation Day") are not quotations. An unclosed mark is a gap,
/// never a quote.
/// </summary>
internal static partial class QuoteFinder
{
    [GeneratedRegex(@"\b(?:said|says|say|told|tells|added|adds|asked|wrote|writes|posted|stated|declared|noted|explained|argued|warned|insisted|replied|reiterated|described|describing|calling|called|echoed|clarified|stressed|emphasi[sz]ed|urged|acknowledged|announced|expects|expected|criticized|criticised|accused|praised|hailed|continued|[Aa]ccording to|saying|responded|responds|tweeted|commented|comments|remarked|remarks|admitted|admits|conceded|concedes|predicted|predicts|vowed|pledged|complained|cautioned|cautions|maintained|contended|asserted|notes|explains|argues|warns|insists|observed|observes|recalled|recalls|suggested|suggests|concluded|concludes|joked|quipped|answered|countered|stresses|acknowledges|replies|reiterates|asks|condemned|denounced|slammed|blasted|lambasted|decried|branded|dubbed|termed|labell?ed|characteri[sz]ed|welcomed|touted|lauded|blamed|blames|blaming|cited|cites|citing|defended|defends|dismissed|dismisses|rejected|rejects|promised|promises)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"^[ \t]*[,.]?[ \t]*by[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveBy();

    // A determiner, a number or a lower-case word after "by": a thing, not the one who spoke ("by the tariff", "by 39%").
    [GeneratedRegex(@"^(?:(?:the|a|an|its|their|this|that|these|those)[ \t]+(?!\p{Lu})|\d|[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex ThingAfterBy();

    [GeneratedRegex(PeopleFinder.Name, RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    /// <summary>A quotation's words, its marks, and whether it runs on into the next paragraph (which opens with a mark again).</summary>
    private sealed record RawQuote(ClaimSpan Inner, int Open, int Close, bool RunsOn = false);

    public static void Find(DocumentContext ctx, List<ExtractedClaim> claims)
    {
        var quotes = Locate(ctx);
        string? previousSpeaker = null;
        var previousEnd = -1000;
        for (var k = 0; k < quotes.Count; k++)
        {
            var q = quotes[k];
            var inner = ctx.Slice(q.Inner).Trim().TrimEnd(',');
            if (IsName(inner) || IsOwnedLabel(ctx.Text, q, inner) || IsModifier(ctx.Text, q, inner))
            {
                continue;
            }

            // A quotation that runs on into the next paragraph is one quotation: its speaker may be named only at the end.
            var speaker = After(ctx, q) ?? Before(ctx, q)
                ?? (q.RunsOn && k + 1 < quotes.Count ? After(ctx, quotes[k + 1]) ?? Before(ctx, quotes[k + 1]) : null)
                ?? IntroducedByColon(ctx, q);
            if (speaker is null && previousSpeaker is not null && Interrupted(ctx.Text, previousEnd, q.Open))
            {
                speaker = previousSpeaker;
            }

            if (speaker is null && previousSpeaker is not null
                && ((q.Open - previousEnd <= 140 && !AttributedToOther(ctx, q)) || (q.Open - previousEnd <= 400 && ByPronoun(ctx, q))))
            {
                speaker = previousSpeaker;
            }

            if (speaker is null)
            {
                ctx.Gaps.Add(new ExtractionGap("unattributed-quote", q.Open, "A quotation whose speaker the text does not make clear was left out."));
                previousSpeaker = null;
                previousEnd = q.Close;
                continue;
            }

            claims.Add(new ExtractedClaim(new QuoteFacts(speaker, inner), q.Inner));
            ctx.Quotes.Add((q.Inner, speaker, ctx.EconomyOfPerson(speaker) ?? SpeakerEconomy(ctx, speaker)));
            previousSpeaker = speaker;
            previousEnd = q.Close;
        }
    }

    /// <summary>
    /// "“We are ready,” Dahl said, “but not at any price.”": a quotation the words of its attribution break in two goes on
    /// after them, when nothing between the marks ends a sentence or a paragraph and they end on a comma or a colon.
    /// </summary>
    private static bool Interrupted(string text, int previousClose, int open)
    {
        if (previousClose < 0 || open - previousClose > 80)
        {
            return false;
        }

        var between = text.AsSpan(previousClose + 1, open - previousClose - 1);
        return between.IndexOfAny(SentenceOrQuoteEnds) < 0 && between.TrimEnd() is [.., ',' or ':'] && TariffFinder.CountWords(between) is > 0 and <= 8;
    }

    /// <summary>What ends a sentence, a paragraph or a quotation.</summary>
    private static readonly SearchValues<char> SentenceOrQuoteEnds = SearchValues.Create(".!?\n“”\"");

    /// <summary>
    /// "Analysts at ING called the remark “cautious”": a quotation whose own sentence has a speech verb with a subject
    /// before it, or one right after it, is that subject's, even when no person is named; it does not go on from the
    /// quotation before.
    /// </summary>
    private static bool AttributedToOther(DocumentContext ctx, RawQuote q)
    {
        var sentence = ctx.SentenceAt(q.Open);
        if (sentence.Start < q.Open)
        {
            var before = ctx.Text[sentence.Start..q.Open];
            if (SpeechVerb().Match(before) is { Success: true } verb && TariffFinder.CountWords(before.AsSpan(0, verb.Index)) > 0
                && !DefiniteSingular().IsMatch(before[..verb.Index]))
            {
                return true;
            }

            if (before.TrimEnd().EndsWith(':') && TariffFinder.CountWords(before) > 1 && !SpeechVerb().IsMatch(before))
            {
                return true;
            }
        }

        var start = q.Close + 1;
        if (start >= ctx.Text.Length)
        {
            return false;
        }

        var end = Math.Min(ctx.Text.Length, Math.Max(start, Math.Min(sentence.End, start + 80)));
        var after = ctx.Text.AsSpan(start, end - start);
        var stop = after.IndexOfAny("“\"‘\n");
        if (stop >= 0)
        {
            after = after[..stop];
        }

        // "“...,” Okafor said" names its own speaker; so does "“...,” said a spokesperson", whoever that is.
        var verbAfter = SpeechVerb().Match(after.ToString());
        return verbAfter.Success && TariffFinder.CountWords(after[..verbAfter.Index]) switch
        {
            > 0 and <= 6 => true,
            0 => TariffFinder.CountWords(after[(verbAfter.Index + verbAfter.Length)..]) > 0,
            _ => false,
        };
    }

    /// <summary>
    /// "He said his workers had worked “for three weeks straight”", "“...,” she added": a quotation that a bare he or
    /// she speaks, when the text names no person the pronoun could stand for (the last speaker was named only by the
    /// quotation before), is that speaker's.
    /// </summary>
    private static bool ByPronoun(DocumentContext ctx, RawQuote q)
    {
        var sentence = ctx.SentenceAt(q.Open);
        if (sentence.Start < q.Open && PronounSubject().Match(ctx.Text, sentence.Start, q.Open - sentence.Start) is { Success: true } before
            && SpeechVerb().IsMatch(before.Groups["verb"].Value))
        {
            return true;
        }

        var start = q.Close + 1;
        var length = Math.Min(40, ctx.Text.Length - start);
        return length > 0 && PronounAfter().Match(ctx.Text, start, length) is { Success: true } after && SpeechVerb().IsMatch(after.Groups["verb"].Value);
    }

    [GeneratedRegex(@"\G[ \t]*(?:[Hh]e|[Ss]he)[ \t]+(?:also[ \t]+|later[ \t]+)?(?<verb>[a-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"\G[ \t]*,?[ \t]*(?:he|she)[ \t]+(?:also[ \t]+|later[ \t]+)?(?<verb>[a-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounAfter();

    // "The company spokesperson added: ...": a definite singular subject refers back to someone already quoted.
    [GeneratedRegex(@"^[ \t]*(?:[Tt]he|[Tt]his|[Tt]hat)[ \t]+(?:[\w-]+[ \t]+){0,2}[\w-]*[^s\W][ \t]*,?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteSingular();

    private static string? SpeakerEconomy(DocumentContext ctx, string speaker) =>
        ctx.Gazetteer.EconomyOf(speaker);

    /// <summary>
    /// "Trump's “reciprocal tariffs”": a few words in marks right after a possessive name what the owner calls
    /// something, and are not a quotation of anyone's remarks.
    /// </summary>
    private static bool IsOwnedLabel(string text, RawQuote q, string inner)
    {
        var before = text.AsSpan(0, q.Open).TrimEnd();
        return (before.EndsWith("’s", StringComparison.Ordinal) || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("s’", StringComparison.Ordinal))
            && inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && inner.IndexOfAny(['.', '!', '?', ',']) < 0;
    }

    [GeneratedRegex(@"^[ \t]+(?<w>[a-z][a-z-]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"\b(?:as|called|calling|calls|call|termed|terms|dubbed|labelled|labeled|branded|described|describing|describes|said|says|saying|told|wrote|warned|word|words)[ \t]*[,:]?[ \t]*(?:the[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuotingBefore();

    /// <summary>
    /// Words that do not follow a noun phrase a quote could stand in: conjunctions, prepositions, verbs of being.
    /// </summary>
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "nor", "to", "in", "on", "for", "with", "by", "at", "from", "as", "that", "which", "who", "of", "over",
        "about", "after", "before", "than", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
        "can", "may", "might", "should", "must", "did", "does", "do", "he", "she", "they", "it", "we", "said", "says", "added",
        "while", "when", "if", "because", "since", "until", "into", "towards", "toward", "against", "between", "through", "during",
    };

    /// <summary>
    /// "the current 10 per cent “reciprocal” tariff": a word or two in marks between a modifier and the noun it
    /// modifies name a thing (scare quotes), and are no one's remarks; after "as", "called" or a verb of speech they are.
    /// </summary>
    private static bool IsModifier(string text, RawQuote q, string inner)
    {
        if (inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3 || inner.IndexOfAny(['.', '!', '?', ',', ';', ':']) >= 0)
        {
            return false;
        }

        var after = WordAfter().Match(text, q.Close + 1, Math.Min(40, text.Length - q.Close - 1));
        if (!after.Success || NotNouns.Contains(after.Groups["w"].Value))
        {
            return false;
        }

        var start = Math.Max(0, q.Open - 40);
        var before = text.AsSpan(start, q.Open - start).ToString();
        return DeterminerBefore().IsMatch(before) && !QuotingBefore().IsMatch(before);
    }

    // A definite determiner or a number before the marks: the words name a known thing ("the “reciprocal” tariff");
    // after "a" they are more often someone's judgement ("a “very good” meeting").
    [GeneratedRegex(@"(?:\b(?:the|its|their|his|her|our|this|these|those|so-called)|\d|%|\bpercent|\bcent)[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerBefore();

    private static bool IsName(string inner)
    {
        if (inner.Length < 2)
        {
            return true;
        }

        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6 || inner.IndexOfAny(['.', '!', '?', ',', ';']) >= 0)
        {
            return false;
        }

        return words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || w is "of" or "the" or "and" or "for" or "in" or "on" or "a" or "to");
    }

    private static List<RawQuote> Locate(DocumentContext ctx)
    {
        var text = ctx.Text;
        var result = new List<RawQuote>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var close = c switch
            {
                '“' => '”',
                '«' => '»',
                '‘' when OpensSingle(text, i) => '’',
                '"' when Opens(text, i) => '"',
                '\'' when OpensSingle(text, i) => '\'',
                _ => '\0',
            };
            if (close == '\0')
            {
                i++;
                continue;
            }

            var lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var j = FindClose(text, i + 1, lineEnd, close);
            if (j < 0)
            {
                // A quotation may run on into the next paragraph, which then opens with a mark again.
                var next = lineEnd + 1;
                if (next < text.Length && text[next] == c && lineEnd - i > 20)
                {
                    result.Add(new RawQuote(new ClaimSpan(i + 1, lineEnd), i, lineEnd, RunsOn: true));
                    i = lineEnd;
                    continue;
                }

                if (c is '“' or '"' && RunsToParagraphEnd(text, i + 1, lineEnd) is { } end)
                {
                    // News drops the closing mark of a paragraph the quotation goes on from, and an excerpt may stop
                    // inside a quotation: a quotation that runs to a whole sentence's end, or to the end of the text,
                    // ends with its paragraph.
                    if (lineEnd == text.Length)
                    {
                        ctx.Gaps.Add(new ExtractionGap("cut-quote", i, "The text stops inside a quotation; the quote is kept as far as it goes."));
                    }

                    result.Add(new RawQuote(new ClaimSpan(i + 1, end), i, end));
                    i = lineEnd;
                    continue;
                }

                ctx.Gaps.Add(new ExtractionGap("unbalanced-quote", i, "A quotation mark is never closed; no quote was taken from it."));
                i++;
                continue;
            }

            result.Add(new RawQuote(new ClaimSpan(i + 1, j), i, j));
            i = j + 1;
        }

        return result;
    }

    /// <summary>
    /// Where a quotation opened before <paramref name="from"/> ends when its mark is never closed: at the end of its
    /// paragraph, when that ends a sentence or the whole text and the quotation has a few words; else null.
    /// </summary>
    private static int? RunsToParagraphEnd(string text, int from, int lineEnd)
    {
        var end = lineEnd;
        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var words = text.AsSpan(from, end - from).Count(' ') + 1;
        if (end <= from || words < MinUnclosedWords || text.IndexOfAny(['“', '”', '"'], from, end - from) >= 0)
        {
            return null;
        }

        return text[end - 1] is '.' or '!' or '?' || text.AsSpan(lineEnd).IsWhiteSpace() ? end : null;
    }

    /// <summary>The fewest words an unclosed quotation needs to be read as one (a lone word in marks may be a label).</summary>
    private const int MinUnclosedWords = 4;

    private static bool Opens(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or ':')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static bool OpensSingle(string text, int i) =>
        Opens(text, i) && char.IsLetterOrDigit(text[i + 1]);

    private static int FindClose(string text, int from, int lineEnd, char close)
    {
        for (var k = from; k < lineEnd; k++)
        {
            if (text[k] != close && !(close == '”' && text[k] == '"' && (k + 1 >= text.Length || !char.IsLetterOrDigit(text[k + 1]))))
            {
                continue;
            }

            if (close is '’' or '\'')
            {
                var letterBefore = k > 0 && char.IsLetterOrDigit(text[k - 1]);
                var letterAfter = k + 1 < text.Length && char.IsLetter(text[k + 1]);
                if (letterBefore && letterAfter)
                {
                    continue; // an apostrophe: China's, we'll
                }

                if (k + 1 < text.Length && text[k + 1] == 's' && (k + 2 >= text.Length || !char.IsLetter(text[k + 2])))
                {
                    continue;
                }
            }
            else if (close == '"' && k + 1 < text.Length && char.IsLetterOrDigit(text[k + 1]))
            {
                continue;
            }

            return k;
        }

        return -1;
    }

    /// <summary>"..., Name said", "... said Name", "... he added", "... by Name".</summary>
    private static string? After(DocumentContext ctx, RawQuote q)
    {
        var start = q.Close + 1;
        var sentence = ctx.SentenceAt(Math.Max(q.Close - 1, 0));
        if (sentence.End <= start + 1 && start + 1 < ctx.Text.Length && ctx.Text[q.Close - 1] is '!' or '?')
        {
            // "“... going nowhere!” Trump wrote": a quotation that ends in its own mark of exclamation or question
            // ends a sentence for the splitter, yet the words after it may still say who spoke.
            var next = ctx.SentenceAt(start + 1);
            sentence = next.Start <= start + 1 ? next : sentence;
        }

        var end = Math.Min(Math.Max(sentence.End, start), Math.Min(ctx.Text.Length, start + 160));
        if (end <= start)
        {
            return null;
        }

        var after = ctx.Text.AsSpan(start, end - start);
        var stop = after.IndexOfAny("“\"‘\n");
        if (stop >= 0)
        {
            after = after[..stop];
            end = start + stop;
        }

        var passive = PassiveBy().Match(after.ToString());
        if (passive.Success)
        {
            // "described as “...” by Anna Berg" names the speaker; "“surprised” by the tariff Washington announced" names a cause.
            var agent = new ClaimSpan(start + passive.Length, end);
            var words = ctx.Slice(agent);
            if (!ThingAfterBy().IsMatch(words))
            {
                return FirstSpeakerIn(ctx, agent, allowNewName: true);
            }

            return Organisations.StandsIn(string.Join(' ', words.Split(' ', 5).Take(4))) && ctx.MainOrganisation is { } main ? main : null;
        }

        var verb = SpeechVerb().Match(after.ToString());
        if (!verb.Success)
        {
            return null;
        }

        // "“...,” Hassett, director of the National Economic Council, told CNBC": a person named before the verb speaks,
        // not the body an apposition names.
        var beforeVerb = new ClaimSpan(start, start + verb.Index);
        if (TariffFinder.CountWords(after[..verb.Index]) > 9)
        {
            // "“...,” Daniela Flores, an analyst at a bank in Mexico City, wrote": a long apposition set off by commas
            // stands between the name and the verb; the name before it is the subject.
            if (AppositionAfterName(after[..verb.Index]) is not { } nameEnd)
            {
                return null;
            }

            beforeVerb = new ClaimSpan(start, start + nameEnd);
        }
        if ((FirstSpeakerIn(ctx, beforeVerb, allowNewName: false, last: true) ?? OrganisationSpeaker(ctx, beforeVerb) ?? ItSpeaker(ctx, beforeVerb)) is { } known)
        {
            return known;
        }

        var speaker = FirstSpeakerIn(ctx, beforeVerb, allowNewName: true, last: true) ?? VoiceSpeaker(ctx, beforeVerb) ?? LoneName(ctx, beforeVerb);
        if (speaker is not null)
        {
            return speaker;
        }

        if (TariffFinder.CountWords(after[..verb.Index]) > 0)
        {
            return null;
        }

        var rest = start + verb.Index + verb.Length;
        var clauseEnd = ClauseEnd(ctx.Text, rest, end);
        var clause = new ClaimSpan(rest, clauseEnd < 0 ? end : clauseEnd);
        return FirstSpeakerIn(ctx, clause, allowNewName: true) ?? VoiceSpeaker(ctx, clause) ?? LoneName(ctx, clause);
    }

    /// <summary>
    /// Where the name ends in "Name Surname, an apposition of any length," before a verb of speech: at the first comma, when
    /// a capitalised phrase of a few words comes before it and the words up to the verb end on a comma; else null.
    /// </summary>
    private static int? AppositionAfterName(ReadOnlySpan<char> lead)
    {
        var skip = lead.IndexOfAnyExcept(" \t,");
        var comma = skip < 0 ? -1 : lead[skip..].IndexOf(',') is var at and >= 0 ? skip + at : -1;
        var name = comma > 0 ? lead[skip..comma].Trim() : default;
        return comma > 0 && lead.TrimEnd() is [.., ','] && name.Length > 0 && char.IsUpper(name[0])
            && TariffFinder.CountWords(name) <= 4 && TariffFinder.CountWords(lead) <= MaxApposedLead ? comma : null;
    }

    /// <summary>The most words a name and its apposition may take between a quotation and its verb of speech.</summary>
    private const int MaxApposedLead = 24;

    /// <summary>
    /// "“...,” Okafor said", "“...,” the 14th-ranked Okafor said", "“...,” said Okafor": one capitalised word that is no
    /// economy, place, title or month, alone as the subject of the verb of speech, names the speaker: the person the
    /// report named in full before with that family name ("Grace Okafor"), or the word as written.
    /// </summary>
    private static string? LoneName(DocumentContext ctx, ClaimSpan range)
    {
        if (range.Length <= 0 || LonePhrase().Match(ctx.Slice(range).Trim().TrimEnd(',').TrimEnd()) is not { Success: true } m)
        {
            return null;
        }

        var name = m.Groups["name"].Value;
        if (!PeopleFinder.CouldBeFamilyName(name, ctx.Gazetteer))
        {
            return null;
        }

        string? full = null;
        var ending = " " + name;
        foreach (var earlier in NamePattern().EnumerateMatches(ctx.Text.AsSpan(0, range.Start)))
        {
            // NameIn keeps a run's last word, so only runs ending in the name are worth its lookups.
            var value = ctx.Text.Substring(earlier.Index, earlier.Length);
            if (value.EndsWith(ending, StringComparison.Ordinal) && NameIn(ctx.Gazetteer, value) is var run && PeopleFinder.IsUnknownName(run, ctx.Gazetteer))
            {
                full = run;
            }
        }

        return full ?? name;
    }

    /// <summary>A run of capitalised words as far as it goes: the name pattern stops after four.</summary>
    private static string WholeRun(string text, Match name)
    {
        var end = name.Index + name.Length;
        while (MoreName().Match(text, end) is { Success: true } more)
        {
            end = more.Index + more.Length;
        }

        return text[name.Index..end];
    }

    [GeneratedRegex(@"\G[ \t]+" + PeopleFinder.NameToken, RegexOptions.CultureInvariant)]
    private static partial Regex MoreName();

    /// <summary>
    /// The person's name in a run of capitalised words: what follows the last title, role, economy, place or word not
    /// written as a name ("Ukraine Kurt Volker", "Singer-guitarist Tom Johnston", "Team Leader Jane Ngo-Anh").
    /// </summary>
    private static string NameIn(Gazetteer gazetteer, string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cut = -1;
        for (var i = 0; i < words.Length - 1; i++)
        {
            var w = words[i];
            if (gazetteer.IsTitle(w) || gazetteer.IsRoleHead(w.ToLowerInvariant()) || gazetteer.EconomyOf(w) is not null || gazetteer.Places.ContainsKey(w)
                || !NameWord().IsMatch(w))
            {
                cut = i;
            }
        }

        return cut < 0 ? run : string.Join(' ', words[(cut + 1)..]);
    }

    // A word written as a name: capital, small letters, and a capital after a hyphen or an apostrophe ("Ngo-Anh", "O'Neill").
    [GeneratedRegex(@"^(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:[\-'’]\p{Lu}\p{Ll}+)*|van|von|der|den|de|da|bin|al|le|la|du|dos|del)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    // An optional determiner with up to two modifiers, then one capitalised word (a double-barrelled one too).
    [GeneratedRegex(@"^(?:(?:[Tt]he|[Aa]n?)[ \t]+(?:[\p{L}\d\-]+[ \t]+){0,2})?(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex LonePhrase();

    /// <summary>The first comma, semicolon, line break or full stop in [from, end), passing over the stops of "Mr." and initials.</summary>
    private static int ClauseEnd(string text, int from, int end)
    {
        for (var at = text.IndexOfAny([',', '.', ';', '\n'], from, end - from); at >= 0; at = text.IndexOfAny([',', '.', ';', '\n'], at + 1, end - at - 1))
        {
            if (text[at] != '.' || !AbbreviationBefore().IsMatch(text.AsSpan(from, at - from)))
            {
                return at;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"(?:^|[ \t])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|\p{Lu})$", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationBefore();

    /// <summary>"Name said (that) '...'": the subject of the first speech verb before the quotation in its sentence.</summary>
    private static string? Before(DocumentContext ctx, RawQuote q)
    {
        var sentence = ctx.SentenceAt(q.Open);
        if (sentence.Start >= q.Open)
        {
            return null;
        }

        var range = new ClaimSpan(sentence.Start, q.Open);
        return SpokenBy(ctx, sentence.Start, q.Open) ?? (ctx.Slice(range).TrimEnd().EndsWith(':') ? ColonSubject(ctx, range) : null);
    }

    /// <summary>The subject of the first verb of speech in [start, end) that names one, or the one economy such a subject names.</summary>
    private static string? SpokenBy(DocumentContext ctx, int start, int end)
    {
        var before = ctx.Text[start..end];
        string? economySpeaker = null;
        foreach (Match verb in SpeechVerb().Matches(before))
        {
            var verbStart = start + verb.Index;
            var verbEnd = verbStart + verb.Length;
            var tail = ctx.Text.AsSpan(verbEnd, end - verbEnd);
            var by = PassiveBy().Match(tail.ToString());
            if (by.Success || verb.Value.EndsWith("ccording to", StringComparison.Ordinal))
            {
                var from = verbEnd + (by.Success ? by.Length : 0);
                var who = FirstSpeakerIn(ctx, new ClaimSpan(from, end), allowNewName: true);
                if (who is not null)
                {
                    return who;
                }
            }

            var subjectRange = new ClaimSpan(start, verbStart);
            var person = AppositiveSubject(ctx, subjectRange) ?? LastPersonIn(ctx, subjectRange);
            if (person is not null)
            {
                return person;
            }

            if ((OrganisationSpeaker(ctx, subjectRange) ?? VoiceSpeaker(ctx, subjectRange) ?? NamedSubject(ctx, subjectRange) ?? ItSpeaker(ctx, subjectRange)) is { } organisation)
            {
                return organisation;
            }

            // "Officials from the US and China described the talks as ...": a group of two economies is neither.
            var subjectEconomies = ctx.EconomiesIn(subjectRange).Select(e => e.Value).Distinct(StringComparer.Ordinal).ToList();
            economySpeaker ??= subjectEconomies.Count == 1 ? DocumentContext.DisplayName(subjectEconomies[0]) : null;
        }

        return economySpeaker;
    }

    /// <summary>"Grant responded on X: “...”": the subject of a sentence that introduces a quotation with a colon.</summary>
    private static string? ColonSubject(DocumentContext ctx, ClaimSpan sentence)
    {
        // Mention is a value: a sentence naming no one gives a default mention, not null.
        if (ctx.PeopleIn(sentence).Take(1).ToList() is [var subject] && subject.Span.Start - sentence.Start <= 60)
        {
            return subject.Kind == MentionKind.Pronoun ? ctx.ResolvePronoun(subject.Span.Start) : subject.Value;
        }

        return ctx.SubjectName(sentence);
    }

    /// <summary>
    /// "Alma Reyes put it bluntly in her speech:¶“We will not sign.”": a quotation that is a sentence of its own, with no
    /// speaker in it, is spoken by the subject of the sentence just before when that sentence ends in a colon and quotes
    /// no one. A sentence that only reports speech ("Ravi Patel said the talks had stalled.") does not hand its speaker on:
    /// the quotation after it is as often another's, named in the sentence after.
    /// </summary>
    private static string? IntroducedByColon(DocumentContext ctx, RawQuote q)
    {
        var sentence = ctx.SentenceAt(q.Open);
        if ((sentence.Start < q.Open && !ctx.Text.AsSpan(sentence.Start, q.Open - sentence.Start).IsWhiteSpace())
            || (q.Close + 1 < sentence.End && ctx.Text.AsSpan(q.Close + 1, sentence.End - q.Close - 1).IndexOfAnyExcept(ClosingMarks) >= 0))
        {
            // Words before or after the marks ("..., the joint statement reads") may say who spoke: not a sentence of its own.
            return null;
        }

        var at = sentence.Start - 1;
        while (at > 0 && char.IsWhiteSpace(ctx.Text[at]))
        {
            at--;
        }

        if (at < 0)
        {
            return null;
        }

        var previous = ctx.SentenceAt(at);
        if (previous.Length <= 0 || previous.End > q.Open || ctx.Text.AsSpan(previous.Start, previous.Length).IndexOfAny("“”\"") >= 0)
        {
            return null;
        }

        if (ctx.Text.AsSpan(previous.Start, previous.Length).TrimEnd().EndsWith(":"))
        {
            return ColonSubject(ctx, previous);
        }

        // "The duties will cost $1 billion, Priya Nair said.¶“We expect to pass most of it on.”": a person who has just
        // been reported speaking goes on in the quotation after, unless the sentence after it names someone else, who may
        // be the one it quotes ("“The deal is dead.” That was the verdict of Ana Ruiz").
        if (!SaidVerb().IsMatch(ctx.Text.AsSpan(previous.Start, previous.Length))
            || SpokenBy(ctx, previous.Start, previous.End) is not { } reporter || ctx.Gazetteer.EconomyOf(reporter) is not null)
        {
            return null;
        }

        var after = ctx.Text.AsSpan(sentence.End).IndexOfAnyExcept(" \t\n");
        var next = after < 0 ? default : ctx.SentenceAt(sentence.End + after);
        return next.Length > 0 && FirstSpeakerIn(ctx, next, allowNewName: true) is { } other && ctx.Gazetteer.EconomyOf(other) is null
            && LastWord(other) != LastWord(reporter) ? null : reporter;
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>A verb that says someone spoke, as a sentence of reported speech uses it.</summary>
    [GeneratedRegex(@"\b(?:said|says|told|tells|added|adds|wrote|writes|stated|explained|argued|warned|insisted|noted|stressed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidVerb();

    /// <summary>
    /// "Ravi Patel said", "“...,” Tomas Berg said, adding that", "Jonas Weil was quoted as saying": a name the text gives
    /// no role that ends the subject of a verb of speech, after the sentence's start, a comma or a closing mark; a family
    /// name alone stands for the full name it ends earlier in the text.
    /// </summary>
    private static string? NamedSubject(DocumentContext ctx, ClaimSpan range)
    {
        if (range.Length <= 0)
        {
            return null;
        }

        var phrase = SubjectTail().Replace(TrailingAdjunct().Replace(ctx.Slice(range).TrimEnd().TrimEnd(',').TrimEnd(), ""), "");
        var m = NameEndsSubject().Match(phrase);
        if (!m.Success)
        {
            return null;
        }

        // "Asked about the levies, Bessent said": a family name alone is the full name the report gave before, else as written.
        var name = m.Groups["name"].Value;
        return PeopleFinder.IsUnknownName(name, ctx.Gazetteer) ? name
            : ctx.FullNameBefore(name, range.Start)
                ?? (!name.Contains(' ', StringComparison.Ordinal) && !Pronouns.Contains(name) && PeopleFinder.CouldBeFamilyName(name, ctx.Gazetteer) ? name : null);
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "He", "She", "It", "They", "We", "I", "You" };

    [GeneratedRegex(@"(?:^[ \t]*|[,“”""’:;—–][ \t]*)(?<name>" + PeopleFinder.Name + @")$", RegexOptions.CultureInvariant)]
    private static partial Regex NameEndsSubject();

    // Auxiliaries and adverbs between a subject and its verb of speech: "was quoted as", "has repeatedly", "later".
    [GeneratedRegex(@"(?:[ \t]+(?:has|had|have|was|is|were|would|will|also|later|then|further|again|repeatedly|publicly|previously|quoted|as|once|often))+$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectTail();

    /// <summary>
    /// "Harbor Motors cut its forecast. It said demand was “soft”.": "it" as the whole subject of a verb of speech stands
    /// for the organisation that opens the sentence before, read back past sentences that "it" opens as well (a few at
    /// most). A sentence opened by anything else (a report, a person, a number) leaves it unread.
    /// </summary>
    private static string? ItSpeaker(DocumentContext ctx, ClaimSpan range)
    {
        if (range.Length <= 0 || !ItSubject().IsMatch(TrailingAdjunct().Replace(ctx.Slice(range).TrimEnd().TrimEnd(',').TrimEnd(), "")))
        {
            return null;
        }

        var at = ctx.SentenceAt(range.Start).Start;
        for (var back = 0; back < ItReach; back++)
        {
            do
            {
                at--;
            }
            while (at > 0 && char.IsWhiteSpace(ctx.Text[at]));

            var previous = ctx.SentenceAt(Math.Max(at, 0));
            if (at < 0 || previous.Length <= 0)
            {
                return null;
            }

            var opening = Connective().Replace(ctx.Text.Substring(previous.Start, Math.Min(previous.Length, 80)), "");
            if (opening.StartsWith("It ", StringComparison.Ordinal) || opening.StartsWith("it ", StringComparison.Ordinal))
            {
                at = previous.Start;
                continue;
            }

            if (ctx.Organisations.Find(o => opening.StartsWith(o + " ", StringComparison.Ordinal) || opening.StartsWith("The " + o + " ", StringComparison.Ordinal)) is { } named)
            {
                return named;
            }

            var words = opening.Split(' ', 5);
            if (ctx.MainOrganisation is { } main && Enumerable.Range(2, Math.Min(3, words.Length - 1)).Any(n => n < words.Length && Organisations.IsStandIn(string.Join(' ', words.Take(n)))))
            {
                return main;
            }

            return ctx.SubjectName(previous);
        }

        return null;
    }

    /// <summary>What may follow a quotation's closing mark in a sentence of its own: stops, marks and spaces.</summary>
    private static readonly SearchValues<char> ClosingMarks = SearchValues.Create(" \t\n.,!?”’\"'");

    /// <summary>How many sentences back "it" may reach for the organisation it stands for.</summary>
    private const int ItReach = 3;

    [GeneratedRegex(@"^[ \t]*(?:(?:[Bb]ut|[Aa]nd|[Hh]owever|[Yy]et|[Ss]till|[Ss]o)[ \t,]+)?[Ii]t$", RegexOptions.CultureInvariant)]
    private static partial Regex ItSubject();

    [GeneratedRegex(@"^[ \t“""]*(?:(?:But|And|However|Yet|Still|So|Meanwhile)[ \t,]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Connective();

    /// <summary>
    /// A company as the subject of a speech verb: its name or a stand-in for it ("the company said", "a spokesperson
    /// told"). A bare "it" is left alone: it may stand for a ministry, a government or a report as well.
    /// </summary>
    private static string? OrganisationSpeaker(DocumentContext ctx, ClaimSpan range)
    {
        if (range.Length <= 0)
        {
            return null;
        }

        var phrase = ctx.Slice(range).Trim().TrimEnd(',').Trim();
        var named = ctx.Organisations.Find(o => phrase.EndsWith(o, StringComparison.Ordinal) || OrganisationVoice(phrase, o));
        if (named is not null)
        {
            return named;
        }

        if (ctx.MainOrganisation is not { } main)
        {
            return null;
        }

        return Organisations.IsStandIn(phrase) ? Organisations.Speaker(phrase, main) : null;
    }

    /// <summary>
    /// "A government spokesperson said", "the commerce ministry said": a subject whose head noun is a voice or a body
    /// but which names no one is the speaker as written, without its determiner. A definite one ("the ministry") is the
    /// fullest earlier phrase of the report with that head ("China's commerce ministry"). Plural heads ("officials")
    /// stay unattributed: a group is rarely one speaker.
    /// </summary>
    private static string? VoiceSpeaker(DocumentContext ctx, ClaimSpan range)
    {
        if (range.Length <= 0)
        {
            return null;
        }

        var phrase = TrailingAdjunct().Replace(ctx.Slice(range).TrimEnd().TrimEnd(',').TrimEnd(), "");
        var m = VoicePhrase().Match(phrase);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Groups["np"].Value;
        var head = m.Groups["head"].Value;
        var definite = m.Groups["det"].Value.Equals("the", StringComparison.OrdinalIgnoreCase);
        if (head.StartsWith("spokes", StringComparison.Ordinal) && (definite || words == head))
        {
            // "The company spokesperson added": the person just quoted, not a new speaker; "a spokesperson said" names no one.
            return null;
        }

        if (definite && words == head)
        {
            string? fullest = null;
            foreach (Match earlier in EarlierVoice().Matches(ctx.Text, 0))
            {
                if (earlier.Index >= range.Start)
                {
                    break;
                }

                if (earlier.Groups["head"].Value == head)
                {
                    fullest = earlier.Groups["np"].Value;
                }
            }

            return fullest ?? head;
        }

        return words;
    }

    // Voices and bodies, and the orders a head of government signs, which speak as written ("the order said").
    private const string VoiceHead = @"(?<head>spokesperson|spokesman|spokeswoman|ministry|department|government|embassy|commission|agency|regulator|office|association|federation|council|chamber|union|lobby|secretariat|cabinet|presidency|order|proclamation|decree|directive|memorandum)";

    // The subject's last noun phrase: an optional determiner, up to three modifiers (a possessive among them), the head.
    [GeneratedRegex(@"(?:^|[ \t,])[ \t]*(?:(?<det>[Tt]he|[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir)[ \t]+)?(?<np>(?:[\p{L}\-]+(?:['’]s)?[ \t]+){0,3}?" + VoiceHead + @")$", RegexOptions.CultureInvariant)]
    private static partial Regex VoicePhrase();

    // Words of time or manner between a subject and its verb: "the ministry on Monday said", "the agency also said".
    [GeneratedRegex(@"(?:,?[ \t]+(?:(?:on|last|this|late|early)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\d{1,2})?|also|again|yesterday|today|earlier|later|separately|previously|itself))+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAdjunct();

    // A body named earlier with its modifiers: "China's commerce ministry", "the Treasury's press office".
    [GeneratedRegex(@"(?<![\p{L}\-])(?<np>(?:\p{Lu}[\p{L}\-]*['’]s[ \t]+)?(?:(?!(?:the|a|an|its|their|his|her|and|or|of|to|in|on|at|by|for|said|says)\b)[\p{Ll}\-]+[ \t]+){1,2}" + VoiceHead + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierVoice();

    /// <summary>
    /// "an Acme spokesperson", "Acme's spokesman", "economists at Acme", "a spokesperson for the Acme Group": words that
    /// speak for the organisation, with nothing after them but the speech verb.
    /// </summary>
    private static bool OrganisationVoice(string phrase, string organisation)
    {
        var at = phrase.LastIndexOf(organisation, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && char.IsLetterOrDigit(phrase[at - 1])))
        {
            return false;
        }

        var head = phrase[..at];
        var tail = phrase[(at + organisation.Length)..];
        return (tail.Length == 0 && VoiceBefore().IsMatch(head)) || VoiceAfter().IsMatch(tail);
    }

    private const string Voice = @"(?:spokesperson|spokesman|spokeswoman|representative|official|officials|economists|analysts|strategists|researchers|executive|executives)";

    [GeneratedRegex(@"^(?:['’]s)?[ \t]+" + Voice + @"$", RegexOptions.CultureInvariant)]
    private static partial Regex VoiceAfter();

    [GeneratedRegex(@"\b" + Voice + @"[ \t]+(?:for|at|of|from|with)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VoiceBefore();

    /// <summary>
    /// "Anna Berg, the finance minister, who spoke after Paul Grant, the trade secretary, said ...": when a comma closes
    /// the words before the verb, they are an apposition or a relative clause of the first person named, who is the
    /// subject; the people named inside them are not. Null when the range is not so built.
    /// </summary>
    private static string? AppositiveSubject(DocumentContext ctx, ClaimSpan range)
    {
        if (range.Length <= 0 || !ctx.Slice(range).TrimEnd().EndsWith(','))
        {
            return null;
        }

        var people = ctx.PeopleIn(range).ToList();
        if (people.Count < 2 || people[0].Kind != MentionKind.Person)
        {
            return null;
        }

        var first = people[0];
        var after = ctx.Text.AsSpan(first.Span.End, range.End - first.Span.End).TrimStart();
        var lead = ctx.Text.AsSpan(range.Start, first.Span.Start - range.Start);
        return after.StartsWith(",") && TariffFinder.CountWords(lead) <= 3 ? first.Value : null;
    }

    private static string? LastPersonIn(DocumentContext ctx, ClaimSpan range)
    {
        foreach (var m in ctx.PeopleIn(range).Reverse())
        {
            if (m.Kind == MentionKind.Person)
            {
                return m.Value;
            }

            if (m.Kind == MentionKind.Pronoun)
            {
                return ctx.ResolvePronoun(m.Span.Start);
            }
        }

        return null;
    }

    private static string? FirstSpeakerIn(DocumentContext ctx, ClaimSpan range, bool allowNewName, bool last = false)
    {
        if (range.Length <= 0)
        {
            return null;
        }

        var people = ctx.PeopleIn(range).ToList();
        if (people.Count > 0)
        {
            var m = last ? people[^1] : people[0];
            return m.Kind == MentionKind.Pronoun ? ctx.ResolvePronoun(m.Span.Start) : m.Value;
        }

        if (!allowNewName)
        {
            return null;
        }

        var slice = ctx.Slice(range);
        foreach (Match n in NamePattern().Matches(slice))
        {
            if (n.Value.Contains(' ', StringComparison.Ordinal) && ctx.Gazetteer.EconomyOf(n.Value) is null
                && !ctx.Gazetteer.Places.ContainsKey(n.Value) && !n.Value.StartsWith("The ", StringComparison.Ordinal))
            {
                return NameIn(ctx.Gazetteer, WholeRun(slice, n));
            }
        }

        var economy = ctx.EconomiesIn(range).FirstOrDefault();
        return economy.Value is null ? null : DocumentContext.DisplayName(economy.Value);
    }
}
