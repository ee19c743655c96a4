using Tradewatch.App.Ledger;

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
    public static LedgerSession Open(CliContext context, IReadOnlyList<string>? files, ReferenceData? reference = null, string? database = null)
    {
        var path = database ?? (files is { Count: > 0 } || !Commands.NewsDatabase.Exists(context.DefaultDatabase) ? null : context.DefaultDatabase);
        if (path is null)
        {
            return new LedgerSession(context.DataDirectory, files, reference: reference);
        }

        if (database is not null && !Commands.NewsDatabase.Exists(database))
        {
            throw new BadDataException($"news database not found: {database}");
        }

        IAcceptedRecords accepted;
        using (var store = Commands.NewsDatabase.Open(path, context))
        {
            accepted = AcceptedRecords.ReadOnce(store.Review);
        }

        return new LedgerSession(context.DataDirectory, files, accepted, path, reference);
    }
}
