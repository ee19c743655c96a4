using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// The kinds of bad and hostile input the command line meets, one row each: the exit code and the
/// message it promises, that nothing good beside the bad input is lost, and never a stack trace, a hang
/// or a silent acceptance. Rows are grouped as the inputs enter: ledger and scenario YAML, front
/// matter, files in a folder, feeds and pages, amounts, dates and options, stores and servers.
/// </summary>
public sealed class HostileInputTableTests : IDisposable
{
    private const string GoodReport = "---\ntitle: Steel note\n---\nImporters at Long Beach said on Tuesday that containers of steel coils were held for inspection.\n";

    private readonly string dir = Path.Combine(Path.GetTempPath(), "tw-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileInputTableTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>One kind of bad input: what to write, the command to run on it, and what it must answer.</summary>
    /// <param name="Arrange">Writes the input under the folder given and returns the command's arguments.</param>
    /// <param name="Exit">The exit code promised.</param>
    /// <param name="Says">A part of the message (standard output and error together) promised.</param>
    /// <param name="Keeps">What must still come through beside the bad input (nothing lost), if anything.</param>
    public sealed record Row(Func<string, string[]> Arrange, int Exit, string Says, string? Keeps = null);

    private static readonly Dictionary<string, Row> Rows = Build();

    public static TheoryData<string> Names => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Bad_input_is_answered_as_promised(string name)
    {
        var row = Rows[name];
        var args = row.Arrange(dir);
        var (exit, output, error) = await HangGuard(name, Task.Run(() => CliRunner.Run(args)));
        var all = output + error;
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.True(exit == row.Exit, $"{name}: exit {exit}, expected {row.Exit}: {Clip(all)}");
        Assert.True(all.Contains(row.Says, StringComparison.Ordinal), $"{name}: expected '{row.Says}' in: {Clip(all)}");
        if (row.Keeps is { } kept)
        {
            Assert.True(all.Contains(kept, StringComparison.Ordinal), $"{name}: lost what was good beside the bad input; expected '{kept}' in: {Clip(all)}");
        }
    }

    /// <summary>CPU time a row may spend: two minutes of every core, what two minutes of wall time allowed on an idle machine.</summary>
    private static readonly TimeSpan CpuBudget = TimeSpan.FromMinutes(2) * Math.Max(2, Environment.ProcessorCount);

    /// <summary>Wall time a row may wait without an answer: long, since it only catches a command blocked on what never comes.</summary>
    private static readonly TimeSpan WallBudget = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Fails a row that hangs, however loaded the machine: a command that spins (a loop, work out of all
    /// proportion to the input) is caught by the CPU time the process spends while it runs, which other
    /// processes on the machine do not inflate as they inflate wall time; one blocked on what never comes
    /// (a FIFO, a socket) spends no CPU and is caught by the long wall-time budget.
    /// </summary>
    private static async Task<T> HangGuard<T>(string name, Task<T> run)
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var cpuAtStart = self.TotalProcessorTime;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(TimeSpan.FromMilliseconds(250)));
            self.Refresh();
            var cpu = self.TotalProcessorTime - cpuAtStart;
            Assert.True(run.IsCompleted || cpu < CpuBudget, $"{name}: no answer after {cpu.TotalSeconds:F0} s of CPU time (a hang, or runaway work)");
            Assert.True(run.IsCompleted || wall.Elapsed < WallBudget, $"{name}: no answer in {WallBudget.TotalMinutes:F0} minutes while spending {cpu.TotalSeconds:F0} s of CPU time (blocked)");
        }

