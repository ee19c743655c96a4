using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// Finds export controls ("export controls on semiconductors", "restrictions on rare earth
/// exports", "halting sales of chip design software", "would restrict sales of ... chips to China", "restrictions on seven ... elements,
/// namely samarium, ...") and export licences (granted, required, denied). The imposer is the
/// economy written next to the measure, else the nearest subject economy before it.
/// </summary>
internal static partial class ControlFinder
{
    [GeneratedRegex(@"(?:\bexport[ \t]+(?:controls?|restrictions?|curbs?|bans?|limits?)[ \t]+(?:on|over)[ \t]+(?:the[ \t]+export[ \t]+of[ \t]+)?|\b(?:restrictions?|curbs?|controls?|limits?|ban)[ \t]+on[ \t]+(?:the[ \t]+)?exports?[ \t]+of[ \t]+|\bhalt(?:ed|s|ing)?[ \t]+(?:the[ \t]+)?(?:exports?|sales?|shipments?)[ \t]+of[ \t]+|\b(?:paused|stopped|suspended|banned)[ \t]+(?:the[ \t]+)?exports?[ \t]+of[ \t]+|\b(?:restrict|restricts|restricted|restricting|curb|curbs|curbed|curbing|limit|limits|limited|limiting|block|blocks|blocked|blocking|ban|bans|banning)[ \t]+(?:the[ \t]+)?(?:exports?|(?<sale>sales?|shipments?))[ \t]+of[ \t]+)(?<items>[^,.;:()“”""\n—–]{2,100})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ControlOn();

    [GeneratedRegex(@"\b(?:restrictions?|curbs?|controls?|limits?)[ \t]+on[ \t]+(?<items>[\w \t-]{2,60}?)[ \t]+exports?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ControlOnExports();

    [GeneratedRegex(@"(?:[ \t]*[,—–-]+[ \t]*)(?:namely|including|such[ \t]+as)[ \t]+(?<list>[^.;:()]{3,200})", RegexOptions.CultureInvariant)]
    private static partial Regex ItemList();

    [GeneratedRegex(@"\b(?<verb>granted|approved|issued|grant|approve|issue|requires?|required|requiring|need|needs|denied|rejected|refused)[ \t]+(?<pre>(?:[\w-]+[ \t]+){0,5}?)(?:export[ \t]+)?licen[cs]es?(?:[ \t]+applications?)?(?:[ \t]+for[ \t]+(?<items>[^,.;]{2,60}))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Licence();

    /// <summary>A licence someone must obtain: "must now obtain a licence for", "will need to apply for export licenses".</summary>
    [GeneratedRegex(@"\b(?:must|needs?[ \t]+to|have[ \t]+to|has[ \t]+to|required[ \t]+to)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?<verb>obtain|get|secure|seek|apply[ \t]+for)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:export[ \t]+)?licen[cs]es?(?:[ \t]+for[ \t]+(?<items>[^,.;]{2,60}))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LicenceToObtain();

    /// <summary>A licence said to be granted or refused after it: "licences for gallium were approved", "the license will be granted".</summary>
    [GeneratedRegex(@"\blicen[cs]es?(?:[ \t]+(?:for|to[ \t]+export)[ \t]+(?<items>[^,.;]{2,60}?))?[ \t]+(?:(?:will|would|could|has|have|had|was|were|is|are|be|been|being|now|already|since|later|also)[ \t]+){1,3}(?<verb>granted|approved|issued|denied|rejected|refused)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LicenceDecided();

    [GeneratedRegex(@"(?:\b(?:to|on|from|against|with|of|for)[ \t]+(?:the[ \t]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionBefore();

    [GeneratedRegex(@"\b(?:to|for|amid|which|that|in[ \t]+response|including|used|made|from|after|as|because|since|while|who|are|is|were|was|will|would|could|can|and[ \t]+(?:the|other)|announced|effective)\b.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ItemTail();

    [GeneratedRegex(@"^(?:(?:the|a|an|some|several|certain|key|critical|new|its|their|all|any|more|types[ \t]+of|kinds[ \t]+of|special|recent|those|these)[ \t]+)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ItemHead();

    [GeneratedRegex(@"^(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();

    public static void Find(DocumentContext ctx, List<ExtractedClaim> claims)
    {
        var lastItems = new List<string>();
        foreach (var sentence in ctx.Sentences)
        {
            var text = ctx.Slice(sentence);
            var seen = new HashSet<int>();
            foreach (var m in ControlOn().Matches(text).Concat(ControlOnExports().Matches(text)).OrderBy(m => m.Index))
            {
                if (!seen.Add(m.Groups["items"].Index))
                {
                    continue;
                }

                var (items, count) = Items(m.Groups["items"].Value);
                var list = ItemList().Match(text, m.Groups["items"].Index + m.Groups["items"].Length);
                if (list.Success && list.Index <= m.Groups["items"].Index + m.Groups["items"].Length + 3)
                {
                    items.AddRange(SplitList(list.Groups["list"].Value));
                }

                items = items.Where(i => i.Length > 2 && i is not ("those" or "them" or "it" or "goods")).Distinct().ToList();
                if (items.Count == 0)
                {
                    continue;
                }

                var imposer = Imposer(ctx, sentence, sentence.Start + m.Index);
                var target = "*";
                // What follows the items proper ("... chips to China"): the tail the item reading cut off, then the rest.
                var tail = ItemTail().Match(m.Groups["items"].Value);
                var after = text[(m.Groups["items"].Index + (tail.Success ? tail.Index : m.Groups["items"].Length))..];
                var to = ctx.EconomiesIn(new ClaimSpan(sentence.End - after.Length, sentence.End)).FirstOrDefault();
                if (to.Value is not null && after.TrimStart().StartsWith("to", StringComparison.Ordinal))
                {
                    target = to.Value;
                }
                else if (m.Groups["sale"].Success)
                {
                    continue; // restricted sales with no economy they go to may be a ban at home, not on exports
                }

                var date = ctx.DatesIn(sentence).Select(d => d.Date).FirstOrDefault(d => d is not null);
                var span = new ClaimSpan(sentence.Start + m.Index, sentence.Start + m.Groups["items"].Index + m.Groups["items"].Length);
                claims.Add(new ExtractedClaim(new ExportControlFacts(imposer, target, items, date) { Count = count }, span));
                lastItems = items;
            }

            // A licence granted, required or refused: the verb before it ("granted licences"), a licence to obtain
            // ("must obtain a licence"), or the verb after it ("the licence was granted"); one claim for each stretch of words.
            var taken = new List<(int Start, int End)>();
            foreach (var m in Licence().Matches(text).Concat(LicenceToObtain().Matches(text)).Concat(LicenceDecided().Matches(text)))
            {
                if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length))
                {
                    continue;
                }

                taken.Add((m.Index, m.Index + m.Length));
                var verb = m.Groups["verb"].Value.ToLowerInvariant();
                var action = verb switch
                {
                    "granted" or "approved" or "issued" or "grant" or "approve" or "issue" => "granted",
                    "denied" or "rejected" or "refused" => "denied",
                    _ => "required",
                };
                var items = m.Groups["items"].Success ? Items(m.Groups["items"].Value).Items : Items(m.Groups["pre"].Value).Items;
                items = items.Where(i => i.Length > 2 && !i.Contains("license", StringComparison.Ordinal) && !i.Contains("licence", StringComparison.Ordinal)).ToList();
                if (items.Count == 0)
                {
                    items = lastItems;
                }

                var imposer = Imposer(ctx, sentence, sentence.Start + m.Index) ?? PreviousSentenceEconomy(ctx, sentence);
                var date = ctx.DatesIn(sentence).Select(d => d.Date).FirstOrDefault(d => d is not null);
                claims.Add(new ExtractedClaim(new LicenceFacts(imposer, items, action, date), new ClaimSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length)));
            }
        }
    }

    private static string? PreviousSentenceEconomy(DocumentContext ctx, ClaimSpan sentence)
    {
        var index = ctx.Sentences.IndexOf(sentence);
        return index > 0 ? ctx.EconomiesIn(ctx.Sentences[index - 1]).Select(e => e.Value).FirstOrDefault() : ctx.MainEconomies.FirstOrDefault();
    }

    private static string? Imposer(DocumentContext ctx, ClaimSpan sentence, int at)
    {
        var before = ctx.EconomiesIn(new ClaimSpan(sentence.Start, at)).ToList();
        if (before.Count > 0 && ctx.Text.AsSpan(before[^1].Span.End, at - before[^1].Span.End).Trim() is { Length: 0 } or "’s" or "'s")
        {
            return before[^1].Value;
        }

        for (var i = before.Count - 1; i >= 0; i--)
        {
            var prefix = ctx.Text[sentence.Start..before[i].Span.Start];
            if (!PrepositionBefore().IsMatch(prefix))
            {
                return before[i].Value;
            }
        }

        foreach (var m in ctx.PeopleIn(new ClaimSpan(sentence.Start, at)))
        {
            if (m.Kind == MentionKind.Person && ctx.EconomyOfPerson(m.Value) is { } economy)
            {
                return economy;
            }
        }

        return ctx.EconomiesIn(sentence).Select(e => e.Value).FirstOrDefault();
    }

    private static (List<string> Items, int? Count) Items(string raw)
    {
        var phrase = ItemTail().Replace(raw, "").Trim();
        phrase = phrase.Replace("rare-earth", "rare earth", StringComparison.OrdinalIgnoreCase);
        phrase = ItemHead().Replace(phrase, "");
        int? count = null;
        var c = CountWord().Match(phrase);
        if (c.Success)
        {
            count = TariffFinder.Count(c.Groups["n"].Value);
            phrase = ItemHead().Replace(phrase[c.Length..], "");
        }

        return (SplitList(phrase), count);
    }

    private static List<string> SplitList(string list) =>
        list.Split([",", " and ", " or "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(i => ItemHead().Replace(ItemTail().Replace(i, "").Trim(), "").Trim().ToLowerInvariant())
            .Where(i => i.Length > 0 && i.Split(' ').Length <= 6)
            .ToList();
}
