using System.Collections.Concurrent;
using Tradewatch.App.Questions;
using Tradewatch.Core;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Portfolios;
using Tradewatch.Core.Schedule;
using Tradewatch.Core.Time;
using Tradewatch.Formats.Ledger;
using Tradewatch.Formats.Schedule;

namespace Tradewatch.App.Ledger;

/// <summary>
/// What the ledger's answers are given from, for the CLI and the server alike: the reference tables,
/// the ledger files (the bundled ones unless others are named), the US tariff schedule, the bundled
/// scenarios, and the records accepted in a store's review queue on top. Views are cached by
/// (known-at, scenario), since building one folds the whole ledger. When the accepted records change
/// (<see cref="Refresh"/>, or another process sharing the store: a question asked when the snapshot
/// was last checked more than <see cref="FreshnessMilliseconds"/> ago checks it first) a new snapshot
/// (ledger, scenarios and empty cache together) replaces the old one, so no answer mixes the two.
/// </summary>
public sealed class LedgerSession
{
    /// <summary>How long a snapshot is trusted before the store is asked whether review accepted more records.</summary>
    public const long FreshnessMilliseconds = 500;

    /// <summary>
    /// How long a question waits for the store's answer when it checks: a store that is slow or down
    /// does not hold the ledger's answers longer than this (they are then given from the last snapshot).
    /// Once the store has said the records changed, the question waits for the new snapshot.
    /// </summary>
    public const int CheckPatienceMilliseconds = 1000;

    private const int MaxCachedViews = 512;

    private readonly TradeLedger files;
    private readonly IAcceptedRecords? accepted;
    private readonly string? storeName;
    private readonly Lazy<TariffSchedule> schedule;
    private readonly Lock rebuilding = new();
    private readonly Lock checking = new();
    private volatile Snapshot snapshot;

    /// <summary>When the last check that reached the store began: the snapshot holds every decision committed before then.</summary>
    private long checkedAt = Environment.TickCount64;

    /// <summary>The check under way, which every question that finds the snapshot stale waits for; null when none is.</summary>
    private Task? check;

    /// <summary>Whether the check under way found the records changed and is building the new snapshot.</summary>
    private volatile bool changed;

    /// <summary>
    /// Reads the reference tables and the ledger files under <paramref name="dataDirectory"/> (or
    /// <paramref name="ledgerFiles"/> when given); any problem is bad data. <paramref name="accepted"/>,
    /// when given, adds the records accepted in review; <paramref name="storeName"/> names that store in messages.
    /// <paramref name="reference"/> saves reading the reference tables again when the caller has them.
    /// </summary>
    /// <param name="preloadSchedule">Read the US tariff schedule on another thread while the ledger files are read: a question that
    /// will need it (a US import) then waits for the longer of the two, not their sum. A damaged schedule is said when it is used.</param>
    public LedgerSession(string dataDirectory, IReadOnlyList<string>? ledgerFiles = null, IAcceptedRecords? accepted = null, string? storeName = null, ReferenceData? reference = null, bool preloadSchedule = false)
    {
        DataDirectory = dataDirectory;
        schedule = new Lazy<TariffSchedule>(() => ReadSchedule(dataDirectory), LazyThreadSafetyMode.ExecutionAndPublication);
        if (preloadSchedule)
        {
            // the Lazy keeps what the read gave, the schedule or its exception, for the first use to see
            _ = Task.Run(() => schedule.Value);
        }

        Reference = reference ?? LedgerLoader.Reference(dataDirectory);
        files = LedgerLoader.Load(dataDirectory, ledgerFiles, Reference);
        this.accepted = accepted;
        this.storeName = storeName;
        ScenarioNames = ScenarioLoader.BundledFiles(dataDirectory).Select(f => Path.GetFileNameWithoutExtension(f)).ToList();
        snapshot = Build(tolerateStore: true);
    }

    /// <summary>The folder with the reference tables, ledger, scenarios, schedule and samples.</summary>
    public string DataDirectory { get; }

    /// <summary>The economies and the HS nomenclature.</summary>
    public ReferenceData Reference { get; }

    /// <summary>The ledger now: the files and the records accepted in review.</summary>
    public TradeLedger Ledger => Current().Ledger;

    /// <summary>The bundled US tariff schedule, read on first use; a damaged file is bad data naming the file and line.</summary>
    public TariffSchedule Schedule => schedule.Value;

