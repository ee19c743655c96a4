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

    /// <summary>
    /// The store <c>--db</c> names, or the default one. An empty value, a folder, or a URL of another
    /// kind is a usage error: nothing else is taken for a file path.
    /// </summary>
    public static string Path(string? path, CliContext context)
    {
        if (path is null)
        {
            return context.DefaultDatabase;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException("--db is empty: give the news database's file path.");
        }

        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && !path.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--db '{path}' is a URL of a kind Tradewatch does not store in; give a file path.");
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"--db '{path}' is a folder; give the database's file path (such as {System.IO.Path.Combine(path, "news.db")}).");
        }

        return path;
    }


    /// <summary>Whether a <c>--db</c> value names a PostgreSQL server (a URL or a connection string) rather than a file.</summary>
    public static bool IsPostgres(string location)
    {
        try
        {
            return StoreLocation.Parse(location).Provider == StoreProvider.Postgres;
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--db: {e.Message}");
        }
    }

    /// <summary>Whether the store a <c>--db</c> value names is there: a file that exists, or a PostgreSQL database holding a store.</summary>
    public static bool Exists(string location)
    {
        try
        {
            return NewsStore.Exists(StoreLocation.Parse(location));
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--db: {e.Message}");
        }
    }

    /// <summary>The store to write to (ingest, review decisions, users), created when not there.</summary>
    public static NewsStore Open(string? path, CliContext context) => NewsStore.Open(Location(path, context), context.Clock);

    /// <summary>The store to read: an existing file is opened read-only, so a store the user may only read still answers.</summary>
    public static NewsStore OpenForReading(string? path, CliContext context) => NewsStore.OpenForReading(Location(path, context), context.Clock);

    /// <summary>The store to read the accepted review records from, for a ledger answer: a store an older Tradewatch made is read as it is when those records read the same.</summary>
    public static NewsStore OpenForReadingAcceptedRecords(string? path, CliContext context) => NewsStore.OpenForReadingAcceptedRecords(Location(path, context), context.Clock);

    /// <summary>Where the store <c>--db</c> names (or the default one) is; a value that names no store is a usage error.</summary>
    public static StoreLocation Location(string? path, CliContext context)
    {
        try
        {
            return StoreLocation.Parse(Path(path, context));
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--db: {e.Message}");
        }
    }
}
