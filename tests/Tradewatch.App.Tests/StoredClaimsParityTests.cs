using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Tradewatch.Cli;
using Tradewatch.Server;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>
/// The same reports give the same claims and conflicts whether read in memory (<c>analyze</c>,
/// <c>claims PATH</c>), stored and read back (<c>claims --db</c>), or asked of the server over that
/// store (<c>/api/claims</c>, <c>/api/conflicts</c>): claims are extracted once at ingest and stored
/// with everything their consolidation uses.
/// </summary>
public sealed class StoredClaimsParityTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tradewatch-claims-parity-" + Guid.NewGuid().ToString("N"));

    public StoredClaimsParityTests() => Directory.CreateDirectory(folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Invented_reports_give_the_same_claims_and_conflicts_in_memory_stored_and_served()
    {
        var reports = Path.Combine(folder, "reports");
        Directory.CreateDirectory(reports);
        foreach (var (name, text) in AluminiumStory.Invented)
        {
            await File.WriteAllTextAsync(Path.Combine(reports, name), text);
        }

        var (claims, conflicts) = await SameEverywhere(reports);

        // What the parity is about: a present-tense rate stated on two days by two outlets is one claim, as read in memory.
        var tariffs = claims.AsArray().Where(c => (string?)c!["kind"] == "tariff").ToList();
        Assert.Contains(tariffs, c => Documents(c!).SetEquals(["a-quayside.md", "b-northern.md", "d-reprint.md"]) && (int)c!["corroboration"]! == 2);
        Assert.Contains(conflicts["conflicts"]!.AsArray(), d => (string?)d!["type"] == "numeric-mismatch");
    }

    [Fact]
    public async Task An_undated_report_stored_before_its_story_is_dated_as_analyze_dates_it()
    {
        var reports = Path.Combine(folder, "reports");
        Directory.CreateDirectory(reports);
        foreach (var (name, text) in AluminiumStory.Invented.Append(AluminiumStory.UndatedDigest))
        {
            await File.WriteAllTextAsync(Path.Combine(reports, name), text);
        }

        var (claims, _) = await SameEverywhere(reports);

        // What the parity is about: dated by its story, the undated report gives its yearless "June 1" a year (2026-06-01).
        var tariffs = claims.AsArray().Where(c => (string?)c!["kind"] == "tariff").ToList();
        Assert.Contains(tariffs, c => Documents(c!).SetEquals(["0-digest.md"]) && (string?)c!["imposer"] == "CA" && (string?)c!["asOf"] == "2026-06-01");
    }

    [Fact]
    public async Task The_sample_reports_give_the_same_claims_and_conflicts_in_memory_stored_and_served()
    {
        var (claims, conflicts) = await SameEverywhere(RepoData.Samples);
        Assert.NotEmpty(claims.AsArray());
        Assert.NotEmpty(conflicts["nonConflicts"]!.AsArray());
    }

    /// <summary>Ingests the folder into a new store, asks every front end, asserts they agree, and returns the claims and conflicts.</summary>
    private async Task<(JsonNode Claims, JsonNode Conflicts)> SameEverywhere(string reports)
    {
        var database = Path.Combine(folder, "news.db");
        Cli("ingest", reports, "--db", database);

        var analysis = Json(Cli("analyze", reports, "--json"));
        var memory = (Claims: Json(Cli("claims", reports, "--json")), Conflicts: Json(Cli("conflicts", reports, "--json")));
        var stored = (Claims: Json(Cli("claims", "--db", database, "--json")), Conflicts: Json(Cli("conflicts", "--db", database, "--json")));

        using var server = new StoreServer(database);
        using var client = server.CreateClient();
        var served = (Claims: await Api(client, "/api/claims"), Conflicts: await Api(client, "/api/conflicts"));

        Same("analyze", analysis["claims"]!, "claims PATH", memory.Claims);
        Same("claims PATH", memory.Claims, "claims --db", stored.Claims);
        Same("claims --db", stored.Claims, "/api/claims", served.Claims);
        var analyzed = new JsonObject { ["conflicts"] = analysis["conflicts"]!.DeepClone(), ["nonConflicts"] = analysis["nonConflicts"]!.DeepClone() };
        Same("analyze", analyzed, "conflicts PATH", memory.Conflicts);
        Same("conflicts PATH", memory.Conflicts, "conflicts --db", stored.Conflicts);
        Same("conflicts --db", stored.Conflicts, "/api/conflicts", served.Conflicts);
        return (stored.Claims, stored.Conflicts);
    }

    private static HashSet<string> Documents(JsonNode claim) =>
        claim["sources"]!.AsArray().Select(s => (string)s!["document"]!).ToHashSet(StringComparer.Ordinal);

    private static JsonNode Json(string text) => JsonNode.Parse(text)!;

    private static void Same(string leftName, JsonNode left, string rightName, JsonNode right) =>
        Assert.True(JsonNode.DeepEquals(left, right), $"{leftName}:\n{left.ToJsonString()}\n{rightName}:\n{right.ToJsonString()}");

    private static string Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, TimeProvider.System, RepoData.Directory, IsTerminal: false);
        var exit = TradewatchCli.Run(args, context);
        Assert.True(exit == 0, $"tradewatch {string.Join(' ', args)}: exit {exit}: {error}");
        return output.ToString();
    }

    private static async Task<JsonNode> Api(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The server in memory over a store already filled, seeding nothing.</summary>
    private sealed class StoreServer(string database) : WebApplicationFactory<ServerAssembly>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Tradewatch:Database", database);
            builder.UseSetting("Tradewatch:DataDirectory", RepoData.Directory);
            builder.UseSetting("Tradewatch:SeedSamples", "false");
        }
    }
}
