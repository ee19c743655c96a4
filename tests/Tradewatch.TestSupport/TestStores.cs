namespace Tradewatch.TestSupport;

/// <summary>
/// The stores the store-backed tests run on: SQLite always; PostgreSQL when <c>TRADEWATCH_TEST_POSTGRES</c>
/// names a cluster (scripts/test starts a throwaway one), or when <c>TRADEWATCH_REQUIRE_POSTGRES=1</c> requires
/// it (then a missing cluster fails rather than being skipped).
/// </summary>
public static class TestStores
{
    /// <summary>The variable naming the PostgreSQL cluster's connection string.</summary>
    public const string PostgresVariable = "TRADEWATCH_TEST_POSTGRES";

    /// <summary>The providers to run on: "sqlite", and "postgres" when a cluster is given or required.</summary>
    public static IReadOnlyList<string> Providers =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } || Environment.GetEnvironmentVariable("TRADEWATCH_REQUIRE_POSTGRES") == "1"
            ? ["sqlite", "postgres"]
            : ["sqlite"];

    /// <summary>The cluster's connection string; a missing one is an error that says how to get one.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s
            ? s
            : throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with scripts/test, which starts a throwaway PostgreSQL cluster");
}
