using Tradewatch.Storage.Accounts;

namespace Tradewatch.Storage.Tests;

public sealed class AccountStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tradewatch-accounts-" + Guid.NewGuid().ToString("N"));

    private AccountStore Open() => AccountStore.Open(Path.Combine(folder, "news.db"), TimeProvider.System);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Names_are_unique_without_case()
    {
        var store = Open();
        Assert.True(store.Add("Alice", AccountStore.CuratorRole, "hash-1"));
        Assert.False(store.Add("alice", AccountStore.ReaderRole, "hash-2"));
        Assert.Equal("hash-1", store.Find("ALICE")!.PasswordHash);
    }

    [Fact]
    public void A_token_digest_finds_its_account_and_nothing_else()
    {
        var store = Open();
        store.Add("bob", AccountStore.ReaderRole, "hash");
        store.AddToken(store.Find("bob")!.Id, "digest-1", "tests");
        Assert.Equal("bob", store.FindByToken("digest-1")!.Name);
        Assert.Null(store.FindByToken("digest-2"));
    }

    [Fact]
    public void Accounts_survive_reopening_alongside_the_news()
    {
        Open().Add("carol", AccountStore.CuratorRole, "hash");
        using var news = NewsStore.Open(Path.Combine(folder, "news.db"), TimeProvider.System);
        Assert.Equal(0, news.ReportCount());
        Assert.NotNull(Open().Find("carol"));
    }

    [Fact]
    public void An_unknown_role_is_refused() => Assert.Throws<ArgumentException>(() => Open().Add("dave", "admin", "hash"));
}
