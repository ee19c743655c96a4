using Tradewatch.Storage;

namespace Tradewatch.Server.Hosting;

/// <summary>
/// The server's settings, bound from the configuration section <c>Tradewatch</c> (command line
/// <c>--Tradewatch:Database=FILE</c>, environment <c>Tradewatch__Database</c>, or a test's settings).
/// </summary>
public sealed class ServerSettings
{
    public const string Section = "Tradewatch";

    /// <summary>The folder with the reference tables, ledger, scenarios and samples; default: <c>data</c> beside the program.</summary>
    public string DataDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The SQLite file holding the news, accounts and tokens.</summary>
    public string Database { get; set; } = NewsStore.DefaultPath();

    /// <summary>When the news store is empty at start, read the bundled sample reports into it.</summary>
    public bool SeedSamples { get; set; } = true;

    /// <summary>Writes (ingest, review) each account may make per minute.</summary>
    public int WritesPerMinute { get; set; } = 30;

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How many expensive reads (store-wide claims, CSV export, search, portfolio) run at once (<see cref="ExpensiveGate"/>).</summary>
    public int ExpensivePermits { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>How many more expensive reads wait their turn; past these, a 503 with Retry-After.</summary>
    public int ExpensiveQueue { get; set; } = 512;

    /// <summary>How long an expensive read waits for its turn before a 503 with Retry-After, in seconds.</summary>
    public double ExpensiveWaitSeconds { get; set; } = 10;

    /// <summary>How long an expensive read may take to compute its answer, in seconds, before a 503 with Retry-After; the writing of an answer once computed is not cut short.</summary>
    public double ExpensiveTimeoutSeconds { get; set; } = 20;

    /// <summary>The longest pasted report accepted, in characters.</summary>
    public int MaxPastedChars { get; set; } = 200_000;
}
