using System.Text.RegularExpressions;

namespace Tradewatch.News.Claims;

/// <summary>
/// Finds deadlines (a day tied to "deadline", "take effect", "expire", "by") and agreements (an
/// agreement word with at least two parties, and the place and date the sentence gives; an
/// agreement without a place borrows the only city the report holds a meeting in).
/// </summary>
internal static partial class CommitmentFinder
{
    [GeneratedRegex(@"\b(?:deadline|take[ \t]+effect|takes[ \t]+effect|took[ \t]+effect|come[ \t]+into[ \t]+(?:effect|force)|comes[ \t]+into[ \t]+(?:effect|force)|expires?|expiry|runs[ \t]+out|lapses?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineWord();

    [GeneratedRegex(@"\b(?:agreement|deal|accord|truce|framework|pact|joint[ \t]+statement|agreed|consensus)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgreementWord();

    [GeneratedRegex(@"\b(?:no[ \t]+(?:deal|agreement)|not[ \t]+(?:reach|agree)|failed[ \t]+to|if[ \t]+no)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\b(?:in|at)[ \t]+(?:the[ \t]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InOrAt();

    public static void Find(DocumentContext ctx, List<ExtractedClaim> claims)
    {
        var meetingCities = claims.Select(c => c.Facts).OfType<MeetingFacts>().Select(m => m.Place)
            .Where(p => p is not null && ctx.Gazetteer.Places.TryGetValue(p, out var place) && place.IsCity).Distinct().ToList();
        foreach (var sentence in ctx.Sentences)
        {
            var text = ctx.Slice(sentence);
            var dates = ctx.DatesIn(sentence);
            var deadline = DeadlineWord().Match(text);
            if (deadline.Success)
            {
                var near = dates.Where(d => d.Date is { IsDay: true } && Math.Abs(d.Span.Start - (sentence.Start + deadline.Index)) < 50)
                    .OrderBy(d => Math.Abs(d.Span.Start - (sentence.Start + deadline.Index))).FirstOrDefault();
                if (near is not null)
                {
                    claims.Add(new ExtractedClaim(new DeadlineFacts(near.Date!.Value, Shorten(text, 20)), sentence));
                }
            }

            var agreement = AgreementWord().Match(text);
            if (!agreement.Success || Negated().IsMatch(text))
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
            if (parties.Count < 2)
            {
                continue;
            }

            var place = ctx.PlaceMentions.Where(p => p.Span.Start >= sentence.Start && p.Span.End <= sentence.End && Math.Abs(p.Span.Start - at) < 60
                    && InOrAt().IsMatch(ctx.Text.AsSpan(sentence.Start, p.Span.Start - sentence.Start)))
                .Select(p => p.Name).FirstOrDefault(p => ctx.Gazetteer.Places[p].IsCity);
            if (place is null && meetingCities.Count == 1)
            {
                place = meetingCities[0];
            }

            var date = dates.Where(d => d.Date is not null && !d.IsVague && d.Span.Start - at < 60 && at - d.Span.Start < 40).Select(d => d.Date).FirstOrDefault();
            claims.Add(new ExtractedClaim(new AgreementFacts(place, date, parties, Shorten(text, 30)), sentence));
        }
    }

    private static string Shorten(string text, int words)
    {
        var parts = text.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? string.Join(' ', parts) : string.Join(' ', parts.Take(words)) + " ...";
    }
}
