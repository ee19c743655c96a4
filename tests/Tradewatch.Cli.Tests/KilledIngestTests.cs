using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// Crash safety of <c>tradewatch ingest</c>: a real process is killed while it writes, then the database is checked
/// for consistency and a rerun completes the batch, storing each report once.
/// </summary>
public sealed class KilledIngestTests : IDisposable
{
    private const int ReportCount = 400;

    private static readonly string[] Goods = ["steel coils", "solar panels", "soybeans", "lithium batteries", "machine tools", "rare-earth magnets", "furniture", "auto parts"];

    private static readonly string[] Ports = ["Long Beach", "Savannah", "Ningbo", "Rotterdam", "Busan", "Houston", "Tianjin", "Oakland"];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "tw-killed-" + Guid.NewGuid().ToString("N"));

    public KilledIngestTests()
    {
        Directory.CreateDirectory(folder);
        var random = new Random(7);
        for (var i = 0; i < ReportCount; i++)
        {
            // Distinct reports: each names its own figures, goods and port, so none is a copy of another.
            var goods = Goods[random.Next(Goods.Length)];
            var port = Ports[random.Next(Ports.Length)];
            var text = $"""
                ---
                title: Shipping note {i}
                published: 2025-{1 + (i % 12):00}-{1 + (i % 27):00}
                outlet: Harbour Ledger {i % 9}
                ---
                Importers at {port} said on Tuesday that {random.Next(100, 9000)} containers of {goods} were held for inspection in week {i}.
                A broker counted {random.Next(10, 99)} filings and {random.Next(2, 40)} appeals, and expected {random.Next(3, 60)} more before month end.
                The terminal operator reported berth {random.Next(1, 80)} closed for {random.Next(2, 30)} hours and crane {random.Next(1, 50)} under repair.
                Freight rates on lane {i} rose by {random.Next(1, 40)} dollars per box, according to forwarder number {random.Next(1000, 9999)}.
                """;
            File.WriteAllText(Path.Combine(folder, $"note-{i:0000}.md"), text);
        }
    }

    private string? lastProblem;

    /// <summary>Reports stored before the kill: 5, or TRADEWATCH_KILL_AFTER (bench/hostile/killed-ingest.sh varies it run by run).</summary>
    private static int KillAfter => int.TryParse(Environment.GetEnvironmentVariable("TRADEWATCH_KILL_AFTER"), out var n) && n is > 0 and < ReportCount ? n : 5;

    private string Db => Path.Combine(folder, "news.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Killed_mid_ingest_the_database_stays_consistent_and_a_rerun_completes()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "tradewatch.dll");
        Assert.True(File.Exists(cli), $"the tradewatch program is not next to the tests: {cli}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "ingest", folder, "--db", Db })
        {
            start.ArgumentList.Add(arg);
        }

        long storedAtKill;
        using (var process = Process.Start(start)!)
        {
            storedAtKill = WaitForSomeReports(process);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.True(storedAtKill < ReportCount, $"ingest stored every report before it could be killed ({lastProblem})");
        AssertConsistent();

        var (exit, output, error) = CliRunner.Run("ingest", folder, "--db", Db);
        Assert.True(exit == 0, error);
        Assert.Contains($"{ReportCount} report(s) in the database", output);
        AssertConsistent();

        var again = CliRunner.Run("ingest", folder, "--db", Db);
        Assert.Contains($"0 report(s) added, {ReportCount} already stored", again.Out);
    }

    /// <summary>Polls the database (as a second reader, which WAL allows) until the writer has committed some reports.</summary>
    private long WaitForSomeReports(Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                Assert.Fail("ingest ended before it could be killed: " + process.StandardError.ReadToEnd());
            }

            var stored = File.Exists(Db) ? CountReports() : 0;
            if (stored >= KillAfter)
            {
                return stored;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException("ingest stored nothing within two minutes");
    }

    private long CountReports()
    {
        try
        {
            using var connection = Open();
            return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reports");
        }
        catch (SqliteException e)
        {
            lastProblem = e.Message;
            return 0; // the schema is not there yet
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Db, Pooling = false }.ToString());
        connection.Open();
        connection.Execute("PRAGMA busy_timeout = 5000");
        return connection;
    }

    private void AssertConsistent()
    {
        using var connection = Open();
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Empty(connection.Query("PRAGMA foreign_key_check"));
        // Every stored report is whole: it has its LSH bands, and each story's size counts its reports.
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_bands b WHERE b.report_id = r.id)"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stories s WHERE s.size <> (SELECT COUNT(*) FROM reports r WHERE r.story_id = s.id)"));
    }
}
