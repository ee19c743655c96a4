using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Storage;
using Tradewatch.Storage.LedgerFiles;

namespace Tradewatch.Cli;

/// <summary>
/// The ledger a command answers from: the bundled files (or those named with --ledger) from the
/// data folder, and on top the records accepted in the review queue of the news database.
/// </summary>
internal static class CliLedger
{
    public static ReferenceData Reference(CliContext context) => LedgerLoader.Reference(context.DataDirectory);

    /// <summary>
    /// Reads the ledger files, then adds the records accepted in the review queue of <paramref name="database"/>
    /// (or of the default news database, when it exists and no files are named), each recorded at
    /// its acceptance time, so an answer as known before then does not see it.
    /// </summary>
    public static TradeLedger Load(CliContext context, IReadOnlyList<string>? files, ReferenceData? reference = null, string? database = null)
    {
        var ledger = LedgerLoader.Load(context.DataDirectory, files, reference);
        var path = database ?? (files is { Count: > 0 } || !File.Exists(context.DefaultDatabase) ? null : context.DefaultDatabase);
        if (path is null)
        {
            return ledger;
        }

        if (database is not null && !File.Exists(database))
        {
            throw new BadDataException($"news database not found: {database}");
        }

        using var store = Commands.NewsDatabase.Open(path, context);
        LedgerBatch accepted;
        try
        {
            accepted = store.Review.AcceptedBatch();
        }
        catch (StorageException e)
        {
            throw new BadDataException(e.Message);
        }

        return LedgerLoader.WithAccepted(ledger, accepted, path);
    }

    /// <summary>The view a command answers from: the ledger as known at a time, with a scenario on top when one is named.</summary>
    public static LedgerView View(CliContext context, ReferenceData reference, IReadOnlyList<string>? ledgerFiles, DateTimeOffset? knownAt, string? scenario, string? database = null) =>
        ScenarioLoader.ViewOf(context.DataDirectory, reference, Load(context, ledgerFiles, reference, database), knownAt, scenario);
}
