using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;

namespace Tradewatch.Core.Evaluation;

/// <summary>One import line of a portfolio.</summary>
public readonly record struct ImportLine(Economy Importer, Economy Origin, HsCode Product, DateOnly Date, decimal Value);

/// <summary>What a portfolio costs under one view of the ledger.</summary>
public sealed record PortfolioSummary(
    int Lines,
    decimal Value,
    decimal Duty,
    decimal RefundExposure,
    IReadOnlyDictionary<string, decimal> DutyByLayer,
    IReadOnlyDictionary<string, decimal> RefundByLayer,
    IReadOnlyDictionary<string, (decimal Value, decimal Duty)> ByOrigin,
    IReadOnlyDictionary<string, (decimal Value, decimal Duty)> ByChapter)
{
    /// <summary>Duty over customs value, in percent.</summary>
    public decimal EffectiveRatePercent => Value == 0 ? 0 : Math.Round(Duty * 100m / Value, 2);
}

/// <summary>
/// Adds up the additional duty on import lines under one view. Each (importer, origin, product)
/// is folded once into a table of steps over days, so a line costs a lookup and a binary search.
/// Not thread-safe: use one per thread and <see cref="Merge"/> the results.
/// </summary>
public sealed class PortfolioAccumulator
{
    private readonly LedgerView _view;
    private readonly Dictionary<(int Pair, long Product, int Length), StepTable> _tables = [];
    private readonly Dictionary<string, decimal> _dutyByLayer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _refundByLayer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (decimal Value, decimal Duty)> _byOrigin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (decimal Value, decimal Duty)> _byChapter = new(StringComparer.Ordinal);
    private int _lines;
    private decimal _value;
    private decimal _duty;
    private decimal _refund;

    public PortfolioAccumulator(LedgerView view)
    {
        _view = view;
    }

    private sealed record StepTable(int[] Starts, (string Layer, decimal Rate, bool Void)[][] Layers);

    public void Add(in ImportLine line)
    {
        var key = ((((line.Importer.Code[0] - 'A') * 26) + (line.Importer.Code[1] - 'A')) * 676 + ((line.Origin.Code[0] - 'A') * 26) + (line.Origin.Code[1] - 'A'), line.Product.Padded, line.Product.Length);
        if (!_tables.TryGetValue(key, out var table))
        {
            table = Build(line);
            _tables[key] = table;
        }

        var index = Array.BinarySearch(table.Starts, line.Date.DayNumber);
        if (index < 0)
        {
            index = ~index - 1;
        }

        decimal duty = 0;
        if (index >= 0)
        {
            foreach (var (layer, rate, isVoid) in table.Layers[index])
            {
                var amount = line.Value * rate / 100m;
                if (isVoid)
                {
                    _refund += amount;
                    _refundByLayer[layer] = _refundByLayer.GetValueOrDefault(layer) + amount;
                }
                else
                {
                    duty += amount;
                    _dutyByLayer[layer] = _dutyByLayer.GetValueOrDefault(layer) + amount;
                }
            }
        }

        _lines++;
        _value += line.Value;
        _duty += duty;
        var origin = _byOrigin.GetValueOrDefault(line.Origin.Code);
        _byOrigin[line.Origin.Code] = (origin.Value + line.Value, origin.Duty + duty);
        var chapter = line.Product.Digits[..2];
        var c = _byChapter.GetValueOrDefault(chapter);
        _byChapter[chapter] = (c.Value + line.Value, c.Duty + duty);
    }

    private StepTable Build(in ImportLine line)
    {
        var steps = _view.Timeline(line.Importer, line.Origin, line.Product, new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        return new StepTable(
            steps.Select(s => s.Start.DayNumber).ToArray(),
            steps.Select(s => s.Layers
                .Where(l => l.Status != LayerStatus.Suspended && l.RatePercent > 0)
                .Select(l => (l.Measure.Id, l.RatePercent, l.Status == LayerStatus.Void))
                .ToArray()).ToArray());
    }

    public PortfolioSummary Summary() => new(_lines, _value, _duty, _refund, _dutyByLayer, _refundByLayer, _byOrigin, _byChapter);

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
            Pairs(list.Select(p => p.ByChapter)));
    }
}
