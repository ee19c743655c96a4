using Tradewatch.News.Text;

namespace Tradewatch.News.Claims;

/// <summary>
/// Extracts the claims a report makes, each with the span of text it came from. Rules and
/// gazetteers only, no model: people and roles first (quotes and tariffs need them), then quotes
/// (tariffs need their speakers), then events, tariffs, controls, figures, deadlines, agreements.
/// Never throws on bad text: what it cannot read is reported in <see cref="DocumentClaims.Gaps"/>.
/// </summary>
public static class ClaimExtractor
{
    public static DocumentClaims Extract(ClaimDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ctx = new DocumentContext(document, Gazetteer.Default);
        var claims = new List<ExtractedClaim>();
        if (document.Published is null)
        {
            ctx.Gaps.Add(new ExtractionGap("no-publication-date", 0, "The report has no publication date; dates relative to it are left unresolved."));
        }

        // Reports impossible dates ("February 30") and relative dates left unresolved, once per document.
        ctx.FindDates();

        foreach (var person in ctx.People)
        {
            if (person.Roles.Count == 0)
            {
                continue;
            }

            var role = string.Join("; ", person.Roles.Select(r => r.Role));
            claims.Add(new ExtractedClaim(new PersonFacts(person.Name, role, person.Economy), person.Roles[0].Span));
        }

        QuoteFinder.Find(ctx, claims);
        EventFinder.Find(ctx, claims);
        TariffFinder.Find(ctx, claims);
        ControlFinder.Find(ctx, claims);
        FigureFinder.Find(ctx, claims);
        CommitmentFinder.Find(ctx, claims);

        var printed = Dates.PublicationDates.DateLinesIn(document.Text).ToList();
        // A dateline the cleaner removed has no place in the text: it is cited with an empty span at the start.
        printed.AddRange(document.RemovedDatelines.Distinct().Where(d => !printed.Exists(p => p.Date == d)).Select(d => new WrittenDate(d, 0, 0)));
        if (printed.Count > 1)
        {
            foreach (var p in printed)
            {
                claims.Add(new ExtractedClaim(new DatelineFacts(ClaimDate.Of(p.Date)), new ClaimSpan(p.Start, p.End)));
            }
        }

        return new DocumentClaims(document, Deduplicate(claims), ctx.Gaps);
    }

    private static List<ExtractedClaim> Deduplicate(List<ExtractedClaim> claims)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ExtractedClaim>();
        foreach (var claim in claims)
        {
            if (seen.Add(ClaimKey.Of(claim.Facts)))
            {
                result.Add(claim);
            }
        }

        return result;
    }
}
