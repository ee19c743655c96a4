using Tradewatch.News.Claims;
using Tradewatch.News.Reading;

namespace Tradewatch.News.Pipeline;

/// <summary>The second half's first stages over an analysed batch: extract claims from each cleaned report, then consolidate them by story.</summary>
public static class ClaimStage
{
    public static ConsolidationResult Run(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var documents = analysis.Reports
            .AsParallel().AsOrdered()
            .Select(r => ClaimExtractor.Extract(new ClaimDocument(r.Id, r.Clean.Text, r.Published.Date, r.Clean.Source.Metadata.Outlet)
            {
                RemovedDatelines = r.Clean.DateCandidates.Where(c => c.Source is DateSource.Dateline or DateSource.TextToken).Select(c => c.Date).ToList(),
            }))
            .ToList();
        return ClaimConsolidator.Consolidate(
            documents,
            // Claims are consolidated across the whole batch (FORMAT.md: one claim per distinct statement);
            // a conflict between stories (a rate reported after Geneva and after London) is still one to flag.
            [analysis.Reports.Select(r => r.Id).ToList()],
            analysis.Duplicates.Select(d => d.Documents).ToList());
    }
}
