using Tradewatch.News.Reading;
using Tradewatch.Storage;

namespace Tradewatch.App.UseCases;

/// <summary>What an ingest did so far: reports added or already stored, duplicates found, stories touched, and the problems met.</summary>
public sealed class IngestTally
{
    /// <summary>Reports stored now.</summary>
    public int Added { get; private set; }

    /// <summary>Reports the store already held (a report read twice is stored once).</summary>
    public int AlreadyStored { get; private set; }

    /// <summary>Copy, version and rewrite links found for the reports added.</summary>
    public int Duplicates { get; private set; }

    /// <summary>The stories the reports joined, in id order.</summary>
    public SortedSet<long> Stories { get; } = [];

    /// <summary>Files or reports that could not be read or stored.</summary>
    public List<ReadIssue> Failures { get; } = [];

    /// <summary>What was read with a caveat.</summary>
    public List<ReadIssue> Warnings { get; } = [];

    internal void Count(IngestOutcome outcome)
    {
        Stories.Add(outcome.StoryId);
        if (outcome.Status == IngestStatus.Added)
        {
            Added++;
            Duplicates += outcome.DuplicatesFound;
        }
        else
        {
            AlreadyStored++;
        }
    }
}

/// <summary>
/// The ingest use case, the same for <c>tradewatch ingest</c> and the server's upload: a file's bytes
/// read into reports, each report stored once (with its duplicates, story and claims); then
/// <see cref="ProposeChanges"/> gives the review queue what the stored claims raise.
/// </summary>
public static class IngestReports
{
    /// <summary>Reads one file's bytes into reports; what cannot be read is counted on <paramref name="tally"/>, never thrown.</summary>
    public static IReadOnlyList<SourceReport> Read(string id, string fileName, byte[] bytes, long? size, IngestTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var read = ReportReader.Read(id, fileName, bytes, size);
        tally.Failures.AddRange(read.Issues.Where(i => i.Severity == IssueSeverity.Error));
        tally.Warnings.AddRange(read.Issues.Where(i => i.Severity == IssueSeverity.Warning));
        return read.Reports;
    }

    /// <summary>
    /// Stores a batch of reports as <c>analyze</c> reads a batch (the same order and term weights, so the
    /// same stories), each once: a report already stored is counted, not stored again. A report the store
    /// refuses is counted as a failure and the rest go on. <paramref name="step"/> is called after each report.
    /// </summary>
    public static void Store(NewsStore store, IReadOnlyList<SourceReport> reports, IngestTally tally, Action? step = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tally);
        store.Ingest(
            reports,
            (_, outcome) =>
            {
                tally.Count(outcome);
                step?.Invoke();
            },
            (report, e) =>
            {
                tally.Failures.Add(new ReadIssue(report.Id, IssueSeverity.Error, e.Message));
                step?.Invoke();
            });
    }
}
