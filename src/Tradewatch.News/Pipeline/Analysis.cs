using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Dedup;
using Tradewatch.News.Reading;

namespace Tradewatch.News.Pipeline;

/// <summary>One report after the pipeline: cleaned, dated, in a story.</summary>
public sealed record AnalyzedReport(CleanReport Clean, DatedBy Published, int StoryId)
{
    public string Id => Clean.Id;
}

/// <summary>Reports carrying the same underlying text, and how they relate.</summary>
public sealed record DuplicateGroup(IReadOnlyList<string> Documents, DuplicateRelation Relation);

/// <summary>Reports of one event.</summary>
public sealed record StoryGroup(string Id, string Title, IReadOnlyList<string> Documents, DateOnly? FirstDate, DateOnly? LastDate);

/// <summary>What the pipeline made of a batch of files.</summary>
public sealed record Analysis(
    IReadOnlyList<AnalyzedReport> Reports,
    IReadOnlyList<DuplicatePair> DuplicatePairs,
    IReadOnlyList<DuplicateGroup> Duplicates,
    IReadOnlyList<StoryGroup> Stories,
    IReadOnlyList<ReadIssue> Issues)
{
    public bool AnyFailed => Issues.Any(i => i.Severity == IssueSeverity.Error);
}
