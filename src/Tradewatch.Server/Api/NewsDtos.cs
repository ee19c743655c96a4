using Tradewatch.App.Answers;
using Tradewatch.News.Claims;
using Tradewatch.News.Pipeline;
using Tradewatch.Server.News;
using Tradewatch.Storage;

namespace Tradewatch.Server.Api;

public sealed record StoryDto(long Id, string Title, long Reports, string? FirstDate, string? LastDate);

/// <summary>A report of a story: its cleaned text, and the reports it copies or revises.</summary>
public sealed record ReportDto(long Id, string SourceId, string? Title, string? Outlet, string? Url, string? Published, bool PublishedInferred, string Text, IReadOnlyList<RelationDto> Relations);

/// <summary>This report is a <paramref name="Relation"/> (copy, version, rewrite...) of report <paramref name="Of"/>.</summary>
public sealed record RelationDto(string Relation, long Of);

public sealed record StoryDetailDto(StoryDto Story, IReadOnlyList<ReportDto> Reports);

public sealed record IngestResultDto(int Added, int AlreadyStored, int Duplicates, IReadOnlyList<long> Stories, IReadOnlyList<string> Problems);

/// <summary>The projections from stored stories and their claims to what the API sends.</summary>
public static class NewsDtos
{
    public static StoryDto Story(StoredStory s) => new(s.Id, s.Title, s.Reports, s.FirstDate, s.LastDate);

    public static StoryDetailDto Detail(StoredStoryDetail d)
    {
        var relations = d.Duplicates
            .SelectMany(x => new[] { (Report: x.FirstId, Other: x.SecondId, x.Relation), (Report: x.SecondId, Other: x.FirstId, x.Relation) })
            .ToLookup(x => x.Report);
        return new StoryDetailDto(
            Story(d.Story),
            d.Reports.Select(r => new ReportDto(
                r.Id, r.SourceId, r.Title, r.Outlet, r.Url, r.Published, r.PublishedFrom == "story", r.Text,
                relations[r.Id].Select(x => new RelationDto(x.Relation, x.Other)).ToList())).ToList());
    }

    /// <summary>Claims in the analysis file's shape (kind, facts, sources with UTF-16 offsets into the report's text, corroboration).</summary>
    public static List<ClaimDto> Claims(ConsolidationResult result, string? kind) =>
        result.Claims.Where(c => kind is null || (string?)ClaimJson.ToJson(c)["kind"] == kind).Select(c => new ClaimDto(c)).ToList();

    public static ConflictsDto Conflicts(ConsolidationResult result) => ConflictsDto.From(result);

    public static CheckDto Check(CheckedClaim c) => CheckDto.From(c);

    public static IngestResultDto Ingest(IngestSummary s) => new(s.Added, s.AlreadyStored, s.Duplicates, s.Stories, s.Problems);
}
