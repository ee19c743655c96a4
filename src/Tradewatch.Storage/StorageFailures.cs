using System.Data.Common;

namespace Tradewatch.Storage;

/// <summary>Which exceptions a database or its file raise when the store, not the caller, failed; storage translates them into <see cref="StorageException"/>.</summary>
internal static class StorageFailures
{
    public static bool Is(Exception e) =>
        e is DbException or IOException or UnauthorizedAccessException or TimeoutException;
}
