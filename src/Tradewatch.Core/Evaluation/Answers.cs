using System.Collections.Frozen;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;

namespace Tradewatch.Core.Evaluation;

/// <summary>One layer of a duty stack on a day.</summary>
/// <param name="ScheduledPercent">The measure's rate before suspensions.</param>
/// <param name="RatePercent">The rate collected: the scheduled rate less suspended points (0 when wholly suspended).</param>
/// <param name="Suspensions">The suspensions acting on the layer that day.</param>
/// <param name="Voiding">The record that voids the layer for that day, if any.</param>
public sealed record DutyLayer(
    Measure Measure,
    decimal ScheduledPercent,
    decimal RatePercent,
    LayerStatus Status,
    RateEntry Rate,
    IReadOnlyList<Suspension> Suspensions,
    Voiding? Voiding)
{
    /// <summary>
    /// The exemption that takes the goods out of the layer when it is <see cref="LayerStatus.Exempt"/>; null otherwise. A layer a
    /// stacking rule takes out under a heading (<see cref="StackingExclusion.Heading"/>) is exempt too, at 0%: its exemption is
    /// named for the measure whose rule it is (<see cref="DutyAnswer.Excluded"/> lists it as well).
    /// </summary>
    public Suspension? Exemption => Status == LayerStatus.Exempt ? Suspensions.FirstOrDefault(s => s.IsExemption && s.Points is null) : null;

    /// <summary>Every source behind the layer: the measure's, the rate's, the suspensions' and the voiding's, without repeats.</summary>
    public IReadOnlyList<string> Sources =>
        Measure.Provenance.Sources
            .Concat(Rate.Provenance.Sources)
            .Concat(Suspensions.SelectMany(s => s.Provenance.Sources))
            .Concat(Voiding?.Provenance.Sources ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
}

/// <summary>How far an answer can be relied on, as the ledger knows its own limits.</summary>
public enum Coverage
{
    /// <summary>Every layer or control in the answer rests on a scope as exact as the legal text's and on a primary or corroborated source.</summary>
    Exact,

    /// <summary>Some part rests on a coarser scope than the legal text's, or on one secondary source: see the notes.</summary>
    Approximate,

    /// <summary>The question falls outside what the ledger covers: the answer says nothing either way.</summary>
    Outside,
}

/// <summary>
/// A measure that applies only under a condition the question does not settle (a part's use, a claim to declare), with the
/// rate it would collect on the day: an all-in rate less the base rate when that is known, as a layer's would.
/// </summary>
public sealed record ConditionalLayer(Measure Measure, decimal RatePercent)
{
    /// <summary>
    /// The whole stack if the condition holds (<see cref="LedgerView.IfApplies"/>): the layer joins it under its stacking
    /// rules, split on the goods' metal as the answer is, with its own <see cref="DutyAnswer.IfClaimed"/>: the stack if the
    /// condition holds and the goods are claimed too. Null until worked out (<see cref="GoodsDuty.WithConditions"/>), and
    /// where the layer would change nothing in the stack.
    /// </summary>
    public DutyAnswer? IfApplies { get; init; }
}

/// <summary>The duty stack for a product from an origin into an importer on a day, as known at a time.</summary>
public sealed record DutyAnswer(
    Economy Importer,
    Economy Origin,
    HsCode? Product,
    DateOnly Date,
    DateTimeOffset? KnownAt,
    IReadOnlyList<DutyLayer> Layers,
    IReadOnlyList<ConditionalLayer> ConditionalMeasures)
{
    /// <summary>The sum of the rates collected by layers that are not void.</summary>
    public decimal TotalAdditionalPercent => Layers.Where(l => l.Status != LayerStatus.Void).Sum(l => l.RatePercent);

    /// <summary>The sum of the rates of void layers: what was collected without a valid basis.</summary>
    public decimal RefundablePercent => Layers.Where(l => l.Status == LayerStatus.Void).Sum(l => l.RatePercent);

    /// <summary>The additional duty in dollars on goods of this value: with a metal content split, its layers on the metal's value and the rest's on the rest.</summary>
    public decimal? DutyOn(decimal? value) => value is { } v ? Math.Round(AdditionalOn(v), 2) : null;

    /// <summary>The duty in dollars collected on goods of this value under void layers (refundable): with a metal content split, each part's.</summary>
    public decimal? RefundableOn(decimal? value) => value is not { } v ? null : Math.Round(Content is { } c
        ? (Math.Min(c.MetalValue, v) * RefundablePercent / 100m) + (Math.Max(0, v - c.MetalValue) * c.Rest.RefundablePercent / 100m)
        : v * RefundablePercent / 100m, 2);

    /// <summary>
    /// The additional rate on goods of this value as a whole: <see cref="TotalAdditionalPercent"/>, or with a
    /// metal content split the duty on both parts over the value (rounded to 0.01 points).
    /// </summary>
    public decimal AdditionalPercentOn(decimal value) =>
        Content is null || value <= 0 ? TotalAdditionalPercent : Math.Round(AdditionalOn(value) * 100m / value, 2);

    /// <summary>The base ad valorem rate plus <see cref="AdditionalPercentOn"/>; null when the base rate is not ad valorem.</summary>
    public decimal? TotalPercentOn(decimal value) => BasePercent is { } b ? b + AdditionalPercentOn(value) : null;

    private decimal AdditionalOn(decimal value) => Content is { } c
        ? (Math.Min(c.MetalValue, value) * TotalAdditionalPercent / 100m) + (Math.Max(0, value - c.MetalValue) * c.Rest.TotalAdditionalPercent / 100m)
        : value * TotalAdditionalPercent / 100m;

    /// <summary>
    /// When the question gave the value of the metal content and a layer is charged on it only: the
    /// answer's layers apply to the metal's value, <see cref="ContentSplit.Rest"/>'s to the rest.
    /// </summary>
    public ContentSplit? Content { get; init; }

    /// <summary>The stack if the goods qualify for the exemptions their layers' conditions name (USMCA origin...); null when no layer has one.</summary>
    public ClaimedExemption? IfClaimed { get; init; }

    /// <summary>Layers left out because the goods' metal weighs less than the share their exemption names (9903.82.03), or there is none (9903.82.01).</summary>
    public IReadOnlyList<MetalWeightExempt> ExemptByMetalWeight { get; init; } = [];

    /// <summary>The base (MFN or column 2) layer from the US schedule, when the importer is the US and the line is known.</summary>
    public MfnLayer? Base { get; init; }

    /// <summary>
    /// Whether the layers are owed in lieu of the base rate: the stack of a conditional duty that replaces every other
    /// duty when it applies (<see cref="Ledger.Measure.InLieu"/>); <see cref="Base"/> is then the rate it replaces.
    /// </summary>
    public bool InLieuOfBase { get; init; }

    /// <summary>
    /// The measures the stack was answered without (those a claim or the goods' metal weight exempt them from), and the
    /// conditional measures it was answered as met (<see cref="LedgerView.IfApplies"/>, <see cref="LedgerView.WithMetal"/>): a stack answered again for part of
    /// the goods' value (<see cref="LedgerView.WithMetalContent"/>) keeps both, so a claim made stays made.
    /// </summary>
    public IReadOnlySet<string> Without { get; init; } = FrozenSet<string>.Empty;

    /// <inheritdoc cref="Without"/>
    public IReadOnlyList<Measure> Applying { get; init; } = [];

    /// <summary>The base rate plus the additional layers, when the base rate is ad valorem (the layers alone when owed in lieu of it); null otherwise.</summary>
    public decimal? TotalPercent => BasePercent is { } b ? b + TotalAdditionalPercent : null;

    /// <summary>The base rate the layers are owed on top of: the base layer's ad valorem rate, 0 when they are owed in lieu of it.</summary>
    private decimal? BasePercent => InLieuOfBase ? 0 : Base?.AdValoremPercent;

    /// <summary>
    /// The whole duty in dollars: the base duty computed from value and quantity, plus the additional
    /// layers on the value; null when either cannot be computed.
    /// </summary>
    public decimal? TotalDutyOn(decimal? value, decimal? quantity, string? unit) =>
        value is { } v && (InLieuOfBase ? 0 : Base?.Amount(v, quantity, unit)) is { } b ? b + Math.Round(AdditionalOn(v), 2) : null;

    /// <summary>
    /// Layers that cover the product that day but do not apply, because a stacking rule of another layer takes them out. Those
    /// the rule exempts the goods from under a heading are in <see cref="Layers"/> too, exempt at 0%; those another layer
    /// stands in for are not.
    /// </summary>
    public IReadOnlyList<ExcludedLayer> Excluded { get; init; } = [];

    /// <summary>How exact the answer is; <see cref="Notes"/> say why when it is not.</summary>
    public Coverage Coverage { get; init; }

    /// <summary>What a reader must know about the answer's limits: approximate scopes, single secondary sources, gaps.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// A value split on metal content: <paramref name="MetalValue"/> (of <paramref name="Metals"/>) pays the
/// layers charged on the metal content and what stacks with them; the rest of the value pays <paramref name="Rest"/>,
/// the stack without those layers (the reciprocal tariff, for one).
/// </summary>
public sealed record ContentSplit(decimal MetalValue, IReadOnlyList<string> Metals, IReadOnlyList<Measure> OnContent, DutyAnswer Rest);

/// <summary>
/// The stack if the goods qualify for the exemptions of <paramref name="Exempt"/> (each a tariff with a condition the
/// importer declares, such as USMCA origin): <paramref name="Rest"/> is the stack answered without them.
/// <paramref name="LetIn"/> are the layers collecting a duty in <paramref name="Rest"/> that the answer without the claim
/// left out: an exempt layer kept them out only while the goods owed it (<see cref="LetInReason"/>), so the claim can
/// cost more than it saves (USMCA auto parts that are steel or aluminium derivatives, from 4 June 2025: 50% against 25%).
/// </summary>
public sealed record ClaimedExemption(IReadOnlyList<Measure> Exempt, DutyAnswer Rest, IReadOnlyList<Measure> LetIn)
{
    /// <summary>Why a claim lets in a layer the exempt one kept out, with the source, for the answers' readers.</summary>
    public const string LetInReason =
        "goods that owe nothing under a duty are not subject to it, so it no longer stands in for the duties it excludes "
        + "(EO 14289; CBP's notice implementing it, 90 FR 21487 of 20 May 2025: \"subject to\" means that more than 0% is owed)";
}

/// <summary>A layer left out of a duty stack: <paramref name="Measure"/> does not apply to goods that <paramref name="By"/> applies to.</summary>
public sealed record ExcludedLayer(Measure Measure, Measure By);

/// <summary>One export measure as it bears on an export on a day.</summary>
public sealed record ExportMeasureStatus(Measure Measure, LayerStatus? Status, bool InForce, Suspension? Suspension, Voiding? Voiding, string MatchedOn);

/// <summary>Whether an export needs a licence, and why.</summary>
public sealed record LicenceAnswer(
    Economy Exporter,
    Economy Destination,
    string Item,
    DateOnly Date,
    DateTimeOffset? KnownAt,
    IReadOnlyList<ExportMeasureStatus> Measures,
    IReadOnlyList<LicenceRecord> Licences)
{
    public bool Prohibited => Measures.Any(m => m.InForce && m.Measure.Kind == MeasureKind.ExportBan);

    public bool LicenceRequired => Measures.Any(m => m.InForce && m.Measure.Kind is MeasureKind.ExportControl or MeasureKind.EndUserControl);

    /// <summary>False when the ledger names the item under no export measure at all: then it cannot say that no licence is needed.</summary>
    public bool ItemKnown { get; init; } = true;

    /// <summary>How exact the answer is; <see cref="Notes"/> say why when it is not.</summary>
    public Coverage Coverage { get; init; }

    /// <summary>What a reader must know about the answer's limits.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A step of a timeline: from <see cref="Start"/> the total is <see cref="TotalAdditionalPercent"/>.</summary>
public sealed record TimelineStep(DateOnly Start, decimal TotalAdditionalPercent, decimal RefundablePercent, IReadOnlyList<DutyLayer> Layers, IReadOnlyList<string> Changes);

/// <summary>What kind of event a calendar entry is.</summary>
public enum CalendarEventKind
{
    Starts,
    Changes,
    Ends,
    Suspended,
    SuspensionEnds,

    /// <summary>The day a suspension was to end, which a later record moved on: it was extended.</summary>
    SuspensionExtended,
    Void,
    Deadline,
    Agreement,
    Licence,
    Notice,
}

/// <summary>A suspension's end moved later by a record of its history: from <see cref="PreviousEnd"/> to <see cref="NewEnd"/> (null: no end).</summary>
public sealed record SuspensionExtension(Suspension Suspension, DateOnly PreviousEnd, DateOnly? NewEnd, Provenance Provenance);

/// <summary>One entry of the calendar of changes.</summary>
public sealed record CalendarEvent(DateOnly Date, CalendarEventKind Kind, string Subject, string Text, IReadOnlyList<string> Sources);

/// <summary>A layer left out for the goods' metal weight, with the heading that exempts them (9903.82.03, or 9903.82.01 for goods without metal).</summary>
public sealed record MetalWeightExempt(Measure Measure, string Heading)
{
    /// <summary>Whether the heading is the one for goods with no aluminium, steel or copper at all.</summary>
    public bool NoMetal => Heading == Measure.MetalWeightExemption?.NoMetalHeading;
}
