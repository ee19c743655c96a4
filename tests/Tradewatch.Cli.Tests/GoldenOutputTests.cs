using System.Runtime.CompilerServices;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// The CLI's output on the bundled data, compared with golden files: each <c>Golden/NAME.args</c> holds a command line
/// (one argument per line, <c>{data}</c> for the data folder) and <c>Golden/NAME.out</c> what it printed, with its exit code.
/// Set <c>TRADEWATCH_UPDATE_GOLDEN=1</c> to rewrite the .out files from the current output, then review the diff.
/// </summary>
public sealed class GoldenOutputTests
{
    private static readonly string Folder = Path.Combine(SourceFolder(), "Golden");

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.args").Order(StringComparer.Ordinal))
        {
            cases.Add(Path.GetFileNameWithoutExtension(file));
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_the_golden_file(string name)
    {
        var args = File.ReadAllLines(Path.Combine(Folder, name + ".args"))
            .Where(line => line.Length > 0)
            .Select(line => line.Replace("{data}", CliRunner.DataDirectory, StringComparison.Ordinal))
            .ToArray();
        var (exit, output, error) = CliRunner.Run(args);
        var actual = Render(exit, output, error);

        var golden = Path.Combine(Folder, name + ".out");
        if (Environment.GetEnvironmentVariable("TRADEWATCH_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
            return;
        }

        Assert.True(File.Exists(golden), $"no golden file {golden}: run the tests with TRADEWATCH_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);
    }

    private static string Render(int exit, string output, string error)
    {
        string Clean(string text) => text.Replace(CliRunner.DataDirectory, "{data}", StringComparison.Ordinal).ReplaceLineEndings("\n");
        return $"exit: {exit}\n--- stdout\n{Clean(output)}--- stderr\n{Clean(error)}";
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
