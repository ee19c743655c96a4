namespace Tradewatch.Cli;

/// <summary>Raised by a command when its options are wrong; reported as a message and exit code 1.</summary>
public sealed class UsageException(string message) : Exception(message);
