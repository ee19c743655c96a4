using System.Collections.Concurrent;
using System.Collections.Frozen;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;

namespace Tradewatch.Core.Evaluation;

/// <summary>
/// The ledger as known at a time, folded and indexed: each measure's rate over days with the
/// suspensions and voidings known then. Answers duty, licence, timeline and calendar questions.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class LedgerView
{
    private readonly Dictionary<string, MeasureTimeline> _timelines = new(StringComparer.Ordinal);
    private readonly List<MeasureTimeline> _tariffs = [];
    private readonly List<MeasureTimeline> _conditional = [];
    private readonly List<MeasureTimeline> _exports = [];
    private readonly List<MeasureTimeline> _fees = [];
    private readonly ConcurrentDictionary<int, PairLayerSet> _pairs = new();
    private readonly ConcurrentDictionary<long, Stretch[]> _stretches = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<TimelineStep>> _wholeTimelines = new(StringComparer.Ordinal);

    internal LedgerView(TradeLedger ledger, DateTimeOffset? knownAt, DateTimeOffset? publishedBy = null)
    {
        // the law as published on a day is answered as of that day (the schedule revision, the exemptions then)
        KnownAt = publishedBy ?? knownAt;
        Ledger = ledger;
        var known = ledger.Restrict(knownAt, publishedBy);
        Measures = known.Measures;
        Suspensions = known.Suspensions;
        Voidings = known.Voidings;
        Licences = known.Licences;
        Agreements = known.Agreements;
        Deadlines = known.Deadlines;
        Notices = known.Notices;

        var groups = new Dictionary<string, (int Order, StackingMode Mode)>(StringComparer.Ordinal);
        foreach (var rule in ledger.StackingRules)
        {
            groups[rule.Group] = (groups.TryGetValue(rule.Group, out var defined) ? defined.Order : groups.Count, rule.Mode);
        }

        // a bit per group; a group past the 64th cannot be excluded (the bundled ledgers have a dozen)
        var excludes = new Dictionary<string, List<GroupExclusion>>(StringComparer.Ordinal);
        foreach (var rule in ledger.StackingRules)
        {
            foreach (var other in rule.ExcludesKnownAt(knownAt, publishedBy))
            {
                if (groups.TryGetValue(other.Group, out var target) && target.Order < 64)
                {
                    var start = other.Valid?.Start.DayNumber ?? int.MinValue;
                    var end = other.Valid is { } v ? v.End?.DayNumber ?? int.MaxValue : int.MaxValue;
                    (excludes.TryGetValue(rule.Group, out var list) ? list : excludes[rule.Group] = []).Add(new GroupExclusion(1UL << target.Order, start, end, other.Heading is null ? null : other));
                }
            }
        }

        FirstDay = known.Rates.Count == 0 ? null : known.Rates.Min(r => r.Valid.Start);
        var rates = known.Rates.Select((r, i) => (Entry: r, Index: i))
            .OrderBy(r => r.Entry.Provenance.Recorded).ThenBy(r => r.Index).Select(r => r.Entry).ToLookup(r => r.MeasureId, StringComparer.Ordinal);
        var changes = known.SuspensionChanges.Select((c, i) => (Change: c, Index: i))
            .OrderBy(c => c.Change.Provenance.Recorded).ThenBy(c => c.Index).Select(c => c.Change).ToLookup(c => c.SuspensionId, StringComparer.Ordinal);

        var effective = new List<Suspension>();
        var extensions = new List<SuspensionExtension>();
        foreach (var suspension in Suspensions)
        {
            DateRange? range = suspension.Valid;
            var moved = new List<SuspensionExtension>();
            foreach (var change in changes[suspension.Id])
            {
                // an end moved later (or taken away) on a suspension that still stands is an extension
                if (range?.End is { } previous && (change.NewEnd is not { } later || later > previous))
                {
                    moved.Add(new SuspensionExtension(suspension, previous, change.NewEnd, change.Provenance));
                }

                // an end moved to or before the start means the suspension never took effect
                range = change.NewEnd is { } end && end <= suspension.Valid.Start ? null : new DateRange(suspension.Valid.Start, change.NewEnd);
            }

            if (range is { } r)
            {
                effective.Add(suspension with { Valid = r });
                // an extension later cut back to before its old end never ran past it
                extensions.AddRange(moved.Where(m => r.End is not { } final || final > m.PreviousEnd));
            }
        }

        EffectiveSuspensions = effective;
        SuspensionExtensions = extensions;
        var suspensionsByMeasure = EffectiveSuspensions.ToLookup(s => s.MeasureId, StringComparer.Ordinal);
        var voidsByMeasure = Voidings.SelectMany(v => v.MeasureIds.Select(id => (id, v))).ToLookup(x => x.id, x => x.v, StringComparer.Ordinal);

        foreach (var measure in Measures)
        {
            var (order, mode) = measure.StackingGroup is { } g && groups.TryGetValue(g, out var rule) ? rule : (-1, StackingMode.Add);
            var excluded = measure.StackingGroup is { } own && excludes.TryGetValue(own, out var list) ? list.ToArray() : null;
            var timeline = Fold(measure, rates[measure.Id], suspensionsByMeasure[measure.Id], voidsByMeasure[measure.Id], mode, order, excluded);
            _timelines[measure.Id] = timeline;
            (measure.Kind switch
            {
                MeasureKind.Tariff => _tariffs,
                MeasureKind.ConditionalTariff => _conditional,
                MeasureKind.Fee => _fees,
                _ => _exports,
            }).Add(timeline);
        }
    }

    public TradeLedger Ledger { get; }

    /// <summary>
    /// The first day any rate of the view's ledger applies from, or null when it holds none: the ledger
    /// says nothing about earlier days, so an answer about one is outside its coverage, not 0%.
    /// </summary>
    public DateOnly? FirstDay { get; }

    public DateTimeOffset? KnownAt { get; }

    public IReadOnlyList<Measure> Measures { get; }

    public IReadOnlyList<Suspension> Suspensions { get; }

    /// <summary>The suspensions with their ends as extended or cut short by the changes known at this time.</summary>
    public IReadOnlyList<Suspension> EffectiveSuspensions { get; }

    /// <summary>
    /// The extensions known at this time, in the order recorded: each change of a suspension's record that
    /// moved its end later, with the end it moved from. Every suspension end a view shows is the last of these.
    /// </summary>
    public IReadOnlyList<SuspensionExtension> SuspensionExtensions { get; }

    public IReadOnlyList<Voiding> Voidings { get; }

    public IReadOnlyList<LicenceRecord> Licences { get; }

    public IReadOnlyList<Agreement> Agreements { get; }

    public IReadOnlyList<Deadline> Deadlines { get; }

    public IReadOnlyList<Notice> Notices { get; }

    private static MeasureTimeline Fold(
        Measure measure,
        IEnumerable<RateEntry> rates,
        IEnumerable<Suspension> suspensions,
        IEnumerable<Voiding> voidings,
        StackingMode mode,
        int groupOrder,
        GroupExclusion[]? exclusions)
    {
        // Later-recorded entries overwrite earlier ones for the days they cover.
        var schedule = new List<(int Start, int End, RateEntry Entry)>();
        foreach (var entry in rates)
        {
            var start = entry.Valid.Start.DayNumber;
            var end = entry.Valid.End?.DayNumber ?? int.MaxValue;
            var next = new List<(int, int, RateEntry)>(schedule.Count + 2);
            foreach (var (s, e, r) in schedule)
            {
                if (e <= start || s >= end)
                {
                    next.Add((s, e, r));
                    continue;
                }

                if (s < start)
                {
                    next.Add((s, start, r));
                }

                if (e > end)
                {
                    next.Add((end, e, r));
                }
            }

            next.Add((start, end, entry));
            next.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            schedule = next;
        }

        var whole = suspensions.Where(s => s.Products is null).ToList();
        var scoped = suspensions.Where(s => s.Products is not null)
            .Select(s => new ScopedSuspension(s, s.Valid.Start.DayNumber, s.Valid.End?.DayNumber ?? int.MaxValue, s.Products!))
            .ToArray();
        var voids = voidings.ToList();

        var cuts = new SortedSet<int>();
        foreach (var (s, e, _) in schedule)
        {
            cuts.Add(s);
            cuts.Add(e);
        }

        foreach (var s in whole)
        {
            cuts.Add(s.Valid.Start.DayNumber);
            cuts.Add(s.Valid.End?.DayNumber ?? int.MaxValue);
        }

        foreach (var v in voids)
        {
            cuts.Add(v.Valid.Start.DayNumber);
            cuts.Add(v.Valid.End?.DayNumber ?? int.MaxValue);
        }

        var points = cuts.ToArray();
        var segments = new List<Segment>();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            int start = points[i], end = points[i + 1];
            var rate = schedule.FirstOrDefault(x => x.Start <= start && start < x.End).Entry;
            if (rate?.RatePercent is not { } scheduled)
            {
                continue;
            }

            var day = DateOnly.FromDayNumber(start);
            var suspension = whole.LastOrDefault(s => s.Valid.Contains(day));
            var voiding = voids.LastOrDefault(v => v.Valid.Contains(day));
            var inForce = suspension is null ? scheduled : suspension.Points is { } p ? Math.Max(0, scheduled - p) : 0;
            var segment = new Segment(start, end, scheduled, inForce, rate, suspension, voiding);
            if (segments.Count > 0 && segments[^1] is var last && last.End == start && last.Rate == rate
                && last.Suspension == suspension && last.Voiding == voiding)
            {
                segments[^1] = last with { End = end };
            }
            else
            {
                segments.Add(segment);
            }
        }

        return new MeasureTimeline(measure, [.. segments], scoped, mode, groupOrder, exclusions);
    }

    /// <summary>The measure of that id, or of which it is a former id, as known at this time.</summary>
    public Measure? FindMeasure(string id) => _timelines.TryGetValue(Ledger.CurrentId(id), out var t) ? t.Measure : null;

    /// <summary>The rate entries of a measure in force over days, as known at this time.</summary>
    public IReadOnlyList<(DateRange Valid, decimal ScheduledPercent, decimal InForcePercent, LayerStatus Status)> Schedule(string measureId) =>
        _timelines.TryGetValue(measureId, out var t)
            ? t.Segments.Select(s => (Range(s.Start, s.End), s.ScheduledPercent, s.InForcePercent, s.Status)).ToList()
            : [];

    private static DateRange Range(int start, int end) =>
        new(DateOnly.FromDayNumber(start), end == int.MaxValue ? null : DateOnly.FromDayNumber(end));

    /// <summary>The tariff layers one importer puts on one origin, grouped by stacking group; indexed on first use.</summary>
    private MeasureTimeline[] PairLayers(Economy importer, Economy origin) => Pair(importer, origin).Layers;

    private PairLayerSet Pair(Economy importer, Economy origin)
    {
        // two letters each: a dense integer key avoids hashing strings on the hot path
        var key = (PairIndex(importer) * 676) + PairIndex(origin);
        if (_pairs.TryGetValue(key, out var set))
        {
            return set;
        }

        var layers = _tariffs
            .Where(t => t.Measure.Imposer == importer && t.Measure.Targets.Contains(origin))
            .OrderBy(t => t.GroupOrder).ThenBy(t => t.Measure.Id, StringComparer.Ordinal)
            .ToArray();
        return _pairs.GetOrAdd(key, new PairLayerSet(layers, [.. layers.Where(t => t.ExcludesGroups != 0)]));
    }

    /// <summary>
    /// The stacking groups that layers applying to the product that day take out of the stack (Section 232 goods do not pay
    /// the reciprocal tariff). A void layer (a ruling held it never valid) takes nothing out, so the layers it stood in place
    /// of apply again, except those void themselves: <paramref name="ofVoid"/> holds the groups it takes out of void layers
    /// only, since a ruling that voids both does not bring back the one the other replaced (EO 14257's country rate of
    /// 9 Apr 2025 in place of its 10% baseline: what is refunded is the country rate).
    /// </summary>
    private static ulong ExcludedGroups(MeasureTimeline[] excluders, HsCode product, int day, out ulong ofVoid)
    {
        ulong excluded = 0;
        ofVoid = 0;
        foreach (var t in excluders)
        {
            if (t.Measure.Products.Covers(product) && t.Find(day) is var index and >= 0)
            {
                if (t.Segments[index].Voiding is null)
                {
                    excluded |= t.ExcludedOn(day);
                }
                else
                {
                    ofVoid |= t.ExcludedOn(day);
                }
            }
        }

        return excluded;
    }

    /// <summary>
    /// The exemption, as a record of its kind, under which the goods are out of layer <paramref name="t"/> on a day: when every
    /// rule that takes the layer out for the product is an exemption with a heading (Section 232 goods: 9903.01.33 for the
    /// reciprocal tariff, 9903.03.06 for Section 122), the first of them, named for the measure whose rule it is (its id,
    /// basis, scope and sources, the rule's heading and note). Null when a layer stands in for it instead (a country rate in
    /// place of the baseline, the same surcharge under a claim): then it is simply left out.
    /// </summary>
    private static Suspension? StackingExemption(MeasureTimeline[] excluders, MeasureTimeline t, HsCode product, int day)
    {
        var layerVoid = t.Find(day) is var own and >= 0 && t.Segments[own].Voiding is not null;
        (MeasureTimeline By, Segment Segment, StackingExclusion Entry)? found = null;
        foreach (var x in excluders)
        {
            var index = x.Find(day);
            // a void layer takes out only layers void themselves (see ExcludedGroups)
            if (index < 0 || !x.Measure.Products.Covers(product) || (x.Segments[index].Voiding is not null && !layerVoid))
            {
                continue;
            }

            foreach (var e in x.Exclusions)
            {
                if ((e.Groups & t.GroupBit) == 0 || day < e.Start || day >= e.End)
                {
                    continue;
                }

                if (e.Exemption is null)
                {
                    return null;
                }

                found ??= (x, x.Segments[index], e.Exemption);
            }
        }

        if (found is not { } f)
        {
            return null;
        }

        var by = f.By.Measure;
        var valid = new DateRange(DateOnly.FromDayNumber(Math.Max(f.Segment.Start, 0)), f.Segment.End == int.MaxValue ? null : DateOnly.FromDayNumber(f.Segment.End));
        return new Suspension(by.Id, t.Measure.Id, $"Goods under {by.Basis}", valid, null, by.Products, new Provenance(by.Provenance.Recorded, by.Provenance.Sources, f.Entry.Note))
        {
            IsExemption = true,
            Heading = f.Entry.Heading,
        };
    }

    /// <summary>Whether a layer is out of the stack on a day, given the groups of <see cref="ExcludedGroups"/>.</summary>
    private static bool IsExcluded(MeasureTimeline t, ulong excluded, ulong ofVoid, int day) =>
        (t.GroupBit & excluded) != 0
        || ((t.GroupBit & ofVoid) != 0 && t.Find(day) is var index and >= 0 && t.Segments[index].Voiding is not null);

    private static int PairIndex(Economy economy) => ((economy.Code[0] - 'A') * 26) + (economy.Code[1] - 'A');

    /// <summary>
    /// The total additional rate on a product from an origin on a day: the sum of the rates collected
    /// by the layers that apply and are not void. The fast path: without a base rate, once the pair and the product
    /// are indexed (<see cref="Stretch"/>), one dictionary look-up and a binary search over days, no allocation.
    /// </summary>
    /// <param name="basePercent">The product's base (MFN) ad valorem rate that day, when known: all-in layers (deal floors) collect only what tops it up.</param>
    public decimal TotalAdditionalPercent(Economy importer, Economy origin, HsCode product, DateOnly date, decimal? basePercent = null)
    {
        var day = date.DayNumber;
        var key = (((long)((PairIndex(importer) * 676) + PairIndex(origin))) << 38) | ((long)product.Length << 34) | product.Padded;
        if (basePercent is null && _stretches.TryGetValue(key, out var known))
        {
            return Stretch.TotalOn(known, day);
        }

        var pair = Pair(importer, origin);
        if (basePercent is not null)
        {
            // an all-in layer's rate depends on the base rate: the pair's layers are walked as they are
            return Sum(pair.Layers, pair.Excluders, product, day, basePercent);
        }

        var (layers, excluders) = Covering(pair, product);
        var stretches = Stretch.Of(layers, excluders, product);
        if (_stretches.Count < MaxProductStacks)
        {
            _stretches.TryAdd(key, stretches);
        }

        return Stretch.TotalOn(stretches, day);
    }

    /// <summary>How many (pair, product) totals a view keeps for <see cref="TotalAdditionalPercent"/>; beyond it they are worked out per question.</summary>
    private const int MaxProductStacks = 1 << 20;

    /// <summary>
    /// One pair's layers that cover a product, in stacking order, and those of them that take stacking groups out:
    /// a layer that does not cover the product adds nothing, takes nothing out and is never picked in its group.
    /// </summary>
    private static (MeasureTimeline[] Layers, MeasureTimeline[] Excluders) Covering(PairLayerSet pair, HsCode product)
    {
        var layers = pair.Layers.Where(t => t.Measure.Products.Covers(product) || t.Measure.Products.Specificity(product) > 0).ToArray();
        return (layers, [.. layers.Where(t => t.ExcludesGroups != 0)]);
    }

    /// <summary>
    /// A stretch of days from <see cref="Start"/> over which one pair's total (without a base rate) on one product does
    /// not change: it changes only where a covering layer's segment, product-scoped suspension or stacking exclusion
    /// begins or ends, so it is worked out once per stretch, and a question is one binary search over a small array.
    /// </summary>
    private readonly record struct Stretch(int Start, decimal Total)
    {
        private static readonly Stretch[] Nothing = [new(int.MinValue, 0)];

        public static Stretch[] Of(MeasureTimeline[] layers, MeasureTimeline[] excluders, HsCode product)
        {
            if (layers.Length == 0)
            {
                return Nothing;
            }

            var days = new SortedSet<int>();
            foreach (var t in layers)
            {
                days.UnionWith(t.Boundaries());
                foreach (var e in t.Exclusions)
                {
                    days.Add(e.Start);
                    days.Add(e.End);
                }
            }

            days.Remove(int.MinValue);
            days.Remove(int.MaxValue);
            int[] starts = [int.MinValue, .. days];
            return [.. starts.Select(start => new Stretch(start, Sum(layers, excluders, product, start, null)))];
        }

        /// <summary>The total on a day: that of the last stretch starting on or before it.</summary>
        public static decimal TotalOn(Stretch[] stretches, int day)
        {
            int lo = 0, hi = stretches.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) >>> 1;
                if (stretches[mid].Start <= day)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return stretches[lo].Total;
        }
    }

    /// <summary>The total additional rate of <paramref name="layers"/> (in stacking order) on a product on a day.</summary>
    private static decimal Sum(MeasureTimeline[] layers, MeasureTimeline[] excluders, HsCode product, int day, decimal? basePercent)
    {
        ulong ofVoid = 0;
        var excluded = excluders.Length == 0 ? 0 : ExcludedGroups(excluders, product, day, out ofVoid);
        decimal total = 0;
        var i = 0;
        while (i < layers.Length)
        {
            var t = layers[i];
            if (IsExcluded(t, excluded, ofVoid, day))
            {
                i++;
                continue;
            }

            if (t.GroupOrder < 0 || t.Mode == StackingMode.Add)
            {
                if (t.Measure.Products.Covers(product))
                {
                    total += Collected(t, product, day, basePercent, out _);
                }

                i++;
                continue;
            }

            // one stacking group: pick one layer of the run
            var group = t.GroupOrder;
            var bestKey = -1m;
            decimal bestRate = 0;
            for (; i < layers.Length && layers[i].GroupOrder == group; i++)
            {
                var candidate = layers[i];
                var specificity = candidate.Measure.Products.Specificity(product);
                if (specificity == 0)
                {
                    continue;
                }

                var rate = Collected(candidate, product, day, basePercent, out var applies);
                if (!applies)
                {
                    continue;
                }

                var key = candidate.Mode == StackingMode.MostSpecific ? specificity : rate;
                if (key > bestKey)
                {
                    bestKey = key;
                    bestRate = rate;
                }
            }

            total += bestRate;
        }

        return total;
    }

    /// <summary>The rate a layer that covers the product collects on a day, 0 when void or absent; <paramref name="applies"/> says whether it exists that day.</summary>
    private static decimal Collected(MeasureTimeline t, HsCode product, int day, decimal? basePercent, out bool applies)
    {
        applies = false;
        var index = t.Find(day);
        if (index < 0)
        {
            return 0;
        }

        applies = true;
        ref readonly var segment = ref t.Segments[index];
        if (segment.Voiding is not null)
        {
            return 0;
        }

        var inForce = segment.InForcePercent;
        if (t.Scoped.Length > 0 && t.ScopedFor(product, day) is { } scoped)
        {
            inForce = scoped.Suspension.Points is { } p ? Math.Max(0, inForce - p) : 0;
        }

        return segment.Rate.Collects(inForce, basePercent);
    }

    /// <summary>
    /// The duty stack: every layer that applies to the product (or, without a product, every layer
    /// on all goods) from the origin on the day, with status and sources.
    /// </summary>
    /// <param name="basePercent">The product's base (MFN) ad valorem rate that day, when known: all-in layers (deal floors) collect only what tops it up.</param>
    public DutyAnswer Duty(Economy importer, Economy origin, HsCode? product, DateOnly date, decimal? basePercent = null) =>
        Duty(importer, origin, product, date, basePercent, null);

    /// <summary>
    /// The duty stack with the value of the metal content given: when a layer of <paramref name="answer"/>
    /// is charged on the metal content only (<see cref="Measure.ContentMetal"/>), the answer's layers apply to
    /// <paramref name="metalValue"/> and the stack without those layers to the rest of the value
    /// (<see cref="DutyAnswer.Content"/>). Otherwise the answer as it was: the whole value pays every layer.
    /// </summary>
    public DutyAnswer WithMetalContent(DutyAnswer answer, decimal metalValue, decimal? basePercent = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var onContent = answer.Layers.Where(l => l.Measure.ContentMetal is not null).Select(l => l.Measure).ToList();
        if (onContent.Count == 0 || answer.Product is null)
        {
            return answer;
        }

        var rest = Again(answer, basePercent, onContent.Select(m => m.Id)) with { Base = answer.Base };
        var metals = onContent.Select(m => m.ContentMetal!).Distinct(StringComparer.Ordinal).ToList();
        return answer with { Content = new ContentSplit(metalValue, metals, onContent, rest) };
    }

    /// <summary>
    /// The duty stack for goods whose metal is <paramref name="metalWeightPercent"/> of their weight: layers with a
    /// metal-weight exemption that covers the goods (9903.82.03: under 15%, outside chapters 72-74 and 76; 9903.82.01:
    /// no aluminium, steel or copper at all, in any chapter, from when it is known) are left
    /// out, and the stack is answered without them (<see cref="DutyAnswer.ExemptByMetalWeight"/> names them).
    /// </summary>
    public DutyAnswer WithMetalWeight(DutyAnswer answer, decimal metalWeightPercent, decimal? basePercent = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Product is not { } product)
        {
            return answer;
        }

        var exempt = answer.Layers
            .Select(l => (l.Measure, Heading: l.Measure.MetalWeightExemption?.ExemptUnder(product, metalWeightPercent, KnownAt)))
            .Where(e => e.Heading is not null)
            .Select(e => new MetalWeightExempt(e.Measure, e.Heading!))
            .ToList();
        if (exempt.Count == 0)
        {
            return answer;
        }

        var rest = Again(answer, basePercent, exempt.Select(e => e.Measure.Id));
        return rest with { Base = answer.Base, ExemptByMetalWeight = exempt };
    }

    /// <summary>
    /// The stack if the goods qualify for the exemptions their layers name: a tariff with a condition
    /// (<see cref="Measure.Condition"/> on <see cref="MeasureKind.Tariff"/>: USMCA goods of Canada and Mexico under the
    /// fentanyl duties, 9903.01.04-.05; the Section 122 claims of 9903.03.07-.09; USMCA auto parts) applies unless the
    /// importer declares the claim. Null when no layer collecting a duty has such a condition. Every layer of the pair
    /// with one is taken out at once, since one claim (USMCA origin) exempts goods from each, and the stack is answered
    /// again without them, so a layer that one of them excluded comes back when it applies (the metals duty a fentanyl or
    /// auto parts duty took the place of under EO 14289: CBP's notice implementing it, of 15 May 2025, CSMS 65054270, reads
    /// "subject to" a duty as owing more than 0% under it, which goods exempt on the claim do not), except a layer of the same legal basis: that is the same duty, which the
    /// layer with the condition stood in for (us-section-122 beside us-section-122-usmca), and the claim exempts from it too.
    /// With <paramref name="claim"/> (a <see cref="Measure.Claim"/>, such as USMCA) only the layers that claim exempts from are
    /// taken out: goods entered with that claim made, which never paid them, so a void layer goes too (nothing to refund).
    /// The claimed stack's base is the special rate the line gives the claim's programme (<see cref="MfnLayer.Claimed"/>).
    /// A stack answered with a conditional layer as met (<see cref="IfApplies"/>) keeps it met: goods used as its condition
    /// says and claimed as well, so a conditional layer that names the claim too goes (USMCA auto parts used in vehicles).
    /// </summary>
    public ClaimedExemption? IfClaimed(DutyAnswer answer, decimal? basePercent = null, string? claim = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        bool Exempts(Measure m) => m.ExemptOnClaim && (claim is null || m.IsClaim(claim));
        var exempt = answer.Layers
            .Where(l => (claim is not null || l.Status != LayerStatus.Void) && l.RatePercent > 0 && Exempts(l.Measure))
            .Select(l => l.Measure)
            .ToList();
        if (exempt.Count == 0)
        {
            return null;
        }

        // a conditional layer taken as met is no layer of the pair: it is named among the exempt
        var without = Pair(answer.Importer, answer.Origin).Layers.Select(t => t.Measure).Where(Exempts).Concat(exempt)
            .Concat(answer.Excluded.Where(x => Exempts(x.By) && x.By.Basis == x.Measure.Basis).Select(x => x.Measure))
            .Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var applying = Applying(answer);
        // the claim earns its programme's special rate too, where the line gives one (USMCA goods: the "S" rate)
        var rest = Duty(answer.Importer, answer.Origin, answer.Product, answer.Date, basePercent, without, applying) with
        {
            Base = answer.Base?.Claimed(exempt.Select(m => m.Claim)),
            InLieuOfBase = answer.InLieuOfBase,
        };
        var letIn = rest.Layers.Where(l => l.RatePercent > 0 && answer.Layers.All(a => a.Measure.Id != l.Measure.Id)).Select(l => l.Measure).ToList();
        return new ClaimedExemption(exempt, rest, letIn);
    }

    /// <summary>
    /// Whether goods of <paramref name="origin"/> can be claimed under <paramref name="claim"/> (a <see cref="Measure.Claim"/>):
    /// a measure exempting on that claim names the origin among its targets (USMCA: Canada and Mexico).
    /// </summary>
    public bool ClaimCovers(string claim, Economy origin)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return _timelines.Values.Any(t => t.Measure.IsClaim(claim) && t.Measure.Targets.Contains(origin));
    }

    /// <summary>
    /// The stack if the goods meet the condition of one of the answer's conditional layers (a part's use, a product the
    /// order's annex names): that layer answered as one of the stack's, under its group's stacking rules, so it may take
    /// other layers out (a Section 232 layer the reciprocal tariff) or be taken out itself; the answer's base layer kept.
    /// A layer owed in lieu of every other duty (<see cref="Measure.InLieu"/>) is the stack alone, in lieu of the base rate too.
    /// </summary>
    public DutyAnswer IfApplies(DutyAnswer answer, Measure conditional, decimal? basePercent = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(conditional);
        if (conditional.Kind != MeasureKind.ConditionalTariff || !_timelines.TryGetValue(conditional.Id, out var timeline))
        {
            throw new ArgumentException($"'{conditional.Id}' is no conditional tariff of this view", nameof(conditional));
        }

        if (conditional.InLieu)
        {
            // owed instead of every other duty, the base rate included: the stack is the layer alone
            var others = new HashSet<string>(_timelines.Keys.Where(id => id != conditional.Id), StringComparer.Ordinal);
            return Duty(answer.Importer, answer.Origin, answer.Product, answer.Date, basePercent, others, [timeline]) with { Base = answer.Base, InLieuOfBase = true };
        }

        // a stack already answered with a condition met (the goods' metal) keeps it met
        return Duty(answer.Importer, answer.Origin, answer.Product, answer.Date, basePercent, null, [.. Applying(answer), timeline]) with { Base = answer.Base };
    }

    /// <summary>
    /// The stack for goods of <paramref name="metal"/> (<c>steel</c>, <c>aluminium</c>, <c>copper</c>): each conditional layer
    /// whose condition is the goods' metal (<see cref="Measure.Metal"/>) is met when it names this metal, and joins the stack
    /// in place of the layers it replaces (<see cref="Measure.Replaces"/>: 8544.42.90 as an article of copper pays the copper
    /// heading, not the aluminium one); one naming another metal is not met, and leaves the answer. The answer itself when
    /// no conditional layer names a metal.
    /// </summary>
    public DutyAnswer WithMetal(DutyAnswer answer, string metal, decimal? basePercent = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(metal);
        if (answer.ConditionalMeasures.All(c => c.Measure.Metal is null))
        {
            return answer;
        }

        var met = answer.ConditionalMeasures
            .Where(c => string.Equals(c.Measure.Metal, metal, StringComparison.Ordinal) && _timelines.ContainsKey(c.Measure.Id))
            .Select(c => _timelines[c.Measure.Id])
            .ToList();
        var settled = answer;
        if (met.Count > 0)
        {
            var without = new HashSet<string>(answer.Without, StringComparer.Ordinal);
            settled = Duty(answer.Importer, answer.Origin, answer.Product, answer.Date, basePercent, without, [.. Applying(answer), .. met]) with
            {
                Base = answer.Base,
                InLieuOfBase = answer.InLieuOfBase,
            };
        }

        return settled with { ConditionalMeasures = [.. settled.ConditionalMeasures.Where(c => c.Measure.Metal is null)] };
    }

    /// <summary>
    /// The conditional layers on the goods' metal (<see cref="Measure.Metal"/>) a product from an origin may owe, each with the
    /// days <c>[Start, End)</c> (day numbers) it may be owed on: the days an answer without the metal lists it among its
    /// conditional measures (<see cref="Duty(Economy, Economy, HsCode?, DateOnly, decimal?)"/>), and the duty depends on the metal.
    /// Empty for most products, and then cheap: one scope check per such layer.
    /// </summary>
    public IReadOnlyList<(Measure Measure, int Start, int End)> MetalConditions(Economy importer, Economy origin, HsCode product)
    {
        List<(Measure, int, int)>? found = null;
        foreach (var t in _conditional)
        {
            if (t.Measure.Metal is null || t.Measure.Imposer != importer || !t.Measure.Targets.Contains(origin) || !t.Measure.Products.Covers(product))
            {
                continue;
            }

            foreach (var segment in t.Segments)
            {
                found ??= [];
                if (found.Count > 0 && found[^1].Item1 == t.Measure && found[^1].Item3 == segment.Start)
                {
                    found[^1] = (t.Measure, found[^1].Item2, segment.End);
                }
                else
                {
                    found.Add((t.Measure, segment.Start, segment.End));
                }
            }
        }

        return found ?? (IReadOnlyList<(Measure, int, int)>)[];
    }

    /// <summary>No conditional measure taken as met: shared, never changed.</summary>
    private static readonly List<MeasureTimeline> NoneApplying = [];

    /// <summary>The timelines of the conditional measures an answer was answered with as met.</summary>
    private List<MeasureTimeline> Applying(DutyAnswer answer) =>
        [.. answer.Applying.Select(m => _timelines.GetValueOrDefault(m.Id)).OfType<MeasureTimeline>()];

    /// <summary>
    /// The answer's stack answered again without <paramref name="alsoWithout"/> as well as what it was answered without, and with the
    /// conditional measure it took as met, as an answer owed in lieu of every other duty stays.
    /// </summary>
    private DutyAnswer Again(DutyAnswer answer, decimal? basePercent, IEnumerable<string> alsoWithout)
    {
        var without = new HashSet<string>(answer.Without, StringComparer.Ordinal);
        without.UnionWith(alsoWithout);
        return Duty(answer.Importer, answer.Origin, answer.Product, answer.Date, basePercent, without, Applying(answer)) with { InLieuOfBase = answer.InLieuOfBase };
    }

    private DutyAnswer Duty(Economy importer, Economy origin, HsCode? product, DateOnly date, decimal? basePercent, HashSet<string>? without, List<MeasureTimeline>? applying = null)
    {
        var layers = new List<DutyLayer>();
        var day = date.DayNumber;
        var candidates = new List<(DutyLayer Layer, MeasureTimeline Timeline, int Specificity)>();
        var pair = Pair(importer, origin);
        applying ??= NoneApplying;
        if (applying.Count > 0)
        {
            // a conditional layer taken as met joins the pair's layers, and its stacking rules with it
            MeasureTimeline[] joined = [.. pair.Layers.Concat(applying).OrderBy(t => t.GroupOrder).ThenBy(t => t.Measure.Id, StringComparer.Ordinal)];
            pair = new PairLayerSet(joined, [.. pair.Excluders, .. applying.Where(a => a.ExcludesGroups != 0)]);
            if (applying.Any(a => a.Measure.Replaces.Count > 0))
            {
                // and the layers it takes the place of leave (an article of copper pays no aluminium heading)
                without = new HashSet<string>(without ?? [], StringComparer.Ordinal);
                without.UnionWith(applying.SelectMany(a => a.Measure.Replaces));
            }
        }

        var excluders = without is null ? pair.Excluders : pair.Excluders.Where(x => !without.Contains(x.Measure.Id)).ToArray();
        ulong ofVoid = 0;
        var excluded = product is { } p0 && excluders.Length > 0 ? ExcludedGroups(excluders, p0, day, out ofVoid) : 0;
        var excludedLayers = new List<ExcludedLayer>();
        foreach (var t in pair.Layers)
        {
            if (without is not null && without.Contains(t.Measure.Id))
            {
                continue;
            }

            if (IsExcluded(t, excluded, ofVoid, day))
            {
                if (t.Measure.Products.Covers(product!.Value) && t.Find(day) is var at and >= 0)
                {
                    var by = excluders.First(x => (x.ExcludedOn(day) & t.GroupBit) != 0 && x.Measure.Products.Covers(product.Value) && x.Find(day) >= 0);
                    excludedLayers.Add(new ExcludedLayer(t.Measure, by.Measure));
                    if (StackingExemption(excluders, t, product.Value, day) is { } exemption)
                    {
                        // the goods are carved out of the layer under a heading of their own: it is shown, exempt, at 0%
                        var own = t.Segments[at];
                        List<Suspension> held = own.Suspension is null ? [] : [own.Suspension];
                        if (t.ScopedFor(product, day) is { } scopedHere)
                        {
                            held.Add(scopedHere.Suspension);
                        }

                        held.Add(exemption);
                        candidates.Add((new DutyLayer(t.Measure, own.ScheduledPercent, 0, LayerStatus.Exempt, own.Rate, held, own.Voiding), t, 0));
                    }
                }

                continue;
            }

            var specificity = product is { } code ? t.Measure.Products.Specificity(code) : t.Measure.Products is { All: true, Exclude.Count: 0 } ? 1 : 0;
            if (specificity == 0)
            {
                continue;
            }

            var index = t.Find(day);
            if (index < 0)
            {
                continue;
            }

            var segment = t.Segments[index];
            var suspensions = new List<Suspension>();
            if (segment.Suspension is not null)
            {
                suspensions.Add(segment.Suspension);
            }

            var rate = segment.InForcePercent;
            if (t.ScopedFor(product, day) is { } scoped)
            {
                suspensions.Add(scoped.Suspension);
                rate = scoped.Suspension.Points is { } p ? Math.Max(0, rate - p) : 0;
            }

            rate = segment.Rate.Collects(rate, basePercent);

            var status = LayerStatuses.Of(segment.Voiding, suspensions, segment.ScheduledPercent, rate);
            candidates.Add((new DutyLayer(t.Measure, segment.ScheduledPercent, rate, status, segment.Rate, suspensions, segment.Voiding), t, specificity));
        }

        foreach (var group in candidates.GroupBy(c => c.Timeline.GroupOrder < 0 ? $"#{c.Timeline.Measure.Id}" : $"g{c.Timeline.GroupOrder}"))
        {
            var first = group.First().Timeline;
            if (first.GroupOrder < 0 || first.Mode == StackingMode.Add)
            {
                layers.AddRange(group.Select(g => g.Layer));
            }
            else
            {
                // a layer shown exempt by a stacking rule (specificity 0) is picked only when no layer of its group applies
                var live = group.Where(g => g.Specificity > 0).ToList();
                var chosen = live.Count == 0 ? group.First()
                    : first.Mode == StackingMode.MostSpecific ? live.MaxBy(g => g.Specificity)
                    : live.MaxBy(g => g.Layer.RatePercent);
                layers.Add(chosen.Layer);
            }
        }

        var conditional = _conditional
            .Where(t => !applying.Contains(t) && t.Measure.Imposer == importer && t.Measure.Targets.Contains(origin) && t.Find(day) >= 0
                && (product is not { } c || t.Measure.Products.Covers(c)))
            .Select(t => (t.Measure, Segment: t.Segments[t.Find(day)]))
            .Select(x => new ConditionalLayer(x.Measure, x.Segment.Rate.Collects(x.Segment.InForcePercent, basePercent)))
            .ToList();
        var answer = new DutyAnswer(importer, origin, product, date, KnownAt, layers, conditional)
        {
            Excluded = excludedLayers,
            Without = without ?? (IReadOnlySet<string>)FrozenSet<string>.Empty,
            Applying = applying.Count == 0 ? [] : [.. applying.Select(a => a.Measure)],
        };
        var (coverage, notes) = CoverageNotes.ForDuty(Measures, answer, FirstDay);
        return answer with { Coverage = coverage, Notes = notes };
    }

    /// <summary>
    /// Whether an export of an item (by name, or by HS code) from the exporter to the destination
    /// needs a licence on the day, under which measures, and the licence decisions reported.
    /// </summary>
    public LicenceAnswer Licence(Economy exporter, Economy destination, string? item, HsCode? product, DateOnly date)
    {
        if (item is null && product is null)
        {
            throw new ArgumentException("Name an item or an HS code.", nameof(item));
        }

        var day = date.DayNumber;
        var statuses = new List<ExportMeasureStatus>();
        foreach (var t in _exports)
        {
            var m = t.Measure;
            if (m.Imposer != exporter || !m.Targets.Contains(destination))
            {
                continue;
            }

            var matched = item is not null && ItemMatcher.Find(m.Items, item) is { } hit ? hit
                : product is { } code && !m.Products.All && m.Products.Covers(code) ? $"HS {code}"
                : null;
            if (matched is null)
            {
                continue;
            }

            var index = t.Find(day);
            if (index < 0)
            {
                statuses.Add(new ExportMeasureStatus(m, null, false, null, null, matched));
                continue;
            }

            var segment = t.Segments[index];
            var status = segment.Status;
            statuses.Add(new ExportMeasureStatus(m, status, status == LayerStatus.InForce, segment.Suspension, segment.Voiding, matched));
        }

        var measureIds = statuses.Select(s => s.Measure.Id).ToHashSet(StringComparer.Ordinal);
        var licences = Licences
            .Where(l => l.Issuer == exporter && l.Date <= date
                && ((l.MeasureId is { } id && measureIds.Contains(id)) || (item is not null && ItemMatcher.Find(l.Items, item) is not null)))
            .OrderBy(l => l.Date)
            .ToList();
        var known = statuses.Count > 0 || licences.Count > 0
            || (item is not null && _exports.Any(t => ItemMatcher.Find(t.Measure.Items, item) is not null))
            || (product is { } p && _exports.Any(t => !t.Measure.Products.All && t.Measure.Products.Covers(p)));
        var answer = new LicenceAnswer(exporter, destination, item ?? $"HS {product}", date, KnownAt, statuses, licences) { ItemKnown = known };
        var (coverage, notes) = CoverageNotes.ForLicence(answer, FirstDay);
        return answer with { Coverage = coverage, Notes = notes };
    }

    /// <summary>
    /// A product's timeline over every day the ledger can hold (1990 to 2100), shared by every
    /// product that the pair's layers and product-scoped suspensions cover alike (a step does not
    /// name the product): a book of thousands of HS codes falls into a few dozen such classes,
    /// each folded once per view.
    /// </summary>
    public IReadOnlyList<TimelineStep> WholeTimeline(Economy importer, Economy origin, HsCode product)
    {
        var key = new System.Text.StringBuilder(64).Append(importer.Code).Append(origin.Code);
        foreach (var t in PairLayers(importer, origin))
        {
            key.Append(t.Measure.Products.Specificity(product)).Append(':');
            foreach (var scoped in t.Scoped)
            {
                key.Append(scoped.Products.Covers(product) ? '1' : '0');
            }

            key.Append(';');
        }

        return _wholeTimelines.GetOrAdd(key.ToString(), _ => Timeline(importer, origin, product, new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31)));
    }

    /// <summary>
    /// The total additional rate over time as steps: one step each time the total, a layer's rate or
    /// its status changes between <paramref name="from"/> and <paramref name="to"/> (inclusive).
    /// </summary>
    public IReadOnlyList<TimelineStep> Timeline(Economy importer, Economy origin, HsCode? product, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The timeline must end on or after it starts ({from:yyyy-MM-dd} to {to:yyyy-MM-dd}).", nameof(to));
        }

        var days = new SortedSet<int> { from.DayNumber };
        foreach (var t in PairLayers(importer, origin))
        {
            foreach (var b in t.Boundaries())
            {
                if (b > from.DayNumber && b <= to.DayNumber)
                {
                    days.Add(b);
                }
            }
        }

        var steps = new List<TimelineStep>();
        DutyAnswer? previous = null;
        foreach (var day in days)
        {
            var date = DateOnly.FromDayNumber(day);
            var answer = Duty(importer, origin, product, date);
            var changes = previous is null ? [] : Describe(previous, answer);
            if (previous is null || changes.Count > 0)
            {
                steps.Add(new TimelineStep(date, answer.TotalAdditionalPercent, answer.RefundablePercent, answer.Layers, changes));
            }

            previous = answer;
        }

        return steps;
    }

    private static List<string> Describe(DutyAnswer before, DutyAnswer after)
    {
        var changes = new List<string>();
        var old = before.Layers.ToDictionary(l => l.Measure.Id, StringComparer.Ordinal);
        foreach (var layer in after.Layers)
        {
            if (!old.Remove(layer.Measure.Id, out var was))
            {
                changes.Add($"{layer.Measure.Basis} starts at {Percent(layer.RatePercent)}" + (layer.Status == LayerStatus.InForce ? string.Empty : $" ({Status(layer.Status)})"));
            }
            else if (was.RatePercent != layer.RatePercent || was.Status != layer.Status)
            {
                var text = $"{layer.Measure.Basis} {Percent(was.RatePercent)} -> {Percent(layer.RatePercent)}";
                if (was.Status != layer.Status)
                {
                    text += $" ({Status(layer.Status)})";
                }
                else if (layer.Suspensions.Count > 0 && was.Suspensions.Count == 0)
                {
                    text += " (suspension begins)";
                }
                else if (layer.Suspensions.Count == 0 && was.Suspensions.Count > 0)
                {
                    text += " (suspension ends)";
                }

                changes.Add(text);
            }
        }

        foreach (var gone in old.Values)
        {
            changes.Add($"{gone.Measure.Basis} ends (was {Percent(gone.RatePercent)})");
        }

        return changes;
    }

    internal static string Percent(decimal value) => $"{value:0.##}%";

    internal static string Status(LayerStatus status) => status switch
    {
        LayerStatus.InForce => "in force",
        LayerStatus.Suspended => "suspended",
        LayerStatus.Exempt => "exempt",
        _ => "void",
    };

    /// <summary>Everything that starts, changes, is suspended, ends or falls due between two days (inclusive), in date order.</summary>
    /// <param name="today">When given, events before it (or before the view's known-at day, when earlier) are worded as past ("took effect", "expired on").</param>
    public IReadOnlyList<CalendarEvent> Changes(DateOnly from, DateOnly to, DateOnly? today = null) => Calendar.Build(this, _timelines, from, to, today);

    /// <summary>One pair's tariff layers in stacking order, and those of them whose group takes other groups out of the stack.</summary>
    private sealed record PairLayerSet(MeasureTimeline[] Layers, MeasureTimeline[] Excluders);
}
