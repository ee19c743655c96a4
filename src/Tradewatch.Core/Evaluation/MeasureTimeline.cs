using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;

namespace Tradewatch.Core.Evaluation;

/// <summary>The status of a layer on a day.</summary>
public enum LayerStatus
{
    /// <summary>Applies; possibly in part, when some points of it are suspended.</summary>
    InForce,

    /// <summary>Wholly suspended: on the books but collected at 0%.</summary>
    Suspended,

    /// <summary>A later record (a court ruling) holds it was never validly in force on this day.</summary>
    Void,

    /// <summary>
    /// Not owed on these goods: an exemption (<see cref="Suspension.IsExemption"/>) carves them out of the measure's scope.
    /// Unlike a suspension it is no pause in time, and unlike a void layer nothing was owed to refund.
    /// </summary>
    Exempt,
}

/// <summary>
/// A stretch of days over which one measure's rate, suspension and voiding do not change.
/// Days are <see cref="DateOnly.DayNumber"/>s, <c>[Start, End)</c>.
/// </summary>
internal readonly record struct Segment(
    int Start,
    int End,
    decimal ScheduledPercent,
    decimal InForcePercent,
    RateEntry Rate,
    Suspension? Suspension,
    Voiding? Voiding)
{
    public LayerStatus Status => LayerStatuses.Of(Voiding, Suspension is null ? [] : [Suspension], ScheduledPercent, InForcePercent);
}

internal static class LayerStatuses
{
    /// <summary>
    /// Exempt when an exemption takes all of it (the goods never owed it, so a voiding has nothing to refund); void when
    /// voided; suspended when a suspension takes all of it (or suspends a measure that has no rate, such as an export
    /// control); else in force.
    /// </summary>
    public static LayerStatus Of(Voiding? voiding, IReadOnlyList<Suspension> suspensions, decimal scheduled, decimal inForce) =>
        suspensions.Any(s => s.IsExemption && s.Points is null) ? LayerStatus.Exempt
        : voiding is not null ? LayerStatus.Void
        : suspensions.Count > 0 && (suspensions.Any(s => s.Points is null) || (inForce == 0 && scheduled > 0)) ? LayerStatus.Suspended
        : LayerStatus.InForce;
}

/// <summary>
/// Stacking groups (a bit each) excluded over the days <c>[Start, End)</c>; <paramref name="Exemption"/> is the rule's entry
/// when it is an exemption with a heading (<see cref="StackingExclusion.Heading"/>), null when the groups are stood in for.
/// </summary>
internal readonly record struct GroupExclusion(ulong Groups, int Start, int End, StackingExclusion? Exemption = null);

/// <summary>A suspension limited to some products, with its end as known at the view's time.</summary>
internal sealed record ScopedSuspension(Suspension Suspension, int Start, int End, ProductScope Products);

/// <summary>One measure folded as known at a time: its rate over days, with suspensions and voidings applied.</summary>
internal sealed class MeasureTimeline
{
    public MeasureTimeline(Measure measure, Segment[] segments, ScopedSuspension[] scoped, StackingMode mode, int groupOrder, GroupExclusion[]? exclusions = null)
    {
        Exclusions = exclusions ?? [];
        foreach (var e in Exclusions)
        {
            ExcludesGroups |= e.Groups;
        }

        Measure = measure;
        Segments = segments;
        Scoped = scoped;
        Mode = mode;
        GroupOrder = groupOrder;
    }

    public Measure Measure { get; }

    public Segment[] Segments { get; }

    public ScopedSuspension[] Scoped { get; }

    public StackingMode Mode { get; }

    /// <summary>-1 for a layer outside any group; otherwise the index of its stacking group.</summary>
    public int GroupOrder { get; }

    /// <summary>A bit per stacking group (by <see cref="GroupOrder"/>) whose layers do not apply, on some day, to goods this layer applies to.</summary>
    public ulong ExcludesGroups { get; }

    /// <summary>The groups this layer takes out of the stack, each over its days.</summary>
    public GroupExclusion[] Exclusions { get; }

    /// <summary>The groups this layer takes out of the stack on <paramref name="day"/>.</summary>
    public ulong ExcludedOn(int day)
    {
        ulong groups = 0;
        foreach (var e in Exclusions)
        {
            if (day >= e.Start && day < e.End)
            {
                groups |= e.Groups;
            }
        }

        return groups;
    }

    /// <summary>The bit of this layer's group in <see cref="ExcludesGroups"/> masks, 0 outside any group.</summary>
    public ulong GroupBit => GroupOrder < 0 ? 0 : 1UL << GroupOrder;

    /// <summary>The index of the segment holding <paramref name="day"/>, or -1.</summary>
    public int Find(int day)
    {
        var segments = Segments;
        int lo = 0, hi = segments.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = segments[mid];
            if (day < s.Start)
            {
                hi = mid - 1;
            }
            else if (day >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The product-scoped suspension covering the product on the day, if any.</summary>
    public ScopedSuspension? ScopedFor(HsCode? product, int day)
    {
        if (product is not { } code)
        {
            return null;
        }

        foreach (var scoped in Scoped)
        {
            if (day >= scoped.Start && day < scoped.End && scoped.Products.Covers(code))
            {
                return scoped;
            }
        }

        return null;
    }

    /// <summary>Every day on which something about this measure changes.</summary>
    public IEnumerable<int> Boundaries()
    {
        foreach (var s in Segments)
        {
            yield return s.Start;
            if (s.End != int.MaxValue)
            {
                yield return s.End;
            }
        }

        foreach (var s in Scoped)
        {
            yield return s.Start;
            if (s.End != int.MaxValue)
            {
                yield return s.End;
            }
        }
    }
}
