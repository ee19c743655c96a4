namespace Tradewatch.Cli;

/// <summary>The process exit codes every command uses, chosen from the exception's type, never from its message.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command line itself is wrong: an unknown option, a missing value, contradictory options.</summary>
    public const int Usage = 1;

    /// <summary>
    /// The input data is wrong or names what does not exist: a malformed file, an unknown HS code, a
    /// date that does not exist, a file that cannot be read; also a store that cannot be used. Any
    /// <see cref="Core.TradewatchException"/>, and the I/O errors of reading a named file.
    /// </summary>
    public const int BadData = 2;

    /// <summary>The question falls outside what the ledger covers (an item it does not know): no answer either way.</summary>
    public const int NotCovered = 3;

    /// <summary>A bug: any other exception. Said as an internal error, never passed off as bad data (EX_SOFTWARE in sysexits.h).</summary>
    public const int InternalError = 70;
}
