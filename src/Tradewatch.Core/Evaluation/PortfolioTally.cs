using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;
using Tradewatch.Core.Schedule;

namespace Tradewatch.Core.Evaluation;

/// <summary>
/// A portfolio's lines summed by (importer, origin, product) and entry day, before any view of
/// the ledger is applied. A line costs one lookup and one addition; the duty under a view (the
/// baseline or any scenario) is then worked out from the day sums, so that many scenarios cost
/// one pass over the lines, and a view's cost depends on how many distinct products and days
/// the book has, not on its number of lines. Sums are exact (whole cents as integers, anything
/// finer as decimal), hence independent of the order lines are added or tallies merged. Adding
/// is not thread-safe: one tally per thread, then <see cref="Merge"/>; once the lines are in,
/// views may be costed on several threads at once.
/// </summary>
public sealed class PortfolioTally
{
    private readonly Dictionary<(int Pair, long Product, int Length), Slot> _cells = [];

    /// <summary>
    /// Lines that describe their goods (their metal, their quantity, the preference claimed), summed by (importer, origin,
    /// product), day, metal weight, unit, claim and metal: each costed with its own duty answer.
    /// </summary>
    private readonly Dictionary<(int Pair, long Product, int Length, int Day, decimal Weight, string Unit, string Claim, string Metal), GoodsCell> _metal = [];

    /// <summary>The value, metal value and quantity of lines of one product, day, metal weight, unit, claim and metal (null: not given).</summary>
    private sealed class GoodsCell(Economy importer, Economy origin, HsCode product, int day, decimal? weightPercent, string? unit, string? claim, string? metal)
    {
        public Economy Importer { get; } = importer;

        public Economy Origin { get; } = origin;

        public HsCode Product { get; } = product;

        public int Day { get; } = day;

        public decimal? WeightPercent { get; } = weightPercent;

        /// <summary>The unit of <see cref="Quantity"/>, as <see cref="Schedule.RateUnits.Canonical"/> spells it; null when the lines give no quantity.</summary>
        public string? Unit { get; } = unit;

        /// <summary>The preference claimed at entry (<see cref="Ledger.Measure.Claim"/>); null when none is.</summary>
        public string? Claim { get; } = claim;

        /// <summary>The metal the goods are articles of (<see cref="Ledger.Metals"/>); null when the lines do not say.</summary>
        public string? Metal { get; } = metal;

        public decimal Value { get; set; }

        /// <summary>The metal content's value; a line that gives only the weight counts its whole value, as a question without it does.</summary>
        public decimal MetalValue { get; set; }

        /// <summary>Whether some line gave its metal content's value.</summary>
        public bool MetalGiven { get; set; }

        /// <summary>The quantity in <see cref="Unit"/>: specific and compound rates are charged on it, so the lines' sum pays what each line pays.</summary>
        public decimal? Quantity { get; set; }

        public Goods Goods => new(Value, Quantity, Unit, WeightPercent, MetalGiven ? MetalValue : null, Claim, Metal);

        public void Add(decimal value, decimal? metal, decimal? quantity, bool metalGiven)
        {
            Value += value;
            MetalValue += metal ?? value;
            MetalGiven |= metalGiven;
            if (quantity is { } q)
            {
                Quantity = (Quantity ?? 0) + q;
            }
        }
    }

    /// <summary>Lines added.</summary>
    public long Lines { get; private set; }

    /// <summary>Customs value of all lines added.</summary>
    public decimal Value => _cells.Values.Sum(cell => cell.RunningSums[^1]) + _metal.Values.Sum(cell => cell.Value);

    /// <summary>Distinct (importer, origin, product) seen.</summary>
    public int Cells => _cells.Count;

    /// <summary>The importers of the lines added, each once, in code order: their currencies are the book's.</summary>
    public IReadOnlyList<Economy> Importers() =>
        [.. _cells.Values.Select(c => c.Importer).Concat(_metal.Values.Select(c => c.Importer)).Distinct().OrderBy(e => e.Code, StringComparer.Ordinal)];

