using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;

namespace Tradewatch.Core.Ledger;

/// <summary>What kind of measure: how it is applied and which answers it enters.</summary>
public enum MeasureKind
{
    /// <summary>An additional ad valorem duty on imports.</summary>
    Tariff,

    /// <summary>An additional duty that applies only under a condition (for example low-value postal shipments).</summary>
    ConditionalTariff,

    /// <summary>Exports need a licence.</summary>
    ExportControl,

    /// <summary>Exports are prohibited.</summary>
    ExportBan,

    /// <summary>Exports to listed end users (and their affiliates) need a licence.</summary>
    EndUserControl,

    /// <summary>A charge that is not an ad valorem duty on goods (a port fee per net ton): recorded and dated, never stacked into a duty.</summary>
    Fee,
}

/// <summary>Where a fact comes from and when it was recorded. Every record carries one.</summary>
/// <param name="Recorded">When the fact became known: for a bundled entry, the day it was announced or published.</param>
/// <param name="Sources">URLs of the legal text, the authority's notice or the reports.</param>
/// <param name="Note">What a reader should know: a coarser scope, a fact resting on one secondary source.</param>
/// <param name="RecordedBy">Who recorded it: a curator's name, or the file it came from.</param>
public sealed record Provenance(DateTimeOffset Recorded, IReadOnlyList<string> Sources, string? Note = null, string? RecordedBy = null)
{
    /// <summary>
    /// The day the fact itself became public, when the ledger learnt it later (a record correcting the
    /// ledger's own coarse one): the law as published then, which a deposit at entry followed. Null when
    /// it is <see cref="Recorded"/>.
    /// </summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the fact was public: <see cref="Published"/> when it is earlier than <see cref="Recorded"/>.</summary>
    public DateTimeOffset PublicFrom => Published is { } published && published < Recorded ? published : Recorded;
}