    /// <summary>
    /// The one reader of import books both front ends use: HS codes checked against the nomenclature, and a US import's
    /// national line (8 or 10 digits) against the US schedule, so a line no revision has is named and left out; a line's
    /// claim against the preferences the ledger's measures name (<see cref="Measure.Claim"/>).
    /// </summary>
    public PortfolioCsvReader PortfolioReader() =>
        new(Reference.Nomenclature, Reference.Economies, Schedule.Numbers, Ledger.Measures.Select(m => m.Claim).OfType<string>());

    /// <summary>The folder of the bundled US tariff schedule under a data folder.</summary>
    public static string ScheduleFolder(string dataDirectory) => Path.Combine(dataDirectory, "us-schedule");

    /// <summary>Reads the US tariff schedule under a data folder; a damaged file is bad data naming the file and line.</summary>
    public static TariffSchedule ReadSchedule(string dataDirectory)
    {
        try
        {
            return CompactSchedule.Load(ScheduleFolder(dataDirectory));
        }
        catch (BadDataException e)
        {
            throw new BadDataException($"the US tariff schedule cannot be used: {e.Message}");
        }
    }

    /// <summary>The bundled scenarios by file name (what <c>--scenario</c> and <c>scenario=</c> take), in name order.</summary>
    public IReadOnlyDictionary<string, Scenario> Scenarios
    {
        get
        {
            var current = Current();
            return ScenarioNames.ToDictionary(n => n, current.Scenario, StringComparer.Ordinal);
        }
    }

    /// <summary>The names of the bundled scenarios, in name order.</summary>
    public IReadOnlyList<string> ScenarioNames { get; }

    /// <summary>Takes in the records accepted or revoked in review since the last snapshot.</summary>
    public void Refresh()
    {
        lock (rebuilding)
        {
            snapshot = Build(tolerateStore: true);
        }
    }

    /// <summary>
    /// Why the ledger has no answer as known at the end of <paramref name="knownAt"/> (a day before its
    /// first record: it knew nothing then), as bad data about <paramref name="field"/>; null when it has one.
    /// </summary>
    public Problem? KnewNothing(DateOnly? knownAt, string field = "knownAt") =>
        knownAt is { } day && Ledger.KnewNothingAt(DateParsing.EndOfDay(day)) is { } nothing ? new Problem(field, nothing, ProblemKind.BadData) : null;

    /// <summary>
    /// The ledger as known at the end of <paramref name="knownAt"/> (everything when null), with the
    /// named scenario on top.
    /// </summary>
    public LedgerView View(DateOnly? knownAt, string? scenario) =>
        ViewAt(knownAt is { } day ? DateParsing.EndOfDay(day) : null, scenario);

    /// <summary>
    /// The ledger as known at <paramref name="knownAt"/> (everything when null), with a scenario on top:
    /// a bundled one by name, or a scenario file by path. A known-at before the ledger's first record has
    /// no answer (the ledger knew nothing then) and is bad data, as is a scenario that does not fit.
    /// </summary>
    public LedgerView ViewAt(DateTimeOffset? knownAt, string? scenario)
    {
        var current = Current();
        if (knownAt is { } asOf && current.Ledger.KnewNothingAt(asOf) is { } nothing)
        {
            throw new BadDataException(nothing);
        }

        if (scenario is not null && (File.Exists(scenario) || !ScenarioNames.Contains(scenario, StringComparer.Ordinal)))
        {
            // a file named by its path: read each time, as the file may change between questions
            return ScenarioLoader.ViewOver(DataDirectory, Reference, current.Ledger, knownAt, scenario);
        }

        var views = current.Views;
        if (views.TryGetValue((knownAt, scenario), out var cached))
        {
            return cached;
        }

        if (views.Count >= MaxCachedViews)
        {
            views.Clear();
        }

        return views.GetOrAdd((knownAt, scenario), key => key.Scenario is null
            ? current.Ledger.AsKnownAt(key.KnownAt)
            : ScenarioLoader.Apply(current.Scenario(key.Scenario), current.Ledger, key.KnownAt));
    }

    /// <summary>
    /// Why <paramref name="scenario"/> (a bundled one by name, or a scenario file by path) does not apply to the ledger as
    /// known at <paramref name="knownAt"/>, as <see cref="Scenario.Refusal"/> words it; null when it applies or is null.
    /// A comparison of scenarios asks this first, to compare the ones that apply and name the others.
    /// </summary>
    public string? Refusal(DateOnly? knownAt, string? scenario) =>
        Refusal(knownAt is { } day ? DateParsing.EndOfDay(day) : null, scenario);

