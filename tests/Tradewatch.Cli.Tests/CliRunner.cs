using System.Text.Json;

namespace Tradewatch.Cli.Tests;

/// <summary>Runs the tradewatch command in-process on the repository's bundled data, capturing what it writes.</summary>
internal static class CliRunner
{
    public static string DataDirectory => RepoData.Directory;

    /// <summary>The news database commands use without --db: one no test creates, so the user's own store never enters an answer.</summary>
    public static string UnusedDefaultDatabase { get; } = Path.Combine(Path.GetTempPath(), $"tradewatch-cli-tests-{Environment.ProcessId}", "news.db");

    public static (int Exit, string Out, string Error) Run(params string[] args) => RunAt(TimeProvider.System, args);

    public static (int Exit, string Out, string Error) RunAt(TimeProvider clock, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, clock, DataDirectory, IsTerminal: false) { DefaultDatabase = UnusedDefaultDatabase };
        var exit = TradewatchCli.Run(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    public static JsonElement Json(params string[] args)
    {
        var (exit, output, error) = Run([.. args, "--json"]);
        Assert.True(exit == 0, $"exit {exit}: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
