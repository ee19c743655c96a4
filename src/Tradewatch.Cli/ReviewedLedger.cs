using Tradewatch.Core.Ledger;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.Cli;

/// <summary>
/// The ledger a command answers from: the files read by <see cref="LedgerLoader"/>, with the
/// records accepted in review in the news database on top.
/// </summary>
internal static class ReviewedLedger
{
    /// <summary>
    /// Reads the ledger files (the bundled ones when none are given); any problem is bad data, listed
    /// with its line. On top, the records accepted in the review queue of <paramref name="database"/>
    /// (or of the default news database, when it exists and no files are named), each recorded at
    /// its acceptance time, so an answer as known before then does not see it.
    /// </summary>
    public static TradeLedger Load(CliContext context, IReadOnlyList<string>? files, ReferenceData? reference = null, string? database = null)
    {
        var ledger = LedgerLoader.Load(context.DataDirectory, files, reference);
        var path = database ?? (files is { Count: > 0 } || !Commands.NewsDatabase.Exists(context.DefaultDatabase) ? null : context.DefaultDatabase);
        if (path is null)
        {
            return ledger;
        }

        if (database is not null && !Commands.NewsDatabase.Exists(database))
        {
            throw new BadDataException($"news database not found: {database}");
        }

        using var store = Commands.NewsDatabase.OpenForReading(path, context);
        var accepted = store.Review.AcceptedBatch();
        try
        {
            return accepted.Count == 0 ? ledger : ledger.Append(accepted, ledger.Version);
        }
        catch (BadDataException e)
        {
            throw new BadDataException($"the records accepted in review in {path} do not fit the ledger: {e.Message}", e);
        }
    }
}