    /// <summary>The same, as known at a moment (everything when null).</summary>
    public string? Refusal(DateTimeOffset? knownAt, string? scenario)
    {
        if (scenario is null)
        {
            return null;
        }

        var current = Current();
        var overlay = File.Exists(scenario) || !ScenarioNames.Contains(scenario, StringComparer.Ordinal)
            ? ScenarioLoader.Load(DataDirectory, Reference, current.Ledger, scenario)
            : current.Scenario(scenario);
        return overlay.Refusal(current.Ledger, knownAt);
    }

    /// <summary>
    /// The law as published at <paramref name="day"/>, as the ledger knew it at <paramref name="knownAt"/> (now when null;
    /// see <see cref="TradeLedger.AsPublishedAt"/>): what a deposit at entry followed.
    /// </summary>
    public LedgerView PublishedAt(DateTimeOffset day, DateTimeOffset? knownAt) => Current().Ledger.AsPublishedAt(day, knownAt);

    /// <summary>
    /// The snapshot, checked first when its last check is older than <see cref="FreshnessMilliseconds"/>:
    /// the store is asked (a count, cheap) whether review accepted or revoked records since, and the
    /// snapshot rebuilt when it did, so a decision taken on another server is in the very next answer
    /// after the limit, even after an idle spell. Questions asked together share one check; a store that
    /// does not answer within <see cref="CheckPatienceMilliseconds"/> leaves the last snapshot standing
    /// (a store that answered that the records changed is waited for, as the new snapshot is built).
    /// </summary>
    private Snapshot Current()
    {
        if (accepted is null || Environment.TickCount64 - Interlocked.Read(ref checkedAt) < FreshnessMilliseconds)
        {
            return snapshot;
        }

        Task running;
        lock (checking)
        {
            if (Environment.TickCount64 - Interlocked.Read(ref checkedAt) < FreshnessMilliseconds)
            {
                return snapshot;
            }

            running = check ??= Task.Run(CheckAccepted);
        }

        if (!running.Wait(CheckPatienceMilliseconds) && changed)
        {
            // the store answered and the snapshot is known to be old: the new one is being built from what it said
            running.Wait();
        }

        return snapshot;
    }

    /// <summary>Rebuilds the snapshot when the store's accepted records changed; while the store is down, the last snapshot stands.</summary>
    private void CheckAccepted()
    {
        var started = Environment.TickCount64;
        try
        {
            if (accepted!.Count() != snapshot.Accepted)
            {
                changed = true;
                Refresh();
            }
        }
        catch (StorageException)
        {
            // The ledger's answers do not depend on the store: while it is down, the last snapshot stands.
            started = Environment.TickCount64;
        }
        catch (BadDataException)
        {
            // Records that do not fit the ledger: the last snapshot stands, as when the store is down.
            started = Environment.TickCount64;
        }
        finally
        {
            lock (checking)
            {
                // a failed check is dated from its end, so a store that is down is asked again only after the full interval
                Interlocked.Exchange(ref checkedAt, started);
                changed = false;
                check = null;
            }
        }
    }

    private Snapshot Build(bool tolerateStore)
    {
        long count = -1;
        var batch = new LedgerBatch();
        if (accepted is not null)
        {
            try
            {
                count = accepted.Count();
                batch = accepted.Batch();
            }
            catch (StorageException) when (tolerateStore)
            {
                // Without the store, the files alone: the ledger's answers never depend on it being healthy.
                count = -1;
                batch = new LedgerBatch();
            }
        }

        TradeLedger ledger;
        try
        {
            ledger = batch.Count == 0 ? files : files.Append(batch, files.Version);
        }
        catch (BadDataException e)
        {
            var where = storeName is null ? string.Empty : $" in {storeName}";
            throw new BadDataException($"the records accepted in review{where} do not fit the ledger: {e.Message}", e);
        }

        return new Snapshot(ledger, name => ScenarioLoader.Load(DataDirectory, Reference, ledger, name), count);
    }

    /// <summary>One ledger with what is derived from it: the bundled scenarios read over it (each on first use) and the views.</summary>
    private sealed class Snapshot(TradeLedger ledger, Func<string, Scenario> load, long accepted)
    {
        private readonly ConcurrentDictionary<string, Lazy<Scenario>> scenarios = new(StringComparer.Ordinal);

        public TradeLedger Ledger { get; } = ledger;

        public long Accepted { get; } = accepted;

        public ConcurrentDictionary<(DateTimeOffset? KnownAt, string? Scenario), LedgerView> Views { get; } = new();

        public Scenario Scenario(string name) => scenarios.GetOrAdd(name, n => new Lazy<Scenario>(() => load(n))).Value;
    }
}
