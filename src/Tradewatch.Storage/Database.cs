using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tradewatch.Storage;

/// <summary>
/// One open connection to the store's database, SQLite or PostgreSQL, and the few things the two do
/// differently: how a writer takes the store's write lock, how a reader takes a snapshot, and the DDL
/// of each migration. Everything else is the same SQL on both.
/// </summary>
internal sealed class Database : IDisposable
{
    /// <summary>The advisory lock key writers of one PostgreSQL database take turns on ("TWnews").</summary>
    private const long WriteLockKey = 0x54574E657773;

    /// <summary>
    /// The data source of each PostgreSQL location some open store uses, with how many use it: every
    /// store opened on one location (a server's reader and writer, each account lookup) draws on one
    /// connection pool, and the pool is closed when the last store on it is.
    /// </summary>
    private static readonly Dictionary<string, (NpgsqlDataSource Source, int Users)> DataSources = new(StringComparer.Ordinal);

    private static readonly Lock DataSourcesLock = new();

    private readonly NpgsqlDataSource? dataSource;

    private Database(StoreLocation location, DbConnection connection, NpgsqlDataSource? dataSource)
    {
        Location = location;
        Connection = connection;
        this.dataSource = dataSource;
    }

    public StoreLocation Location { get; }

    public DbConnection Connection { get; }

    public StoreProvider Provider => Location.Provider;

    /// <summary>
    /// Opens the store's database. <paramref name="readOnly"/> opens an existing SQLite file for
    /// reading only: it is never created, changed or switched to WAL, so a store the user may only
    /// read (a read-only file, folder or medium) can still be read.
    /// </summary>
    public static Database Open(StoreLocation location, bool readOnly = false)
    {
        if (readOnly && location.Provider == StoreProvider.Sqlite && File.Exists(location.Target))
        {
            return OpenSqliteForReading(location);
        }

        if (location.Provider == StoreProvider.Postgres)
        {
            var source = LeaseDataSource(location.Target);
            try
            {
                return new Database(location, source.OpenConnection(), source) { ReadOnly = readOnly };
            }
            catch
            {
                ReleaseDataSource(location.Target);
                throw;
            }
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(location.Target));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = location.Target, Pooling = false }.ToString());
        try
        {
            connection.Open();
            // The busy timeout first: another process creating the same file may hold it for a moment.
            // WAL: a reader never sees half a report, and a killed writer's last transaction is rolled back on next open.
            connection.Execute("PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new Database(location, connection, null);
    }

    /// <summary>
    /// Whether the store is open for reading only: an existing SQLite file opened so, or a PostgreSQL
    /// database a reader opened. Such a store is never migrated (<see cref="Schema.Migrate"/> says so instead).
    /// </summary>
    public bool ReadOnly { get; private init; }

    /// <summary>
    /// An existing SQLite file, read-only. A WAL store is read through its shared-memory file; where
    /// that file is absent and cannot be made (a read-only folder, so no writer can be at work either),
    /// the file is read as immutable.
    /// </summary>
    private static Database OpenSqliteForReading(StoreLocation location)
    {
        const int SqliteReadOnly = 8, SqliteCantOpen = 14;
        try
        {
            return SqliteReader(location, location.Target);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteReadOnly or SqliteCantOpen)
        {
            return SqliteReader(location, new Uri(Path.GetFullPath(location.Target)).AbsoluteUri + "?immutable=1");
        }
    }

    private static Database SqliteReader(StoreLocation location, string dataSource)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dataSource, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            connection.Execute("PRAGMA busy_timeout = 30000; PRAGMA query_only = ON;");
            // Opening is lazy: a first read finds out whether the file can be read this way.
            connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master");
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new Database(location, connection, null) { ReadOnly = true };
    }

    /// <summary>
    /// A transaction holding the store's write lock: writers take turns, so each sees every report
    /// stored before it (SQLite: <c>BEGIN IMMEDIATE</c>; PostgreSQL: a transaction-scoped advisory lock).
    /// </summary>
    public DbTransaction BeginWrite()
    {
        if (Connection is SqliteConnection sqlite)
        {
            return sqlite.BeginTransaction(deferred: false);
        }

        var tx = Connection.BeginTransaction(IsolationLevel.ReadCommitted);
        Connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = WriteLockKey }, tx);
        return tx;
    }

    /// <summary>A read-only transaction over one snapshot: every query in it sees the same stored state.</summary>
    public DbTransaction BeginRead()
    {
        if (Connection is SqliteConnection sqlite)
        {
            return sqlite.BeginTransaction(deferred: true);
        }

        var tx = Connection.BeginTransaction(IsolationLevel.RepeatableRead);
        Connection.Execute("SET TRANSACTION READ ONLY", transaction: tx);
        return tx;
    }

    public void Dispose()
    {
        Connection.Dispose();
        if (dataSource is not null)
        {
            ReleaseDataSource(Location.Target);
        }
    }

    private static NpgsqlDataSource LeaseDataSource(string connectionString)
    {
        lock (DataSourcesLock)
        {
            var (source, users) = DataSources.TryGetValue(connectionString, out var leased) ? leased : (NpgsqlDataSource.Create(connectionString), 0);
            DataSources[connectionString] = (source, checked(users + 1));
            return source;
        }
    }

    private static void ReleaseDataSource(string connectionString)
    {
        NpgsqlDataSource? unused = null;
        lock (DataSourcesLock)
        {
            var (source, users) = DataSources[connectionString];
            if (users == 1)
            {
                DataSources.Remove(connectionString);
                unused = source;
            }
            else
            {
                DataSources[connectionString] = (source, users - 1);
            }
        }

        unused?.Dispose();
    }
}
