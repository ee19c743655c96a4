using Tradewatch.Storage.LedgerFiles;

namespace Tradewatch.Storage.Tests;

/// <summary>Finds the repository's data folder from the test's output folder.</summary>
internal static class RepoData
{
    public static string Directory { get; } = Find();

    public static ReferenceData Reference { get; } = ReferenceData.Load(Directory);

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

        throw new InvalidOperationException("cannot find the repository's data folder above " + AppContext.BaseDirectory);
    }
}
