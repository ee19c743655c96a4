using Tradewatch.App.UseCases;
using Tradewatch.Storage;
using Tradewatch.Storage.Review;

namespace Tradewatch.App.Answers;

/// <summary>A stored story: its id, title, number of reports and the days of its first and last report (yyyy-MM-dd, null when undated).</summary>
public sealed record StoryDto(long Id, string Title, long Reports, string? FirstDate, string? LastDate)
{
    public static StoryDto From(StoredStory s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Title, s.Reports, s.FirstDate, s.LastDate);
    }
}

/// <summary>A report of a story: its cleaned text, and the reports it copies or revises.</summary>
public sealed record ReportDto(long Id, string SourceId, string? Title, string? Outlet, string? Url, string? Published, bool PublishedInferred, string Text, IReadOnlyList<RelationDto> Relations);

/// <summary>This report is a <paramref name="Relation"/> (copy, version, rewrite...) of report <paramref name="Of"/>.</summary>
public sealed record RelationDto(string Relation, long Of);

/// <summary>A stored story with its reports, and which copy or revise which.</summary>
public sealed record StoryDetailDto(StoryDto Story, IReadOnlyList<ReportDto> Reports)
{
    public static StoryDetailDto From(StoredStoryDetail d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var relations = d.Duplicates
            .SelectMany(x => new[] { (Report: x.FirstId, Other: x.SecondId, x.Relation), (Report: x.SecondId, Other: x.FirstId, x.Relation) })
            .ToLookup(x => x.Report);
        return new StoryDetailDto(
            StoryDto.From(d.Story),
            d.Reports.Select(r => new ReportDto(
                r.Id, r.SourceId, r.Title, r.Outlet, r.Url, r.Published, r.PublishedFrom == "story", r.Text,
                relations[r.Id].Select(x => new RelationDto(x.Relation, x.Other)).ToList())).ToList());
    }
}

/// <summary>
/// What an ingest did: reports added, already stored, duplicate links found, the stories touched, the files or
/// reports that failed, and what the stored claims proposed to the review queue (null when nothing new was stored).
/// </summary>
public sealed record IngestResultDto(
    int Added,
    int AlreadyStored,
    int Duplicates,
    IReadOnlyList<long> Stories,
    IReadOnlyList<string> Problems,
    ProposeOutcomeDto? Review = null)
{
    public static IngestResultDto From(IngestTally tally, ProposeOutcome? review = null)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new(
            tally.Added,
            tally.AlreadyStored,
            tally.Duplicates,
            tally.Stories.ToList(),
            tally.Failures.Select(i => i.ToString()).ToList(),
            review is null ? null : ProposeOutcomeDto.From(review));
    }
}

/// <summary>
/// What checking the stored claims against the ledger gave the review queue: changes proposed now, claims proposed
/// before, claims the ledger does not match that no record can express (<c>tradewatch check</c> explains them), open
/// proposals the stored reports now read differently, and open proposals read so again.
/// </summary>
public sealed record ProposeOutcomeDto(int Proposed, int AlreadyProposed, int NotExpressible, int Superseded, int ReadAgain)
{
    public static ProposeOutcomeDto From(ProposeOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.Added, outcome.AlreadyProposed, outcome.NotProposed.Count, outcome.Superseded, outcome.ReadAgain);
    }
}