    /// <summary>
    /// Where the lines of one (importer, origin, product) are summed in this tally: a reader that
    /// meets the same product again and again keeps it to skip the lookup (see <see cref="SlotFor"/>).
    /// </summary>
    public sealed class Slot
    {
        internal Slot(Economy importer, Economy origin, HsCode product, int firstDay)
        {
            Importer = importer;
            Origin = origin;
            Product = product;
            FirstDay = firstDay;
        }

        public Economy Importer { get; }

        public Economy Origin { get; }

        public HsCode Product { get; }

        /// <summary>The day number of the first day held.</summary>
        internal int FirstDay { get; private set; }

        /// <summary>Customs value entered on each day from <see cref="FirstDay"/> on, in whole cents: an integer addition a line.</summary>
        private long[] _cents = new long[64];

        /// <summary>What is not in whole cents (a value with more decimals, or a day's sum past 10^16): made when first needed.</summary>
        private decimal[]? _rest;

        /// <summary>The customs value entered on each day from <see cref="FirstDay"/> on.</summary>
        internal decimal[] Values
        {
            get
            {
                var values = new decimal[_cents.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = (_cents[i] * 0.01m) + (_rest is null ? 0 : _rest[i]);
                }

                return values;
            }
        }

        private decimal[]? _sums;

        /// <summary>Running sums of <see cref="Values"/>: [i] is the value entered before the i-th day held; the last is the total.</summary>
        internal decimal[] RunningSums
        {
            get
            {
                // built whole before it is published: views may be costed on several threads at once
                if (_sums is not { } sums)
                {
                    sums = new decimal[_cents.Length + 1];
                    for (var i = 0; i < _cents.Length; i++)
                    {
                        sums[i + 1] = sums[i] + (_cents[i] * 0.01m) + (_rest is null ? 0 : _rest[i]);
                    }

                    _sums = sums;
                }

                return sums;
            }
        }

        /// <summary>Where a day falls in <see cref="RunningSums"/>: days before those held at 0, days after at the end.</summary>
        internal int IndexOfDay(int day) => Math.Clamp(day - FirstDay, 0, _cents.Length);

        internal void Add(int day, decimal value)
        {
            var index = IndexOf(day);
            var cents = value * 100m;
            if (decimal.IsInteger(cents) && cents > -1e16m && cents < 1e16m)
            {
                AddCentsAt(index, (long)cents);
            }
            else
            {
                Rest()[index] += value;
            }
        }

        internal void AddCents(int day, long cents) => AddCentsAt(IndexOf(day), cents);

        private void AddCentsAt(int index, long cents)
        {
            _sums = null;
            var current = _cents[index];
            var sum = unchecked(current + cents);
            if (((current ^ sum) & (cents ^ sum)) < 0)
            {
                Rest()[index] += cents * 0.01m;
                return;
            }

            _cents[index] = sum;
        }

        private decimal[] Rest()
        {
            _sums = null;
            return _rest ??= new decimal[_cents.Length];
        }

        private int IndexOf(int day)
        {
            var index = day - FirstDay;
            return unchecked((uint)index < (uint)_cents.Length) ? index : Grow(day);
        }

        /// <summary>Makes room for <paramref name="day"/> at least doubling the arrays, the new room on the side it is needed.</summary>
        private int Grow(int day)
        {
            var last = Math.Max(FirstDay + _cents.Length - 1, day);
            var length = Math.Max(_cents.Length * 2, last - Math.Min(FirstDay, day) + 1);
            var first = day < FirstDay ? last - length + 1 : FirstDay;
            var cents = new long[length];
            _cents.CopyTo(cents, FirstDay - first);
            _cents = cents;
            if (_rest is not null)
            {
                var rest = new decimal[length];
                _rest.CopyTo(rest, FirstDay - first);
                _rest = rest;
            }

            _sums = null;
            FirstDay = first;
            return day - first;
        }
    }

    public void Add(in ImportLine line) => Add(line.Importer, line.Origin, line.Product, line.Date.DayNumber, line.Value);

