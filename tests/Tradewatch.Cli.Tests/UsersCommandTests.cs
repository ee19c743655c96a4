namespace Tradewatch.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tradewatch-users-" + Guid.NewGuid().ToString("N"));

    private string Db => Path.Combine(folder, "news.db");

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
    public void A_curator_is_added_once_and_gets_a_token()
    {
        var (exit, output, _) = CliRunner.Run("users", "add", "alice", "--password", "correct horse battery", "--db", Db);
        Assert.Equal(0, exit);
        Assert.Contains("added curator 'alice'", output, StringComparison.Ordinal);

        Assert.Equal(2, CliRunner.Run("users", "add", "ALICE", "--password", "another long password", "--db", Db).Exit);

        var token = CliRunner.Run("users", "token", "alice", "--db", Db);
        Assert.Equal(0, token.Exit);
        Assert.StartsWith("tw_", token.Out.Trim(), StringComparison.Ordinal);
        Assert.Contains("alice\tcurator", CliRunner.Run("users", "list", "--db", Db).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bob", "short", "curator")]
    [InlineData("bob smith", "a long enough password", "curator")]
    [InlineData("bob", "a long enough password", "admin")]
    public void A_bad_name_password_or_role_is_a_usage_error(string name, string password, string role) => Assert.Equal(1, CliRunner.Run("users", "add", name, "--password", password, "--role", role, "--db", Db).Exit);

    [Fact]
    public void A_token_for_nobody_is_bad_data() => Assert.Equal(2, CliRunner.Run("users", "token", "nobody", "--db", Db).Exit);

    [Fact]
    public void Serve_refuses_an_address_that_is_not_a_url()
    {
        var (exit, _, error) = CliRunner.Run("serve", "--urls", "localhost:5000", "--db", Db);
        Assert.Equal(1, exit);
        Assert.Contains("--urls", error, StringComparison.Ordinal);
    }
}
