using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;

namespace Tradewatch.Core.Evaluation;

/// <summary>One import line of a portfolio.</summary>
public readonly record struct ImportLine(Economy Importer, Economy Origin, HsCode Product, DateOnly Date, decimal Value);

/// <summary>
/// What a portfolio costs under one view of the ledger: <see cref="Duty"/> is the additional layers' duty,
/// <see cref="BaseDuty"/> the base (MFN) layer's where it could be computed; <see cref="ByOrigin"/> and
/// <see cref="ByChapter"/> give the whole duty, base and additional.
/// </summary>
public sealed record PortfolioSummary(
    long Lines,
    decimal Value,
    decimal Duty,
    decimal RefundExposure,
    IReadOnlyDictionary<string, decimal> DutyByLayer,
    IReadOnlyDictionary<string, decimal> RefundByLayer,
    IReadOnlyDictionary<string, (decimal Value, decimal Duty)> ByOrigin,
    IReadOnlyDictionary<string, (decimal Value, decimal Duty)> ByChapter)
{
    /// <summary>The base (MFN or column 2) duty of US imports, on the value whose base rate is ad valorem.</summary>
    public decimal BaseDuty { get; init; }

    /// <summary>
    /// Customs value whose base duty is not in <see cref="BaseDuty"/>: a base rate that is specific or compound
    /// (it needs the quantity), a line the schedule in force lacks, an entry before the first revision, or goods
    /// not entering the US (the ledger holds no other schedule).
    /// </summary>
    public decimal BaseNotComputed { get; init; }

    /// <summary>What <see cref="BaseNotComputed"/> is made of: each US line with the reason its base duty is not computed, largest value first.</summary>
    public IReadOnlyList<BaseNotComputedLine> BaseNotComputedLines { get; init; } = [];

    /// <summary>The customs value of lines claiming a preference their origin is no party to (USMCA on goods of Guatemala): costed as unclaimed.</summary>
    public decimal ClaimNotOfOrigin { get; init; }

    /// <summary>
    /// The lines that name the metal their goods are articles of (<see cref="Ledger.Metals"/>), by metal: their value and
    /// whole duty, costed with the conditions on the metal settled. Lines that name none are in no entry.
    /// </summary>
    public IReadOnlyDictionary<string, (decimal Value, decimal Duty)> ByMetal { get; init; } = new Dictionary<string, (decimal Value, decimal Duty)>();

    /// <summary>
    /// The lines that leave the goods' metal unsaid where a layer is owed only by goods of one metal (<see cref="Ledger.Measure.Metal"/>):
    /// costed as goods not of that metal, as the duty question without a metal answers, each with the words it says so in.
    /// </summary>
    public IReadOnlyList<MetalNotStatedLine> MetalNotStatedLines { get; init; } = [];

    /// <summary>The whole duty: base and additional layers.</summary>
    public decimal TotalDuty => BaseDuty + Duty;

    /// <summary>The whole duty over customs value, in percent.</summary>
    public decimal EffectiveRatePercent => Value == 0 ? 0 : Math.Round(TotalDuty * 100m / Value, 2);
}

/// <summary>
/// Customs value of a US line whose base (MFN) duty a portfolio could not compute, and why: a specific or compound
/// rate without the quantity in its unit, a rate not computed from value and quantity, no one rate for the code.
/// Goods not entering the US are one entry, <see cref="NotUsImports"/>.
/// </summary>
public sealed record BaseNotComputedLine(string Line, string Reason, decimal Value)
{
    /// <summary>The <see cref="Line"/> of the entry for goods not entering the US.</summary>
    public const string NotUsImports = "not US imports";

