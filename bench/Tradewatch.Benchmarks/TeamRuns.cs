using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Tradewatch.News.Pipeline;
using Tradewatch.Storage;
using Tradewatch.TestSupport;

namespace Tradewatch.Benchmarks;

/// <summary>
/// The checks of bench/ingest/team.sh, a team's set-up at benchmark size (servers and workers on one store):
/// <list type="bullet">
/// <item><c>team-check CORPUS ALONE SHARED [TURNS]</c> compares the store the workers wrote at once (SHARED) with
/// one process's store of the same files (ALONE), as ServeAndIngestProcessesTests does (<see cref="StoreShape.Compare"/>);
/// TURNS, a store the same shares were ingested into one after another, is compared too, to tell stories that differ
/// by order of arrival from stories that differ by concurrency.</item>
/// <item><c>decision-seen URL_A URL_B TOKEN COUNT</c> accepts COUNT open proposals (or all there are, at least one) on
/// one server, by turns, and times how long the other server takes to answer with the changed ledger.</item>
/// </list>
/// Each prints its figures and exits 1 when an invariant fails.
/// </summary>
internal static class TeamRuns
{
    /// <summary>How soon another server must answer with a decision.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    public static int Check(string corpus, string alone, string shared, string? turns)
    {
        var clock = Stopwatch.StartNew();
        var files = Directory.GetFiles(corpus).Order(StringComparer.Ordinal)
            .Select(f => new InputFile(Path.GetFileName(f), Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var bodies = new CorpusBodies(files);
        using var one = Open(alone);
        var failed = false;
        foreach (var (what, location) in new[] { ("workers at once", shared), ("shares in turn", turns) })
        {
            if (location is null)
            {
                continue;
            }

            using var other = Open(location);
            var c = StoreShape.Compare(one, other, bodies);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{what}: {c.Reports} reports of {bodies.Distinct} distinct bodies in {files.Count} files, {c.CopyGroups} copy groups, {c.Proposals} proposals, "
                + $"{c.Stories} stories against one process's {c.StoriesAlone}, {c.StoriesSame} of them the same report for report"));
            foreach (var failure in c.Failures)
            {
                Console.WriteLine($"FAILED ({what}): {failure}");
            }

            failed |= c.Failures.Count > 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checked in {clock.Elapsed.TotalSeconds:F0} s"));
        return failed ? 1 : 0;
    }

    public static async Task<int> DecisionSeen(Uri first, Uri second, string token, int count)
    {
        using var a = Client(first, token);
        using var b = Client(second, token);
        var open = await Json(a, "/api/review?state=open");
        var seen = new List<double>();
        var failures = new List<double>();
        // as many as asked for, or as the store's proposals allow: a small corpus raises few
        var wanted = Math.Min(count, open.GetArrayLength());
        foreach (var proposal in open.EnumerateArray())
        {
            if (seen.Count + failures.Count == wanted)
            {
                break;
            }

            // by turns: decided on one server, asked on the other
            var (deciding, asked) = (seen.Count + failures.Count) % 2 == 0 ? (a, b) : (b, a);
            var id = proposal.GetProperty("id").GetInt64();
            var change = proposal.GetProperty("change");
            var from = DateOnly.Parse(change.GetProperty("from").GetString()!, CultureInfo.InvariantCulture);
            var probe = string.Create(CultureInfo.InvariantCulture, $"/api/changes?from={from:yyyy-MM-dd}&to={from.AddDays(1):yyyy-MM-dd}");
            var before = await Text(asked, probe);
            if (change.GetProperty("action").GetString() == "new-tariff-layer" && change.TryGetProperty("products", out var products) && products.ValueKind == JsonValueKind.Null)
            {
                await Post(deciding, $"/api/review/{id}/narrow?products=all&reason=bench");
            }

            await Post(deciding, $"/api/review/{id}/accept?reason=bench");
            var decided = Stopwatch.StartNew();
            var after = await Text(deciding, probe);
            if (after == before)
            {
                Console.WriteLine($"proposal {id}: accepting it does not change {probe}; not timed");
                continue;
            }

            while (await Text(asked, probe) != after)
            {
                if (decided.Elapsed > Limit * 5)
                {
                    break;
                }

                await Task.Delay(10);
            }

            var ms = decided.Elapsed.TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"proposal {id} accepted on {deciding.BaseAddress}, answered by {asked.BaseAddress} after {ms:F0} ms"));
            (decided.Elapsed <= Limit ? seen : failures).Add(ms);
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"decisions seen on the other server: {seen.Count} within {Limit.TotalSeconds} s, {failures.Count} later; slowest {seen.Concat(failures).DefaultIfEmpty().Max():F0} ms"));
        if (seen.Count + failures.Count < Math.Max(wanted, 1))
        {
            Console.WriteLine($"FAILED: {seen.Count + failures.Count} decisions timed of the {count} asked for ({open.GetArrayLength()} open proposals)");
            return 1;
        }

        return failures.Count > 0 ? 1 : 0;
    }

    private static NewsStore Open(string location) => NewsStore.Open(StoreLocation.Parse(location), TimeProvider.System);

    private static HttpClient Client(Uri server, string token)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<JsonElement> Json(HttpClient http, string path) => JsonDocument.Parse(await Text(http, path)).RootElement;

    private static async Task<string> Text(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new HttpRequestException($"GET {path}: {(int)response.StatusCode} {body}");
    }

    private static async Task Post(HttpClient http, string path)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), null);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
