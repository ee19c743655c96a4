using Tradewatch.App.Ledger;
using Tradewatch.Core.Ledger;

namespace Tradewatch.Cli;

/// <summary>
/// The ledger session a command answers from: the ledger files (the bundled ones when none are
/// given), with the records accepted in review in the news database on top.
/// </summary>
internal static class ReviewedLedger
{
    /// <summary>
    /// Reads the ledger files; any problem is bad data, listed with its line. On top, the records
    /// accepted in the review queue of <paramref name="database"/> (or of the default news database,
    /// when it exists and no files are named), each recorded at its acceptance time, so an answer as
    /// known before then does not see it. The store is read once and closed.
    /// </summary>
    /// <param name="preloadSchedule">The question is about US imports: the tariff schedule is read alongside the ledger.</param>
    public static LedgerSession Open(CliContext context, IReadOnlyList<string>? files, ReferenceData? reference = null, string? database = null, bool preloadSchedule = false)
    {
        var path = database ?? (files is { Count: > 0 } || !Commands.NewsDatabase.Exists(context.DefaultDatabase) ? null : context.DefaultDatabase);
        if (path is null)
        {
            return new LedgerSession(context.DataDirectory, files, reference: reference, preloadSchedule: preloadSchedule);
        }

        if (database is not null && !Commands.NewsDatabase.Exists(database))
        {
            throw new BadDataException($"news database not found: {database}");
        }

        // the store is read on another thread while the ledger files are parsed; a store that cannot be used
        // is said as before, once the session is made
        var read = Task.Run(() =>
        {
            using var store = Commands.NewsDatabase.OpenForReadingAcceptedRecords(path, context);
            return AcceptedRecords.ReadOnce(store.Review);
        });
        var session = new LedgerSession(context.DataDirectory, files, new Pending(read), path, reference, preloadSchedule);
        _ = read.GetAwaiter().GetResult();
        return session;
    }

    /// <summary>Accepted records still being read: asked for, they wait for the read (and throw what it threw).</summary>
    private sealed class Pending(Task<IAcceptedRecords> read) : IAcceptedRecords
    {
        public long Count() => read.GetAwaiter().GetResult().Count();

        public LedgerBatch Batch() => read.GetAwaiter().GetResult().Batch();
    }
}
