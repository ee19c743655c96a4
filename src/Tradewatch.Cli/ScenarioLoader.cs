using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Storage.LedgerFiles;

namespace Tradewatch.Cli;

/// <summary>Finds and reads scenario files (overlays on the ledger) by name or path, with the shared loader in Storage.</summary>
internal static class ScenarioLoader
{
    public static IReadOnlyList<string> BundledFiles(CliContext context) => Storage.LedgerFiles.ScenarioLoader.BundledFiles(context.DataDirectory);

    /// <summary>A scenario by bundled name (e.g. truce-lapses) or by file path.</summary>
    public static Scenario Load(CliContext context, ReferenceData reference, TradeLedger ledger, string nameOrPath) =>
        Storage.LedgerFiles.ScenarioLoader.Load(context.DataDirectory, reference, ledger, nameOrPath);

    /// <summary>The view a command answers from: the ledger as known at a time, with a scenario on top when one is named.</summary>
    public static LedgerView View(CliContext context, ReferenceData reference, IReadOnlyList<string>? ledgerFiles, DateTimeOffset? knownAt, string? scenario, string? database = null)
    {
        return ViewOver(context, reference, LedgerLoader.Load(context, ledgerFiles, reference, database), knownAt, scenario);
    }

    /// <summary>The same, over a ledger already loaded (so that several scenarios share one load).</summary>
    public static LedgerView ViewOver(CliContext context, ReferenceData reference, TradeLedger ledger, DateTimeOffset? knownAt, string? scenario)
    {
        if (knownAt is { } asOf && ledger.FirstRecorded is { } first && asOf < first)
        {
            throw new BadDataException($"--known-at {asOf:yyyy-MM-dd} is before the ledger's first record ({first:yyyy-MM-dd}): the ledger knew nothing then, so there is no answer.");
        }

        if (scenario is null)
        {
            return ledger.AsKnownAt(knownAt);
        }

        var overlay = Load(context, reference, ledger, scenario);
        try
        {
            return overlay.Apply(ledger, knownAt);
        }
        catch (ArgumentException e)
        {
            var when = knownAt is { } k ? $" as known at {k:yyyy-MM-dd}" : string.Empty;
            throw new BadDataException($"scenario '{overlay.Name}' cannot apply to the ledger{when}: {e.Message.Split(" (Parameter")[0]}");
        }
    }
}
