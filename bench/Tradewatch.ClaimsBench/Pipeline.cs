using Tradewatch.News.Claims;

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
        var documents = PublicationDates.InferMissing(reports.Select(r => r.Document).ToList(), story);
        var extracted = documents.Select(ClaimExtractor.Extract).ToList();
        var consolidated = ClaimConsolidator.Consolidate(extracted, story, []);
        return (documents, new PipelineResult(extracted, consolidated));
    }
}
