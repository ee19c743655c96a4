using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Tradewatch.Cli;
using Tradewatch.Server;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>The server in memory over a fresh store seeded with the sample reports, on the repository's data.</summary>
public sealed class ParityServer : WebApplicationFactory<ServerAssembly>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tradewatch-app-tests-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(folder, "news.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseSetting("Tradewatch:Database", DatabasePath);
        builder.UseSetting("Tradewatch:DataDirectory", RepoData.Directory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The same question asked of <c>tradewatch ... --json</c> and of the API gives the same JSON.</summary>
public sealed class JsonParityTests(ParityServer server) : IClassFixture<ParityServer>
{
    private readonly HttpClient client = server.CreateClient();

    /// <summary>The CLI in-process on the repository's data; its ledger gets the server's store's accepted records, as the server's does.</summary>
    private JsonNode Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, TimeProvider.System, RepoData.Directory, IsTerminal: false) { DefaultDatabase = server.DatabasePath };
        var exit = TradewatchCli.Run([.. args, "--json"], context);
        Assert.True(exit is 0 or 3, $"exit {exit}: {error}");
        return JsonNode.Parse(output.ToString())!;
    }

    private async Task<JsonNode> Api(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static void Same(JsonNode cli, JsonNode api) =>
        Assert.True(JsonNode.DeepEquals(cli, api), $"CLI:\n{cli.ToJsonString()}\nAPI:\n{api.ToJsonString()}");

    [Theory]
    [InlineData("8505.11", "2025-06-09", null, null)]
    [InlineData("8505.11", "2025-06-09", "2025-05-01", null)]
    [InlineData(null, "2025-04-12", null, null)]
    [InlineData("7208.10", "2025-09-01", "2025-12-31", "truce-lapses")]
    [InlineData("8541.43", "2026-03-01", null, null)]
    public async Task Duty_answers_alike_from_the_CLI_and_the_API(string? hs, string date, string? knownAt, string? scenario)
    {
        _ = await Api("/api/scenarios"); // the store is seeded before the CLI reads it
        string[] args = ["duty", "--importer", "US", "--origin", "CN", "--date", date, "--value", "1000"];
        var url = $"/api/duty?importer=US&origin=CN&date={date}&value=1000";
        if (hs is not null)
        {
            args = [.. args, "--hs", hs];
            url += "&hs=" + hs;
        }

        if (knownAt is not null)
        {
            args = [.. args, "--known-at", knownAt];
            url += "&knownAt=" + knownAt;
        }

        if (scenario is not null)
        {
            args = [.. args, "--scenario", scenario];
            url += "&scenario=" + scenario;
        }

        var api = await Api(url);
        Same(Cli(args), api);
        Assert.NotEmpty(api["layers"]!.AsArray());
    }

    [Fact]
    public async Task A_US_line_with_its_quantity_answers_alike()
    {
        _ = await Api("/api/scenarios");
        var api = await Api("/api/duty?importer=US&origin=CN&hts=8505.11.00.70&date=2025-06-09&value=1000&quantity=10&unit=kg");
        Same(Cli("duty", "--importer", "US", "--origin", "CN", "--hts", "8505.11.00.70", "--date", "2025-06-09", "--value", "1000", "--quantity", "10", "--unit", "kg"), api);
        Assert.NotNull(api["mfn"]);
    }

    [Theory]
    [InlineData("samarium", "2025-06-09")]
    [InlineData("gallium", "2025-12-01")]
    [InlineData("unobtainium", "2025-06-09")]
    public async Task Licence_answers_alike_from_the_CLI_and_the_API(string item, string date)
    {
        _ = await Api("/api/scenarios");
        Same(
            Cli("licence", "--exporter", "CN", "--destination", "US", "--item", item, "--date", date),
            await Api($"/api/licence?exporter=CN&destination=US&item={item}&date={date}"));
    }

    [Theory]
    [InlineData("US", "CN", null, null, null)]
    [InlineData("US", "CN", "8505.11", "2025-12-31", null)]
    [InlineData("CN", "US", "1201", null, "truce-lapses")]
    public async Task Timelines_answer_alike_from_the_CLI_and_the_API(string importer, string origin, string? hs, string? knownAt, string? scenario)
    {
        _ = await Api("/api/scenarios");
        string[] args = ["timeline", "--importer", importer, "--origin", origin, "--from", "2025-01-01", "--to", "2026-06-30"];
        var url = $"/api/timeline?importer={importer}&origin={origin}&from=2025-01-01&to=2026-06-30";
        (args, url) = Optional(args, url, ("--hs", "hs", hs), ("--known-at", "knownAt", knownAt), ("--scenario", "scenario", scenario));
        var api = await Api(url);
        Same(Cli(args), api);
        Assert.True(api["steps"]!.AsArray().Count > 1);
    }

    [Theory]
    [InlineData("2025-11-01", "2025-11-30", null, null)]
    [InlineData("2025-04-01", "2025-05-31", "2025-04-30", null)]
    [InlineData("2026-10-01", "2026-12-31", null, "truce-lapses")]
    public async Task Changes_answer_alike_from_the_CLI_and_the_API(string from, string to, string? knownAt, string? scenario)
    {
        _ = await Api("/api/scenarios");
        var (args, url) = Optional(["changes", "--from", from, "--to", to], $"/api/changes?from={from}&to={to}", ("--known-at", "knownAt", knownAt), ("--scenario", "scenario", scenario));
        var api = await Api(url);
        Same(Cli(args), api);
        Assert.NotEmpty(api["events"]!.AsArray());
    }

    [Theory]
    [InlineData("baseline,truce-lapses", null, "2025-12-31")]
    [InlineData("baseline,deal-signed-2026,threat-100-percent", "8505.11", null)]
    public async Task Scenario_comparisons_answer_alike_from_the_CLI_and_the_API(string scenarios, string? hs, string? knownAt)
    {
        string[] args = ["scenarios", "compare", .. scenarios.Split(','), "--importer", "US", "--origin", "CN", "--from", "2025-03-15", "--to", "2026-06-30"];
        var url = $"/api/scenarios/compare?scenarios={scenarios}&importer=US&origin=CN&from=2025-03-15&to=2026-06-30";
        (args, url) = Optional(args, url, ("--hs", "hs", hs), ("--known-at", "knownAt", knownAt));
        var api = await Api(url);
        Same(Cli(args), api);
        // one point per month, the first on the window's first day, for every scenario that applies
        var compared = api["scenarios"]!.AsArray();
        Assert.Equal(scenarios.Split(',').Length, compared.Count + api["notApplicable"]!.AsArray().Count);
        Assert.All(compared, s => Assert.Equal(16, s!["points"]!.AsArray().Count));
        Assert.Equal("2025-03-15", compared[0]!["points"]![0]!["date"]!.GetValue<string>());
    }

    /// <summary>Adds each given option to the command line and to the query string.</summary>
    private static (string[] Args, string Url) Optional(string[] args, string url, params (string Option, string Parameter, string? Value)[] options)
    {
        foreach (var (option, parameter, value) in options.Where(o => o.Value is not null))
        {
            args = [.. args, option, value!];
            url += $"&{parameter}={value}";
        }

        return (args, url);
    }

    [Fact]
    public async Task The_check_of_the_stored_reports_answers_alike_from_the_CLI_and_the_API()
    {
        var api = await Api("/api/check");
        Same(Cli("check", "--db", server.DatabasePath), api);
        Assert.NotEmpty(api.AsArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("tariff")]
    public async Task The_claims_of_the_stored_reports_answer_alike_from_the_CLI_and_the_API(string? kind)
    {
        var api = await Api("/api/claims" + (kind is null ? string.Empty : "?kind=" + kind));
        Same(Cli(kind is null ? ["claims", "--db", server.DatabasePath] : ["claims", "--db", server.DatabasePath, "--kind", kind]), api);
        Assert.NotEmpty(api.AsArray());
    }

    [Fact]
    public async Task The_conflicts_of_the_stored_reports_answer_alike_from_the_CLI_and_the_API()
    {
        var api = await Api("/api/conflicts");
        Same(Cli("conflicts", "--db", server.DatabasePath), api);
        Assert.NotNull(api["conflicts"]);
        Assert.NotNull(api["nonConflicts"]);
    }

    [Fact]
    public async Task The_stories_and_a_story_answer_alike_from_the_CLI_and_the_API()
    {
        var stories = await Api("/api/stories");
        Same(Cli("stories", "--db", server.DatabasePath), stories);
        var id = (long)stories.AsArray()[0]!["id"]!;
        var story = await Api($"/api/stories/{id}");
        Same(Cli("story", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", server.DatabasePath), story);
        Assert.NotEmpty(story["reports"]!.AsArray());
    }
}
