namespace Tradewatch.Storage;

/// <summary>
/// The input data is wrong: a malformed ledger or scenario file, an unknown economy or HS code. The
/// CLI reports it as a message and exit code 2; the server as a problem detail.
/// </summary>
public sealed class BadDataException(string message) : Exception(message);
