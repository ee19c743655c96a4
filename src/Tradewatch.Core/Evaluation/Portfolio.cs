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
/// is folded once into a table of steps over days; a line then costs a lookup, a binary search
/// and one addition to its step's value. Duty per layer, origin and chapter is worked out from the
/// steps' values when the summary is asked for. Not thread-safe: use one per thread and
/// <see cref="Merge"/> the results.
/// </summary>
public sealed class PortfolioAccumulator
{
    private readonly LedgerView _view;
    private readonly Dictionary<(int Pair, long Product, int Length), StepTable> _tables = [];
    private int _lines;
    private decimal _value;

    public PortfolioAccumulator(LedgerView view)
    {
        _view = view;
    }

    private sealed class StepTable(string origin, string chapter, int[] starts, (string Layer, decimal Rate, bool Void)[][] layers)
    {
        public string Origin { get; } = origin;

        public string Chapter { get; } = chapter;

        public int[] Starts { get; } = starts;

        public (string Layer, decimal Rate, bool Void)[][] Layers { get; } = layers;

        /// <summary>The customs value entered in each step; one more slot for lines before the first step.</summary>
        public decimal[] Values { get; } = new decimal[starts.Length + 1];
    }

    public void Add(in ImportLine line)
    {
        var pair = (((line.Importer.Code[0] - 'A') * 26) + (line.Importer.Code[1] - 'A')) * 676 + ((line.Origin.Code[0] - 'A') * 26) + (line.Origin.Code[1] - 'A');
        var key = (pair, line.Product.Padded, line.Product.Length);
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

        table.Values[index + 1] += line.Value;
        _lines++;
        _value += line.Value;
    }

    private StepTable Build(in ImportLine line)
    {
        var steps = _view.Timeline(line.Importer, line.Origin, line.Product, new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        return new StepTable(
            line.Origin.Code,
            line.Product.Digits[..2],
            steps.Select(s => s.Start.DayNumber).ToArray(),
            steps.Select(s => s.Layers
                .Where(l => l.Status != LayerStatus.Suspended && l.RatePercent > 0)
                .Select(l => (l.Measure.Id, l.RatePercent, l.Status == LayerStatus.Void))
                .ToArray()).ToArray());
    }

    public PortfolioSummary Summary()
    {
        var dutyByLayer = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var refundByLayer = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var byOrigin = new Dictionary<string, (decimal Value, decimal Duty)>(StringComparer.Ordinal);
        var byChapter = new Dictionary<string, (decimal Value, decimal Duty)>(StringComparer.Ordinal);
        decimal duty = 0, refund = 0;
        foreach (var table in _tables.Values)
        {
            decimal tableValue = table.Values[0], tableDuty = 0;
            for (var step = 0; step < table.Starts.Length; step++)
            {
                var value = table.Values[step + 1];
                tableValue += value;
                if (value == 0)
                {
                    continue;
                }

                foreach (var (layer, rate, isVoid) in table.Layers[step])
                {
                    var amount = value * rate / 100m;
                    if (isVoid)
                    {
                        refund += amount;
                        refundByLayer[layer] = refundByLayer.GetValueOrDefault(layer) + amount;
                    }
                    else
                    {
                        tableDuty += amount;
                        dutyByLayer[layer] = dutyByLayer.GetValueOrDefault(layer) + amount;
                    }
                }
            }

            duty += tableDuty;
            var o = byOrigin.GetValueOrDefault(table.Origin);
            byOrigin[table.Origin] = (o.Value + tableValue, o.Duty + tableDuty);
            var c = byChapter.GetValueOrDefault(table.Chapter);
            byChapter[table.Chapter] = (c.Value + tableValue, c.Duty + tableDuty);
        }

        return new PortfolioSummary(_lines, _value, duty, refund, dutyByLayer, refundByLayer, byOrigin, byChapter);
    }
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
