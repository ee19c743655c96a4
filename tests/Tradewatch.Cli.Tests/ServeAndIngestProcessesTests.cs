using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;
using Tradewatch.Storage;
using Tradewatch.TestSupport;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// A desk's set-up: <c>tradewatch serve</c> runs as one process and <c>tradewatch ingest</c> as another on
/// the same store, and the server answers with the reports the other process stored, without a restart.
/// On SQLite always; on PostgreSQL when <c>TRADEWATCH_TEST_POSTGRES</c> names a cluster (scripts/test starts one).
/// </summary>
public sealed class ServeAndIngestProcessesTests : IDisposable
{
    /// <summary>
    /// How long a process may take before the test calls it stuck. Not a speed target (bench/ingest times
    /// the workers): after its summary line each worker still checks the whole store's claims against the
    /// ledger and writes its proposals, and four of them at once on a loaded machine took over two minutes.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);

    private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "tw-serve-ingest-" + Guid.NewGuid().ToString("N"))).FullName;

    private readonly List<Process> processes = [];

    private readonly Dictionary<Process, System.Text.StringBuilder> logs = [];

    private readonly List<string> schemas = [];

    public static TheoryData<string> Providers => [.. TestStores.Providers];

    public void Dispose()
    {
        foreach (var process in processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
        }

        foreach (var schema in schemas)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(TestStores.PostgresServer);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            drop.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_server_answers_with_what_another_process_ingests(string provider)
    {
        var db = Store(provider);
        var port = FreePort();
        var server = Start("serve", "--db", db, "--urls", $"http://127.0.0.1:{port}", "--no-samples");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var before = await Poll(http, server, Log, stories => stories.GetArrayLength() == 0 ? stories : null, "an empty store's stories");

        var reports = Directory.CreateDirectory(Path.Combine(folder, "reports")).FullName;
        File.WriteAllText(Path.Combine(reports, "quay.md"), "---\ntitle: Quay inspections slow steel\npublished: 2025-06-10\noutlet: Port Gazette\n---\nInspectors at the Savannah quay held 412 containers of cold-rolled steel on Monday, the terminal said.\n");
        File.WriteAllText(Path.Combine(reports, "mills.md"), "---\ntitle: Rolling mills idle in Ohio\npublished: 2025-07-02\noutlet: Valley Courier\n---\nTwo rolling mills near Youngstown stopped three lines for a week, a union official said on Wednesday.\n");
        var ingest = Start("ingest", reports, "--db", db);
        Assert.True(ingest.WaitForExit(Patience), "ingest gave no answer");
        ingest.WaitForExit();
        Assert.True(ingest.ExitCode == 0, $"ingest exit {ingest.ExitCode}: {Log(ingest)}");

        var after = await Poll(http, server, Log, stories => stories.GetArrayLength() == 2 ? stories : null, "the two ingested stories");
        var titles = after.EnumerateArray().Select(s => s.GetProperty("title").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Quay inspections slow steel", "Rolling mills idle in Ohio"], titles);
        Assert.Equal(0, before.GetArrayLength());

        var story = after.EnumerateArray().First(s => s.GetProperty("title").GetString() == "Quay inspections slow steel").GetProperty("id").GetInt64();
        var detail = await http.GetFromJsonAsync<JsonElement>($"/api/stories/{story}");
        Assert.Contains("412 containers", detail.GetProperty("reports")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A team's set-up at small scale: two <c>serve</c> instances and four <c>ingest</c> workers on one store, the
    /// workers fed generated reports (copies, versions, reprints) in overlapping shares, so a report reaches
    /// the store from two workers at once. Each report is stored once, the duplicate groups are those one
    /// process makes of the same reports, every report sits in one story, each proposal is made once and
    /// as one process makes it, and both servers answer with the stories the workers stored.
    /// (bench/ingest/workers.sh runs the same at benchmark size.)
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_servers_and_four_workers_on_one_store_store_each_report_once_with_one_process_links(string provider)
    {
        const int Reports = 240, Workers = 4;
        var corpus = Directory.CreateDirectory(Path.Combine(folder, "corpus")).FullName;
        var files = SyntheticCorpus.Generate(SyntheticCorpus.SampleTexts(RepoData.Samples), Reports);
        foreach (var f in files)
        {
            File.WriteAllBytes(Path.Combine(corpus, f.FileName), f.Bytes);
        }

        // worker w: its quarter, then the first half of the next worker's (wrapping round)
        var share = Reports / Workers;
        var shares = Enumerable.Range(0, Workers).Select(w =>
        {
            var dir = Directory.CreateDirectory(Path.Combine(folder, $"share-{w}")).FullName;
            for (var i = w * share; i < (w * share) + share + (share / 2); i++)
            {
                var f = files[i % Reports];
                File.WriteAllBytes(Path.Combine(dir, f.FileName), f.Bytes);
            }

            return dir;
        }).ToList();

        // The generator repeats an event's original text under a second name; the store keeps the body once,
        // under the name of whichever copy arrived first, so both names stand for one report here.
        var bodies = new CorpusBodies(files);

        var alone = Store(provider, "alone.db");
        Finish(Start("ingest", corpus, "--db", alone));

        var shared = Store(provider, "shared.db");
        var ports = new[] { FreePort(), FreePort() };
        var servers = ports.Select(p => Start("serve", "--db", shared, "--urls", $"http://127.0.0.1:{p}", "--no-samples")).ToList();
        var ingests = shares.Select(s => Start("ingest", s, "--db", shared)).ToList();
        foreach (var ingest in ingests)
        {
            Finish(ingest);
        }

        using (var one = NewsStore.Open(StoreLocation.Parse(alone), TimeProvider.System))
        using (var raced = NewsStore.Open(StoreLocation.Parse(shared), TimeProvider.System))
        {
            var comparison = StoreShape.Compare(one, raced, bodies);
            Assert.True(comparison.Failures.Count == 0, string.Join("\n", comparison.Failures));

            var stories = raced.Stories().Count;
            for (var s = 0; s < servers.Count; s++)
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports[s]}"), Timeout = TimeSpan.FromSeconds(30) };
                await Poll(http, servers[s], Log, answer => answer.GetArrayLength() == stories ? answer : null, $"the {stories} stories the workers stored");
            }
        }
    }

    /// <summary>Waits for a command to end and fails unless it exits 0 (or <paramref name="allowed"/>: exit 2 is a generated file that holds no text, reported and skipped).</summary>
    private void Finish(Process process, int allowed = 2)
    {
        Assert.True(process.WaitForExit(Patience), $"no answer: {Log(process)}");
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 || process.ExitCode == allowed, $"exit {process.ExitCode}: {Log(process)}");
    }

    /// <summary>A fresh store: a file in the test's folder, or a schema of the test's own in the PostgreSQL cluster.</summary>
    private string Store(string provider, string file = "news.db")
    {
        if (provider == "sqlite")
        {
            return Path.Combine(folder, file);
        }

        var server = TestStores.PostgresServer;
        var schema = $"test_{Guid.NewGuid():N}";
        schemas.Add(schema);
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        create.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string Log(Process process)
    {
        lock (logs[process])
        {
            return logs[process].ToString();
        }
    }

    /// <summary>Starts the command as a process of its own (the built tradewatch.dll), its output read as it comes.</summary>
    private Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tradewatch.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TRADEWATCH_DB"] = Path.Combine(folder, "unused.db");
        var process = Process.Start(start)!;
        processes.Add(process);
        var log = logs[process] = new System.Text.StringBuilder();
        void Append(object? sender, DataReceivedEventArgs e)
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }
        }

        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Asks for the stories until <paramref name="wanted"/> accepts them; fails when the server exits or the patience runs out.</summary>
    private static async Task<JsonElement> Poll(HttpClient http, Process server, Func<Process, string> log, Func<JsonElement, JsonElement?> wanted, string what)
    {
        var clock = Stopwatch.StartNew();
        var last = "no answer";
        while (clock.Elapsed < Patience)
        {
            Assert.False(server.HasExited, $"serve exited before answering with {what}: {log(server)}");
            try
            {
                var response = await http.GetAsync("/api/stories");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var stories = await response.Content.ReadFromJsonAsync<JsonElement>();
                    if (wanted(stories) is { } found)
                    {
                        return found;
                    }

                    last = stories.ToString();
                }
                else
                {
                    last = $"{(int)response.StatusCode}";
                }
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"no answer with {what} in {Patience.TotalMinutes} minutes; last: {last}");
        return default;
    }
}
