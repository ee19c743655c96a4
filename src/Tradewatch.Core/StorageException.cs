namespace Tradewatch.Core;

/// <summary>
/// The store could not do what was asked: the file is not a Tradewatch database, is locked, or the
/// disk failed. Storage translates its provider's exceptions into this one.
/// </summary>
public sealed class StorageException(string message, Exception? inner = null) : TradewatchException(message, inner);
