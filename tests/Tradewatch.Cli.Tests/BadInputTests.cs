namespace Tradewatch.Cli.Tests;

/// <summary>Bad input gets a message that names the problem and an exit code: 1 for usage, 2 for bad data; never a stack trace.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData(1, "duty", "--importer", "US", "--origin", "CN")]
    [InlineData(1, "duty", "--importer", "US", "--origin", "CN", "--date", "June 9")]
    [InlineData(2, "duty", "--importer", "US", "--origin", "CN", "--date", "2025-02-30")]
    [InlineData(2, "duty", "--importer", "US", "--origin", "XX", "--date", "2025-06-09")]
    [InlineData(2, "duty", "--importer", "US", "--origin", "CN", "--hs", "8505.12", "--date", "2025-06-09")]
    [InlineData(1, "duty", "--importer", "US", "--origin", "CN", "--hs", "85a5", "--date", "2025-06-09")]
    [InlineData(1, "duty", "--importer", "US", "--origin", "US", "--date", "2025-06-09")]
    [InlineData(1, "licence", "--exporter", "CN", "--destination", "US", "--date", "2025-06-09")]
    [InlineData(1, "changes", "--from", "2025-12-01", "--to", "2025-11-01")]
    [InlineData(2, "ledger", "show", "no-such-measure")]
    [InlineData(1, "no-such-command")]
    public void Bad_input_gets_a_message_and_an_exit_code(int exit, params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(exit, code);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_ledger_file_is_bad_data_with_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "measures:\n  - id: x\n    kind: tariff\n    title: t\n    imposer: US\n    targets: [ZZ]\n    basis: b\n    recorded: 2025-01-01\n    sources: [https://example.org]\n    rates: [{from: 2025-01-01, rate: 5}]\n");
        try
        {
            var (code, output, _) = CliRunner.Run("ledger", "validate", path);
            Assert.Equal(2, code);
            Assert.Contains($"{path}:6:", output, StringComparison.Ordinal);
            Assert.Contains("unknown economy 'ZZ'", output, StringComparison.Ordinal);

            var (dutyCode, _, error) = CliRunner.Run("duty", "--importer", "US", "--origin", "CN", "--date", "2025-06-09", "--ledger", path);
            Assert.Equal(2, dutyCode);
            Assert.Contains("unknown economy 'ZZ'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validating_the_bundled_ledger_succeeds()
    {
        var (code, output, _) = CliRunner.Run("ledger", "validate");
        Assert.Equal(0, code);
        Assert.Contains("valid", output, StringComparison.Ordinal);
    }
}
