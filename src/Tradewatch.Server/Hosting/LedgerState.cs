using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Tradewatch.Core;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Time;
using Tradewatch.Server.News;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.Server.Hosting;

/// <summary>
/// The bundled reference tables, ledger and scenarios, read once, with the records accepted in the
/// store's review queue on top (as the CLI answers); and the views answered from, cached by
/// (known-at day, scenario) since building a view folds the whole ledger. Accepting a proposal
/// swaps in a new snapshot (ledger and empty cache together), so no answer mixes the two.
/// </summary>
public sealed class LedgerState
{
    private const int MaxCachedViews = 512;

    private readonly TradeLedger files;
    private readonly NewsService news;
    private readonly Lock rebuilding = new();
    private volatile Snapshot snapshot;

    public LedgerState(IOptions<ServerSettings> settings, NewsService news)
    {
        DataDirectory = settings.Value.DataDirectory;
        Reference = LedgerLoader.Reference(DataDirectory);
        files = LedgerLoader.Load(DataDirectory, null, Reference);
        Scenarios = ScenarioLoader.BundledFiles(DataDirectory)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => ScenarioLoader.Load(DataDirectory, Reference, files, f), StringComparer.Ordinal);
        this.news = news;
        snapshot = Build();
        try
        {
            news.ProposeAfterSeeding(this);
        }
        catch (Core.StorageException)
        {
            // The ledger answers without the news store; the news endpoints report the store's problem themselves.
        }
    }

    /// <summary>
    /// How long a snapshot is trusted before the store is asked whether review accepted more records:
    /// a decision taken on another server sharing the store is seen here within this time.
    /// </summary>
    private const long FreshnessMilliseconds = 500;

    private long checkedAt = Environment.TickCount64;

    /// <summary>The ledger now: the bundled files and the records accepted in review (by any server on the store).</summary>
    public TradeLedger Ledger => Current().Ledger;

    /// <summary>Takes in the records accepted in review since the last snapshot.</summary>
    public void Rebuild()
    {
        lock (rebuilding)
        {
            snapshot = Build();
        }
    }

    /// <summary>The snapshot, rebuilt first when another server accepted records since it was taken (checked at most every <see cref="FreshnessMilliseconds"/>).</summary>
    private Snapshot Current()
    {
        var current = snapshot;
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref checkedAt);
        if (now - last < FreshnessMilliseconds || Interlocked.CompareExchange(ref checkedAt, now, last) != last)
        {
            return current;
        }

        try
        {
            if (news.AcceptedCount() != current.Accepted)
            {
                Rebuild();
            }
        }
        catch (Core.StorageException)
        {
            // The ledger's answers do not depend on the news store: while it is down, the last snapshot stands.
        }

        return snapshot;
    }

    private Snapshot Build()
    {
        long count;
        LedgerBatch accepted;
        try
        {
            count = news.AcceptedCount();
            accepted = news.AcceptedBatch();
        }
        catch (Core.StorageException)
        {
            // The ledger's answers never depend on the news store being healthy: without it, the bundled files alone.
            count = -1;
            accepted = new LedgerBatch();
        }

        try
        {
            return new Snapshot(accepted.Count == 0 ? files : files.Append(accepted, files.Version), new(), count);
        }
        catch (BadDataException e)
        {
            throw new BadDataException($"the records accepted in review do not fit the ledger: {e.Message}", e);
        }
    }

    private sealed record Snapshot(TradeLedger Ledger, ConcurrentDictionary<(DateOnly? KnownAt, string? Scenario), LedgerView> Views, long Accepted);

    public string DataDirectory { get; }

    public ReferenceData Reference { get; }

    /// <summary>The bundled scenarios by file name (what <c>--scenario</c> takes), in name order.</summary>
    public IReadOnlyDictionary<string, Scenario> Scenarios { get; }

    /// <summary>
    /// The ledger as known at the end of <paramref name="knownAt"/> (everything when null), with the
    /// named scenario on top. The scenario must be one of <see cref="Scenarios"/>: a client never names a file.
    /// </summary>
    public LedgerView View(DateOnly? knownAt, string? scenario)
    {
        var current = Current();
        var views = current.Views;
        if (views.TryGetValue((knownAt, scenario), out var cached))
        {
            return cached;
        }

        if (views.Count >= MaxCachedViews)
        {
            views.Clear();
        }

        return views.GetOrAdd((knownAt, scenario), key =>
        {
            DateTimeOffset? known = key.KnownAt is { } day ? DateParsing.EndOfDay(day) : null;
            if (key.Scenario is null)
            {
                return current.Ledger.AsKnownAt(known);
            }

            return ScenarioLoader.Apply(Scenarios[key.Scenario], current.Ledger, known);
        });
    }
}
