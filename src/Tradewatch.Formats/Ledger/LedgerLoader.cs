using Tradewatch.Core;
using Tradewatch.Core.Ledger;

namespace Tradewatch.Formats.Ledger;

/// <summary>
/// Loads the reference tables and the ledger (the bundled one under a data folder, or the files a
/// user names); every problem is a <see cref="BadDataException"/> that says what to fix.
/// </summary>
public static class LedgerLoader
{
    public static ReferenceData Reference(string dataDirectory)
    {
        try
        {
            return ReferenceData.Load(dataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadDataException($"cannot read the reference tables in {dataDirectory}: {e.Message}");
        }
    }

    /// <summary>The bundled ledger files, in name order.</summary>
    public static IReadOnlyList<string> BundledFiles(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "ledger");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
    }

    /// <summary>Reads the ledger files (the bundled ones when none are given); any problem is bad data, listed with its line.</summary>
    public static TradeLedger Load(string dataDirectory, IReadOnlyList<string>? files, ReferenceData? reference = null)
    {
        reference ??= Reference(dataDirectory);
        var paths = files is { Count: > 0 } ? files : BundledFiles(dataDirectory);
        if (paths.Count == 0)
        {
            throw new BadDataException($"no ledger files found in {Path.Combine(dataDirectory, "ledger")}; pass --ledger FILE");
        }

        var ledger = TradeLedger.Empty;
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new BadDataException(Directory.Exists(path) ? $"the ledger file is a folder: {path}" : $"ledger file not found: {path}");
            }

            var result = LedgerFileReader.ReadFile(path, reference);
            if (!result.IsValid)
            {
                throw new BadDataException(
                    $"the ledger file has {result.Problems.Count} problem(s); run 'tradewatch ledger validate {path}':"
                    + Environment.NewLine + string.Join(Environment.NewLine, result.Problems.Take(20).Select(p => "  " + p)));
            }

            try
            {
                ledger = ledger.Append(result.Batch, ledger.Version);
            }
            catch (BadDataException e)
            {
                throw new BadDataException($"{path}: {e.Message}", e);
            }
        }

        return ledger;
    }
}
