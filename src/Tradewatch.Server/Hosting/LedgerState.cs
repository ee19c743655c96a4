using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Time;
using Tradewatch.Storage.LedgerFiles;

namespace Tradewatch.Server.Hosting;

/// <summary>
/// The bundled reference tables, ledger and scenarios, read once; and the views answered from,
/// cached by (known-at day, scenario) since building a view folds the whole ledger.
/// </summary>
public sealed class LedgerState
{
    private const int MaxCachedViews = 512;

    private readonly ConcurrentDictionary<(DateOnly? KnownAt, string? Scenario), LedgerView> views = new();

    public LedgerState(IOptions<ServerSettings> settings)
    {
        DataDirectory = settings.Value.DataDirectory;
        Reference = LedgerLoader.Reference(DataDirectory);
        Ledger = LedgerLoader.Load(DataDirectory, null, Reference);
        Scenarios = ScenarioLoader.BundledFiles(DataDirectory)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => ScenarioLoader.Load(DataDirectory, Reference, Ledger, f), StringComparer.Ordinal);
    }

    public string DataDirectory { get; }

    public ReferenceData Reference { get; }

    public TradeLedger Ledger { get; }

    /// <summary>The bundled scenarios by file name (what <c>--scenario</c> takes), in name order.</summary>
    public IReadOnlyDictionary<string, Scenario> Scenarios { get; }

    /// <summary>
    /// The ledger as known at the end of <paramref name="knownAt"/> (everything when null), with the
    /// named scenario on top. The scenario must be one of <see cref="Scenarios"/>: a client never names a file.
    /// </summary>
    public LedgerView View(DateOnly? knownAt, string? scenario)
    {
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
                return Ledger.AsKnownAt(known);
            }

            var overlay = Scenarios[key.Scenario];
            try
            {
                return overlay.Apply(Ledger, known);
            }
            catch (ArgumentException e)
            {
                var when = known is null ? string.Empty : $" as known at {key.KnownAt:yyyy-MM-dd}";
                throw new Storage.BadDataException($"scenario '{overlay.Name}' cannot apply to the ledger{when}: {e.Message.Split(" (Parameter")[0]}");
            }
        });
    }
}
