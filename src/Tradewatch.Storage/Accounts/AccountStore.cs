using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Tradewatch.Core;

namespace Tradewatch.Storage.Accounts;

/// <summary>A person who may sign in: a curator may ingest and review; a reader only reads.</summary>
public sealed record Account(long Id, string Name, string Role, string PasswordHash, string CreatedAt);

/// <summary>
/// The local accounts and API tokens, in the same SQLite file as the news. Passwords arrive here
/// already hashed and tokens as their SHA-256 digest: the store never sees a secret. Each call
/// opens its own pooled connection, so one instance serves concurrent requests.
/// </summary>
public sealed class AccountStore
{
    public const string CuratorRole = "curator";
    public const string ReaderRole = "reader";

    private const string TablesSql =
        """
        CREATE TABLE IF NOT EXISTS accounts (
            id             INTEGER PRIMARY KEY,
            name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role           TEXT NOT NULL,
            password_hash  TEXT NOT NULL,
            created_at     TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS api_tokens (
            token_hash  TEXT PRIMARY KEY,
            account_id  INTEGER NOT NULL REFERENCES accounts(id),
            label       TEXT NOT NULL,
            created_at  TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    private readonly string connectionString;
    private readonly TimeProvider clock;

    private AccountStore(string connectionString, TimeProvider clock)
    {
        this.connectionString = connectionString;
        this.clock = clock;
    }

    /// <summary>Opens (creating if needed) the account tables in the database at <paramref name="path"/>.</summary>
    public static AccountStore Open(string path, TimeProvider clock)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var store = new AccountStore(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString(), clock);
        store.Run(c => c.Execute(TablesSql));
        return store;
    }

    /// <summary>Adds an account; false when the name is taken (names compare without case).</summary>
    public bool Add(string name, string role, string passwordHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (role is not (CuratorRole or ReaderRole))
        {
            throw new ArgumentException($"role must be {CuratorRole} or {ReaderRole}", nameof(role));
        }

        return Run(c => c.Execute(
            "INSERT INTO accounts (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @at) ON CONFLICT(name) DO NOTHING",
            new { name, role, hash = passwordHash, at = Now() }) == 1);
    }

    /// <summary>Replaces an account's password hash (after a rehash on sign-in, or a reset); false when there is no such account.</summary>
    public bool SetPasswordHash(string name, string passwordHash) =>
        Run(c => c.Execute("UPDATE accounts SET password_hash = @hash WHERE name = @name", new { name, hash = passwordHash }) == 1);

    public Account? Find(string name) => Run(c => c.QueryFirstOrDefault<Account>(
        "SELECT id AS Id, name AS Name, role AS Role, password_hash AS PasswordHash, created_at AS CreatedAt FROM accounts WHERE name = @name",
        new { name }));

    public IReadOnlyList<Account> All() => Run(c => c.Query<Account>(
        "SELECT id AS Id, name AS Name, role AS Role, password_hash AS PasswordHash, created_at AS CreatedAt FROM accounts ORDER BY name").ToList());

    /// <summary>Records a token for an account by its digest.</summary>
    public void AddToken(long accountId, string tokenDigest, string label) => Run(c => c.Execute(
        "INSERT INTO api_tokens (token_hash, account_id, label, created_at) VALUES (@digest, @accountId, @label, @at)",
        new { digest = tokenDigest, accountId, label, at = Now() }));

    /// <summary>The account a token (given by its digest) belongs to, or null.</summary>
    public Account? FindByToken(string tokenDigest) => Run(c => c.QueryFirstOrDefault<Account>(
        """
        SELECT a.id AS Id, a.name AS Name, a.role AS Role, a.password_hash AS PasswordHash, a.created_at AS CreatedAt
        FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = @digest
        """,
        new { digest = tokenDigest }));

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private T Run<T>(Func<SqliteConnection, T> action)
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            connection.Execute("PRAGMA busy_timeout = 5000;");
            return action(connection);
        }
        catch (SqliteException e)
        {
            throw new StorageException($"account database error: {e.Message}", e);
        }
    }
}
