using Npgsql;

namespace Tradewatch.Storage;

/// <summary>Which database a store is in: a SQLite file, or a PostgreSQL server.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the news store is: a SQLite file path, or a PostgreSQL server given as a URL
/// (<c>postgres://user:password@host:port/database</c>) or as an Npgsql connection string
/// (<c>Host=...;Database=...</c>). Anything else that looks like a URL is refused, never taken for a path.
/// </summary>
public sealed record StoreLocation
{
    private StoreLocation(StoreProvider provider, string target, string display)
    {
        Provider = provider;
        Target = target;
        Display = display;
    }

    public StoreProvider Provider { get; }

    /// <summary>The file path (SQLite) or the Npgsql connection string (PostgreSQL).</summary>
    public string Target { get; }

    /// <summary>How the location is named in messages: the path, or the server and database without the password.</summary>
    public string Display { get; }

    public static StoreLocation File(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new StoreLocation(StoreProvider.Sqlite, path, path);
    }

    /// <summary>Reads a <c>--db</c> value; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static StoreLocation Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("the database is empty: give a file path or a postgres:// URL");
        }

        var trimmed = text.Trim();
        var scheme = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            var name = trimmed[..scheme].ToLowerInvariant();
            if (name is not ("postgres" or "postgresql"))
            {
                throw new ArgumentException($"'{name}://' is not a database this tool opens: give a file path or a postgres:// URL");
            }

            return Postgres(FromUrl(trimmed));
        }

        if (LooksLikeConnectionString(trimmed))
        {
            try
            {
                return Postgres(new NpgsqlConnectionStringBuilder(trimmed));
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"not a PostgreSQL connection string: {e.Message}", e);
            }
        }

        return File(text);
    }

    private static bool LooksLikeConnectionString(string text) =>
        text.Contains(';', StringComparison.Ordinal)
        && text.Split(';').Any(p => p.TrimStart().StartsWith("host=", StringComparison.OrdinalIgnoreCase) || p.TrimStart().StartsWith("server=", StringComparison.OrdinalIgnoreCase));

    private static StoreLocation Postgres(NpgsqlConnectionStringBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new ArgumentException("the PostgreSQL location names no host");
        }

        var display = $"postgres://{(builder.Username is { Length: > 0 } u ? u + "@" : string.Empty)}{builder.Host}{(builder.Port != NpgsqlConnection.DefaultPort ? ":" + builder.Port : string.Empty)}/{builder.Database}";
        return new StoreLocation(StoreProvider.Postgres, builder.ConnectionString, display);
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{url}' is not a postgres:// URL (postgres://user:password@host:port/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            try
            {
                builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"'{kv[0]}' in the postgres:// URL is not a connection setting: {e.Message}", e);
            }
        }

        return builder;
    }
}