/// <summary>A measure: who imposes what on whom, on which goods, on what legal basis.</summary>
public sealed record Measure(
    string Id,
    MeasureKind Kind,
    string Title,
    Economy Imposer,
    EconomyScope Targets,
    ProductScope Products,
    IReadOnlyList<string> Items,
    string Basis,
    string? LegalText,
    string? StackingGroup,
    string? Condition,
    Provenance Provenance)
{
    public bool IsExportMeasure => Kind is MeasureKind.ExportControl or MeasureKind.ExportBan or MeasureKind.EndUserControl;

    /// <summary>True for the kinds whose schedule is a rate in percent (tariffs); false for export measures and fees.</summary>
    public bool HasRate => Kind is MeasureKind.Tariff or MeasureKind.ConditionalTariff;

    /// <summary>
    /// True for a tariff whose <see cref="Condition"/> is a claim that exempts goods from it (USMCA origin, declared at
    /// entry): it applies unless the claim is made. A conditional tariff's condition is the reverse: it applies only if
    /// the condition holds; one that names a <see cref="Claim"/> as well applies only if the condition holds and the claim
    /// is not made (USMCA auto parts of headings the list covers only as parts of passenger vehicles).
    /// </summary>
    public bool ExemptOnClaim => Condition is not null && (Kind == MeasureKind.Tariff || (Kind == MeasureKind.ConditionalTariff && Claim is not null));

    /// <summary>
    /// The preference programme whose claim exempts goods from the measure (<c>USMCA</c>, <c>CAFTA-DR</c>), as an import
    /// line names it; the <see cref="Condition"/> says it in words. Null when no claim exempts from it.
    /// </summary>
    public string? Claim { get; init; }

    /// <summary>Whether <paramref name="claim"/> (as an import line writes it, any case) is the preference whose claim exempts from the measure.</summary>
    public bool IsClaim(string claim) => string.Equals(Claim, claim, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// For a <see cref="MeasureKind.ConditionalTariff"/>: when its condition holds, its duty is owed in lieu of every other
    /// duty on the goods, the base rate included (the postal duty of EO 14256, which CBP collects instead of the MFN,
    /// Section 301 and other IEEPA duties).
    /// </summary>
    public bool InLieu { get; init; }

    /// <summary>For an export measure: the control-list entries it covers (an ECCN, a Chinese dual-use list number), as the announcement gives them.</summary>
    public string? ControlList { get; init; }

    /// <summary>For an export measure: who may not receive the items, or whose applications are weighed case by case.</summary>
    public string? EndUsers { get; init; }

    /// <summary>
    /// For a tariff charged on the value of a metal content only (Section 232 derivatives entered under
    /// 9903.81.91 and 9903.85.08, copper under 9903.78.01): the metal (<c>steel</c>, <c>aluminium</c>,
    /// <c>copper</c>). Given the metal content's value, the rest of the value pays the stack without this
    /// layer; without it, the whole value pays it.
    /// </summary>
    public string? ContentMetal { get; init; }

    /// <summary>
    /// Goods whose metal is under a share of their weight are outside the measure (9903.82.03 for the April 2026
    /// metals annexes), except the articles of the chapters it names; null when the measure has no such exemption.
    /// </summary>
    public MetalWeightExemption? MetalWeightExemption { get; init; }

    /// <summary>
    /// For a <see cref="MeasureKind.ConditionalTariff"/> whose condition is the goods' metal (<c>steel</c>, <c>aluminium</c>,
    /// <c>copper</c>): that metal. A line the schedule names both as a derivative aluminium article and as an article of copper
    /// (U.S. note 16(c)(vi) and (viii) to subchapter III of chapter 99: 8544.42.90) pays the copper headings only as copper;
    /// goods the question says are of this metal meet the condition, goods of another metal do not. Null otherwise.
    /// </summary>
    public string? Metal { get; init; }

    /// <summary>
    /// For a <see cref="MeasureKind.ConditionalTariff"/>: the ids of the layers it takes the place of when its condition holds
    /// (the aluminium headings an article of copper does not pay), left out of the stack it joins. Empty when it only adds.
    /// </summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];

    /// <summary>
    /// The ids this measure went by before it was renamed (<c>formerly</c> in a ledger file). A record that names one,
    /// such as a suspension accepted in review before the rename, points at this measure, and so does a question
    /// (<c>ledger show</c>, the measure's page).
    /// </summary>
    public IReadOnlyList<string> FormerIds { get; init; } = [];
}

/// <summary>
/// Articles whose metal weighs less than <paramref name="BelowPercent"/> of their weight are exempt under
/// <paramref name="Heading"/>, except those of <paramref name="ExceptChapters"/> (chapters 72, 73, 74, 76).
/// </summary>
public sealed record MetalWeightExemption(decimal BelowPercent, string Heading, IReadOnlyList<string> ExceptChapters)
{
    /// <summary>
    /// The heading exempting goods with no metal at all, in every chapter (9903.82.01: no aluminium, steel or copper),
    /// known from <see cref="NoMetalRecorded"/>; null when the measure has none.
    /// </summary>
    public string? NoMetalHeading { get; init; }

    /// <summary>When the ledger records the no-metal heading as known (the publication of the revision that added it).</summary>
    public DateTimeOffset? NoMetalRecorded { get; init; }

    /// <summary>Whether goods of this line with their metal at this share of their weight (percent) are exempt.</summary>
    public bool Exempts(HsCode product, decimal metalWeightPercent) =>
        metalWeightPercent < BelowPercent && !ExceptChapters.Contains(product.Digits[..2], StringComparer.Ordinal);

    /// <summary>
    /// The heading under which goods of this line with their metal at this share of their weight are exempt, as known
    /// at <paramref name="knownAt"/> (null: now): the no-metal heading for goods without any metal, else
    /// <see cref="Heading"/> when <see cref="Exempts"/> says so; null when they are not exempt.
    /// </summary>
    public string? ExemptUnder(HsCode product, decimal metalWeightPercent, DateTimeOffset? knownAt) =>
        metalWeightPercent == 0 && NoMetalHeading is { } none && (knownAt is null || NoMetalRecorded is null || knownAt >= NoMetalRecorded) ? none
        : Exempts(product, metalWeightPercent) ? Heading
        : null;
}

/// <summary>
/// One entry of a measure's rate schedule: from <see cref="Valid"/>'s start the measure applies at
/// <see cref="RatePercent"/>; a null rate means it stops applying. A later-recorded entry takes
/// precedence over earlier ones for the days it covers.
/// </summary>
public sealed record RateEntry(string MeasureId, DateRange Valid, decimal? RatePercent, Provenance Provenance)
{
    /// <summary>
    /// The rate is all-in: the layer tops the product's base (MFN) rate up to it, and collects
    /// nothing where the base rate is already as high (the 15% deal floors of the EU, Japan, Korea
    /// and Switzerland). Without the base rate the layer shows the all-in rate.
    /// </summary>
    public bool AllIn { get; init; }

    /// <summary>What the entry collects on goods whose base ad valorem rate is <paramref name="basePercent"/> (unknown: null).</summary>
    public decimal Collects(decimal inForcePercent, decimal? basePercent) =>
        AllIn && basePercent is { } b ? Math.Max(0, inForcePercent - b) : inForcePercent;
}

/// <summary>
/// A suspension of a measure over a range of days: of <see cref="Points"/> percentage points of
/// its rate, or of all of it when null; of its whole scope or only of <see cref="Products"/>.
/// </summary>
public sealed record Suspension(
    string Id,
    string MeasureId,
    string Title,
    DateRange Valid,
    decimal? Points,
    ProductScope? Products,
    Provenance Provenance)
{
    /// <summary>
    /// The suspension is an exemption: it carves <see cref="Products"/> out of the measure's scope (Annex II of the
    /// reciprocal tariff, the electronics exemption, Annex I of Section 122), where a pause (a truce) holds the rate back
    /// for a time. Goods it takes all of are exempt from the layer (<see cref="Evaluation.LayerStatus.Exempt"/>), not suspended.
    /// </summary>
    public bool IsExemption { get; init; }

    /// <summary>The Chapter 99 heading that provides the exemption (9903.01.32 for Annex II), when the ledger knows it.</summary>
    public string? Heading { get; init; }
}

/// <summary>A later decision that moves a suspension's end: an extension, or an early end.</summary>
public sealed record SuspensionChange(string SuspensionId, DateOnly? NewEnd, Provenance Provenance);

/// <summary>
/// A record that a measure was never validly in force over <see cref="Valid"/> (a court ruling):
/// answers as known after it show the layer as void on those days.
/// </summary>
public sealed record Voiding(string Id, IReadOnlyList<string> MeasureIds, DateRange Valid, string Basis, Provenance Provenance);

/// <summary>What a reported licence decision did.</summary>
public enum LicenceAction
{
    Granted,
    Required,
    Denied,

    /// <summary>Announced or promised, not yet reported as issued.</summary>
    Promised,
}

/// <summary>A licence decision reported under an export measure: granted to someone, required, or denied.</summary>
public sealed record LicenceRecord(
    string Id,
    string? MeasureId,
    Economy Issuer,
    IReadOnlyList<string> Items,
    LicenceAction Action,
    DateOnly Date,
    string? Holder,
    string Title,
    Provenance Provenance);

/// <summary>An agreement or joint statement between economies.</summary>
public sealed record Agreement(
    string Id,
    string Title,
    string? Place,
    DateOnly Date,
    IReadOnlyList<Economy> Parties,
    string Terms,
    Provenance Provenance);

/// <summary>
/// A correction of an earlier record (a measure, suspension, licence, voiding, agreement or
/// deadline), appended when the correction became public or when the ledger learnt of it. The
/// corrected record is never edited: answers as known at or after <see cref="Provenance"/>'s time
/// see the record with the fields given here replaced; answers as known before see it as it was.
/// A field left null is unchanged. <see cref="Provenance"/>'s sources, when given, replace the
/// record's sources (primary texts first).
/// </summary>
public sealed record Amendment(string RecordId, Provenance Provenance)
{
    public string? Title { get; init; }

    public IReadOnlyList<string>? Items { get; init; }

    public ProductScope? Products { get; init; }

    public string? LegalText { get; init; }

    public string? ControlList { get; init; }

    public string? EndUsers { get; init; }

    /// <summary>A suspension's corrected first day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>A licence decision's corrected action.</summary>
    public LicenceAction? Action { get; init; }

    /// <summary>A licence decision's corrected day.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>A voiding's corrected list of measures (a ruling found to reach one more layer).</summary>
    public IReadOnlyList<string>? Measures { get; init; }

    /// <summary>What changed, in words, for the correction trail (<c>ledger history</c>).</summary>
    public IReadOnlyList<string> Changed()
    {
        var changed = new List<string>();
        void Add(bool present, string what)
        {
            if (present)
            {
                changed.Add(what);
            }
        }

        Add(Title is not null, "title");
        Add(Items is not null, "items");
        Add(Products is not null, "products");
        Add(LegalText is not null, "legal text");
        Add(ControlList is not null, "control list");
        Add(EndUsers is not null, "end users");
        Add(From is not null, $"from {From:yyyy-MM-dd}");
        Add(Action is not null, $"action {Action?.ToString().ToLowerInvariant()}");
        Add(Date is not null, $"date {Date:yyyy-MM-dd}");
        Add(Measures is not null, $"measures {string.Join(", ", Measures ?? [])}");
        Add(Provenance.Sources.Count > 0, "sources");
        Add(Provenance.Note is not null, "note");
        return changed;
    }
}

/// <summary>
/// An order, notice or listing the ledger records because it bears on the measures without being
/// a rate of its own here: a stacking order whose layers live in another file, an entity added to
/// an unreliable-entity or export-control list, a retaliation list kept for reference.
/// </summary>
public sealed record Notice(string Id, string Title, Economy Issuer, DateOnly Date, string Subject, string? RelatedId, Provenance Provenance);

/// <summary>
/// Something the ledger knows it does not hold (a measure of an imposer and kind left out, a list not
/// loaded at tariff lines), so that coverage reports can say what is missing rather than stay silent.
/// </summary>
public sealed record CoverageGap(Economy Imposer, MeasureKind Kind, string Subject, string? Note);

/// <summary>A date by which something lapses or must be decided.</summary>
public sealed record Deadline(string Id, DateOnly Date, string Subject, string? RelatedId, Provenance Provenance);

/// <summary>How the layers of one stacking group combine.</summary>
public enum StackingMode
{
    /// <summary>Every layer of the group applies and their rates add (the default for layers without a group).</summary>
    Add,

    /// <summary>Only the layer whose product scope names the good most specifically applies.</summary>
    MostSpecific,

    /// <summary>Only the layer with the highest rate applies.</summary>
    Highest,
}

/// <summary>
/// A stacking rule, as data: how the layers that share <see cref="Group"/> combine, and which other
/// groups do not apply to goods that a layer of this group applies to (Section 232 goods do not pay
/// the reciprocal tariff or the Section 122 surcharge). A group named in <see cref="Excludes"/> may
/// be defined in another ledger file.
/// </summary>
public sealed record StackingRule(string Group, StackingMode Mode, string? Note, IReadOnlyList<StackingExclusion>? Excludes = null)
{
    /// <summary>
    /// The exclusions as known at a time: for each excluded group, the entries recorded last by then
    /// (an undated entry counts as recorded before any dated one). A later-recorded entry so replaces
    /// the earlier ones for its group, and answers as known before it are unchanged.
    /// </summary>
    /// <param name="publishedBy">When given, the law as published then: of the exclusions as known at <paramref name="knownAt"/>, those whose order was public by then.</param>
    public IReadOnlyList<StackingExclusion> ExcludesKnownAt(DateTimeOffset? knownAt, DateTimeOffset? publishedBy = null)
    {
        var known = (Excludes ?? [])
            .Where(e => e.Recorded is null || knownAt is null || e.Recorded <= knownAt)
            .GroupBy(e => e.Group, StringComparer.Ordinal)
            .SelectMany(g => g.Where(e => (e.Recorded ?? DateTimeOffset.MinValue) == g.Max(x => x.Recorded ?? DateTimeOffset.MinValue)));
        return publishedBy is { } day ? [.. known.Where(e => (e.Published ?? e.Recorded ?? DateTimeOffset.MinValue) <= day)] : [.. known];
    }
}

/// <summary>
/// One group a stacking rule takes out of the stack: on the days of <see cref="Valid"/> (every day
/// when null), as recorded on <see cref="Recorded"/> (null: as old as the rule). EO 14289 put the
/// Canada and Mexico fentanyl duties before the metals duties from 4 Mar 2025, and Proclamation
/// 10947 reversed the order from 4 Jun 2025: two dated exclusions.
/// </summary>
/// <param name="Published">When the order stating the exclusion was published (null: when recorded): what a deposit at entry followed.</param>
public sealed record StackingExclusion(string Group, DateRange? Valid = null, DateTimeOffset? Recorded = null, DateTimeOffset? Published = null)
{
    /// <summary>
    /// The Chapter 99 heading under which goods the rule's layers apply to are exempt from the excluded group's layers
    /// (9903.01.33: Section 232 goods and the reciprocal tariff; 9903.03.06: the same goods and Section 122). An exclusion
    /// with a heading is an exemption: answers show the excluded layer as exempt under it. Without one the excluded layer
    /// is stood in for (a country rate in place of the baseline, the same surcharge under a claim) and is left out.
    /// </summary>
    public string? Heading { get; init; }

    /// <summary>Where the exclusion is written down (the note of the schedule that provides the heading).</summary>
    public string? Note { get; init; }
}
