using Spectre.Console;

namespace Tradewatch.Cli.Output;

/// <summary>Numbers sources once each, so that a table shows "[1] [2]" and the URLs follow it in full.</summary>
internal sealed class Footnotes
{
    private readonly List<string> _notes = [];

    public string Refer(IEnumerable<string> sources) => string.Join(" ", sources.Select(source =>
    {
        var index = _notes.IndexOf(source);
        if (index < 0)
        {
            _notes.Add(source);
            index = _notes.Count - 1;
        }

        return $"[{index + 1}]";
    }));

    /// <summary>Writes the sources past the console's wrapping, so that a long URL stays one line a terminal can open.</summary>
    public void Write(IAnsiConsole console)
    {
        var writer = console.Profile.Out.Writer;
        for (var i = 0; i < _notes.Count; i++)
        {
            writer.WriteLine($"[{i + 1}] {_notes[i]}");
        }
    }
}
