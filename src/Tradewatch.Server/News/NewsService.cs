using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.UseCases;
using Tradewatch.Core.Ledger;
using Tradewatch.News.Claims;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.Server.Hosting;
using Tradewatch.Storage;
using Tradewatch.Storage.Review;

namespace Tradewatch.Server.News;

/// <summary>A story's reports with the claims extracted from them (spans into each report's stored text) and the check of its tariff claims.</summary>
public sealed record StoryReading(StoredStoryDetail Detail, IReadOnlyDictionary<long, IReadOnlyList<ExtractedClaim>> ReportClaims, ConsolidationResult Claims, IReadOnlyList<CheckedClaim> Checks);

/// <summary>
/// The claims of every stored report consolidated across the store, and their check against the ledger;
/// with the answers made from them, serialised once (<see cref="Answers"/>).
/// </summary>
public sealed class StoreWideClaims(ReportClaims claims, IReadOnlyList<CheckedClaim> checks)
{
    public ReportClaims Claims { get; } = claims;

    public IReadOnlyList<CheckedClaim> Checks { get; } = checks;

    /// <summary>The API's answers from these claims, serialised on first use and kept as long as they are.</summary>
    public RenderedAnswers Answers { get; } = new();

    public void Deconstruct(out ReportClaims claims, out IReadOnlyList<CheckedClaim> checks)
    {
        claims = Claims;
        checks = Checks;
    }
}

/// <summary>
/// The news store behind the server. Writes (ingest, review decisions) go through one
/// <see cref="NewsStore"/> that holds the story clusterer in memory and take turns through a lock
/// (SQLite has one writer anyway); reads take a connection of their own from a small pool and hold no
/// lock, so a large upload being ingested never holds up a read (WAL lets readers run beside the writer)
/// and a slow read (the store-wide claims) never holds up another read, such as the ledger's check of
/// the records accepted in review. The store-wide claims are computed once per store and ledger state
/// by one task that every request awaits without holding a thread.
/// On first use an empty store is seeded with the bundled sample reports when the settings say so, and
/// the review queue gets the proposals they raise, before any other use of the store proceeds.
/// Claims are stored per report at ingest; their consolidation is kept per story until it gains a report.
/// </summary>
public sealed class NewsService : IDisposable, IAcceptedRecords
{
    /// <summary>How many idle reading connections are kept; more are opened when more reads run at once, and closed after.</summary>
    private const int IdleReaders = 4;

    private readonly Lock gate = new();
    private readonly ServerSettings settings;
    private readonly TimeProvider clock;
    private readonly ConcurrentDictionary<long, (long Reports, string Groups, TradeLedger Ledger, StoryReading Reading)> readings = new();
    private readonly ConcurrentBag<NewsStore> readers = [];
    private NewsStore? store;
    private volatile bool opened;
    private volatile StoreClaimsTask? all;

    public NewsService(IOptions<ServerSettings> settings, TimeProvider clock)
    {
        this.settings = settings.Value;
        this.clock = clock;
    }

