namespace Tradewatch.Cli;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command line itself is wrong: an unknown option, a missing value, contradictory options.</summary>
    public const int Usage = 1;

    /// <summary>The input data is wrong: a malformed file, an unknown HS code, a date that does not exist.</summary>
    public const int BadData = 2;

    /// <summary>The question falls outside what the ledger covers (an item it does not know): no answer either way.</summary>
    public const int NotCovered = 3;
}
