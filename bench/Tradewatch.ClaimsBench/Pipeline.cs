using Tradewatch.News.Claims;
using Tradewatch.News.Dates;

namespace Tradewatch.ClaimsBench;

internal sealed record PipelineResult(IReadOnlyList<DocumentClaims> Extracted, ConsolidationResult Consolidation);

/// <summary>
/// The claims stages as the pipeline will call them: missing dates inferred within the set, each
/// report extracted, then all consolidated. Until stories and duplicates come from the reading
/// stage, the whole set is one candidate story and no duplicate groups are known.
/// </summary>
internal static class Pipeline
{
    public static (IReadOnlyList<ClaimDocument> Documents, PipelineResult Result) Run(IReadOnlyList<CorpusReport> reports)
    {
        var ids = reports.Select(r => r.Document.Id).ToList();
        IReadOnlyList<IReadOnlyList<string>> story = [ids];
        // Undated reports are dated against the set's dated ones, as the pipeline dates them against their story's.
        var dated = reports.Where(r => r.Document.Published is not null).Select(r => r.Document.Published!.Value).ToList();
        var documents = reports.Select(r => r.Document.Published is null && dated.Count > 0
            ? r.Document with { Published = PublicationDates.AgainstStory(r.Clean, PublicationDates.Median(dated), "the set's median date").Date }
            : r.Document).ToList();
        var extracted = documents.Select(ClaimExtractor.Extract).ToList();
        var consolidated = ClaimConsolidator.Consolidate(extracted, story, []);
        return (documents, new PipelineResult(extracted, consolidated));
    }
}
