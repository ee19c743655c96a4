using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// Finds meetings (a meeting word near a place: "talks in London", "met at Lancaster House in
/// London on Monday") and calls ("a phone call between Trump and Xi", "spoke by phone with"). The
/// place is the city (or, failing one, the country) named; the venue a building "at" which it
/// happens; the dates those written after the meeting word; the participants the people named.
/// A meeting spoken of in the present tense without a date is taken to be on the publication day.
/// </summary>
internal static partial class EventFinder
{
    // A noun of talks may open the sentence ("Talks between ... in Brussels"), so it is matched with a capital too.
    [GeneratedRegex(@"\b(?:[Mm]eeting|[Mm]eetings|met|meet|meets|[Tt]alks|[Nn]egotiations|gathering|session|[Ss]ummit|[Cc]onsultations|convened|convene|sit-down|(?:sat|sit|sits|sitting)[ \t]+down|arrived|negotiators|hosted|hosts|hosting|host|gather|gathers|gathered|received|receives|receiving|welcomed|welcomes|welcoming|huddled|conferred)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingWord();

    /// <summary>Where someone spoke, just before a place: "said in Ottawa", "told reporters in Beijing", "speaking at".</summary>
    [GeneratedRegex(@"\b(?:said|says|saying|told|tells|telling|speaking|spoke|speaks|announced|stated|added|wrote|posted|briefed|remarked|commented|declared|insisted|warned)\b[^,;.]{0,30}?\b(?:in|at|from)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpokeAt();

    /// <summary>What may stand between a place and a meeting word after it: a purpose ("in London for talks") or a fronted place ("In Rome, the talks").</summary>
    [GeneratedRegex(@"^(?:[^,;.]*?\bfor[ \t]+(?:[\w-]+[ \t]+){0,3}|[ \t]*,[ \t]*(?:(?:the|their|a|an|two|both)[ \t]+)?(?:[\w-]+[ \t]+){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceThenMeeting();

    /// <summary>A verb that says when a meeting began or was held, just before its day: "began on", "opened", "took place on".</summary>
    [GeneratedRegex(@"\b(?:began|begins|begin|started|starts|opened|opens|kicked[ \t]+off|kick[ \t]+off|kicks[ \t]+off|resumed|resumes|resume|took[ \t]+place|take[ \t]+place|takes[ \t]+place|(?:was|were|are|is|be)[ \t]+held|convened)[ \t]+(?:on[ \t]+|in[ \t]+|last[ \t]+|this[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BeganOn();

    [GeneratedRegex(@"\bat[ \t]+(?:the[ \t]+)?(?<venue>(?:\p{Lu}[\p{L}'’\-]+[ \t]+){0,3}(?:House|Palace|Hall|Centre|Center|Hotel|Resort|Building|Castle|Manor|Lodge|Club|Court|Guesthouse|Institute))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Venue();

    [GeneratedRegex(@"\b(?:are|is)[ \t]+(?:meeting|taking[ \t]+place|underway|under[ \t]+way|holding)|\btoday\b|\bare[ \t]+representing\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ongoing();

    /// <summary>
    /// How many days talks lasted that the sentence tells of as just ended ("concluded two days of talks", "after
    /// three days of negotiations", "wrapped up two-day talks"); null when it tells of none, or places them
    /// further back ("earlier", "last", "ago", "previous").
    /// </summary>
    private static int? JustEnded(string text)
    {
        var m = EndedDays().Match(text);
        if (!m.Success || FurtherBack().IsMatch(text))
        {
            return null;
        }

        var n = m.Groups["n"].Value.ToLowerInvariant();
        return n switch { "two" or "2" => 2, "three" or "3" => 3, "four" or "4" => 4, "five" or "5" => 5, _ => null };
    }

    /// <summary>How many days talks lasted that the sentence says ended, wherever it places them; null when it says not.</summary>
    private static int? JustEndedDays(string text)
    {
        var m = EndedDays().Match(text);
        return !m.Success ? null : m.Groups["n"].Value.ToLowerInvariant() switch { "two" or "2" => 2, "three" or "3" => 3, "four" or "4" => 4, "five" or "5" => 5, _ => null };
    }

    /// <summary>A verb of ending just before the day (within the meeting's clause): "ended on", "wrapped up ... on", "concluded".</summary>
    [GeneratedRegex(@"\b(?:ended|ends|concluded|concludes|wrapped[ \t]+up|wraps[ \t]+up|finished|closed|wound[ \t]+up|broke[ \t]+up)\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EndedOn();

    /// <summary>A preposition of place just before a place, with the words that narrow it: "in central", "in the Swiss city of".</summary>
    [GeneratedRegex(@"\b(?:in|at|to)(?:[ \t]+the)?(?:[ \t]+(?:central|downtown|northern|southern|eastern|western|suburban|(?:\p{L}+[ \t]+)?(?:city|capital|town|resort|port)[ \t]+of))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePreposition();

    /// <summary>What places people just after their noun: "(negotiators) in", "(negotiators) from the".</summary>
    [GeneratedRegex(@"^[ \t]+(?:in|from|based[ \t]+in)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeoplePlaced();

    /// <summary>A meeting noun a place qualifies, just after it: "(the Stockholm) talks", "(the Geneva) trade negotiations".</summary>
    [GeneratedRegex(@"\G(?:['’]s)?[ \t]+(?:(?:trade|economic|tariff|round|high-level|bilateral|peace)[ \t]+)?(?:talks|meeting|meetings|negotiations|summit|consultations|discussions)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttributivePlace();

    [GeneratedRegex(@"\b(?:concluded|ended|wrapped[ \t]+up|finished|closed|completed|after|followed|following)[ \t]+(?:(?:the|their|its|a|an)[ \t]+)?(?:(?<n>two|three|four|five|[2-5])[ \t]+days[ \t]+of[ \t]+(?:[^.;:]{0,60}?[ \t])?|(?<n>two|three|four|five|[2-5])-day[ \t]+(?:[\w-]+[ \t]+){0,3})(?:talks|negotiations|meetings|consultations|discussions)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndedDays();

    [GeneratedRegex(@"\b(?:earlier|last|previous|ago|prior)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FurtherBack();

    [GeneratedRegex(@"\b(?:phone[ \t]+call|phone[ \t]+conversation|call|calls|(?:spoke|spoken|speak|speaks)[ \t]+by[ \t]+phone|talked[ \t]+by[ \t]+phone|phoned|telephone[ \t]+call|video[ \t]+call|spoke[ \t]+by[ \t]+telephone|(?:spoke|spoken|talked|speaking|talking)[ \t]+(?:on|over)[ \t]+the[ \t]+(?:phone|telephone)|(?:phone|telephone)[ \t]+(?:talks|conversations?|calls?))\b", RegexOptions.CultureInvariant)]
    private static partial Regex CallWord();

    public static void Find(DocumentContext ctx, List<ExtractedClaim> claims)
    {
        foreach (var sentence in ctx.Sentences)
        {
            var text = ctx.Slice(sentence);
            FindMeeting(ctx, sentence, text, claims);
            FindCall(ctx, sentence, text, claims);
        }
    }

    private static void FindMeeting(DocumentContext ctx, ClaimSpan sentence, string text, List<ExtractedClaim> claims)
    {
        // A meeting only wished for, offered or supposed ("could meet", "hopes to meet", "a possible summit") was not held;
        // nor one denied or called off; and a word in another sense ("met expectations", "the Tokyo session") is no meeting.
        var words = MeetingWord().Matches(text).Where(w => !Hypothetical().IsMatch(text.AsSpan(0, w.Index)) && InMeetingSense(ctx, sentence, text, w)).ToList();
        if (words.Count == 0)
        {
            return;
        }

        var venue = Venue().Match(text);
        foreach (var (span, name) in ctx.PlaceMentions.Where(p => p.Span.Start >= sentence.Start && p.Span.End <= sentence.End))
        {
            var placeAt = span.Start - sentence.Start;
            // A meeting word before the place within nine words, or further back in one clause with no comma or clause word between:
            // "hosted executives from Ford and General Motors at the Commerce Department in Washington".
            var word = words.LastOrDefault(w => w.Index < placeAt && TariffFinder.CountWords(text.AsSpan(w.Index, placeAt - w.Index)) <= 9)
                ?? words.LastOrDefault(w => w.Index < placeAt && TariffFinder.CountWords(text.AsSpan(w.Index, placeAt - w.Index)) <= 15
                    && !OneClauseBreak().IsMatch(text.AsSpan(w.Index, placeAt - w.Index)))
                ?? words.FirstOrDefault(w => w.Index > placeAt && TariffFinder.CountWords(text.AsSpan(placeAt, w.Index - placeAt)) <= 5);
            if (word is null || (word.Value == "arrived" && !venue.Success))
            {
                continue;
            }

            // "Chinese negotiators in Beijing have signalled ...": a place right after the people who negotiate says where they are,
            // not where anyone met.
            if (word.Value == "negotiators" && word.Index < placeAt && PeoplePlaced().IsMatch(text.AsSpan(word.Index + word.Length, placeAt - word.Index - word.Length)))
            {
                continue;
            }

            // "said in Ottawa that talks ...", "speaking to reporters in Beijing": where someone spoke, not where anyone met.
            if (SpokeAt().IsMatch(text.AsSpan(Math.Max(0, placeAt - 50), Math.Min(50, placeAt))))
            {
                continue;
            }

            // A meeting word after the place is the place's only as the verb of a clause it opens ("In Geneva, negotiators met"), a
            // purpose ("in London for talks") or a fronted place ("In Rome, the talks began"); "Markets in Seoul fell after the
            // meeting" and "Officials in Washington said negotiations stalled" place people, not the meeting.
            if (word.Index > placeAt && !(word.Value is "met" or "meet" or "meets" or "convened" or "convene" or "hosted" or "hosts" or "hosting" or "host" or "gather" or "gathers" or "gathered")
                && !PlaceThenMeeting().IsMatch(text.AsSpan(span.End - sentence.Start, word.Index - (span.End - sentence.Start)))
                && !(AttributivePlace().Match(text, span.End - sentence.Start) is { Success: true } qualifies && qualifies.Index == span.End - sentence.Start))
            {
                continue;
            }

            // "talks ... to restore a truce agreed in Bangkok": a place after another event's verb is that event's.
            if (word.Index < placeAt && OtherEventVerb().IsMatch(text.AsSpan(word.Index + word.Length, placeAt - word.Index - word.Length)))
            {
                continue;
            }

            // The place is where the meeting is: after "in", "at", "to" ("in central Stockholm", "in the Swiss city of Geneva"),
            // set off by a comma, or named before the meeting noun it qualifies ("the Stockholm talks", "the Geneva meeting").
            var prefix = text[..placeAt].TrimEnd();
            var attributive = AttributivePlace().Match(text, span.End - sentence.Start);
            if (!(PlacePreposition().IsMatch(prefix) || prefix.EndsWith(',') || (attributive.Success && attributive.Index == span.End - sentence.Start)))
            {
                continue;
            }

            var windowStart = sentence.Start + Math.Min(word.Index, placeAt);
            var windowEnd = Math.Min(sentence.End, span.End + 60);
            // A date past a clause word ("..., came as a truce agreed in May") is another event's.
            var clause = ClauseBreak().Match(ctx.Text, span.End, windowEnd - span.End);
            if (clause.Success)
            {
                windowEnd = clause.Index;
            }

            // "..., his office announced on June 7": a date after a verb of saying is the report's.
            var dates = ctx.DatesIn(sentence)
                .Where(d => d.Span.Start >= windowStart && d.Span.Start < windowEnd && d.Date is not null && !ReportedDay(ctx.Text, d.Span.Start))
                .ToList();
            if (dates.Count == 0)
            {
                // "The talks in Madrid, the fourth round since May, began on Sunday": the day the meeting's own verb of beginning names.
                var placeEnd = span.End - sentence.Start;
                dates = ctx.DatesIn(sentence)
                    .Where(d => d.Date is not null && d.Span.Start - sentence.Start > placeEnd && BeganOn().IsMatch(text.AsSpan(placeEnd, d.Span.Start - sentence.Start - placeEnd)))
                    .Take(1)
                    .ToList();
            }

            if (dates.Count == 0)
            {
                // "On Tuesday, negotiators met in Stockholm", "Last month, officials gathered in Ottawa": a date that opens the
                // sentence, set off by its comma, dates the clause it opens when no other clause begins between it and the meeting word.
                dates = ctx.DatesIn(sentence)
                    .Where(d => d.Date is not null && d.Span.End <= sentence.Start + word.Index
                        && FrontedDate().IsMatch(ctx.Text.AsSpan(sentence.Start, d.Span.Start - sentence.Start))
                        && !SpanOfTime().IsMatch(ctx.Text.AsSpan(d.Span.Start, d.Span.End - d.Span.Start))
                        && ctx.Text.AsSpan(d.Span.End, sentence.Start + word.Index - d.Span.End) is var between
                        && between.TrimStart() is [',', ..] && !OneClauseBreak().IsMatch(between.TrimStart()[1..]))
                    .Take(1)
                    .ToList();
            }

            if (dates.Count == 0 && InPassing(text, word))
            {
                // "ahead of the summit in Riyadh": a meeting named only as the time of something else, with no day of its own.
                continue;
            }

            ClaimDate? start = dates.Count > 0 ? dates.Select(d => d.Date!.Value).Min(DateComparer.Instance) : null;
            ClaimDate? end = dates.Count > 0 ? dates.Select(d => d.End ?? d.Date!.Value).Max(DateComparer.Instance) : null;
            var byPublication = dates.Count > 0 && dates.TrueForAll(d => d.CountedFromPublication);
            if (start is null && Ongoing().IsMatch(text) && ctx.Published is { } p)
            {
                start = ClaimDate.Of(p);
                byPublication = true;
            }
            else if (start is null && ctx.Published is { } reported && JustEnded(text) is { } days)
            {
                byPublication = true;
                // "have concluded two days of talks", "after three days of negotiations": talks of several days, just
                // ended, are reported the day after their last, as the news of a day's evening reaches the next day's pages.
                (start, end) = (ClaimDate.Of(reported.AddDays(-days)), ClaimDate.Of(reported.AddDays(-1)));
            }

            if (start is not null && dates.Count == 1 && EndedOn().IsMatch(ctx.Text.AsSpan(sentence.Start, dates[0].Span.Start - sentence.Start)))
            {
                // "the talks ended on Tuesday", "wrapped up two days of talks in Stockholm on Tuesday": the day named is the
                // last; the first is as many days before it as the talks lasted, else unknown.
                end = start;
                start = JustEndedDays(text) is { } lasted && end is { IsDay: true } last && last.AsDate is { } lastDay
                    ? ClaimDate.Of(lastDay.AddDays(1 - lasted)) : null;
            }

            if (end == start)
            {
                end = null;
            }

            var participants = ctx.PeopleIn(sentence).Where(m => m.Kind == MentionKind.Person).Select(m => m.Value).Distinct().ToList();
            var venueName = venue.Success && Math.Abs(venue.Index - placeAt) < 80 ? venue.Groups["venue"].Value : null;
            var claimSpan = new ClaimSpan(sentence.Start + Math.Min(word.Index, placeAt), Math.Max(span.End, windowStart));
            claims.Add(new ExtractedClaim(new MeetingFacts(name, venueName, start, end, participants) { DatedByPublication = byPublication && start is not null }, claimSpan));
            return;
        }

        // "The meetings are taking place at Lancaster House", "met Trump at the White House on Wednesday": a venue with no
        // city named; a seat of government gives its city, and a day written after the meeting word in the same clause its date.
        // The meeting word must come before the venue in its clause ("met Trump at the White House"); "told reporters at
        // the White House that the negotiations ..." names where someone spoke.
        if (venue.Success && words.Exists(w => w.Index < venue.Index && TariffFinder.CountWords(text.AsSpan(w.Index, venue.Index - w.Index)) <= 10
            && !ReportingVerb().IsMatch(text.AsSpan(w.Index, venue.Index - w.Index))))
        {
            var participants = ctx.PeopleIn(sentence).Where(m => m.Kind == MentionKind.Person).Select(m => m.Value).Distinct().ToList();
            var from = sentence.Start + words[0].Index;
            var until = ClauseBreak().Match(ctx.Text, sentence.Start + venue.Index + venue.Length, sentence.End - (sentence.Start + venue.Index + venue.Length)) is { Success: true } brk ? brk.Index : sentence.End;
            var day = ctx.DatesIn(sentence).FirstOrDefault(d => d.Date is { IsDay: true } && !d.IsVague && d.Span.Start >= from && d.Span.Start < until);
            var start = day?.Date ?? (Ongoing().IsMatch(text) && ctx.Published is { } p ? ClaimDate.Of(p) : null);
            var venueName = venue.Groups["venue"].Value;
            claims.Add(new ExtractedClaim(new MeetingFacts(SeatCity(venueName), venueName, start, null, participants) { DatedByPublication = start is not null && (day is null || day.CountedFromPublication) },
                new ClaimSpan(sentence.Start + venue.Index, sentence.Start + venue.Index + venue.Length)));
            return;
        }

        // "A de-escalation meeting in May": a dated meeting with no place. It is kept so consolidation can
        // join it to the one meeting of that date another sentence or report places; alone, it is dropped there.
        var noun = DatedMeetingNoun().Match(text);
        if (noun.Success)
        {
            var at = sentence.Start + noun.Index + noun.Length;
            // "talks in May", or a day the meeting's own verb of beginning names: "The talks, which began on Monday, ...".
            var date = ctx.DatesIn(sentence)
                .FirstOrDefault(d => d.Date is not null && d.Span.Start >= at && TariffFinder.CountWords(ctx.Text.AsSpan(at, d.Span.Start - at)) <= 2)
                ?? ctx.DatesIn(sentence)
                .FirstOrDefault(d => d.Date is not null && d.Span.Start >= at && TariffFinder.CountWords(ctx.Text.AsSpan(at, d.Span.Start - at)) <= 6
                    && BeganOn().IsMatch(ctx.Text.AsSpan(at, d.Span.Start - at)) && !OtherClause().IsMatch(ctx.Text.AsSpan(at, d.Span.Start - at)));
            if (date?.Date is { } start)
            {
                var participants = ctx.PeopleIn(sentence).Where(m => m.Kind == MentionKind.Person).Select(m => m.Value).Distinct().ToList();
                claims.Add(new ExtractedClaim(new MeetingFacts(null, null, start, null, participants) { DatedByPublication = date.CountedFromPublication }, new ClaimSpan(sentence.Start + noun.Index, date.Span.End)));
            }
        }
    }

    [GeneratedRegex(@"\b(?:meeting|talks|negotiations|gathering|summit)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatedMeetingNoun();

    // "did not meet", "declined to meet", "without a meeting", "no talks": denied or refused; "no date has been set for the talks": not held.
    [GeneratedRegex(@"\b(?:not|never|n['’]t|declined[ \t]+to|refused[ \t]+to|failed[ \t]+to|cannot)[ \t]+(?:\p{L}+[ \t]+)?$|\b(?:without|no)[ \t]+(?:(?:a|an|any|the|further|more|new|formal|direct)[ \t]+)?(?:\p{L}+[ \t]+)?$|\bno[ \t]+(?:date|day|time)\b[^,;.]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Denied();

    // "the talks in Paris were called off": cancelled or put off after the word, in its clause.
    [GeneratedRegex(@"^[^,;.]{0,60}?\b(?:called[ \t]+off|cancell?ed|postponed|scrapped|put[ \t]+off|shelved)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CalledOff();

    // What follows "meet": its object's head, past determiners and names ("met US officials", "received a Japanese delegation").
    [GeneratedRegex(@"^[ \t]+(?:(?:the|its|their|our|his|her|all|these|those|market|analysts['’]?|new|most|some|any|a|an|\p{Lu}[\w.'’-]*|\d[\d.,]*)[ \t]+)*(?<head>[a-z][\w-]*)(?:[ \t]+(?<more>[a-z][\w-]*))?(?:[ \t]+(?<more>[a-z][\w-]*))?", RegexOptions.CultureInvariant)]
    private static partial Regex MeetObject();

    // "the Tokyo session" is a market's day; "gathering pace" a verb; as meeting nouns they follow a determiner or a kind of talks.
    [GeneratedRegex(@"\b(?:a|an|the|this|that|its|their|negotiating|negotiation|plenary|bilateral|closed-door|high-level|first|second|third|final|latest)[ \t]+(?:[\w-]+[ \t]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NounDeterminer();

    [GeneratedRegex(@"\b(?:will|would|to|can|could|may|might|shall|should|did|does|do)[ \t]+(?:\p{Ll}+ly[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostVerb();

    [GeneratedRegex(@"^[ \t]+(?:up|down|tough|back)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TalkVerb();

    [GeneratedRegex(@"^(?:pace|momentum|steam|speed|strength|dust|support|evidence|data|information)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GatheringObject();

    /// <summary>Words after "meet" that say with whom, where, when or how rather than what is satisfied.</summary>
    private static readonly HashSet<string> MeetFollowers = new(StringComparer.Ordinal)
    {
        "with", "in", "at", "on", "for", "again", "last", "this", "next", "early", "late", "later", "privately", "separately", "briefly",
        "face", "face-to-face", "virtually", "here", "there", "today", "yesterday", "tomorrow", "and", "to", "over", "behind", "during",
        "after", "before", "until", "since", "twice", "once", "regularly", "frequently", "soon", "counterpart", "counterparts", "officials",
        "delegation", "delegations", "delegates", "leaders", "team", "executives", "lawmakers", "members", "people", "heads", "him", "her",
        "them", "us", "me", "each", "one", "both", "two", "three", "four", "several", "directly", "personally", "formally", "informally",
    };

    /// <summary>
    /// Whether a meeting word is used of people coming together: not denied ("did not meet") or called off, "meet" not of a
    /// thing satisfied ("met expectations", "meet demand"), "session" and "gathering" as nouns of talks.
    /// </summary>
    private static bool InMeetingSense(DocumentContext ctx, ClaimSpan sentence, string text, Match word)
    {
        var before = text.AsSpan(0, word.Index);
        var after = text.AsSpan(word.Index + word.Length);
        if (Denied().IsMatch(before) || CalledOff().IsMatch(after))
        {
            return false;
        }

        switch (word.Value)
        {
            case "met" or "meet" or "meets" or "received" or "receives" or "receiving" or "welcomed" or "welcomes" or "welcoming":
                var obj = MeetObject().Match(after.ToString());
                if (!obj.Success)
                {
                    return true;
                }

                var head = obj.Groups["head"].Value;
                if (head == "with" && word.Value[0] == 'm')
                {
                    // "met with officials" is a meeting; "met with little success", "met with resistance" are not.
                    var with = MeetObject().Match(after[(obj.Groups["head"].Index + head.Length)..].ToString());
                    // The phrase's head is its last word: "stiff resistance" is no person, whatever "stiff" may name.
                    return !with.Success || MeetFollowers.Contains(with.Groups["head"].Value)
                        || ObjectWords(with).LastOrDefault() is { } noun && (ctx.Gazetteer.IsRoleHead(noun) || ctx.Gazetteer.IsRoleHead(noun.TrimEnd('s')));
                }


                // "welcomed the US commerce secretary": the object's noun may follow its modifiers, up to a word that ends the phrase.
                var people = MeetFollowers.Contains(head) || ObjectWords(obj).Any(w => ctx.Gazetteer.RoleHeads.Contains(w) || ctx.Gazetteer.RoleHeads.Contains(w.TrimEnd('s')));
                // "met briefly" is a meeting; "received a US delegation", "welcomed Carney" only when people are received:
                // "received a letter", "welcomed the decision" are not.
                return people || (word.Value[0] is not ('r' or 'w') && head.EndsWith("ly", StringComparison.Ordinal));
            case "talks" or "Talks":
                // "talks up tariffs", "talks tough": the verb, not the noun of talks.
                return !TalkVerb().IsMatch(after);
            case "session":
                return NounDeterminer().IsMatch(before) && !MarketSession().IsMatch(before);
            case "gathering":
                return NounDeterminer().IsMatch(before) && !GatheringObject().IsMatch(after.TrimStart());
            case "gather" or "gathers" or "gathered":
                // "Ministers gathered in Oslo" is a meeting; "protesters gathered", "fans gathered" are crowds.
                return !GatheringObject().IsMatch(after.TrimStart()) && OfficialsGather(ctx, sentence, text, word);
            case "host":
                // "host" as a verb after a modal or "to" ("will host", "to host"), not the noun ("a host of", "the host country").
                return HostVerb().IsMatch(before);
            default:
                return true;
        }
    }

    /// <summary>
    /// Whether those who gather are people who meet for others: a person named, or a subject headed by a role ("trade
    /// ministers", "provincial premiers", "G7 leaders") or a body of envoys ("delegations", "both sides"), in the clause
    /// before the verb. Crowds ("protesters", "fans", "shoppers") gather without meeting anyone.
    /// </summary>
    private static bool OfficialsGather(DocumentContext ctx, ClaimSpan sentence, string text, Match word)
    {
        var clause = text.AsSpan(0, word.Index);
        var from = clause.LastIndexOfAny(";:(—") + 1;
        var subject = clause[from..].ToString();
        foreach (Match w in Word().Matches(subject))
        {
            var noun = w.Value.ToLowerInvariant();
            var single = noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y" : noun.TrimEnd('s');
            if (ctx.Gazetteer.RoleHeads.Contains(noun) || ctx.Gazetteer.RoleHeads.Contains(single) || Envoys.Contains(single))
            {
                return true;
            }
        }

        return ctx.PeopleIn(new ClaimSpan(sentence.Start + from, sentence.Start + word.Index)).Any(m => m.Kind == MentionKind.Person);
    }

    /// <summary>Nouns of those sent to meet for others that are no role a person is named by.</summary>
    private static readonly HashSet<string> Envoys = new(StringComparer.Ordinal) { "delegate", "delegation", "side", "counterpart", "diplomat", "team" };

    [GeneratedRegex(@"\b\p{L}[\p{Ll}-]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The words of a verb's object from its first lower-case word to the word before a preposition or a clause word.</summary>
    private static IEnumerable<string> ObjectWords(Match obj) =>
        new[] { obj.Groups["head"].Value }.Concat(obj.Groups["more"].Captures.Select(c => c.Value))
            .TakeWhile(w => w is not ("to" or "in" or "at" or "on" or "for" or "with" or "from" or "of" or "and" or "that" or "which" or "by"));

    // "the Tokyo session", "the trading session": a market's day, not talks.
    [GeneratedRegex(@"\b(?:trading|morning|afternoon|overnight|evening|\p{Lu}[\p{L}.]*)[ \t]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MarketSession();

    // "a truce agreed in Bangkok": the verb of another event between a meeting word and a place.
    [GeneratedRegex(@"\b(?:agreed|reached|signed|struck|brokered|sealed|announced|established|imposed|unveiled|clinched|forged)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherEventVerb();

    [GeneratedRegex(@"\b(?:said|says|told|tells|announced|announces|stated|added|noted|reported|confirmed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerb();

    // "said on Monday", "announced on June 7": the day of the report, in the few words after its verb.
    [GeneratedRegex(@"\b(?:said|says|told[ \t]+\w+|announced|stated|added|reported|confirmed)[ \t]+(?:on[ \t]+|late[ \t]+|earlier[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedDayBefore();

    private static bool ReportedDay(string text, int dateStart) =>
        ReportedDayBefore().IsMatch(text.AsSpan(Math.Max(0, dateStart - 40), Math.Min(40, dateStart)).ToString());

    // "ahead of the summit", "on the sidelines of talks": a meeting named as the time of something else.
    [GeneratedRegex(@"\b(?:ahead[ \t]+of|before|in[ \t]+the[ \t]+run-up[ \t]+to|on[ \t]+the[ \t]+(?:sidelines|margins|fringes)[ \t]+of|during)[ \t]+(?:[\w-]+[ \t]+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PassingBefore();

    private static bool InPassing(string text, Match word) => PassingBefore().IsMatch(text.AsSpan(0, word.Index));

    [GeneratedRegex(@"\b(?:could|might|may|would[ \t]+like[ \t]+to|hopes?[ \t]+to|hoping[ \t]+to|wants?[ \t]+to|wanted[ \t]+to|offered[ \t]+to|invited\b[^.,;]{0,40}?\bto|possible|potential|proposed|if|unless|no)[ \t]+(?:(?:a|an|the|hold|have|any|further|more|new|soon|eventually|\p{L}+ly)[ \t]+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    /// <summary>The city of a seat of government or state residence that reports name without their city.</summary>
    private static string? SeatCity(string venue) => venue switch
    {
        "White House" => "Washington",
        "Elysee Palace" or "Élysée Palace" => "Paris",
        "Kremlin" => "Moscow",
        "Blue House" => "Seoul",
        "Great Hall" => "Beijing",
        _ => null,
    };

    [GeneratedRegex(@",?[ \t]+(?:came|comes|as|when|while|after|before|which|that|because|since|following|amid)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>What ends a clause between a meeting word and a place: a punctuation mark, a clause word or a verb of saying.</summary>
    [GeneratedRegex(@"[,;:()“”""—–]|\b(?:but|as|when|while|after|before|which|that|who|because|since|following|amid|said|says|told|where)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneClauseBreak();

    /// <summary>What may open a sentence before a fronted date: nothing, or a word of nearness ("Earlier on Monday", "Late last week").</summary>
    [GeneratedRegex(@"^[ \t]*(?:(?:Earlier|Later|Early|Late)[ \t]+)?(?:[Oo]n[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FrontedDate();

    /// <summary>A date that bounds a span of time rather than naming a day: "Since May", "Until Friday", "By June".</summary>
    [GeneratedRegex(@"^(?:since|until|till|by|before|after|through|from)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpanOfTime();

    /// <summary>A word that joins another clause, whose verb is not the meeting's: "the talks ended and trading began on Monday".</summary>
    [GeneratedRegex(@"\b(?:and|but|while|after|before|as|when|said|says|told)\b|[;:]", RegexOptions.CultureInvariant)]
    private static partial Regex OtherClause();

    /// <summary>Two people speaking with each other, in words that do not say how: "spoke with", "talked to", "had a conversation with".</summary>
    [GeneratedRegex(@"\b(?:spoke|spoken|speaks|speak|speaking|talked|talks|talking|conversed|(?:had|held|have|has)[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+)?(?:conversation|discussion|exchange))[ \t]+(?:(?:again|directly|briefly|privately|separately|late|early|on[ \t]+\w+|last[ \t]+\w+)[ \t]+)?(?:with|to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpokeWith();

    /// <summary>
    /// A call: a call word with two people, or two people of different economies who "spoke with" each other where the
    /// sentence names no place they met in (leaders of two economies who speak without meeting speak by telephone).
    /// </summary>
    private static void FindCall(DocumentContext ctx, ClaimSpan sentence, string text, List<ExtractedClaim> claims)
    {
        var call = CallWord().Match(text);
        if (!call.Success || text.Contains("called for", StringComparison.Ordinal) || text.Contains("calling", StringComparison.Ordinal))
        {
            call = SpokeWith().Match(text);
            if (!call.Success || ctx.PlaceMentions.Exists(p => p.Span.Start >= sentence.Start && p.Span.End <= sentence.End
                    && InOrAtBefore().IsMatch(ctx.Text.AsSpan(sentence.Start, p.Span.Start - sentence.Start)))
                || MeetingWord().IsMatch(text) || !DifferentEconomies(ctx, sentence))
            {
                return;
            }
        }

        var people = new List<string>();
        foreach (var m in ctx.PeopleIn(sentence))
        {
            var name = m.Kind == MentionKind.Pronoun ? ctx.ResolvePronoun(m.Span.Start) : m.Value;
            if (name is not null && !people.Contains(name))
            {
                people.Add(name);
            }
        }

        if (people.Count < 2)
        {
            return;
        }

        var dates = ctx.DatesIn(sentence)
            .Where(d => d.Date is { IsDay: true } && Math.Abs(d.Span.Start - (sentence.Start + call.Index)) < 60).ToList();
        claims.Add(new ExtractedClaim(new CallFacts(people, dates.Count > 0 ? dates[0].Date : null), sentence));
    }

    [GeneratedRegex(@"\b(?:in|at)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InOrAtBefore();

    /// <summary>Whether the sentence names two people, each of an economy the gazetteer knows, of two different economies.</summary>
    private static bool DifferentEconomies(DocumentContext ctx, ClaimSpan sentence)
    {
        var economies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in ctx.PeopleIn(sentence))
        {
            var name = m.Kind == MentionKind.Pronoun ? ctx.ResolvePronoun(m.Span.Start) : m.Value;
            if (name is not null && ctx.EconomyOfPerson(name) is { } economy)
            {
                economies.Add(economy);
            }
        }

        return economies.Count >= 2;
    }
}

/// <summary>Orders dates by their first day; a month sorts before its days.</summary>
internal sealed class DateComparer : IComparer<ClaimDate>
{
    public static readonly DateComparer Instance = new();

    public int Compare(ClaimDate x, ClaimDate y) =>
        (x.Year, x.Month, x.Day).CompareTo((y.Year, y.Month, y.Day));
}
