namespace Tradewatch.Cli;

/// <summary>Raised by a command when its options are wrong; reported as a message and exit code 1.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Raised by a command when its input data is wrong; reported as a message and exit code 2.</summary>
public sealed class BadDataException(string message) : Exception(message);
