using Microsoft.Data.Sqlite;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// Issue 3's bad input end to end: a report with a 10,000-character sentence, an unclosed quotation,
/// a rate of 1,000,000%, February 30 and no date anywhere goes through claims, check, ingest and the
/// review queue without a crash, without an invented claim, and with each gap said.
/// </summary>
public sealed class ClaimsBadInputTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("tw-bad-claims-");

    public ClaimsBadInputTests()
    {
        Directory.CreateDirectory(Path.Combine(folder.FullName, "reports"));
        var endless = "Officials said " + string.Concat(Enumerable.Repeat("and the talks went on ", 500)) + "without end.";
        File.WriteAllText(Path.Combine(folder.FullName, "reports", "bad.txt"), $"""
            ---
            outlet: Nowhere Wire
            title: A report that goes wrong in every way
            ---
            Japan put a 1,000,000% tariff on Korean goods, a spokesman claimed.

            The new deadline for the steel talks is February 30.

            Trade Secretary Paul Grant said “this never ends

            {endless}
            """);
    }

    private string Reports => Path.Combine(folder.FullName, "reports");

    private string Db => Path.Combine(folder.FullName, "news.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public void Claims_over_the_files_invent_nothing_and_say_every_gap()
    {
        var (exit, output, error) = CliRunner.Run("claims", Reports, "--json");
        Assert.True(exit == 0, error);
        using var claims = System.Text.Json.JsonDocument.Parse(output);
        var kinds = claims.RootElement.EnumerateArray().Select(c => c.GetProperty("kind").GetString()).ToList();
        Assert.DoesNotContain("tariff", kinds);
        Assert.DoesNotContain("deadline", kinds);
        Assert.DoesNotContain("quote", kinds);
        foreach (var code in new[] { "implausible-rate", "bad-date", "unbalanced-quote", "long-sentence", "no-publication-date" })
        {
            Assert.Contains($": {code} at ", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_store_path_and_the_review_queue_take_it_without_a_proposal()
    {
        var (ingest, output, error) = CliRunner.Run("ingest", Reports, "--db", Db);
        Assert.True(ingest == 0, error);
        Assert.Contains("review queue: 0 change(s) proposed", output, StringComparison.Ordinal);
        Assert.Empty(CliRunner.Json("review", "list", "--db", Db).EnumerateArray());

        var (check, checkOut, checkError) = CliRunner.Run("check", "--db", Db, "--json");
        Assert.True(check == 0, checkError);
        Assert.Equal("[]", checkOut.Trim());
        Assert.Contains(": implausible-rate at ", checkError, StringComparison.Ordinal);
        Assert.Contains(": no-publication-date at ", checkError, StringComparison.Ordinal);
    }
}
