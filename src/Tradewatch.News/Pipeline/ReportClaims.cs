using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.News.Claims;

namespace Tradewatch.News.Pipeline;

/// <summary>
/// What a set of reports claims: the one entry point to claims, conflicts and checks, the same for
/// reports read in memory (<c>analyze</c>, <c>claims PATH</c>) and stored ones (<c>--db</c>, the
/// server, the review queue). The claims are consolidated by <see cref="ClaimStage"/>, each document
/// keeps its publication day (the day an undated claim is checked on) and its story, and
/// <see cref="Check"/> runs <see cref="CheckStage"/> on them.
/// </summary>
/// <param name="Result">The consolidated claims, their conflicts and the extraction gaps.</param>
/// <param name="Published">Each document's publication day, by document id.</param>
/// <param name="Stories">Each document's story, by document id (<c>s1</c>... in memory, the story's number when stored).</param>
public sealed record ReportClaims(ConsolidationResult Result, IReadOnlyDictionary<string, DateOnly?> Published, IReadOnlyDictionary<string, string> Stories)
{
    /// <summary>The claims of a batch read in memory: each report extracted with its own date, then consolidated.</summary>
    public static ReportClaims Of(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new(
            ClaimStage.Run(analysis),
            analysis.Reports.ToDictionary(r => r.Id, r => r.Published.Date, StringComparer.Ordinal),
            analysis.Stories.SelectMany(s => s.Documents.Select(d => (Document: d, Story: s.Id))).ToDictionary(x => x.Document, x => x.Story, StringComparer.Ordinal));
    }

    /// <summary>
    /// The claims already extracted from each document (as a store keeps them), consolidated; the
    /// documents of one duplicate group count as one source.
    /// </summary>
    public static ReportClaims Of(IReadOnlyList<DocumentClaims> documents, IReadOnlyList<IReadOnlyList<string>> duplicates, IReadOnlyDictionary<string, string> stories)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(stories);
        return new(
            ClaimStage.Consolidate(documents, duplicates),
            documents.ToDictionary(d => d.Document.Id, d => d.Document.Published, StringComparer.Ordinal),
            stories);
    }

    /// <summary>The tariff and export-control claims checked against <paramref name="ledger"/> as known on each claim's day.</summary>
    public IReadOnlyList<CheckedClaim> Check(TradeLedger ledger, EconomyCatalog economies) =>
        CheckStage.Run(Result.Claims, Published, ledger, economies);
}
