namespace Tradewatch.Formats.Schedule;

/// <summary>
/// A schedule file that cannot be used: a revision that does not parse, a compact file that is
/// damaged, a line that is not there. The message names the file and, where known, the line or row.
/// Nothing read from such a file is used.
/// </summary>
public sealed class ScheduleFormatException(string file, string message, Exception? inner = null)
    : Exception($"{file}: {message}", inner)
{
    public string File { get; } = file;
}
