using Tradewatch.Core.Ledger;
using Tradewatch.Storage.LedgerFiles;

namespace Tradewatch.Cli;

/// <summary>
/// Loads the reference tables and the ledger (the bundled one, or the files a user names) with the
/// shared loader in Storage, and adds the records accepted in review in the news database.
/// </summary>
internal static class LedgerLoader
{
    public static ReferenceData Reference(CliContext context) => Storage.LedgerFiles.LedgerLoader.Reference(context.DataDirectory);

    /// <summary>The bundled ledger files, in name order.</summary>
    public static IReadOnlyList<string> BundledFiles(CliContext context) => Storage.LedgerFiles.LedgerLoader.BundledFiles(context.DataDirectory);

    /// <summary>
    /// Reads the ledger files (the bundled ones when none are given); any problem is bad data, listed
    /// with its line. On top, the records accepted in the review queue of <paramref name="database"/>
    /// (or of the default news database, when it exists and no files are named), each recorded at
    /// its acceptance time, so an answer as known before then does not see it.
    /// </summary>
    public static TradeLedger Load(CliContext context, IReadOnlyList<string>? files, ReferenceData? reference = null, string? database = null)
    {
        var ledger = LoadFiles(context, files, reference);
        var path = database ?? (files is { Count: > 0 } || !Commands.NewsDatabase.Exists(context.DefaultDatabase) ? null : context.DefaultDatabase);
        if (path is null)
        {
            return ledger;
        }

        if (database is not null && !Commands.NewsDatabase.Exists(database))
        {
            throw new BadDataException($"news database not found: {database}");
        }

        using var store = Commands.NewsDatabase.Open(path, context);
        LedgerBatch accepted;
        try
        {
            accepted = store.Review.AcceptedBatch();
        }
        catch (Storage.StorageException e)
        {
            throw new BadDataException(e.Message);
        }

        try
        {
            return accepted.Count == 0 ? ledger : ledger.Append(accepted, ledger.Version);
        }
        catch (ArgumentException e)
        {
            throw new BadDataException($"the records accepted in review in {path} do not fit the ledger: {e.Message.Split(" (Parameter")[0]}");
        }
    }

    private static TradeLedger LoadFiles(CliContext context, IReadOnlyList<string>? files, ReferenceData? reference) =>
        Storage.LedgerFiles.LedgerLoader.Load(context.DataDirectory, files, reference);
}
