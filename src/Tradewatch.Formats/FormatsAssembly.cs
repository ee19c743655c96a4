namespace Tradewatch.Formats;

/// <summary>Marks the Formats assembly, so callers can find its embedded resources.</summary>
public static class FormatsAssembly
{
    /// <summary>The assembly that holds the ledger and schedule readers.</summary>
    public static System.Reflection.Assembly Assembly => typeof(FormatsAssembly).Assembly;
}
