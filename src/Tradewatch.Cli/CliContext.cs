namespace Tradewatch.Cli;

/// <summary>
/// What a command needs from the outside world: where to write, what time it is, where the
/// bundled data lives. Tests pass their own writers and clock.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock, string DataDirectory, bool IsTerminal)
{
    /// <summary>
    /// The news database used when a command is given no <c>--db</c>: <c>TRADEWATCH_DB</c> when set (a path
    /// or a PostgreSQL URL or connection string), else the default file; tests point it at a file of their own.
    /// </summary>
    public string DefaultDatabase { get; init; } =
        Environment.GetEnvironmentVariable("TRADEWATCH_DB") is { Length: > 0 } configured ? configured : Storage.NewsStore.DefaultPath();

    public static CliContext FromConsole() => new(
        Console.Out,
        Console.Error,
        TimeProvider.System,
        Path.Combine(AppContext.BaseDirectory, "data"),
        !Console.IsOutputRedirected);
}
