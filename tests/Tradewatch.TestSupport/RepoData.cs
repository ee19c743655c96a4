using Tradewatch.Formats.Ledger;

namespace Tradewatch.TestSupport;

/// <summary>
/// The repository's data folder (HS nomenclature, countries, the bundled ledger, scenarios and
/// sample reports), found by walking up from the running assembly's folder, so tests and
/// benchmarks read the same files wherever they are built.
/// </summary>
public static class RepoData
{
    /// <summary>The <c>data</c> folder: the first one above the output folder that holds the HS table and the ledger.</summary>
    public static string Directory { get; } = Find();

    /// <summary>The project's own sample reports, <c>data/samples</c>.</summary>
    public static string Samples => Path.Combine(Directory, "samples");

    /// <summary>The reference tables (HS 2022, economies), read once per process.</summary>
    public static ReferenceData Reference => LazyReference.Value;

    private static readonly Lazy<ReferenceData> LazyReference = new(() => ReferenceData.Load(Directory));

    /// <summary>The bundled ledger (every file in <c>data/ledger</c>, no review overlay), read once per process.</summary>
    public static Core.Ledger.TradeLedger Ledger => LazyLedger.Value;

    private static readonly Lazy<Core.Ledger.TradeLedger> LazyLedger = new(() => LedgerLoader.Load(Directory, null, Reference));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "hs", "harmonized-system.csv")) && System.IO.Directory.Exists(Path.Combine(candidate, "ledger")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("cannot find the repository's data folder above " + AppContext.BaseDirectory);
    }
}
