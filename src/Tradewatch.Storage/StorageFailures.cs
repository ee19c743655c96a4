using System.Data.Common;

namespace Tradewatch.Storage;

/// <summary>Which exceptions a database or its file raise when the store, not the caller, failed; storage translates them into <see cref="Core.StorageException"/>.</summary>
internal static class StorageFailures
{
    public static bool Is(Exception e) =>
        e is DbException or IOException or UnauthorizedAccessException or TimeoutException;

    /// <summary>
    /// Whether the failure is a write refused because the store is read-only: SQLite's READONLY
    /// (a read-only file, or a folder where its journal cannot be made), or no permission to make the file.
    /// </summary>
    private static bool IsReadOnly(Exception e) =>
        e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 8 } or UnauthorizedAccessException;

    /// <summary>
    /// The failure as the user hears it: a write refused by a read-only store says so (and that
    /// reading still works) rather than passing on SQLite's words; anything else is <paramref name="what"/>
    /// followed by the database's own message.
    /// </summary>
    public static Tradewatch.Core.StorageException Explain(Exception e, string what, StoreLocation? location = null) =>
        new(e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 14 } && location is { Provider: StoreProvider.Sqlite } && !File.Exists(location.Target)
            ? $"cannot create the news database '{location.Display}': its folder cannot be written, or is not there."
            : IsReadOnly(e)
            ? $"cannot write to the news database{(location is null ? string.Empty : $" '{location.Display}'")}: it is read-only here (the file, its folder or its medium cannot be written). Reading it works (stories, story, claims, review list); ingesting and reviewing need a store that can be written."
            : $"{what}: {e.Message}",
            e);
}
