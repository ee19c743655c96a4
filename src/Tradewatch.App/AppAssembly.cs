namespace Tradewatch.App;

/// <summary>Marks the application-layer assembly.</summary>
public static class AppAssembly
{
    /// <summary>The assembly that holds the shared use cases.</summary>
    public static System.Reflection.Assembly Assembly => typeof(AppAssembly).Assembly;
}