    public void Dispose()
    {
        store?.Dispose();
        while (readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    public IReadOnlyList<StoredStory> Stories() => Read(s => s.Stories());

    public StoredStoryDetail? Story(long id) => Read(s => s.Story(id));

    /// <summary>A story with its claims, conflicts and checks; null when there is no such story.</summary>
    /// <remarks>The claims are those stored with each report at ingest; only their consolidation and check run here.</remarks>
    public StoryReading? Read(long id, LedgerSession ledger)
    {
        var stored = Use(s => s.StoryClaims(id));
        if (stored is null)
        {
            return null;
        }

        var detail = stored.Detail;
        // A report of another story can move this story's reports between copy groups (it may anchor one), so the groups are part of the key.
        var groups = string.Join(';', stored.CopyGroups.Select(g => string.Join(',', g)));
        if (readings.TryGetValue(id, out var cached) && cached.Reports == detail.Reports.Count && cached.Groups == groups && cached.Ledger == ledger.Ledger)
        {
            return cached.Reading;
        }

        var claims = stored.Consolidate();
        var checks = claims.Check(ledger.Ledger, ledger.Reference.Economies);
        var reading = new StoryReading(detail, stored.Reports.ToDictionary(r => r.Key, r => r.Value.Claims), claims.Result, checks);
        readings[id] = (detail.Reports.Count, groups, ledger.Ledger, reading);
        return reading;
    }

    /// <summary>
    /// The claims of every stored report, consolidated across the store (copies and versions counted
    /// once), and the check of its tariff and export-control claims: what the CLI's <c>claims</c>,
    /// <c>conflicts</c> and <c>check</c> say of the same reports. Kept until a report is added or the ledger changes.
    /// </summary>
    public StoreWideClaims AllClaims(LedgerSession ledger) =>
        AllClaimsAsync(ledger, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>As <see cref="AllClaims"/>; concurrent callers share one computation and wait without holding a thread.</summary>
    public async Task<StoreWideClaims> AllClaimsAsync(LedgerSession ledger, CancellationToken cancel)
    {
        var reports = Read(s => s.ReportCount());
        var current = ledger.Ledger;
        var task = all;
        if (task is null || task.Reports != reports || task.Ledger != current || (task.Work.IsValueCreated && task.Work.Value.IsFaulted))
        {
            var fresh = new StoreClaimsTask(reports, current, new Lazy<Task<StoreWideClaims>>(() => Task.Run(() =>
            {
                var claims = Read(s => s.Claims()).Claims;
                return new StoreWideClaims(claims, claims.Check(current, ledger.Reference.Economies));
            })));
            task = Interlocked.CompareExchange(ref all, fresh, task) == task ? fresh : all!;
        }

        return await task.Work.Value.WaitAsync(cancel).ConfigureAwait(false);
    }

    /// <summary>Reads and stores reports (uploaded files or pasted text); problems are listed, never thrown.</summary>
    /// <remarks>Afterwards the stored claims are checked against the ledger and the review queue gets the proposals they raise.</remarks>
    public IngestResultDto Ingest(IReadOnlyList<(string Id, string FileName, byte[] Bytes)> files, LedgerSession ledger)
    {
        var tally = new IngestTally();
        // read outside the write lock; stored as one batch, as analyze reads the same files
        var reports = files.SelectMany(f => IngestReports.Read(f.Id, f.FileName, f.Bytes, null, tally)).ToList();
        Use(s =>
        {
            IngestReports.Store(s, reports, tally);
            return tally;
        });

        var review = tally.Added > 0 ? Use(s => ProposeChanges.FromStore(s, ledger)) : null;
        return IngestResultDto.From(tally, review);
    }

    /// <summary>How many ledger records review has accepted, on any server sharing the store: a change says the ledger must be rebuilt.</summary>
    /// <remarks>Read on a reading connection: the ledger's answers never wait for an ingest holding the writer.</remarks>
    public long AcceptedCount() => Read(s => s.Review.AcceptedCount());

    /// <summary>The records accepted in review, to append to the bundled ledger.</summary>
    public LedgerBatch AcceptedBatch() => Read(s => s.Review.AcceptedBatch());

    long IAcceptedRecords.Count() => AcceptedCount();

    LedgerBatch IAcceptedRecords.Batch() => AcceptedBatch();

    public IReadOnlyList<Proposal> Proposals(string? state) => Read(s => s.Review.List(state));

    /// <summary>The story of the report a claim's source names, if it is stored.</summary>
    public long? StoryOfDocument(string document) => Read(s => s.StoryOfDocument(document));

    public Proposal? Proposal(long id) => Read(s => s.Review.Get(id));

    /// <summary>Applies a decision (accept, reject, revoke); a record accepted or revoked changes the ledger the server answers from at once.</summary>
    public ReviewOutcome Decide(DecisionRequest decision, LedgerSession ledger)
    {
        var outcome = Use(s => ReviewDecisions.Apply(s.Review, decision));
        if (ReviewDecisions.ChangesLedger(decision, outcome))
        {
            ledger.Refresh();
        }

        return outcome;
    }

    /// <summary>Narrows an open proposal's goods (HS codes or <c>all</c>) and start.</summary>
    public ReviewOutcome Narrow(long id, string reviewer, string products, DateOnly? from, string reason) =>
        Use(s => s.Review.Narrow(id, reviewer, products, from, reason));

    private sealed record StoreClaimsTask(long Reports, TradeLedger Ledger, Lazy<Task<StoreWideClaims>> Work);

    private T Use<T>(Func<NewsStore, T> action)
    {
        lock (gate)
        {
            if (store is null)
            {
                store = OpenAndSeed();
                opened = true;
            }

            return action(store);
        }
    }

    /// <summary>
    /// Runs a read on a reading connection of its own (taken from the idle ones, or opened), after the
    /// writer has created and seeded the store; no lock is held, so reads run beside each other.
    /// </summary>
    private T Read<T>(Func<NewsStore, T> action)
    {
        if (!opened)
        {
            Use(_ => true);
        }

        if (!readers.TryTake(out var reader))
        {
            reader = NewsStore.Open(settings.Database, clock);
        }

        var keep = false;
        try
        {
            var result = action(reader);
            keep = true;
            return result;
        }
        finally
        {
            // A connection that failed mid-read is not reused; one past the idle count is closed.
            if (keep && readers.Count < IdleReaders)
            {
                readers.Add(reader);
            }
            else
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>
    /// Opens the store; an empty one is seeded with the samples (when the settings say so) and its review
    /// queue filled from them, all before the store is handed to any request, so no request sees the
    /// samples without their proposals.
    /// </summary>
    private NewsStore OpenAndSeed()
    {
        var opened = NewsStore.Open(settings.Database, clock);
        try
        {
            var samples = Path.Combine(settings.DataDirectory, "samples");
            if (settings.SeedSamples && opened.ReportCount() == 0 && Directory.Exists(samples))
            {
                var reports = SourceWalker.Expand([samples], out _).SelectMany(file =>
                {
                    var (bytes, size) = SourceWalker.ReadBytes(file.Path);
                    return ReportReader.Read(file.Id, Path.GetFileName(file.Path), bytes, size).Reports;
                }).ToList();
                // A sample the store refuses fails the opening.
                opened.Ingest(reports, (_, _) => { }, (_, e) => throw e);

                // The ledger the proposals are checked against: the files and what this store's review accepted,
                // read here, as the server's session reads the store through this service.
                var ledger = new LedgerSession(settings.DataDirectory, null, AcceptedRecords.ReadOnce(opened.Review));
                ProposeChanges.FromStore(opened, ledger);
            }

            return opened;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }
}
