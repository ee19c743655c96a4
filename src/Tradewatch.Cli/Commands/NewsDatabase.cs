using System.CommandLine;
using Tradewatch.Storage;

namespace Tradewatch.Cli.Commands;

/// <summary>The <c>--db</c> option the news commands share, and opening the store it names.</summary>
internal static class NewsDatabase
{
    public static Option<string?> Option() =>
        new("--db") { Description = $"The news database: a file, or a PostgreSQL server as postgres://user@host/db (default: TRADEWATCH_DB, else {NewsStore.DefaultPath()})." };

    /// <summary>The <c>--db</c> option of the ledger answers: the store whose accepted review records are added to the ledger.</summary>
    public static Option<string?> LedgerOption() =>
        new("--db") { Description = "Add the ledger records accepted in this news database's review queue (default: the default database, when it exists and no --ledger is given)." };

    /// <summary>Whether the store a <c>--db</c> value names is there: a file that exists, or any PostgreSQL server (opening it says if it is not).</summary>
    public static bool Exists(string location)
    {
        try
        {
            var parsed = StoreLocation.Parse(location);
            return parsed.Provider == StoreProvider.Postgres || File.Exists(parsed.Target);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--db: {e.Message}");
        }
    }

    public static NewsStore Open(string? path, CliContext context)
    {
        StoreLocation location;
        try
        {
            location = StoreLocation.Parse(path ?? context.DefaultDatabase);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--db: {e.Message}");
        }

        return NewsStore.Open(location, context.Clock);
    }
}
