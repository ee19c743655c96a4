using System.Text.Json;
using Spectre.Console;
using Tradewatch.App.Answers;
using Tradewatch.Core.Evaluation;

namespace Tradewatch.Cli.Output;

/// <summary>Writes answers for people (Spectre.Console tables) and for programs (JSON), to the context's writer.</summary>
internal static class Render
{
    /// <summary>The answers' JSON settings, the same the API writes with.</summary>
    public static JsonSerializerOptions JsonOptions => AnswerJson.Options;

    public static void Json(CliContext context, object value) => context.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>Tables wrap at the terminal's width; written to a file or a pipe, they get 120 columns so ids stay whole.</summary>
    public const int PipedWidth = 120;

    public static IAnsiConsole Console(CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Out),
            Ansi = context.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!context.IsTerminal)
        {
            console.Profile.Width = PipedWidth;
        }

        return console;
    }

    public static string Status(LayerStatus status) => AnswerJson.Status(status);

    public static string Percent(decimal value) => $"{value:0.##}%";

    public static string Day(DateOnly day) => AnswerJson.Day(day);

    public static string? Day(DateOnly? day) => AnswerJson.Day(day);

    public static string? KnownAt(DateTimeOffset? knownAt) => AnswerJson.KnownAt(knownAt);

    /// <summary>The coverage word the JSON and the tables use: exact, approximate, outside.</summary>
    public static string Coverage(Coverage coverage) => AnswerJson.Coverage(coverage);

    /// <summary>Says an answer's coverage out loud under its table: nothing when exact and without notes.</summary>
    public static void Coverage(IAnsiConsole console, Coverage coverage, IReadOnlyList<string> notes)
    {
        if (coverage == Core.Evaluation.Coverage.Exact && notes.Count == 0)
        {
            return;
        }

        console.WriteLine($"Coverage: {Coverage(coverage)}");
        foreach (var note in notes)
        {
            console.WriteLine($"  - {note}");
        }
    }
}
