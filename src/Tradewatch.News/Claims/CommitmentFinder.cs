using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// Finds deadlines (a day tied to "deadline", "take effect", "expire", "by") and agreements (an
/// agreement word with at least two parties, and the place and date the sentence gives; an
/// agreement without a place borrows the only city the report holds a meeting in).
/// </summary>
internal static partial class CommitmentFinder
{
    // Words that tie a day to something due: a deadline, a start ("take effect", "go into effect", "scheduled to
    // start", "kick in", "be launched"), an end ("expire", "run out", "lapse") or a limit ("by", "until" after one of these).
    [GeneratedRegex(@"\b(?:deadlines?|(?:take|takes|took|taking|go|goes|went|going|come|comes|came|coming|enter|enters|entered|put)[ \t]+(?:in)?to[ \t]+(?:effect|force)|(?:take|takes|took|taking)[ \t]+effect|in[ \t]+effect[ \t]+(?:from|on|as[ \t]+of)|effective|kicks?[ \t]+in|kicked[ \t]+in|(?:scheduled|due|set|slated)[ \t]+to[ \t]+(?:start|begin|expire|end|take|go|come|kick|be[ \t]+launched|be[ \t]+imposed|rise|lapse)|(?:will|would)[ \t]+be[ \t]+(?:launched|imposed)|expires?|expired|expiring|expiry|expiration|runs?[ \t]+out|ran[ \t]+out|lapses?|lapsed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineWord();

    /// <summary>
    /// A verb that starts or ends something only when what it is said of can fall due ("the pause ends on July 9", "the
    /// duties start from Friday"; not "talks began on Monday"): read as a deadline word in a clause naming such a thing.
    /// </summary>
    [GeneratedRegex(@"\b(?:ends|end|ended|ending|starts|start|started|starting|begins|begin|began|beginning|resumes?|resumed|kicks?[ \t]+off)(?=[ \t]+(?:on|in|from|at|after)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StartOrEndVerb();

    [GeneratedRegex(@"\b(?:agreement|deal|accord|truce|ceasefire|framework|pact|joint[ \t]+statement|agreed|consensus|understanding|arrangement|settlement)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgreementWord();

    /// <summary>
    /// An agreement denied or missing: "no deal", "no trade agreement", "did not reach", "without a free trade agreement",
    /// "in the absence of a deal", "the lack of an accord".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:no|without|absence[ \t]+of|lack[ \t]+of|lacking)[ \t]+(?:[\w-]+[ \t]+){0,4}(?:deal|agreement|accord|pact|truce)|not[ \t]+(?:reach|agree)|failed[ \t]+to|if[ \t]+no)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    /// <summary>A verb that makes an agreement happen, as against one that only mentions it ("while the truce holds").</summary>
    [GeneratedRegex(@"\b(?:agreed|agree|agrees|reached|struck|signed|sealed|clinched|concluded|announced|unveiled)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MadeVerb();

    /// <summary>A day that bounds a span ("since November 10", "until May 3") rather than dating an event.</summary>
    [GeneratedRegex(@"\b(?:since|from|until|till|by|through|before|after)[ \t]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherTimeBefore();

    /// <summary>A dateline's day: "LONG BEACH, Dec 3 (Agency) -".</summary>
    [GeneratedRegex(@"^[ \t]*(?:\(|[-–—])", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineAfter();

    /// <summary>A limit word just before a day: "by Friday", "until March 4", "starting Tuesday", "from April 2".</summary>
    [GeneratedRegex(@"\b(?:by|until|till|starting|beginning|from|no[ \t]+later[ \t]+than)[ \t]+(?:(?:on|midnight|the|end[ \t]+of)[ \t]+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LimitBefore();

    /// <summary>Something that can fall due: a measure, a pause or an agreement.</summary>
    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|levy|levies|deadline|truce|ceasefire|pause|suspension|exemptions?|order|measures?|bans?|controls?|restrictions?|curbs?|quotas?|sanctions?|agreement|deal|rates?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DueThing();

    [GeneratedRegex(@"\b(?:in|at)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InOrAt();

    /// <summary>What may stand between a city and the agreement word it names: "Geneva deal", "Geneva trade truce", "London-brokered framework".</summary>
    [GeneratedRegex(@"^(?:['’]s)?(?:[ \t]+|-)(?:(?:trade|tariff|brokered|interim|initial|preliminary|framework|joint|ceasefire)[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AttributiveGap();

    /// <summary>The two parties spoken of together without their names: "the two sides", "both countries".</summary>
    [GeneratedRegex(@"\b(?:the[ \t]+two|both)[ \t]+(?:sides|countries|nations|economies|governments|superpowers|capitals|delegations)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BothSides();

    /// <summary>An agreement only sought, not made: "to strike a deal", "hopes for an agreement", "seeking a deal", "talks on a truce".</summary>
    [GeneratedRegex(@"(?:\b(?:to|could|would|might|may|will|can|cannot|can't)[ \t]+(?:strike|reach|sign|seal|clinch|secure|conclude|negotiate|finali[sz]e|make|get|hammer[ \t]+out|work[ \t]+out|agree[ \t]+on)|\b(?:seek|seeks|seeking|sought|hope|hopes|hoping|hoped|push|pushes|pushing|pursue|pursuing|want|wants|wanted|urged?|pressing|press)(?:[ \t]+(?:for|on))?)[ \t]+(?:(?:a|an|any|the|new|possible|trade|broader|final|lasting)[ \t]+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Sought();

    public static void Find(DocumentContext ctx, List<ExtractedClaim> claims)
    {
        var meetingCities = claims.Select(c => c.Facts).OfType<MeetingFacts>().Select(m => m.Place)
            .Where(p => p is not null && ctx.IsCity(p)).Distinct().ToList();
        foreach (var sentence in ctx.Sentences)
        {
            var text = ctx.Slice(sentence);
            var dates = ctx.DatesIn(sentence);
            FindDeadlines(ctx, sentence, text, dates, claims);

            var agreement = AgreementWord().Matches(text).FirstOrDefault(a => !Sought().IsMatch(text.AsSpan(0, a.Index)));
            if (agreement is null || Negated().IsMatch(text))
            {
                continue;
            }

            var at = sentence.Start + agreement.Index;

            var parties = ctx.EconomiesIn(sentence).Select(e => e.Value).ToList();
            foreach (var m in ctx.PeopleIn(sentence))
            {
                if (m.Kind == MentionKind.Person && ctx.EconomyOfPerson(m.Value) is { } economy)
                {
                    parties.Add(economy);
                }
            }

            parties = parties.Distinct().ToList();
            // "the Geneva deal", "the London framework": a city written before the agreement word names where it was made.
            var named = agreement.Value.Equals("agreed", StringComparison.OrdinalIgnoreCase) ? null : ctx.PlaceMentions.Where(p => p.Span.End <= at && p.Span.Start >= sentence.Start && ctx.IsCity(p.Name)
                    && AttributiveGap().IsMatch(ctx.Text.AsSpan(p.Span.End, at - p.Span.End)))
                .Select(p => p.Name).LastOrDefault();
            // Only for an agreement made (a verb of making it, not in the future) or named by its city.
            var made = MadeVerb().IsMatch(text) && !Text.Tense.IsFuture(text);
            if (parties.Count < 2 && (named is not null || made))
            {
                // "the two sides agreed", "under the Geneva deal", "the deal with Japan, announced on July 22": the parties the
                // sentence leaves out are the two the report is about, or the one it names and the report's other.
                if (parties.Count == 0 && ctx.MainEconomies.Count >= 2 && (BothSides().IsMatch(text) || named is not null))
                {
                    parties.AddRange(ctx.MainEconomies.Take(2));
                }
                else if (parties.Count == 1 && ctx.Counterpart(parties[0]) is { } other)
                {
                    parties.Add(other);
                }
            }

            if (parties.Count < 2)
            {
                continue;
            }

            var place = named ?? ctx.PlaceMentions.Where(p => p.Span.Start >= sentence.Start && p.Span.End <= sentence.End && Math.Abs(p.Span.Start - at) < 60
                    && InOrAt().IsMatch(ctx.Text.AsSpan(sentence.Start, p.Span.Start - sentence.Start)))
                .Select(p => p.Name).FirstOrDefault(ctx.IsCity);
            if (place is null && meetingCities.Count == 1)
            {
                place = meetingCities[0];
            }

            // The day the agreement word stands beside, else one that opens the sentence before it ("On Monday, after
            // talks in Geneva, the two sides agreed"), else the last day of the talks it came out of.
            // A day that bounds a span ("extend the truce for 90 days from August 12") is one of its terms, not its date.
            var date = dates.Where(d => d.Date is not null && !d.IsVague && d.Span.Start - at < 60 && at - d.Span.Start < 40
                    && !OtherTimeBefore().IsMatch(ctx.Text.AsSpan(sentence.Start, d.Span.Start - sentence.Start))).Select(d => d.Date).FirstOrDefault()
                ?? (MadeVerb().IsMatch(text) ? dates.Where(d => d.Date is { IsDay: true } && !d.IsVague && d.Span.Start < at && !ClauseBetween(ctx.Text, d.Span.End, at)
                    && !OtherTimeBefore().IsMatch(ctx.Text.AsSpan(sentence.Start, d.Span.Start - sentence.Start))
                    && !DatelineAfter().IsMatch(ctx.Text.AsSpan(d.Span.End, sentence.End - d.Span.End))).Select(d => d.Date).FirstOrDefault() : null)
                ?? MeetingEnd(claims, place);
            claims.Add(new ExtractedClaim(new AgreementFacts(place, date, parties, Shorten(text, 30)), sentence));
        }
    }

    /// <summary>The last day of the one meeting held in <paramref name="place"/>, when the claims so far give it to the day.</summary>
    private static ClaimDate? MeetingEnd(List<ExtractedClaim> claims, string? place)
    {
        if (place is null)
        {
            return null;
        }

        var days = claims.Select(c => c.Facts).OfType<MeetingFacts>().Where(m => m.Place == place && m.Start is { IsDay: true })
            .Select(m => m.End is { IsDay: true } end ? end : m.Start!.Value).Distinct().ToList();
        return days is [var only] ? only : null;
    }

    /// <summary>
    /// One deadline per deadline word: the day written nearest after it in the same clause ("take effect at
    /// 12:01 a.m. on May 3"), else the one just before it ("on Thursday, the tariffs take effect"). The subject
    /// is the clause the word stands in, so two stages of one order ("cars on April 3, parts on May 3") stay apart.
    /// </summary>
    private static void FindDeadlines(DocumentContext ctx, ClaimSpan sentence, string text, List<DateMention> dates, List<ExtractedClaim> claims)
    {
        // A day, or a month a deadline word is tied to ("the truce lapses in August"): a month given alone stands for itself.
        var days = dates.Where(d => d.Date is { Precision: >= 1 } && !d.IsVague).ToList();
        if (days.Count == 0)
        {
            return;
        }

        var used = new HashSet<DateMention>();
        var words = DeadlineWord().Matches(text).Concat(StartOrEndVerb().Matches(text).Where(v => DueThing().IsMatch(ClauseText(ctx.Text, sentence, sentence.Start + v.Index))))
            .OrderBy(w => w.Index);
        foreach (var word in words)
        {
            var at = sentence.Start + word.Index;
            var end = at + word.Length;
            var after = days.Where(d => !used.Contains(d) && d.Span.Start >= end && d.Span.Start - end <= 60
                    && !ClauseBetween(ctx.Text, end, d.Span.Start)).OrderBy(d => d.Span.Start).FirstOrDefault();
            var chosen = after ?? days.Where(d => !used.Contains(d) && d.Span.End <= at && at - d.Span.End <= 40
                    && !ClauseBetween(ctx.Text, d.Span.End, at)).OrderByDescending(d => d.Span.Start).FirstOrDefault();
            if (chosen is null)
            {
                continue;
            }

            used.Add(chosen);
            var clause = ClauseAround(ctx.Text, sentence, Math.Min(at, chosen.Span.Start), Math.Max(end, chosen.Span.End));
            claims.Add(new ExtractedClaim(new DeadlineFacts(chosen.Date!.Value, Shorten(ctx.Slice(clause), 20)), clause));
        }

        // "The pause runs until March 4", "tariffs starting Tuesday": a day right after a limit word, in a clause that
        // names something that can fall due.
        foreach (var day in days.Where(d => d.Date is { IsDay: true }))
        {
            if (used.Contains(day) || day.IsVague || !LimitBefore().IsMatch(ctx.Text.AsSpan(sentence.Start, day.Span.Start - sentence.Start)))
            {
                continue;
            }

            var clause = ClauseAround(ctx.Text, sentence, day.Span.Start, day.Span.End);
            if (!DueThing().IsMatch(ctx.Text.AsSpan(clause.Start, clause.Length)))
            {
                continue;
            }

            used.Add(day);
            claims.Add(new ExtractedClaim(new DeadlineFacts(day.Date!.Value, Shorten(ctx.Slice(clause), 20)), clause));
        }
    }

    [GeneratedRegex(@"[;]|,[ \t]+(?:and|but|while|whereas|with)\b|\b(?:and|but)[ \t]+(?:that|the|its|his|her|their)\b|[ \t]with[ \t]+the\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    /// <summary>The words of the clause of <paramref name="sentence"/> that holds position <paramref name="at"/>.</summary>
    private static string ClauseText(string text, ClaimSpan sentence, int at)
    {
        var clause = ClauseAround(text, sentence, at, at + 1);
        return text.Substring(clause.Start, clause.Length);
    }

    private static bool ClauseBetween(string text, int from, int to) => to > from && ClauseBoundary().IsMatch(text.AsSpan(from, to - from));

    /// <summary>The clause of the sentence that holds [from, to): from the boundary before it to the one after.</summary>
    private static ClaimSpan ClauseAround(string text, ClaimSpan sentence, int from, int to)
    {
        var start = sentence.Start;
        var end = sentence.End;
        foreach (Match m in ClauseBoundary().Matches(text, sentence.Start))
        {
            if (m.Index >= sentence.End)
            {
                break;
            }

            if (m.Index + m.Length <= from)
            {
                start = m.Index + m.Length;
            }
            else if (m.Index >= to)
            {
                end = m.Index;
                break;
            }
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return new ClaimSpan(start, Math.Max(end, start));
    }

    [GeneratedRegex(@"\b(?:expir\w*|runs?[ \t]+out|ran[ \t]+out|laps\w*|deadlines?|set[ \t]+to[ \t]+end|due[ \t]+to[ \t]+end)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndWord();

    /// <summary>What a deadline's subject says happens on its day: an "end" (expiry, deadline) or a "start"; null for neither.</summary>
    internal static string? EventOf(string subject) =>
        EndWord().IsMatch(subject) ? "end" : DeadlineWord().IsMatch(subject) ? "start" : null;

    private static string Shorten(string text, int words)
    {
        var parts = text.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? string.Join(' ', parts) : string.Join(' ', parts.Take(words)) + " ...";
    }
}
