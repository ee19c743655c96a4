using Tradewatch.News.Claims;

namespace Tradewatch.News.Pipeline;

/// <summary>
/// The one place claims are consolidated, for a batch read in memory and for stored reports alike:
/// the claims each report made (extracted once, by <see cref="NewsIndex.Extract"/>) become one claim
/// per distinct statement with every source, and its conflicts. The check against the ledger
/// (<see cref="CheckStage"/>) runs on the result. Callers go through <see cref="ReportClaims"/>, the
/// one entry point to claims, conflicts and checks.
/// </summary>
internal static class ClaimStage
{
    /// <summary>Extracts each report of an analysed batch, then consolidates them.</summary>
    public static ConsolidationResult Run(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var documents = analysis.Reports
            .AsParallel().AsOrdered()
            .Select(r => NewsIndex.Extract(r.Id, r.Clean, r.Published.Date))
            .ToList();
        return Consolidate(documents, analysis.Duplicates.Select(d => d.Documents).ToList());
    }

    /// <summary>Consolidates the claims of these reports; the documents of one duplicate group count as one source.</summary>
    public static ConsolidationResult Consolidate(IReadOnlyList<DocumentClaims> documents, IReadOnlyList<IReadOnlyList<string>> duplicates)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(duplicates);
        // The order the reports were stored or read in (file order, date order, a batch's order) must not
        // change the claims or their ids: consolidate them in the order of their ids.
        documents = documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal).ToList();
        return ClaimConsolidator.Consolidate(
            documents,
            // Claims are consolidated across all the reports given (FORMAT.md: one claim per distinct statement);
            // a conflict between stories (a rate reported after Geneva and after London) is still one to flag.
            [documents.Select(d => d.Document.Id).ToList()],
            duplicates);
    }
}
