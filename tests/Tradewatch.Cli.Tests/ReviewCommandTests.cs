using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Tradewatch.Cli.Tests;

/// <summary>The review queue end to end on a real SQLite file: ingest proposes, a reviewer accepts or rejects, the ledger answers change from the acceptance on.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private static readonly DateTimeOffset Accepted = new(2026, 3, 12, 15, 30, 0, TimeSpan.Zero);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("tw-review-");

    public ReviewCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(folder.FullName, "reports"));
        File.WriteAllText(Path.Combine(folder.FullName, "reports", "duties.txt"), """
            ---
            outlet: Southern Trade Wire
            url: https://southern.example.org/2026/03/02/duties
            published: 2026-03-02
            title: Brazil and Mexico raise duties on Chinese goods
            ---
            Brazil is charging a 25% tariff on Chinese goods from Monday, the trade ministry said.

            Mexico imposes a 30% duty on Chinese goods, officials in Mexico City said.

            Officials in Beijing said they would answer within a week.
            """);
    }

    private string Db => Path.Combine(folder.FullName, "news.db");

    private string Reports => Path.Combine(folder.FullName, "reports");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private static (int Exit, string Out, string Error) At(DateTimeOffset time, params string[] args) => CliRunner.RunAt(new FixedClock(time), args);

    private long ProposalFor(string imposer) =>
        CliRunner.Json("review", "list", "--db", Db).EnumerateArray()
            .Single(p => p.GetProperty("change").GetProperty("imposer").GetString() == imposer).GetProperty("id").GetInt64();

    private static decimal Duty(string importer, params string[] more) =>
        CliRunner.Json(["duty", "--importer", importer, "--origin", "CN", "--date", "2026-03-05", .. more]).GetProperty("totalAdditionalPercent").GetDecimal();

    [Fact]
    public void Ingest_proposes_each_claim_the_ledger_lacks_once()
    {
        var (exit, output, error) = CliRunner.Run("ingest", Reports, "--db", Db);
        Assert.True(exit == 0, error);
        Assert.Contains("review queue: 2 change(s) proposed", output, StringComparison.Ordinal);
        var (again, rerun, _) = CliRunner.Run("ingest", Reports, "--db", Db);
        Assert.Equal(0, again);
        Assert.Contains("review queue: 0 change(s) proposed, 2 already proposed", rerun, StringComparison.Ordinal);

        var proposals = CliRunner.Json("review", "list", "--db", Db).EnumerateArray().ToList();
        Assert.Equal(2, proposals.Count);
        Assert.All(proposals, p => Assert.Equal("open", p.GetProperty("state").GetString()));
        var brazil = proposals.Single(p => p.GetProperty("change").GetProperty("imposer").GetString() == "BR");
        Assert.Equal("new-tariff-layer", brazil.GetProperty("change").GetProperty("action").GetString());
        Assert.Equal(25m, brazil.GetProperty("change").GetProperty("ratePercent").GetDecimal());
        Assert.Equal("https://southern.example.org/2026/03/02/duties", brazil.GetProperty("sources")[0].GetProperty("url").GetString());

        var (_, table, _) = CliRunner.Run("review", "list", "--db", Db);
        Assert.Contains("2 proposal(s), 2 open", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_json_is_the_api_upload_answer_with_what_review_was_given()
    {
        var first = CliRunner.Json("ingest", Reports, "--db", Db);
        Assert.True(first.GetProperty("added").GetInt32() > 0);
        Assert.Equal(0, first.GetProperty("alreadyStored").GetInt32());
        Assert.Equal(2, first.GetProperty("review").GetProperty("proposed").GetInt32());
        Assert.NotEmpty(first.GetProperty("stories").EnumerateArray());

        var again = CliRunner.Json("ingest", Reports, "--db", Db);
        Assert.Equal(0, again.GetProperty("added").GetInt32());
        Assert.Equal(first.GetProperty("added").GetInt32(), again.GetProperty("alreadyStored").GetInt32());
        Assert.Equal(0, again.GetProperty("review").GetProperty("proposed").GetInt32());
        Assert.Equal(2, again.GetProperty("review").GetProperty("alreadyProposed").GetInt32());
    }

    [Fact]
    public void Accepting_changes_the_duty_answer_from_the_acceptance_on_and_not_before()
    {
        CliRunner.Run("ingest", Reports, "--db", Db);
        var id = ProposalFor("BR");
        Assert.Equal(0m, Duty("BR", "--db", Db));

        var number = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (unread, _, unreadError) = At(Accepted, "review", "accept", number, "--reviewer", "Ana Curator", "--reason", "decree checked", "--db", Db);
        Assert.Equal(2, unread);
        Assert.Contains("cannot be accepted as it stands", unreadError, StringComparison.Ordinal);
        Assert.Equal(1, At(Accepted, "review", "accept", number, "--reviewer", "Ana Curator", "--db", Db).Exit);
        Assert.Equal(0, At(Accepted, "review", "narrow", number, "--reviewer", "Ana Curator", "--products", "all", "--reason", "the decree covers every good", "--db", Db).Exit);

        var (exit, output, error) = At(Accepted, "review", "accept", number, "--reviewer", "Ana Curator", "--reason", "decree checked", "--db", Db);
        Assert.True(exit == 0, error);
        Assert.Contains($"proposal {id} accepted by Ana Curator", output, StringComparison.Ordinal);

        Assert.Equal(25m, Duty("BR", "--db", Db));
        Assert.Equal(25m, Duty("BR", "--db", Db, "--known-at", "2026-03-12"));
        Assert.Equal(0m, Duty("BR", "--db", Db, "--known-at", "2026-03-11"));
        Assert.Equal(0m, Duty("BR"));

        var layer = CliRunner.Json("duty", "--importer", "BR", "--origin", "CN", "--date", "2026-03-05", "--db", Db).GetProperty("layers")[0];
        Assert.Equal($"review-{id}", layer.GetProperty("measure").GetString());

        var shown = CliRunner.Json("review", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db);
        Assert.Equal("accepted", shown.GetProperty("state").GetString());
        Assert.Equal("Ana Curator", shown.GetProperty("decision").GetProperty("reviewer").GetString());
        Assert.Contains("recorded: 2026-03-12", shown.GetProperty("record").GetString(), StringComparison.Ordinal);

        var checks = CliRunner.Json("check", "--db", Db).EnumerateArray().ToList();
        var brazil = checks.Single(c => c.GetProperty("imposer").GetString() == "BR");
        Assert.Equal("consistent", brazil.GetProperty("verdict").GetString());
        Assert.Contains("recorded in the ledger after the claim's day", brazil.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal("not-covered", checks.Single(c => c.GetProperty("imposer").GetString() == "MX").GetProperty("verdict").GetString());
    }

    [Fact]
    public void Rejecting_records_the_reviewer_and_reason_and_leaves_the_ledger_alone()
    {
        CliRunner.Run("ingest", Reports, "--db", Db);
        var id = ProposalFor("MX").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (exit, _, error) = At(Accepted, "review", "reject", id, "--reviewer", "Bo Checker", "--reason", "the rate covers steel only", "--db", Db);
        Assert.True(exit == 0, error);
        var decision = CliRunner.Json("review", "show", id, "--db", Db).GetProperty("decision");
        Assert.Equal("rejected", decision.GetProperty("decision").GetString());
        Assert.Equal("Bo Checker", decision.GetProperty("reviewer").GetString());
        Assert.Equal("the rate covers steel only", decision.GetProperty("reason").GetString());
        Assert.Equal(0m, Duty("MX", "--db", Db));
        Assert.Single(CliRunner.Json("review", "list", "--state", "rejected", "--db", Db).EnumerateArray());
    }

    [Fact]
    public void A_second_decision_and_an_unknown_id_are_bad_data_with_a_message()
    {
        CliRunner.Run("ingest", Reports, "--db", Db);
        var id = ProposalFor("BR").ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, At(Accepted, "review", "narrow", id, "--reviewer", "Ana Curator", "--products", "all", "--reason", "every good", "--db", Db).Exit);
        Assert.Equal(0, At(Accepted, "review", "accept", id, "--reviewer", "Ana Curator", "--reason", "decree checked", "--db", Db).Exit);

        var (twice, _, twiceError) = CliRunner.Run("review", "accept", id, "--reviewer", "Bo Checker", "--reason", "me too", "--db", Db);
        Assert.Equal(2, twice);
        Assert.StartsWith("error:", twiceError, StringComparison.Ordinal);
        Assert.Contains("already accepted by Ana Curator", twiceError, StringComparison.Ordinal);

        var (rejectLater, _, _) = CliRunner.Run("review", "reject", id, "--reviewer", "Bo Checker", "--db", Db);
        Assert.Equal(2, rejectLater);

        var (unknown, _, unknownError) = CliRunner.Run("review", "accept", "999", "--reviewer", "Ana Curator", "--reason", "checked", "--db", Db);
        Assert.Equal(2, unknown);
        Assert.Contains("no proposal 999", unknownError, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("review", "show", "999", "--db", Db).Exit);

        var (notAnId, _, _) = CliRunner.Run("review", "accept", "first", "--reviewer", "Ana Curator", "--reason", "checked", "--db", Db);
        Assert.Equal(1, notAnId);
        var (noReviewer, _, _) = CliRunner.Run("review", "accept", id, "--db", Db);
        Assert.Equal(1, noReviewer);

        Assert.Single(CliRunner.Json("duty", "--importer", "BR", "--origin", "CN", "--date", "2026-03-05", "--db", Db).GetProperty("layers").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Claims_conflicts_and_check_read_the_store_without_paths(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var db = target.DbArgument;
        var (ingested, _, ingestError) = CliRunner.Run("ingest", Reports, "--db", db);
        Assert.True(ingested == 0, ingestError);
        var claims = CliRunner.Json("claims", "--db", db, "--kind", "tariff").EnumerateArray().ToList();
        Assert.Equal(["BR", "MX"], claims.Select(c => c.GetProperty("imposer").GetString()).Order(StringComparer.Ordinal));
        var story = CliRunner.Json("claims", "--db", db, "--story", "1").EnumerateArray().ToList();
        Assert.NotEmpty(story);
        Assert.Equal(2, CliRunner.Run("claims", "--db", db, "--story", "77").Exit);
        Assert.Equal(JsonValueKind.Array, CliRunner.Json("conflicts", "--db", db).GetProperty("conflicts").ValueKind);
        Assert.Equal(2, CliRunner.Json("check", "--db", db).GetArrayLength());
        Assert.Equal(1, CliRunner.Run("claims", Reports, "--db", db).Exit);
        Assert.Equal(2, CliRunner.Run("claims", "--db", Path.Combine(folder.FullName, "missing.db")).Exit);
    }

    [Fact]
    public void A_proposal_a_later_report_reads_differently_is_marked_and_not_accepted_as_it_stands()
    {
        Assert.Equal(0, CliRunner.Run("ingest", Reports, "--db", Db).Exit);
        var brazil = ProposalFor("BR");
        var later = Path.Combine(folder.FullName, "later");
        Directory.CreateDirectory(later);
        File.WriteAllText(Path.Combine(later, "bikes.txt"), """
            ---
            outlet: Pampas Daily
            url: https://pampas.example.org/2026/03/02/brazil
            published: 2026-03-02
            title: Brazil sets new duty on Chinese imports
            ---
            Brazil is charging a 25% tariff on electric bicycles from China from Monday, its trade ministry said.

            Chinese officials said they would answer within a week.
            """);
        var (exit, output, error) = CliRunner.Run("ingest", later, "--db", Db);
        Assert.True(exit == 0, error);
        Assert.Contains("1 open proposal(s) the stored reports now read differently", output, StringComparison.Ordinal);

        Assert.Contains("open (read differently now)", CliRunner.Run("review", "list", "--db", Db).Out, StringComparison.Ordinal);
        var shown = CliRunner.Run("review", "show", brazil.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db).Out;
        Assert.Contains("the stored reports now read this differently: Brazil tariff on electric bicycles from China", shown, StringComparison.Ordinal);
        Assert.Contains("cannot be accepted as it stands", shown, StringComparison.Ordinal);

        var (refused, _, why) = At(Accepted, "review", "accept", brazil.ToString(System.Globalization.CultureInfo.InvariantCulture), "--reviewer", "Ana Curator", "--reason", "checked the decree", "--db", Db);
        Assert.Equal(2, refused);
        Assert.Contains("now read this differently", why, StringComparison.Ordinal);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
