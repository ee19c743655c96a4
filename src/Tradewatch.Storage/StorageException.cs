namespace Tradewatch.Storage;

/// <summary>The store could not do what was asked: the file is not a Tradewatch database, is locked, or the disk failed.</summary>
public sealed class StorageException(string message, Exception? inner = null) : Exception(message, inner);
