using Tradewatch.Core;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using YamlDotNet.RepresentationModel;

namespace Tradewatch.Formats.Ledger;

/// <summary>Finds and reads scenario files (overlays on the ledger) by name or path.</summary>
public static class ScenarioLoader
{
    public static IReadOnlyList<string> BundledFiles(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "scenarios");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
    }

    /// <summary>A scenario by bundled name (e.g. truce-lapses) or by file path.</summary>
    public static Scenario Load(string dataDirectory, ReferenceData reference, TradeLedger ledger, string nameOrPath)
    {
        var path = File.Exists(nameOrPath) ? nameOrPath : BundledFiles(dataDirectory).FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == nameOrPath);
        if (path is null)
        {
            var names = BundledFiles(dataDirectory).Select(f => Path.GetFileNameWithoutExtension(f));
            throw new BadDataException($"no scenario '{nameOrPath}'; the bundled ones are: {string.Join(", ", names)} (or give a file path)");
        }

        var reader = new LedgerFileReader(reference, ledger);
        var (text, unreadable) = LedgerFileReader.ReadText(path);
        if (text is null)
        {
            throw new BadDataException($"the scenario cannot be read: {unreadable}");
        }

        var result = reader.Read(new StringReader(text), path);
        if (!result.IsValid)
        {
            throw new BadDataException($"the scenario has {result.Problems.Count} problem(s):" + Environment.NewLine
                + string.Join(Environment.NewLine, result.Problems.Take(20).Select(p => "  " + p)));
        }

        var (name, description) = Header(text);
        return new Scenario(name ?? Path.GetFileNameWithoutExtension(path), description, result.Batch);
    }

    private static (string? Name, string? Description) Header(string text)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (null, null);
        }

        string? Get(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
        return (Get("name"), Get("description"));
    }

    /// <summary>The view a command answers from: the ledger files as known at a time, with a scenario on top when one is named.</summary>
    public static LedgerView View(string dataDirectory, ReferenceData reference, IReadOnlyList<string>? ledgerFiles, DateTimeOffset? knownAt, string? scenario) =>
        ViewOver(dataDirectory, reference, LedgerLoader.Load(dataDirectory, ledgerFiles, reference), knownAt, scenario);

    /// <summary>The same over a ledger already loaded (so that several scenarios share one load).</summary>
    /// <remarks>A known-at before the ledger's first record has no answer (the ledger knew nothing then) and is bad data, not 0%.</remarks>
    public static LedgerView ViewOver(string dataDirectory, ReferenceData reference, TradeLedger ledger, DateTimeOffset? knownAt, string? scenario)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (knownAt is { } asOf && ledger.KnewNothingAt(asOf) is { } nothing)
        {
            throw new BadDataException(nothing);
        }

        return scenario is null ? ledger.AsKnownAt(knownAt) : Apply(Load(dataDirectory, reference, ledger, scenario), ledger, knownAt);
    }

    /// <summary>
    /// The ledger as known at <paramref name="knownAt"/> with <paramref name="overlay"/> on top; a
    /// scenario that does not fit the ledger known then is bad data, named in the message.
    /// </summary>
    public static LedgerView Apply(Scenario overlay, TradeLedger ledger, DateTimeOffset? knownAt)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        ArgumentNullException.ThrowIfNull(ledger);
        if (overlay.Refusal(ledger, knownAt) is { } refusal)
        {
            throw new BadDataException(refusal);
        }

        try
        {
            return overlay.Apply(ledger, knownAt);
        }
        catch (BadDataException e)
        {
            var when = knownAt is { } k ? $" as known at {k:yyyy-MM-dd}" : string.Empty;
            throw new BadDataException($"scenario '{overlay.Name}' cannot apply to the ledger{when}: {e.Message}", e);
        }
    }
}