    public void Add(Economy importer, Economy origin, HsCode product, int dayNumber, decimal value) =>
        Add(SlotFor(importer, origin, product), dayNumber, value);

    /// <summary>Adds a line to a slot of this tally.</summary>
    public void Add(Slot slot, int dayNumber, decimal value)
    {
        ArgumentNullException.ThrowIfNull(slot);
        slot.Add(dayNumber, value);
        Lines++;
    }

    /// <summary>Adds a line whose value is a whole number of cents (the common case, and the fastest).</summary>
    public void AddCents(Slot slot, int dayNumber, long cents)
    {
        ArgumentNullException.ThrowIfNull(slot);
        slot.AddCents(dayNumber, cents);
        Lines++;
    }

    /// <summary>
    /// Adds a line that describes its goods: the metal content's value (part of the value) pays the layers charged on
    /// the metal content and the rest the others; the metal's share of the weight leaves out the layers it exempts; a
    /// quantity in a unit is what a specific or compound base rate is charged on; a claim made at entry (USMCA) takes out the
    /// layers it exempts the goods from; the metal the goods are articles of settles the conditions on it (8544.42.90 as copper).
    /// </summary>
    public void AddGoods(Economy importer, Economy origin, HsCode product, int dayNumber, in Goods goods)
    {
        var value = goods.Value ?? throw new ArgumentException("an import line has a value", nameof(goods));
        if (goods.Quantity is not null && string.IsNullOrWhiteSpace(goods.Unit))
        {
            throw new ArgumentException("a quantity needs its unit", nameof(goods));
        }

        var unit = goods.Quantity is null ? null : Schedule.RateUnits.Canonical(goods.Unit!);
        var key = (Pair(importer, origin), product.Padded, product.Length, dayNumber, goods.MetalWeightPercent ?? -1m, unit ?? string.Empty, goods.Claim ?? string.Empty, goods.Metal ?? string.Empty);
        if (!_metal.TryGetValue(key, out var cell))
        {
            cell = new GoodsCell(importer, origin, product, dayNumber, goods.MetalWeightPercent, unit, goods.Claim, goods.Metal);
            _metal[key] = cell;
        }

        cell.Add(value, goods.MetalValue, goods.Quantity, goods.MetalValue is not null);
        Lines++;
    }

    /// <summary>The slot of this tally where lines of (importer, origin, product) are summed, made on first use.</summary>
    public Slot SlotFor(Economy importer, Economy origin, HsCode product)
    {
        var key = (Pair(importer, origin), product.Padded, product.Length);
        if (!_cells.TryGetValue(key, out var cell))
        {
            cell = new Slot(importer, origin, product, new DateOnly(2025, 1, 1).DayNumber);
            _cells[key] = cell;
        }

        return cell;
    }