        return await run;
    }

    [Fact]
    public void The_table_holds_at_least_the_121_kinds_of_the_report() => Assert.True(Rows.Count >= 121, $"{Rows.Count} rows");

    /// <summary>
    /// A store the user may only read (a read-only file in a read-only folder) is read by every reading
    /// command, and a write is refused in words about writing. Permissions do not bind root, so as root
    /// the commands run as the unprivileged user 'nobody'.
    /// </summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_store_is_read_and_a_write_is_refused_in_words()
    {
        var store = Path.Combine(dir, "ro");
        var db = Path.Combine(store, "news.db");
        var ingested = CliRunner.Run("ingest", Path.Combine(CliRunner.DataDirectory, "samples"), "--db", db);
        Assert.True(ingested.Exit == 0, ingested.Error);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var left in Directory.GetFiles(store).Where(f => f != db))
        {
            File.Delete(left);
        }

        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(store, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            foreach (var read in new[] { new[] { "stories" }, ["story", "1"], ["claims"], ["review", "list"], ["duty", "--importer", "US", "--origin", "CN", "--date", "2025-06-09"] })
            {
                var (exit, output, error) = Unprivileged([.. read, "--db", db]);
                Assert.True(exit == 0, $"{string.Join(' ', read)} on a read-only store: exit {exit}: {error}");
                Assert.NotEmpty(output);
            }

            var (wexit, wout, werror) = Unprivileged(["ingest", Path.Combine(CliRunner.DataDirectory, "samples"), "--db", db]);
            Assert.True(wexit == 2, $"ingest into a read-only store: exit {wexit}: {wout}{werror}");
            Assert.Contains("cannot write to the news database", werror, StringComparison.Ordinal);
            Assert.Contains("Reading it works", werror, StringComparison.Ordinal);
            Assert.DoesNotContain("SQLite Error", werror, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(store, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>Runs the command as the current user when it is not root (in-process), else as 'nobody' (a process of its own).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private (int Exit, string Out, string Error) Unprivileged(string[] args)
    {
        if (Environment.UserName != "root")
        {
            return CliRunner.Run(args);
        }

        var home = Directory.CreateDirectory(Path.Combine(dir, "home")).FullName;
        File.SetUnixFileMode(home, (UnixFileMode)0b111_111_111);
        var start = new System.Diagnostics.ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(AppContext.BaseDirectory, "tradewatch.dll") }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment["TRADEWATCH_DB"] = Path.Combine(home, "unused.db");
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Clip(string text) => text.Length > 1500 ? text[..1500] + "..." : text;

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string WriteBytes(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest))
        {
            gz.Write(bytes);
        }

        return output.ToArray();
    }

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    private static string DeepBlock(int levels) => string.Concat(Enumerable.Range(0, levels).Select(i => new string(' ', i) + "a:\n")) + new string(' ', levels) + "b\n";

    private static string DeepFlowList(int levels) => Repeat("[", levels) + Repeat("]", levels);

    private static string DeepFlowMap(int levels) => Repeat("{a: ", levels) + "1" + Repeat("}", levels);

    private static string Compact(int levels) => Repeat("- ", levels) + "x";

    private static string AliasBomb() =>
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 10))}]\n"));

    private static string Ledger(string body) => body;

    private static string Report(string frontMatter) => $"---\n{frontMatter}\n---\nImporters at Savannah said on Monday that containers of solar panels were held for inspection.\n";

    /// <summary>Analyze the folder a bad file was written into (beside the good report), or the folder given.</summary>
    private static string[] Analyze(string path) => ["analyze", File.Exists(path) ? Path.GetDirectoryName(path)! : path];

    /// <summary>A folder holding one good report and the bad input: the good one must still be read.</summary>
    private static string Folder(string root)
    {
        var folder = Path.Combine(root, "in");
        Write(folder, "good.md", GoodReport);
        return folder;
    }

    private static string Portfolio(string root, params string[] lines) =>
        Write(root, "book.csv", "hs,origin,importer,date,value\n" + string.Join("\n", lines) + "\n");

    private static string[] Duty(params string[] more) => ["duty", "--importer", "US", "--origin", "CN", "--hs", "8505.11", "--date", "2025-06-09", .. more];

    private static Dictionary<string, Row> Build()
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        void Add(string name, Func<string, string[]> arrange, int exit, string says, string? keeps = null) => rows.Add(name, new Row(arrange, exit, says, keeps));

        // Ledger files (ledger validate): caps before the YAML library, strict UTF-8, shapes.
        const string TooDeep = "levels deep";
        Add("ledger nested 200 levels (block)", d => ["ledger", "validate", Write(d, "l.yaml", DeepBlock(200))], 2, TooDeep);
        Add("ledger nested 20,000 levels (flow list)", d => ["ledger", "validate", Write(d, "l.yaml", "measures: " + DeepFlowList(20_000))], 2, TooDeep);
        Add("ledger nested 20,000 levels (flow map)", d => ["ledger", "validate", Write(d, "l.yaml", "measures: " + DeepFlowMap(20_000))], 2, TooDeep);
        Add("ledger nested 20,000 levels (compact list)", d => ["ledger", "validate", Write(d, "l.yaml", "measures:\n" + Compact(20_000))], 2, TooDeep);
        Add("ledger nested 20,000 levels (flow in block)", d => ["ledger", "validate", Write(d, "l.yaml", "measures:\n  - id: " + DeepFlowList(20_000))], 2, TooDeep);
        Add("ledger nested 20,000 levels (quoted keys)", d => ["ledger", "validate", Write(d, "l.yaml", Repeat("{'a': ", 20_000) + "1" + Repeat("}", 20_000))], 2, TooDeep);
        Add("ledger nested with anchors on each level", d => ["ledger", "validate", Write(d, "l.yaml", Repeat("&x [", 5_000) + Repeat("]", 5_000))], 2, TooDeep);
        Add("ledger line of 2 million characters", d => ["ledger", "validate", Write(d, "l.yaml", "name: " + new string('x', 2_000_000))], 2, "characters long");
        Add("ledger over the node cap", d => ["ledger", "validate", Write(d, "l.yaml", "measures:\n" + Repeat("- 1\n", 1_100_000))], 2, "nodes");
        Add("ledger larger than the file cap", d =>
        {
            var path = Path.Combine(d, "l.yaml");
            using (var f = File.Create(path))
            {
                f.SetLength(65L << 20);
            }

            return ["ledger", "validate", path];
        }, 2, "the limit is 64 MB");
        Add("ledger with an invalid UTF-8 byte", d => ["ledger", "validate", WriteBytes(d, "l.yaml", "name: x\ndescription: caf\xe9\n"u8.ToArray().Concat(new byte[] { 0xE9, 0x0A }).ToArray())], 2, "invalid UTF-8 at line 3");
        Add("ledger with a truncated UTF-8 sequence at the end", d => ["ledger", "validate", WriteBytes(d, "l.yaml", [.. "name: x\n"u8, 0xE2, 0x82])], 2, "invalid UTF-8 at line 2");
        Add("ledger with an overlong UTF-8 encoding", d => ["ledger", "validate", WriteBytes(d, "l.yaml", [.. "name: "u8, 0xC0, 0x80, 0x0A])], 2, "invalid UTF-8 at line 1");
        Add("ledger with a UTF-8 encoded surrogate", d => ["ledger", "validate", WriteBytes(d, "l.yaml", [.. "name: x\n\n"u8, 0xED, 0xA0, 0x80, 0x0A])], 2, "invalid UTF-8 at line 3");
        Add("ledger in Latin-1", d => ["ledger", "validate", WriteBytes(d, "l.yaml", Encoding.Latin1.GetBytes("name: Bogot\u00e1\n"))], 2, "invalid UTF-8 at line 1");
        Add("ledger with an unterminated quote", d => ["ledger", "validate", Write(d, "l.yaml", "name: \"open\nmeasures: []\n")], 2, "not valid YAML");
        Add("ledger whose root is a list", d => ["ledger", "validate", Write(d, "l.yaml", "- a\n- b\n")], 2, "must be a mapping");
        Add("ledger that is empty", d => ["ledger", "validate", Write(d, "l.yaml", string.Empty)], 2, "must be a mapping");
        Add("ledger indented with tabs", d => ["ledger", "validate", Write(d, "l.yaml", "measures:\n\t- id: x\n")], 2, "not valid YAML");
        Add("ledger with a NUL byte", d => ["ledger", "validate", WriteBytes(d, "l.yaml", [.. "name: a"u8, 0, .. "\n"u8])], 2, "a control character (U+0000) at line 1");
        Add("ledger with an alias bomb", d => ["ledger", "validate", Write(d, "l.yaml", AliasBomb() + "measures: *j\n")], 2, "problem(s)");
        Add("ledger with an unknown section", d => ["ledger", "validate", Write(d, "l.yaml", "bogus: 1\n")], 2, "problem(s)");
        Add("ledger with a measure of an unknown economy", d => ["ledger", "validate", Write(d, "l.yaml", "measures:\n  - id: x\n    kind: tariff\n    title: t\n    imposer: US\n    targets: [ZZ]\n    basis: b\n    recorded: 2025-01-01\n    sources: [https://example.org]\n    rates: [{from: 2025-01-01, rate: 5}]\n")], 2, "unknown economy 'ZZ'");
        Add("ledger that is a folder", d => ["ledger", "validate", Directory.CreateDirectory(Path.Combine(d, "folder.yaml")).FullName], 2, "a folder, not a ledger file");
        Add("ledger that does not exist", d => ["ledger", "validate", Path.Combine(d, "missing.yaml")], 2, "missing.yaml");
        Add("--ledger nested 20,000 levels for an answer", d => Duty("--ledger", Write(d, "l.yaml", "measures: " + DeepFlowList(20_000))), 2, TooDeep);
        Add("--ledger with invalid UTF-8 for an answer", d => Duty("--ledger", WriteBytes(d, "l.yaml", [.. "name: "u8, 0xFF, 0x0A])), 2, "invalid UTF-8");

        // Scenario files (--scenario FILE): the same caps.
        Add("scenario nested 20,000 levels (flow)", d => Duty("--scenario", Write(d, "s.yaml", "name: s\nmeasures: " + DeepFlowList(20_000))), 2, TooDeep);
        Add("scenario nested 20,000 levels (compact)", d => Duty("--scenario", Write(d, "s.yaml", "name: s\nmeasures:\n" + Compact(20_000))), 2, TooDeep);
        Add("scenario nested 20,000 levels (flow map)", d => Duty("--scenario", Write(d, "s.yaml", "name: s\nmeasures: " + DeepFlowMap(20_000))), 2, TooDeep);
        Add("scenario with invalid UTF-8", d => Duty("--scenario", WriteBytes(d, "s.yaml", [.. "name: "u8, 0xFE, 0x0A])), 2, "invalid UTF-8 at line 1");
        Add("scenario with a 2-million-character line", d => Duty("--scenario", Write(d, "s.yaml", "name: " + new string('s', 2_000_000))), 2, "characters long");
        Add("scenario that is not YAML", d => Duty("--scenario", Write(d, "s.yaml", "name: [unclosed\n")), 2, "problem(s)");
        Add("scenario that names nothing known", d => Duty("--scenario", "no-such-scenario"), 2, "no scenario 'no-such-scenario'");
        Add("scenario compare with an unknown name", _ => ["scenarios", "compare", "baseline", "no-such-scenario"], 2, "no scenario");

        // Front matter of reports (analyze): the block is dropped with a warning, the report still read.
        const string FrontDropped = "front matter not read";
        Add("front matter nested 20,000 levels (flow)", d => Analyze(Write(Folder(d), "bad.md", Report("tags: " + DeepFlowList(20_000)))), 0, FrontDropped, "2 report(s)");
        Add("front matter nested 20,000 levels (compact)", d => Analyze(Write(Folder(d), "bad.md", Report("tags:\n" + Compact(20_000)))), 0, FrontDropped, "2 report(s)");
        Add("front matter nested 20,000 levels (flow map)", d => Analyze(Write(Folder(d), "bad.md", Report("tags: " + DeepFlowMap(20_000)))), 0, FrontDropped, "2 report(s)");
        Add("front matter nested 200 levels (block)", d => Analyze(Write(Folder(d), "bad.md", Report(DeepBlock(200).TrimEnd()))), 0, FrontDropped, "2 report(s)");
        Add("front matter with a 2-million-character line", d => Analyze(Write(Folder(d), "bad.md", Report("title: " + new string('t', 2_000_000)))), 0, FrontDropped, "2 report(s)");
        Add("front matter that does not parse", d => Analyze(Write(Folder(d), "bad.md", Report("title: \"open"))), 0, "front matter does not parse", "2 report(s)");
        Add("front matter that is a list", d => Analyze(Write(Folder(d), "bad.md", Report("- a\n- b"))), 0, "not a mapping", "2 report(s)");
        Add("front matter with a date that is not one", d => Analyze(Write(Folder(d), "bad.md", Report("published: 2025-13-45"))), 0, "is not a date", "2 report(s)");
        Add("front matter with an alias bomb", d => Analyze(Write(Folder(d), "bad.md", Report(AliasBomb().TrimEnd()))), 0, "2 report(s)");
        Add("front matter in a text file nested 20,000 levels", d => Analyze(Write(Folder(d), "bad.txt", Report("x: " + DeepFlowList(20_000)))), 0, FrontDropped, "2 report(s)");

        // Files in a folder: a careful walk.
        Add("folder with a link to /dev/zero", d => { var f = Folder(d); File.CreateSymbolicLink(Path.Combine(f, "zero.txt"), "/dev/zero"); return Analyze(f); }, 2, "a device or system file", "1 report(s)");
        Add("folder with a link to /dev/urandom", d => { var f = Folder(d); File.CreateSymbolicLink(Path.Combine(f, "random.html"), "/dev/urandom"); return Analyze(f); }, 2, "a device or system file", "1 report(s)");
        Add("folder with a link to /proc/self/environ", d => { var f = Folder(d); File.CreateSymbolicLink(Path.Combine(f, "env.txt"), "/proc/self/environ"); return Analyze(f); }, 2, "a device or system file", "1 report(s)");
        Add("folder with a FIFO", d => { var f = Folder(d); MakeFifo(Path.Combine(f, "pipe.txt")); return Analyze(f); }, 2, "not a regular file", "1 report(s)");
        Add("folder with a socket", d => { var f = Folder(d); Sockets.Add(Bind(Path.Combine(f, "sock.txt"))); return Analyze(f); }, 2, "not a regular file", "1 report(s)");
        Add("folder with a symbolic link loop", d => { var f = Folder(d); Directory.CreateSymbolicLink(Path.Combine(f, "loop"), f); return Analyze(f); }, 0, "not followed", "1 report(s)");
        Add("folder with two links back up (exponential walk)", d =>
        {
            var f = Folder(d);
            for (var i = 0; i < 4; i++)
            {
                var sub = Directory.CreateDirectory(Path.Combine(f, $"s{i}")).FullName;
                Directory.CreateSymbolicLink(Path.Combine(sub, "up1"), f);
                Directory.CreateSymbolicLink(Path.Combine(sub, "up2"), f);
            }

            return Analyze(f);
        }, 0, "not followed", "1 report(s)");
        Add("folder with a dangling link", d => { var f = Folder(d); File.CreateSymbolicLink(Path.Combine(f, "gone.txt"), Path.Combine(d, "nowhere.txt")); return Analyze(f); }, 2, "a symbolic link to nothing", "1 report(s)");
        Add("folder with a truncated gzip", d => { var f = Folder(d); var gz = Gzip(Encoding.UTF8.GetBytes(Repeat("Tariffs on steel rose again. ", 2000))); WriteBytes(f, "cut.txt.gz", gz[..(gz.Length / 2)]); return Analyze(f); }, 2, "truncated or corrupt gzip", "1 report(s)");
        Add("folder with a gzip cut in its trailer", d => { var f = Folder(d); var gz = Gzip(Encoding.UTF8.GetBytes(Repeat("Tariffs on steel rose again. ", 2000))); WriteBytes(f, "cut.txt.gz", gz[..^3]); return Analyze(f); }, 2, "gzip", "1 report(s)");
        Add("folder with a gzip of two members (read whole)", d =>
        {
            var f = Folder(d);
            WriteBytes(f, "two.txt.gz", [.. Gzip(Encoding.UTF8.GetBytes("Customs officials at Busan said on Monday that containers of steel coils were held. ")), .. Gzip(Encoding.UTF8.GetBytes("Officials in Seoul raised the tariff on kelpwire to 25% on Friday, the ministry said.\n"))]);
            return [.. Analyze(f), "--json"];
        }, 0, "kelpwire", "Customs officials at Busan");
        Add("folder with a gzip of two members, the second cut", d =>
        {
            var f = Folder(d);
            var second = Gzip(Encoding.UTF8.GetBytes(Repeat("Officials in Seoul raised the tariff on steel. ", 200)));
            WriteBytes(f, "two.txt.gz", [.. Gzip(Encoding.UTF8.GetBytes(Repeat("Tariffs on steel rose again. ", 200))), .. second[..(second.Length / 2)]]);
            return Analyze(f);
        }, 2, "truncated or corrupt gzip", "1 report(s)");
        Add("folder with a gzip followed by other data", d => { var f = Folder(d); WriteBytes(f, "tail.txt.gz", [.. Gzip(Encoding.UTF8.GetBytes(Repeat("Tariffs on steel rose again. ", 200))), .. "not gzip at all"u8]); return Analyze(f); }, 2, "truncated or corrupt gzip", "1 report(s)");
        Add("folder with a gzip that is not gzip", d => { var f = Folder(d); WriteBytes(f, "fake.txt.gz", Encoding.UTF8.GetBytes("plain text pretending")); return Analyze(f); }, 2, "gzip", "1 report(s)");
        Add("folder with a gzip bomb", d => { var f = Folder(d); WriteBytes(f, "bomb.txt.gz", Gzip(new byte[300 << 20])); return Analyze(f); }, 2, "decompresses to more than 256 MB", "1 report(s)");
        Add("folder with an empty gzip", d => { var f = Folder(d); WriteBytes(f, "empty.txt.gz", Gzip([])); return Analyze(f); }, 2, "empty, or not a regular file", "1 report(s)");
        Add("folder with a gzip of whitespace", d => { var f = Folder(d); WriteBytes(f, "blank.txt.gz", Gzip(" \n \n"u8.ToArray())); return Analyze(f); }, 2, "empty file", "1 report(s)");
        Add("folder with a 50 MB page", d => { var f = Folder(d); Write(f, "big.txt", Repeat("Tariffs on steel were raised by the ministry this week. ", 50 * 1024 * 1024 / 56)); return Analyze(f); }, 0, "file is 50 MB; only the first 8 MB were read", "2 report(s)");
        Add("folder with a binary file", d => { var f = Folder(d); WriteBytes(f, "bin.txt", [0, 1, 2, 3, 0, 5]); return Analyze(f); }, 2, "binary file", "1 report(s)");
        Add("folder with mostly invalid UTF-8", d => { var f = Folder(d); WriteBytes(f, "bad.txt", Enumerable.Repeat((byte)0xFF, 400).ToArray()); return Analyze(f); }, 2, "not valid utf-8", "1 report(s)");
        Add("folder with an empty file", d => { var f = Folder(d); Write(f, "empty.txt", string.Empty); return Analyze(f); }, 2, "not a regular file", "1 report(s)");
        Add("folder with a file of whitespace", d => { var f = Folder(d); Write(f, "blank.txt", "  \n\t\n "); return Analyze(f); }, 2, "empty file", "1 report(s)");
        Add("folder with control characters", d => { var f = Folder(d); WriteBytes(f, "ctl.txt", Enumerable.Repeat((byte)0x07, 400).ToArray()); return Analyze(f); }, 2, "binary file", "1 report(s)");
        Add("path that does not exist beside one that does", d => ["analyze", Folder(d), Path.Combine(d, "missing")], 2, "no such file or folder", "1 report(s)");
        Add("path that does not exist alone", d => ["analyze", Path.Combine(d, "missing")], 1, "no such file or folder");

        // Feeds and pages.
        Add("feed that is malformed XML", d => Analyze(Write(Folder(d), "f.xml", "<rss><channel><item><title>x</title></channel></rss>")), 2, "malformed feed XML", "1 report(s)");
        Add("feed with a billion-laughs DTD", d => Analyze(Write(Folder(d), "f.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><rss><channel><item><description>&d;&d;&d;&d;</description></item></channel></rss>")), 2, "malformed feed XML", "1 report(s)");
        Add("feed with an external entity", d => Analyze(Write(Folder(d), "f.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><description>&x;</description></item></channel></rss>")), 2, "malformed feed XML", "1 report(s)");
        Add("feed over the item cap", d => Analyze(Write(Folder(d), "f.xml", "<rss><channel><title>t</title>" + Repeat("<item><description>x</description></item>", 50_001) + "</channel></rss>")), 2, "items or more", "1 report(s)");
        Add("feed with no items", d => Analyze(Write(Folder(d), "f.xml", "<rss><channel><title>t</title></channel></rss>")), 0, "feed has no items", "1 report(s)");
        Add("feed item with no text", d => Analyze(Write(Folder(d), "f.xml", "<rss><channel><title>t</title><item><title>only a title</title></item></channel></rss>")), 0, "feed item has no text", "1 report(s)");
        Add("feed without a channel", d => Analyze(Write(Folder(d), "f.xml", "<rss version=\"2.0\"></rss>")), 2, "without a <channel>", "1 report(s)");
        Add("feed nested 100,000 elements deep", d => Analyze(Write(Folder(d), "f.xml", "<rss><channel><item><description>" + Repeat("<b>", 100_000) + "x" + Repeat("</b>", 100_000) + "</description></item></channel></rss>")), 2, "elements deep", "1 report(s)");
        Add("feed with an undeclared entity", d => Analyze(Write(Folder(d), "f.xml", "<rss><channel><item><description>&nope;</description></item></channel></rss>")), 2, "malformed feed XML", "1 report(s)");
        Add("Atom feed that is cut off", d => Analyze(Write(Folder(d), "f.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x")), 2, "malformed feed XML", "1 report(s)");
        Add("page nested 100,000 elements deep", d => Analyze(Write(Folder(d), "p.html", "<html><body>" + Repeat("<div>", 100_000) + "Tariffs on steel rose." + Repeat("</div>", 100_000) + "</body></html>")), 2, "nested 100000 elements deep", "1 report(s)");
        Add("page with no text", d => Analyze(Write(Folder(d), "p.html", "<html><body><script>var x = 1;</script></body></html>")), 2, "p.html", "1 report(s)");
        Add("page with a 2 MB attribute", d => Analyze(Write(Folder(d), "p.html", "<html><body><p title=\"" + new string('a', 2_000_000) + "\">Tariffs on steel rose this week, officials said in Washington.</p></body></html>")), 0, "2 report(s)");
        Add("page in an unknown charset", d => Analyze(Write(Folder(d), "p.html", "<html><head><meta charset=\"x-no-such\"></head><body><p>Tariffs on steel rose this week, officials said.</p></body></html>")), 0, "2 report(s)");
        Add("page of unclosed tags", d => Analyze(Write(Folder(d), "p.html", Repeat("<p><b><i>", 50_000))), 2, "p.html", "1 report(s)");

        // Amounts: one range everywhere.
        const string OutOfRange = "outside the accepted range of amounts";
        Add("--value of 28 digits (past decimal's sums)", _ => Duty("--value", "7922816251426433759354395033"), 1, OutOfRange);
        Add("--value of 32 digits (past decimal)", _ => Duty("--value", "99999999999999999999999999999999"), 1, OutOfRange);
        Add("--value just past the range", _ => Duty("--value", "1000000000000.01"), 1, OutOfRange);
        Add("--value negative", _ => Duty("--value", "-5"), 1, OutOfRange);
        Add("--value in exponent form", _ => Duty("--value", "1e27"), 1, OutOfRange);
        Add("--value that is words", _ => Duty("--value", "a lot"), 1, "is not an amount");
        Add("--value NaN", _ => Duty("--value", "NaN"), 1, "is not an amount");
        Add("--value Infinity", _ => Duty("--value", "Infinity"), 1, "is not an amount");
        Add("--value empty", _ => Duty("--value", string.Empty), 1, "is not an amount");
        Add("--value with two points", _ => Duty("--value", "1.2.3"), 1, "is not an amount");
        Add("--value at the top of the range is answered", _ => Duty("--value", "1000000000000"), 0, "1000000000000");
        Add("portfolio line worth 1e27", d => ["portfolio", Portfolio(d, "8505.11,CN,US,2025-06-09,1000000000000000000000000000", "8505.11,CN,US,2025-06-09,1000")], 0, OutOfRange, "1 line");
        Add("portfolio of 200 lines of 7e26", d => ["portfolio", Portfolio(d, [.. Enumerable.Repeat("8505.11,CN,US,2025-06-09,700000000000000000000000000", 200), "8505.11,CN,US,2025-06-09,1000"])], 0, OutOfRange, "1 line");
        Add("portfolio line of 28 digits", d => ["portfolio", Portfolio(d, "8505.11,CN,US,2025-06-09,7922816251426433759354395033", "8505.11,CN,US,2025-06-09,1000")], 0, OutOfRange, "1 line");
        Add("portfolio line past the range in cents", d => ["portfolio", Portfolio(d, "8505.11,CN,US,2025-06-09,5000000000000.00", "8505.11,CN,US,2025-06-09,1000")], 0, OutOfRange, "1 line");
        Add("portfolio line with a negative value", d => ["portfolio", Portfolio(d, "8505.11,CN,US,2025-06-09,-5", "8505.11,CN,US,2025-06-09,1000")], 0, "is not an amount", "1 line");
        Add("portfolio line with words for a value", d => ["portfolio", Portfolio(d, "8505.11,CN,US,2025-06-09,lots", "8505.11,CN,US,2025-06-09,1000")], 0, "is not an amount", "1 line");
        Add("portfolio line of 40 digits", d => ["portfolio", Portfolio(d, "8505.11,CN,US,2025-06-09," + new string('9', 40), "8505.11,CN,US,2025-06-09,1000")], 0, "value", "1 line");
        Add("portfolio line with a bad HS code", d => ["portfolio", Portfolio(d, "85a5,CN,US,2025-06-09,10", "8505.11,CN,US,2025-06-09,1000")], 0, "is not an HS code", "1 line");
        Add("portfolio line with an unknown HS code", d => ["portfolio", Portfolio(d, "0999.99,CN,US,2025-06-09,10", "8505.11,CN,US,2025-06-09,1000")], 0, "not in the HS 2022 nomenclature", "1 line");
        Add("portfolio line with a day that does not exist", d => ["portfolio", Portfolio(d, "8505.11,CN,US,2025-02-30,10", "8505.11,CN,US,2025-06-09,1000")], 0, "does not exist", "1 line");
        Add("portfolio line with a year 0001", d => ["portfolio", Portfolio(d, "8505.11,CN,US,0001-01-01,10", "8505.11,CN,US,2025-06-09,1000")], 0, "is outside", "1 line");
        Add("portfolio line with an unknown origin", d => ["portfolio", Portfolio(d, "8505.11,XX,US,2025-06-09,10", "8505.11,CN,US,2025-06-09,1000")], 0, "unknown origin", "1 line");
        Add("portfolio line with too many fields", d => ["portfolio", Portfolio(d, "8505.11,CN,US,2025-06-09,10,extra", "8505.11,CN,US,2025-06-09,1000")], 0, "fields", "1 line");
        Add("portfolio line with too few fields", d => ["portfolio", Portfolio(d, "8505.11,CN", "8505.11,CN,US,2025-06-09,1000")], 0, "field", "1 line");
        Add("portfolio that does not exist", d => ["portfolio", Path.Combine(d, "none.csv")], 2, "none.csv");

        // Dates, kinds, ids and paths: say what cannot be answered.
        Add("--known-at before the ledger begins", _ => Duty("--known-at", "1990-01-01"), 2, "before the ledger's first record");
        Add("--known-at in year 1", _ => Duty("--known-at", "0001-01-01"), 2, "before the ledger's first record");
        Add("--known-at before the ledger begins on a timeline", _ => ["timeline", "--importer", "US", "--origin", "CN", "--known-at", "1990-01-01"], 2, "before the ledger's first record");
        Add("--known-at before the ledger begins on changes", _ => ["changes", "--from", "2025-01-01", "--to", "2025-02-01", "--known-at", "1990-01-01"], 2, "before the ledger's first record");
        Add("--date before the ledger begins (duty)", _ => ["duty", "--importer", "US", "--origin", "CN", "--hs", "8505.11", "--date", "1990-01-01"], 0, "before the ledger's coverage");
        Add("--date before the ledger begins, as known later", _ => ["duty", "--importer", "US", "--origin", "CN", "--date", "1990-01-01", "--known-at", "2025-12-31", "--json"], 0, "\"coverage\": \"outside\"");
        Add("--date before the ledger begins (licence)", _ => ["licence", "--exporter", "CN", "--item", "samarium", "--destination", "US", "--date", "1990-01-01"], 3, "not covered: the day is before the ledger's coverage");
        Add("--known-at in words", _ => Duty("--known-at", "yesterday"), 1, "--known-at");
        Add("--date that does not exist", _ => ["duty", "--importer", "US", "--origin", "CN", "--date", "2025-02-30"], 2, "2025-02-30");
        Add("--date in five digits", _ => ["duty", "--importer", "US", "--origin", "CN", "--date", "20250-01-01"], 1, "--date");
        Add("--hs empty", _ => ["duty", "--importer", "US", "--origin", "CN", "--hs", string.Empty, "--date", "2025-06-09"], 1, "--hs");
        Add("--hs of eleven digits", _ => ["duty", "--importer", "US", "--origin", "CN", "--hs", "85051100001", "--date", "2025-06-09"], 1, "--hs");
        Add("--hs not in the nomenclature", _ => ["duty", "--importer", "US", "--origin", "CN", "--hs", "8505.12", "--date", "2025-06-09"], 2, "no such code");
        Add("--origin unknown", _ => ["duty", "--importer", "US", "--origin", "XX", "--date", "2025-06-09"], 2, "XX");
        Add("claims --kind unknown", _ => ["claims", "--kind", "bogus"], 1, "is not a kind of claim");
        Add("claims --kind empty", _ => ["claims", "--kind", string.Empty], 1, "is not a kind of claim");
        Add("claims --kind in capitals", _ => ["claims", "--kind", "TARIFF"], 1, "is not a kind of claim");
        Add("story id past long", d => ["story", "99999999999999999999", "--db", Path.Combine(d, "n.db")], 1, "is not a story id");
        Add("story id negative", d => ["story", "-1", "--db", Path.Combine(d, "n.db")], 1, "is not a story id");
        Add("story id in words", d => ["story", "first", "--db", Path.Combine(d, "n.db")], 1, "is not a story id");
        Add("stories on an empty store", d => ["stories", "--db", Path.Combine(d, "n.db")], 0, "no stories stored yet");
        Add("review show of an unknown proposal", d => ["review", "show", "12345", "--db", Path.Combine(d, "n.db")], 2, "no proposal 12345");
        Add("review accept of an unknown proposal", d => ["review", "accept", "12345", "--reviewer", "Ana", "--reason", "checked", "--db", Path.Combine(d, "n.db")], 2, "12345");
        Add("ledger history of an unknown measure", _ => ["ledger", "history", "no-such-measure"], 2, "no-such-measure");
        Add("story that does not exist", d => ["story", "12345", "--db", Path.Combine(d, "n.db")], 2, "no story 12345");
        Add("ledger show of an unknown measure", _ => ["ledger", "show", "no-such-measure"], 2, "no-such-measure");
        Add("--db empty", _ => ["stories", "--db", string.Empty], 1, "--db is empty");
        Add("--db a folder", d => ["stories", "--db", d], 1, "is a folder");
        Add("--db an ftp URL", _ => ["stories", "--db", "ftp://example.org/news.db"], 1, "a URL of a kind");
        Add("--db an http URL", _ => ["stories", "--db", "http://example.org/news.db"], 1, "a URL of a kind");
        Add("--db a file that is not SQLite", d => ["stories", "--db", Write(d, "not.db", Repeat("this is not a database ", 500))], 2, "not.db");
        Add("--out a folder", d => ["analyze", Folder(d), "--json", "--out", d], 1, "is a folder");
        Add("--out empty", d => ["analyze", Folder(d), "--json", "--out", string.Empty], 1, "--out is empty");
        Add("ingest of a path that does not exist", d => ["ingest", Path.Combine(d, "missing"), "--db", Path.Combine(d, "n.db")], 1, "no such file or folder");
        Add("ingest of a truncated gzip stores nothing from it", d =>
        {
            var f = Folder(d);
            var gz = Gzip(Encoding.UTF8.GetBytes(Repeat("Tariffs on steel rose again. ", 2000)));
            WriteBytes(f, "cut.txt.gz", gz[..(gz.Length / 2)]);
            return ["ingest", f, "--db", Path.Combine(d, "n.db")];
        }, 2, "truncated or corrupt gzip", "1 report(s) in the database");
        Add("ingest of a folder with a link to /dev/zero", d => { var f = Folder(d); File.CreateSymbolicLink(Path.Combine(f, "zero.txt"), "/dev/zero"); return ["ingest", f, "--db", Path.Combine(d, "n.db")]; }, 2, "a device or system file", "1 report(s) in the database");
        Add("ingest of a folder with a FIFO", d => { var f = Folder(d); MakeFifo(Path.Combine(f, "pipe.md")); return ["ingest", f, "--db", Path.Combine(d, "n.db")]; }, 2, "not a regular file", "1 report(s) in the database");
        Add("ingest of a folder with a loop", d => { var f = Folder(d); Directory.CreateSymbolicLink(Path.Combine(f, "loop"), f); return ["ingest", f, "--db", Path.Combine(d, "n.db")]; }, 0, "not followed", "1 report(s) in the database");
        Add("ingest of front matter nested 20,000 levels", d => { var f = Folder(d); Write(f, "deep.md", Report("x: " + DeepFlowList(20_000))); return ["ingest", f, "--db", Path.Combine(d, "n.db")]; }, 0, FrontDropped, "2 report(s) in the database");
        Add("ingest into a file that is not SQLite", d => ["ingest", Folder(d), "--db", Write(d, "not.db", Repeat("garbage ", 1000))], 2, "not.db");
        Add("serve on a file that is not SQLite", d => ["serve", "--db", Write(d, "not.db", Repeat("garbage ", 1000)), "--urls", "http://127.0.0.1:0"], 2, "not.db");
        Add("serve on a port in use", d =>
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            Busy.Add(listener);
            return ["serve", "--db", Path.Combine(d, "n.db"), "--no-samples", "--urls", $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}"];
        }, 1, "in use");
        Add("serve on a URL that is not http", d => ["serve", "--db", Path.Combine(d, "n.db"), "--urls", "ftp://127.0.0.1:1"], 1, "--urls");
        Add("unknown command", _ => ["no-such-command"], 1, "error");
        return rows;
    }

    /// <summary>Sockets bound for the socket row (closing one removes its file); they live as long as the test process.</summary>
    private static readonly List<Socket> Sockets = [];

    /// <summary>Listeners that hold a port for the port-in-use row; they live as long as the test process.</summary>
    private static readonly List<TcpListener> Busy = [];

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static Socket Bind(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }
}
