using System.Globalization;
using Dapper;

namespace Tradewatch.Storage.Accounts;

/// <summary>A person who may sign in: a curator may ingest and review; a reader only reads.</summary>
public sealed record Account(long Id, string Name, string Role, string PasswordHash, string CreatedAt);

/// <summary>
/// The accounts and API tokens, in the news store's own database (a SQLite file or PostgreSQL), so
/// every server on one store knows the same people. The tables are part of the store's versioned
/// schema. Passwords arrive here already hashed and tokens as their SHA-256 digest: the store never
/// sees a secret. Each call opens its own connection, so one instance serves concurrent requests.
/// Names compare without case (they are ASCII: see <c>Curators.IsValidName</c>).
/// </summary>
public sealed class AccountStore
{
    public const string CuratorRole = "curator";
    public const string ReaderRole = "reader";

    private const string Columns = "id AS Id, name AS Name, role AS Role, password_hash AS PasswordHash, created_at AS CreatedAt";

    private readonly StoreLocation location;
    private readonly TimeProvider clock;

    private AccountStore(StoreLocation location, TimeProvider clock)
    {
        this.location = location;
        this.clock = clock;
    }

    /// <summary>Opens the accounts of the store a <c>--db</c> value names: a file path or a <c>postgres://</c> URL.</summary>
    public static AccountStore Open(string location, TimeProvider clock) => Open(StoreLocation.Parse(location), clock);

    /// <summary>Opens (creating if needed) the store at <paramref name="location"/> and brings its schema, accounts included, up to date.</summary>
    public static AccountStore Open(StoreLocation location, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(location);
        var store = new AccountStore(location, clock);
        store.Run(db =>
        {
            Schema.Migrate(db);
            return 0;
        });
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

        return Run(db => db.Connection.Execute(
            "INSERT INTO accounts (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @at) ON CONFLICT DO NOTHING",
            new { name, role, hash = passwordHash, at = Now() }) == 1);
    }

    /// <summary>Replaces an account's password hash (after a rehash on sign-in, or a reset); false when there is no such account.</summary>
    public bool SetPasswordHash(string name, string passwordHash) =>
        Run(db => db.Connection.Execute("UPDATE accounts SET password_hash = @hash WHERE lower(name) = lower(@name)", new { name, hash = passwordHash }) == 1);

    public Account? Find(string name) => Run(db => db.Connection.QueryFirstOrDefault<Account>(
        $"SELECT {Columns} FROM accounts WHERE lower(name) = lower(@name)", new { name }));

    public IReadOnlyList<Account> All() => Run(db => db.Connection.Query<Account>(
        $"SELECT {Columns} FROM accounts ORDER BY lower(name), name").ToList());

    /// <summary>Records a token for an account by its digest.</summary>
    public void AddToken(long accountId, string tokenDigest, string label) => Run(db => db.Connection.Execute(
        "INSERT INTO api_tokens (token_hash, account_id, label, created_at) VALUES (@digest, @accountId, @label, @at)",
        new { digest = tokenDigest, accountId, label, at = Now() }));

    /// <summary>The account a token (given by its digest) belongs to, or null.</summary>
    public Account? FindByToken(string tokenDigest) => Run(db => db.Connection.QueryFirstOrDefault<Account>(
        """
        SELECT a.id AS Id, a.name AS Name, a.role AS Role, a.password_hash AS PasswordHash, a.created_at AS CreatedAt
        FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = @digest
        """,
        new { digest = tokenDigest }));

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private T Run<T>(Func<Database, T> action)
    {
        Database? db = null;
        try
        {
            db = Database.Open(location);
            return action(db);
        }
        catch (Exception e) when (StorageFailures.Is(e))
        {
            throw StorageFailures.Explain(e, $"account database error in '{location.Display}'", location);
        }
        finally
        {
            db?.Dispose();
        }
    }
}