    /// <summary>Adds another tally's lines into this one.</summary>
    public void Merge(PortfolioTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (key, theirs) in other._cells)
        {
            if (!_cells.TryGetValue(key, out var cell))
            {
                cell = new Slot(theirs.Importer, theirs.Origin, theirs.Product, theirs.FirstDay);
                _cells[key] = cell;
            }

            var values = theirs.Values;
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != 0)
                {
                    cell.Add(theirs.FirstDay + i, values[i]);
                }
            }
        }

        foreach (var (key, theirs) in other._metal)
        {
            if (!_metal.TryGetValue(key, out var cell))
            {
                cell = new GoodsCell(theirs.Importer, theirs.Origin, theirs.Product, theirs.Day, theirs.WeightPercent, theirs.Unit, theirs.Claim, theirs.Metal);
                _metal[key] = cell;
            }

            cell.Add(theirs.Value, theirs.MetalValue, theirs.Quantity, theirs.MetalGiven);
        }

        Lines += other.Lines;
    }

    /// <summary>
    /// What the lines cost under one view of the ledger. With <paramref name="schedule"/>, US imports pay their base
    /// (MFN or column 2) layer too, from the revision in force on each entry day as known to the view, and an
    /// all-in layer (a deal's 15% "less the column 1 rate") collects only what tops that base up: each day's stack is
    /// what <see cref="GoodsDuty"/> answers for the line, as the duty question does. A base rate that is not ad
    /// valorem cannot be computed from the value alone: that value is reported in <see cref="PortfolioSummary.BaseNotComputed"/>.
    /// </summary>
    public PortfolioSummary Evaluate(LedgerView view, TariffSchedule? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var dutyByLayer = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var refundByLayer = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var byOrigin = new Dictionary<string, (decimal Value, decimal Duty)>(StringComparer.Ordinal);
        var byChapter = new Dictionary<string, (decimal Value, decimal Duty)>(StringComparer.Ordinal);
        var byMetal = new Dictionary<string, (decimal Value, decimal Duty)>(StringComparer.Ordinal);
        var bases = new BaseRates(schedule, view.KnownAt);
        var notComputed = new Dictionary<(string Line, string Reason), decimal>();
        var metalNotStated = new List<MetalNotStatedLine>();

        // products whose timeline is the same (one object, see LedgerView.WholeTimeline) pool their value per step
        // and base rate, so duty per layer is worked out once per (timeline, step, base rate), not once per product
        var pools = new Dictionary<IReadOnlyList<TimelineStep>, Pool>(ReferenceEqualityComparer.Instance);
        foreach (var cell in _cells.Values)
        {
            var steps = view.WholeTimeline(cell.Importer, cell.Origin, cell.Product);
            if (!pools.TryGetValue(steps, out var pool))
            {
                pool = new Pool(view, steps, cell.Importer, cell.Origin, cell.Product);
                pools[steps] = pool;
            }

            var spans = bases.Spans(cell.Importer, cell.Origin, cell.Product);

            // value entered in a (step, base span) = difference of running sums at its ends: steps, not days
            var sums = cell.RunningSums;
            var last = sums.Length - 1;
            decimal cellDuty = 0;
            var b = 0;
            for (var s = 0; s < steps.Count; s++)
            {
                var start = steps[s].Start.DayNumber;
                var end = s + 1 < steps.Count ? steps[s + 1].Start.DayNumber : int.MaxValue;
                var from = cell.IndexOfDay(start);
                var to = end == int.MaxValue ? last : cell.IndexOfDay(end);
                if (sums[to] == sums[from])
                {
                    continue;
                }

                while (b + 1 < spans.Length && spans[b + 1].Start <= start)
                {
                    b++;
                }

                for (var at = start; at < end;)
                {
                    var next = b + 1 < spans.Length ? Math.Min(end, spans[b + 1].Start) : end;
                    var upTo = next == int.MaxValue ? last : cell.IndexOfDay(next);
                    var value = sums[upTo] - sums[cell.IndexOfDay(at)];
                    if (value != 0)
                    {
                        var entry = pool.Entry(s, spans[b].Base);
                        entry.Value += value;
                        cellDuty += value * entry.Rate;
                        if (spans[b].Base is null)
                        {
                            NotComputed(cell.Importer, cell.Product, spans[b].Why, value);
                        }
                    }

                    at = next;
                    if (next < end)
                    {
                        b++;
                    }
                }
            }

            // the days a layer owed only by goods of one metal may be owed on: the line leaves the metal unsaid
            foreach (var (measure, start, end) in view.MetalConditions(cell.Importer, cell.Origin, cell.Product))
            {
                var value = sums[Index(cell, end)] - sums[Index(cell, start)];
                if (value != 0)
                {
                    metalNotStated.Add(new MetalNotStatedLine(cell.Product.ToString(), measure.Metal!, measure.Id, value));
                }
            }

            var cellValue = sums[^1];
            var origin = cell.Origin.Code;
            var o = byOrigin.GetValueOrDefault(origin);
            byOrigin[origin] = (o.Value + cellValue, o.Duty + cellDuty);
            var chapter = cell.Product.Digits[..2];
            var c = byChapter.GetValueOrDefault(chapter);
            byChapter[chapter] = (c.Value + cellValue, c.Duty + cellDuty);
        }

        decimal duty = 0, refund = 0, baseDuty = 0, baseNotComputed = 0, claimedElsewhere = 0;
        foreach (var cell in _metal.Values)
        {
            // the day's answer with the goods' metal, as the duty command gives it: the metal's value pays the
            // layers charged on it (and what stacks with them), the rest of the value the stack without them; with a
            // claim made at entry, the stack the duty command gives as "if claimed"
            var date = DateOnly.FromDayNumber(cell.Day);
            var mfn = bases.Layer(cell.Importer, cell.Origin, cell.Product, date);
            var goods = cell.Goods;
            var answer = GoodsDuty.Answer(view, mfn, cell.Importer, cell.Origin, cell.Product, date, goods);

            // a line naming its metal has these settled; one that does not is costed as goods not of the metal they name
            foreach (var conditional in answer.ConditionalMeasures)
            {
                if (conditional.Measure.Metal is { } metalOf)
                {
                    metalNotStated.Add(new MetalNotStatedLine(cell.Product.ToString(), metalOf, conditional.Measure.Id, cell.Value));
                }
            }

            if (goods.Claim is { } claim)
            {
                if (view.ClaimCovers(claim, cell.Origin))
                {
                    // the claim earns the line's special rate for its programme (MfnLayer.Claimed), whether or not a layer
                    // that day exempts on it
                    mfn = mfn?.Claimed([claim]);
                    answer = GoodsDuty.WithClaims(view, goods, answer) is { IfClaimed: { } claimed } ? claimed.Rest : answer;
                }
                else
                {
                    claimedElsewhere += cell.Value;
                }
            }

            var metal = Math.Min(cell.MetalValue, cell.Value);
            (IReadOnlyList<DutyLayer> Layers, decimal Value)[] parts = answer.Content is { } split
                ? [(answer.Layers, metal), (split.Rest.Layers, cell.Value - metal)]
                : [(answer.Layers, cell.Value)];
            decimal cellDuty = 0;
            foreach (var (layers, value) in parts)
            {
                cellDuty += Charge(layers, value);
            }

            // an ad valorem rate on the value, unrounded as the pooled lines are; a specific or compound one on the quantity
            if ((mfn?.AdValoremPercent is { } rate ? cell.Value * rate / 100m : mfn?.Amount(cell.Value, cell.Quantity, cell.Unit)) is { } amount)
            {
                baseDuty += amount;
                cellDuty += amount;
            }
            else
            {
                baseNotComputed += cell.Value;
                NotComputed(cell.Importer, cell.Product, mfn?.WhyNotComputed(cell.Quantity, cell.Unit) ?? bases.WhyNone(cell.Importer, date), cell.Value);
            }

            var o = byOrigin.GetValueOrDefault(cell.Origin.Code);
            byOrigin[cell.Origin.Code] = (o.Value + cell.Value, o.Duty + cellDuty);
            var chapter = cell.Product.Digits[..2];
            var c = byChapter.GetValueOrDefault(chapter);
            byChapter[chapter] = (c.Value + cell.Value, c.Duty + cellDuty);
            if (cell.Metal is { } of)
            {
                var m = byMetal.GetValueOrDefault(of);
                byMetal[of] = (m.Value + cell.Value, m.Duty + cellDuty);
            }
        }

        foreach (var pool in pools.Values)
        {
            foreach (var entry in pool.Entries)
            {
                Charge(entry.Layers, entry.Value);
                if (entry.BasePercent is { } rate)
                {
                    baseDuty += entry.Value * rate / 100m;
                }
                else
                {
                    baseNotComputed += entry.Value;
                }
            }
        }

        return new PortfolioSummary(Lines, byOrigin.Values.Sum(o => o.Value), duty, refund, dutyByLayer, refundByLayer, byOrigin, byChapter)
        {
            BaseDuty = baseDuty,
            BaseNotComputed = baseNotComputed,
            ClaimNotOfOrigin = claimedElsewhere,
            ByMetal = byMetal,
            BaseNotComputedLines = BaseNotComputedLine.Ordered(notComputed),
            MetalNotStatedLines = MetalNotStatedLine.Ordered(metalNotStated),
        };

        // where a day falls in a slot's running sums; an open end (or start) at the last (or first)
        static int Index(Slot slot, int day) => day == int.MaxValue ? slot.RunningSums.Length - 1 : day == int.MinValue ? 0 : slot.IndexOfDay(day);

        // the value whose base duty is not computed, by US line and reason; goods not entering the US as one entry
        void NotComputed(Economy importer, HsCode product, string? why, decimal value)
        {
            var key = importer.Code == "US" ? (product.ToString(), why ?? "no base rate") : (BaseNotComputedLine.NotUsImports, why ?? "no base rate");
            notComputed[key] = notComputed.GetValueOrDefault(key) + value;
        }

        // Charges a value to the charged layers of one stack: void layers to the refund, the others to the duty;
        // returns the duty charged.
        decimal Charge(IEnumerable<DutyLayer> layers, decimal value)
        {
            decimal charged = 0;
            foreach (var layer in Charged(layers))
            {
                var amount = value * layer.RatePercent / 100m;
                if (layer.Status == LayerStatus.Void)
                {
                    refund += amount;
                    refundByLayer[layer.Measure.Id] = refundByLayer.GetValueOrDefault(layer.Measure.Id) + amount;
                }
                else
                {
                    duty += amount;
                    charged += amount;
                    dutyByLayer[layer.Measure.Id] = dutyByLayer.GetValueOrDefault(layer.Measure.Id) + amount;
                }
            }

            return charged;
        }
    }

    /// <summary>The value entered in one step of a timeline at one base rate, and the stack it pays.</summary>
    private sealed class PoolEntry(IReadOnlyList<DutyLayer> layers, decimal? basePercent)
    {
        public IReadOnlyList<DutyLayer> Layers { get; } = layers;

        /// <summary>The base ad valorem rate; null when not known or not ad valorem.</summary>
        public decimal? BasePercent { get; } = basePercent;

        /// <summary>The whole duty (base and additional layers not void) as a fraction of value.</summary>
        public decimal Rate { get; } = (Charged(layers).Where(l => l.Status != LayerStatus.Void).Sum(l => l.RatePercent) + (basePercent ?? 0)) / 100m;

        public decimal Value { get; set; }
    }

    /// <summary>The products sharing one timeline: their value by step and base rate, with the stack each pays.</summary>
    private sealed class Pool(LedgerView view, IReadOnlyList<TimelineStep> steps, Economy importer, Economy origin, HsCode product)
    {
        private readonly Dictionary<(int Step, decimal? Base), PoolEntry> _entries = [];

        public IEnumerable<PoolEntry> Entries => _entries.Values;

        public PoolEntry Entry(int step, decimal? basePercent)
        {
            if (!_entries.TryGetValue((step, basePercent), out var entry))
            {
                // a step's layers do not depend on the base rate unless one of them is all-in: then the day's
                // stack is asked again with the base rate, as the duty question asks it (any product of the
                // timeline answers alike: they share it because every layer covers them alike)
                var layers = steps[step].Layers;
                if (basePercent is { } rate && layers.Any(l => l.Rate.AllIn))
                {
                    layers = view.Duty(importer, origin, product, steps[step].Start, rate).Layers;
                }

                entry = new PoolEntry(layers, basePercent);
                _entries[(step, basePercent)] = entry;
            }

            return entry;
        }
    }

    /// <summary>
    /// The base ad valorem rate of US lines over time, as known to a view: the schedule revisions in force cut the
    /// days into spans, and a line's rate is looked up once per span and product.
    /// </summary>
    private sealed class BaseRates
    {
        private static readonly BaseSpan[] None = [new(int.MinValue, null, NotEnteringUs)];

        private const string NotEnteringUs = "goods not entering the US (the ledger holds no other schedule)";
        private readonly TariffSchedule? _schedule;
        private readonly DateTimeOffset? _knownAt;
        private readonly int[] _starts;
        private readonly ScheduleRevision?[] _revisions;
        private readonly Dictionary<(long Padded, int Length, bool Column2), BaseSpan[]> _spans = [];

        public BaseRates(TariffSchedule? schedule, DateTimeOffset? knownAt)
        {
            _schedule = schedule;
            _knownAt = knownAt;

            // the revision in force changes only on a known revision's effective day: asked there, as the duty question asks it
            var days = schedule is null ? [] : schedule.Revisions.Where(r => knownAt is not { } t || r.Recorded <= t).Select(r => r.Effective).Distinct().Order().ToArray();
            _starts = [int.MinValue, .. days.Select(d => d.DayNumber)];
            _revisions = [null, .. days.Select(d => schedule!.InForce(d, knownAt))];
        }

        /// <summary>The base layer of a line on a day, as the duty question finds it; null for goods not entering the US.</summary>
        public MfnLayer? Layer(Economy importer, Economy origin, HsCode product, DateOnly date) =>
            _schedule is not null && importer.Code == "US" && _schedule.InForce(date, _knownAt) is { } revision ? MfnLayer.ForCode(_schedule, revision, origin, product) : null;

        /// <summary>Why a US import has no base layer on a day, or goods have none at all.</summary>
        public string WhyNone(Economy importer, DateOnly date) =>
            _schedule is null || importer.Code != "US" ? NotEnteringUs : Why(_schedule.InForce(date, _knownAt));

        private static string Why(ScheduleRevision? revision) => revision is null
            ? "entered before the first revision of the US schedule the ledger holds"
            : "the US schedule in force gives this code no one rate (the lines under it differ, or it has no such line): give the 8- or 10-digit line";

        /// <summary>The line's base ad valorem rate by span of days (null: not computed from the value alone).</summary>
        public BaseSpan[] Spans(Economy importer, Economy origin, HsCode product)
        {
            if (_schedule is null || importer.Code != "US")
            {
                return None;
            }

            var column2 = MfnLayer.Column2Origins.Contains(origin.Code);
            var key = (product.Padded, product.Length, column2);
            if (_spans.TryGetValue(key, out var spans))
            {
                return spans;
            }

            var list = new List<BaseSpan>();
            for (var i = 0; i < _starts.Length; i++)
            {
                // a code above the lines that carry the rate (a 6-digit subheading) takes theirs when they agree, as a duty question does
                var mfn = _revisions[i] is { } revision ? MfnLayer.ForCode(_schedule, revision, origin, product) : null;
                var rate = mfn?.AdValoremPercent;
                var why = rate is not null ? null : mfn is not null ? mfn.WhyNotComputed(null, null) : Why(_revisions[i]);
                if (list.Count == 0 || list[^1].Base != rate || list[^1].Why != why)
                {
                    list.Add(new BaseSpan(_starts[i], rate, why));
                }
            }

            spans = [.. list];
            _spans[key] = spans;
            return spans;
        }
    }

    /// <summary>From <see cref="Start"/> (a day number) on, a line's base ad valorem rate is <see cref="Base"/> (null: not computed, for the reason <see cref="Why"/>).</summary>
    private readonly record struct BaseSpan(int Start, decimal? Base, string? Why);

    /// <summary>The layers a stack charges or once charged: suspended, exempt and zero-rate ones charge nothing.</summary>
    private static IEnumerable<DutyLayer> Charged(IEnumerable<DutyLayer> layers) =>
        layers.Where(l => l.Status is not (LayerStatus.Suspended or LayerStatus.Exempt) && l.RatePercent > 0);

    private static int Pair(Economy importer, Economy origin)
    {
        string i = importer.Code, o = origin.Code;
        return (((((i[0] - 'A') * 26) + (i[1] - 'A')) * 676) + ((o[0] - 'A') * 26)) + (o[1] - 'A');
    }
}
