namespace Tradewatch.Core.Ledger;

/// <summary>
/// The metals the ledger names, in its own spelling: what a duty falls on the content of (<see cref="Measure.ContentMetal"/>)
/// and what goods must be of for a condition to hold (<see cref="Measure.Metal"/>).
/// </summary>
public static class Metals
{
    /// <summary>The metals, as the ledger writes them.</summary>
    public static readonly IReadOnlyList<string> Names = ["steel", "aluminium", "copper"];

    /// <summary>The metals as a message asking for one names them: "steel, aluminium (or aluminum) or copper".</summary>
    public static readonly string Described =
        string.Join(", ", Names.SkipLast(1).Select(Spellings)) + " or " + Spellings(Names[^1]);

    /// <summary>The ledger's name for a metal a user writes, in any case and either spelling of aluminium; null for any other word.</summary>
    public static string? Named(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var metal = word.Trim().ToLowerInvariant();
        metal = metal == "aluminum" ? "aluminium" : metal;
        return Names.Contains(metal) ? metal : null;
    }

    /// <summary>
    /// What an answer that leaves the goods' metal open says of a layer owed only by goods of <paramref name="metal"/>
    /// (<see cref="Measure.Metal"/>), in words: the duty depends on the metal, the layers given are those of goods not of
    /// it, and goods of it pay <paramref name="measure"/> instead. The duty question and the portfolio both say it so.
    /// </summary>
    public static string DependsOn(string metal, string measure) =>
        $"the duty depends on the metal the goods are articles of: the layers given are for goods not of {metal}; goods of {metal} pay {measure} instead";

    private static string Spellings(string metal) => metal == "aluminium" ? "aluminium (or aluminum)" : metal;
}
