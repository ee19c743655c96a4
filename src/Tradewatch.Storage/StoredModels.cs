using System.Globalization;
using Tradewatch.News.Claims;
using Tradewatch.News.Pipeline;

namespace Tradewatch.Storage;

/// <summary>What storing one report did.</summary>
public enum IngestStatus
{
    /// <summary>The report was new and is now stored.</summary>
    Added,

    /// <summary>A report with the same content was already stored; nothing changed.</summary>
    AlreadyStored,
}

/// <summary>The outcome of storing one report: its row id, its story and the duplicates found.</summary>
public sealed record IngestOutcome(IngestStatus Status, long ReportId, long StoryId, int DuplicatesFound);

/// <summary>A story as listed from the store.</summary>
public sealed record StoredStory(long Id, string Title, long Reports, string? FirstDate, string? LastDate);

/// <summary>A report as shown in a story.</summary>
public sealed record StoredReport(long Id, string SourceId, string? Title, string? Outlet, string? Url, string? Published, string PublishedFrom, string Text);

/// <summary>Two stored reports that carry the same text.</summary>
public sealed record StoredDuplicate(long FirstId, long SecondId, string Relation);

/// <summary>A story with its reports and the duplicates among them.</summary>
public sealed record StoredStoryDetail(StoredStory Story, IReadOnlyList<StoredReport> Reports, IReadOnlyList<StoredDuplicate> Duplicates);

/// <summary>The claims of the stored reports (<see cref="ReportClaims"/>: consolidated, with each report's publication day and story), and each report's source.</summary>
public sealed record StoredClaims(ReportClaims Claims, IReadOnlyDictionary<string, Review.ProposalSource> Sources)
{
    /// <summary>Each report's text, the one its claims' spans index into.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; init; } = new Dictionary<string, string>();
}

/// <summary>A story with the claims each of its reports made (keyed by report id), read in one snapshot.</summary>
public sealed record StoredStoryClaims(StoredStoryDetail Detail, IReadOnlyDictionary<long, DocumentClaims> Reports)
{
    /// <summary>
    /// The copy groups of the story's reports (<see cref="News.Dedup.CopyGroups"/>, as <see cref="NewsStore.DuplicateGroups()"/>
    /// and <c>analyze</c> make them), by report id: not the closure of the links <see cref="StoredStoryDetail.Duplicates"/> lists.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<long>> CopyGroups { get; init; } = [];

    /// <summary>The story's claims consolidated (<see cref="ReportClaims"/>), each document named by its report's id; the reports of one copy group count once.</summary>
    public ReportClaims Consolidate()
    {
        var story = Key(Detail.Story.Id);
        return ReportClaims.Of(
            Detail.Reports.Select(r => Reports[r.Id]).ToList(),
            CopyGroups.Select(g => (IReadOnlyList<string>)g.Select(Key).ToList()).ToList(),
            Detail.Reports.ToDictionary(r => Key(r.Id), _ => story, StringComparer.Ordinal));
    }

    /// <summary>A report's id as its claims' documents name it.</summary>
    public static string Key(long reportId) => reportId.ToString(CultureInfo.InvariantCulture);
}
