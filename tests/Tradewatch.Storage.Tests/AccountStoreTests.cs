using Tradewatch.Storage.Accounts;

namespace Tradewatch.Storage.Tests;

/// <summary>The accounts and tokens, in the store's own database, on each provider.</summary>
public sealed class AccountStoreTests
{
    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Names_are_unique_without_case(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var store = AccountStore.Open(target.Location, TimeProvider.System);
        Assert.True(store.Add("Alice", AccountStore.CuratorRole, "hash-1"));
        Assert.False(store.Add("alice", AccountStore.ReaderRole, "hash-2"));
        Assert.Equal("hash-1", store.Find("ALICE")!.PasswordHash);
        Assert.True(store.SetPasswordHash("aLiCe", "hash-3"));
        Assert.Equal(["Alice"], store.All().Select(a => a.Name));
        Assert.Equal("hash-3", store.Find("alice")!.PasswordHash);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_token_digest_finds_its_account_and_nothing_else(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var store = AccountStore.Open(target.Location, TimeProvider.System);
        store.Add("bob", AccountStore.ReaderRole, "hash");
        store.AddToken(store.Find("bob")!.Id, "digest-1", "tests");
        Assert.Equal("bob", store.FindByToken("digest-1")!.Name);
        Assert.Null(store.FindByToken("digest-2"));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Accounts_live_in_the_news_store_and_are_seen_by_every_opener(string provider)
    {
        using var target = StoreTarget.Create(provider);
        AccountStore.Open(target.Location, TimeProvider.System).Add("carol", AccountStore.CuratorRole, "hash");
        using (var news = NewsStore.Open(target.Location, TimeProvider.System))
        {
            Assert.Equal(0, news.ReportCount());
        }

        using var raw = target.OpenRaw();
        using var command = raw.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM accounts WHERE name = 'carol'";
        Assert.Equal(1L, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(AccountStore.Open(target.Location, TimeProvider.System).Find("carol"));
    }

    [Fact]
    public void A_store_made_before_the_accounts_migration_keeps_its_accounts()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradewatch-accounts-{Guid.NewGuid():N}.db");
        try
        {
            using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
            {
                old.Open();
                using var command = old.CreateCommand();
                command.CommandText = """
                    CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at TEXT NOT NULL);
                    CREATE TABLE api_tokens (token_hash TEXT PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id), label TEXT NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID;
                    INSERT INTO accounts (name, role, password_hash, created_at) VALUES ('dora', 'curator', 'hash', '2026-01-01T00:00:00Z');
                    """;
                command.ExecuteNonQuery();
            }

            Assert.Equal("curator", AccountStore.Open(StoreLocation.File(path), TimeProvider.System).Find("Dora")!.Role);
        }
        finally
        {
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void An_unknown_role_is_refused(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var store = AccountStore.Open(target.Location, TimeProvider.System);
        Assert.Throws<ArgumentException>(() => store.Add("dave", "admin", "hash"));
    }
}
