using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tradewatch.Storage;

namespace Tradewatch.TestSupport;

/// <summary>
/// A fresh, empty store on one provider for one test: a SQLite file under the temp folder, or a schema
/// of its own in the PostgreSQL cluster named by <c>TRADEWATCH_TEST_POSTGRES</c> (scripts/test starts
/// one). The store-backed tests (storage, CLI, application) take the provider as data, so one suite runs on each.
/// </summary>
public abstract class StoreTarget : IDisposable
{
    /// <summary>The providers to run on: SQLite always; PostgreSQL when a cluster is given, or when it is required (then a missing one fails).</summary>
    public static IEnumerable<object[]> Providers => TestStores.Providers.Select(p => new object[] { p });

    public abstract StoreLocation Location { get; }

    /// <summary>The store as a <c>--db</c> value names it: the file path, or the connection string.</summary>
    public string DbArgument => Location.Target;

    public static StoreTarget Create(string provider) => provider switch
    {
        "sqlite" => new SqliteTarget(),
        "postgres" => new PostgresTarget(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres"),
    };

    /// <summary>A connection of the test's own to the store's database, beside the store's.</summary>
    public abstract DbConnection OpenRaw();

    public abstract void Dispose();

    private sealed class SqliteTarget : StoreTarget
    {
        private readonly string path = Path.Combine(Path.GetTempPath(), $"tradewatch-test-{Guid.NewGuid():N}.db");

        public override StoreLocation Location => StoreLocation.File(path);

        public override DbConnection OpenRaw()
        {
            var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            return connection;
        }

        public override void Dispose()
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    private sealed class PostgresTarget : StoreTarget
    {
        private readonly string schema = $"test_{Guid.NewGuid():N}";
        private readonly string server;

        public PostgresTarget()
        {
            server = TestStores.PostgresServer;
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        public override StoreLocation Location => StoreLocation.Parse(new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString);

        public override DbConnection OpenRaw()
        {
            var connection = new NpgsqlConnection(Location.Target);
            connection.Open();
            return connection;
        }

        public override void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }
    }
}
