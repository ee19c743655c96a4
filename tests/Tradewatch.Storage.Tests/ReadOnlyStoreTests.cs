using System.Security.Cryptography;
using Tradewatch.Core;

namespace Tradewatch.Storage.Tests;

/// <summary>
/// A store opened for reading: an existing SQLite file is read without being created, changed or
/// locked for writing, and a write to it is refused in words about writing, not in SQLite's.
/// (Permissions do not bind root; the command-line tests run the read-only folder case as another user.)
/// </summary>
public sealed class ReadOnlyStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tw-readonly-").FullName;

    private string Db => Path.Combine(folder, "news.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_store_opened_for_reading_answers_and_is_left_as_it_was()
    {
        var reports = NewsStoreTests.SampleReports();
        long stories;
        using (var writer = NewsStore.Open(StoreLocation.File(Db), TimeProvider.System))
        {
            foreach (var r in reports)
            {
                writer.Ingest(r);
            }

            stories = writer.Stories().Count;
        }

        var before = SHA256.HashData(File.ReadAllBytes(Db));
        using (var reader = NewsStore.OpenForReading(StoreLocation.File(Db), TimeProvider.System))
        {
            Assert.Equal(reports.Count, reader.ReportCount());
            Assert.Equal(stories, reader.Stories().Count);
            Assert.NotNull(reader.Story(reader.Stories()[0].Id));
            Assert.NotEmpty(reader.Claims().Claims.Published);
            Assert.NotNull(reader.Review.List());

            var refused = Assert.Throws<StorageException>(() => reader.Ingest(reports[0] with { Id = "new.txt", ContentHash = "not-stored-yet" }));
            Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("SQLite Error", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(Db)));
    }

    [Fact]
    public void An_empty_store_lists_no_stories()
    {
        using var store = NewsStore.Open(StoreLocation.File(Db), TimeProvider.System);
        Assert.Empty(store.Stories());
    }

    [Fact]
    public void A_file_holding_no_store_is_not_made_one_when_opened_for_reading()
    {
        File.WriteAllBytes(Db, []);
        var e = Assert.Throws<StorageException>(() => NewsStore.OpenForReading(StoreLocation.File(Db), TimeProvider.System));
        Assert.Contains("holds no news store", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(Db).Length);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Reading_a_database_that_holds_no_store_makes_none(string provider)
    {
        using var target = StoreTarget.Create(provider);
        if (provider == "sqlite")
        {
            File.WriteAllBytes(target.Location.Target, []);
        }
        else
        {
            Assert.False(NewsStore.Exists(target.Location));
        }

        var e = Assert.Throws<StorageException>(() => NewsStore.OpenForReading(target.Location, TimeProvider.System));
        Assert.Contains("holds no news store", e.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Scalar(target, provider == "sqlite" ? "SELECT COUNT(*) FROM sqlite_master" : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"));

        NewsStore.Open(target.Location, TimeProvider.System).Dispose();
        Assert.True(NewsStore.Exists(target.Location));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Reading_a_store_made_by_an_older_version_fails_and_leaves_it_as_it_was(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var latest = OneVersionBehind(target);

        var e = Assert.Throws<StorageException>(() => NewsStore.OpenForReading(target.Location, TimeProvider.System));
        Assert.Contains("older Tradewatch", e.Message, StringComparison.Ordinal);
        Assert.Equal(latest - 1, Scalar(target, "SELECT MAX(version) FROM schema_migrations"));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void The_accepted_records_of_an_older_store_are_read_without_migrating_it(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var latest = OneVersionBehind(target);

        // A ledger answer after an upgrade reads what it needs from the store as it is.
        using (var store = NewsStore.OpenForReadingAcceptedRecords(target.Location, TimeProvider.System))
        {
            Assert.Equal(0, store.Review.AcceptedCount());
            Assert.Empty(store.Review.AcceptedBatch().Measures);
        }

        Assert.Equal(latest - 1, Scalar(target, "SELECT MAX(version) FROM schema_migrations"));

        // A store older than the accepted records' tables as read now is refused, as any older store is to a full reader.
        Scalar(target, "DELETE FROM schema_migrations WHERE version >= 3");
        var e = Assert.Throws<StorageException>(() => NewsStore.OpenForReadingAcceptedRecords(target.Location, TimeProvider.System));
        Assert.Contains("older Tradewatch", e.Message, StringComparison.Ordinal);
        Assert.Equal(2L, Scalar(target, "SELECT MAX(version) FROM schema_migrations"));
    }

    /// <summary>Makes a store, then marks its last migration not applied, as a store an older Tradewatch made; returns the latest version.</summary>
    private static long OneVersionBehind(StoreTarget target)
    {
        NewsStore.Open(target.Location, TimeProvider.System).Dispose();
        var latest = Scalar(target, "SELECT MAX(version) FROM schema_migrations");
        Scalar(target, "DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)");
        return latest;
    }

    private static long Scalar(StoreTarget target, string sql)
    {
        using var connection = target.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull or null ? 0L : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
