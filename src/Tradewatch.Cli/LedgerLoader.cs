using Tradewatch.Core.Ledger;
using Tradewatch.Storage.LedgerFiles;

namespace Tradewatch.Cli;

/// <summary>Loads the reference tables and the ledger (the bundled one, or the files a user names).</summary>
internal static class LedgerLoader
{
    public static ReferenceData Reference(CliContext context)
    {
        try
        {
            return ReferenceData.Load(context.DataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadDataException($"cannot read the reference tables in {context.DataDirectory}: {e.Message}");
        }
    }

    /// <summary>The bundled ledger files, in name order.</summary>
    public static IReadOnlyList<string> BundledFiles(CliContext context)
    {
        var folder = Path.Combine(context.DataDirectory, "ledger");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
    }

    /// <summary>Reads the ledger files (the bundled ones when none are given); any problem is bad data, listed with its line.</summary>
    public static TradeLedger Load(CliContext context, IReadOnlyList<string>? files, ReferenceData? reference = null)
    {
        reference ??= Reference(context);
        var paths = files is { Count: > 0 } ? files : BundledFiles(context);
        if (paths.Count == 0)
        {
            throw new BadDataException($"no ledger files found in {Path.Combine(context.DataDirectory, "ledger")}; pass --ledger FILE");
        }

        var ledger = TradeLedger.Empty;
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new BadDataException($"ledger file not found: {path}");
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
            catch (ArgumentException e)
            {
                throw new BadDataException($"{path}: {e.Message}");
            }
        }

        return ledger;
    }
}
