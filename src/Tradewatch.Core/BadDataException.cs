namespace Tradewatch.Core;

/// <summary>
/// The input data is wrong or names what does not exist: a malformed ledger or scenario file,
/// records that do not fit the ledger, an unknown economy, HS code, scenario or story. The CLI
/// reports it with exit code 2; the server as a problem detail (400).
/// </summary>
public sealed class BadDataException(string message, Exception? inner = null) : TradewatchException(message, inner);