    /// <summary>The entries, largest value first, then by line.</summary>
    public static IReadOnlyList<BaseNotComputedLine> Ordered(IEnumerable<KeyValuePair<(string Line, string Reason), decimal>> values) =>
        values.GroupBy(kv => kv.Key).Select(g => new BaseNotComputedLine(g.Key.Line, g.Key.Reason, g.Sum(kv => kv.Value)))
            .OrderByDescending(l => l.Value).ThenBy(l => l.Line, StringComparer.Ordinal).ThenBy(l => l.Reason, StringComparer.Ordinal).ToList();
}

/// <summary>
/// Customs value of a line (its code, as written) whose duty depends on the metal its goods are articles of, which the line
/// leaves unsaid: costed as goods not of <see cref="Metal"/>; goods of it pay <see cref="Measure"/> instead.
/// </summary>
public sealed record MetalNotStatedLine(string Line, string Metal, string Measure, decimal Value)
{
    /// <summary>Why, in the words the duty question's answer uses (<see cref="Ledger.Metals.DependsOn"/>).</summary>
    public string Reason => Ledger.Metals.DependsOn(Metal, Measure);

    /// <summary>The entries, largest value first, then by line and measure.</summary>
    public static IReadOnlyList<MetalNotStatedLine> Ordered(IEnumerable<MetalNotStatedLine> lines) =>
        lines.GroupBy(l => (l.Line, l.Metal, l.Measure)).Select(g => g.First() with { Value = g.Sum(l => l.Value) })
            .OrderByDescending(l => l.Value).ThenBy(l => l.Line, StringComparer.Ordinal).ThenBy(l => l.Measure, StringComparer.Ordinal).ToList();
}

/// <summary>
/// Adds up the additional duty on import lines under one view: a <see cref="PortfolioTally"/>
/// with the view it is evaluated under. To cost several views, tally the lines once and
/// evaluate the tally under each. Not thread-safe: use one per thread and <see cref="Merge"/>
/// the results.
/// </summary>
public sealed class PortfolioAccumulator
{
    private readonly LedgerView _view;
    private readonly PortfolioTally _tally = new();

    public PortfolioAccumulator(LedgerView view)
    {
        _view = view;
    }

    public void Add(in ImportLine line) => _tally.Add(line);

    public PortfolioSummary Summary() => _tally.Evaluate(_view);

    /// <summary>Sums summaries made in parallel.</summary>
    public static PortfolioSummary Merge(IEnumerable<PortfolioSummary> parts)
    {
        var list = parts.ToList();
        static Dictionary<string, decimal> Sum(IEnumerable<IReadOnlyDictionary<string, decimal>> maps) =>
            maps.SelectMany(m => m).GroupBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
        static Dictionary<string, (decimal, decimal)> Pairs(IEnumerable<IReadOnlyDictionary<string, (decimal Value, decimal Duty)>> maps) =>
            maps.SelectMany(m => m).GroupBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (g.Sum(kv => kv.Value.Value), g.Sum(kv => kv.Value.Duty)), StringComparer.Ordinal);
        return new PortfolioSummary(
            list.Sum(p => p.Lines),
            list.Sum(p => p.Value),
            list.Sum(p => p.Duty),
            list.Sum(p => p.RefundExposure),
            Sum(list.Select(p => p.DutyByLayer)),
            Sum(list.Select(p => p.RefundByLayer)),
            Pairs(list.Select(p => p.ByOrigin)),
            Pairs(list.Select(p => p.ByChapter)))
        {
            BaseDuty = list.Sum(p => p.BaseDuty),
            BaseNotComputed = list.Sum(p => p.BaseNotComputed),
            ClaimNotOfOrigin = list.Sum(p => p.ClaimNotOfOrigin),
            ByMetal = Pairs(list.Select(p => p.ByMetal)),
            BaseNotComputedLines = BaseNotComputedLine.Ordered(list.SelectMany(p => p.BaseNotComputedLines).Select(l => KeyValuePair.Create((l.Line, l.Reason), l.Value))),
            MetalNotStatedLines = MetalNotStatedLine.Ordered(list.SelectMany(p => p.MetalNotStatedLines)),
        };
    }
}
