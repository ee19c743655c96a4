using Tradewatch.Core.Evaluation;

namespace Tradewatch.App.Answers;

/// <summary>
/// One layer of a duty stack. <paramref name="ExemptIf"/> is the claim that exempts goods from it (USMCA origin, declared
/// at entry), when it has one: the answer's <see cref="DutyDto.IfClaimed"/> gives the stack with the claim made.
/// <paramref name="Exemption"/> is why the layer is <c>exempt</c> (the goods are carved out of its scope); null otherwise.
/// </summary>
public sealed record DutyLayerDto(
    string Measure, string Title, string Basis, decimal RatePercent, decimal ScheduledPercent, string Status,
    IReadOnlyList<string> Suspensions, string? VoidedBy, string? VoidBasis, string? Legal, string? ScopeNote, IReadOnlyList<string> Sources, string? ExemptIf,
    LayerExemptionDto? Exemption);

/// <summary>
/// The exemption that takes goods out of a layer: its record <paramref name="Id"/> and <paramref name="Title"/>, the Chapter 99
/// <paramref name="Heading"/> that provides it (null when the ledger does not know it), its <paramref name="Note"/> and its sources.
/// The record is an exemption of the ledger (Annex II, 9903.01.32), or the measure whose stacking rule carves its goods out of the
/// layer (Section 232 goods: out of the reciprocal tariff under 9903.01.33, out of Section 122 under 9903.03.06), with that
/// measure's sources.
/// </summary>
public sealed record LayerExemptionDto(string Id, string Title, string? Heading, string? Note, IReadOnlyList<string> Sources)
{
    internal static LayerExemptionDto? Of(Core.Ledger.Suspension? s) =>
        s is null ? null : new LayerExemptionDto(s.Id, s.Title, s.Heading, s.Provenance.Note, s.Provenance.Sources);

    /// <summary>The exemption in words, for a status: its title, and its heading when known.</summary>
    public static string Describe(Core.Ledger.Suspension s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Heading is { } h ? $"{s.Title}, {h}" : s.Title;
    }
}

/// <summary>
/// The stack if the goods qualify for the exemptions the layers <paramref name="Exempt"/> name (their conditions in
/// <paramref name="Conditions"/>): its layers and totals, beside the answer's own, which are the stack without the claim.
/// The rates are read as the answer's are (on the metal content when the value is split on it); the duties, and
/// <paramref name="AdditionalPercentOnValue"/> (null without a value), are on the whole value. <paramref name="LetIn"/> are the
/// layers of the claimed stack that the stack without the claim left out, and <paramref name="LetInReason"/> why (null when none):
/// the claim can cost more than it saves.
/// </summary>
public sealed record ClaimedExemptionDto(
    IReadOnlyList<string> Exempt, IReadOnlyList<string> Conditions, IReadOnlyList<DutyLayerDto> Layers,
    decimal TotalAdditionalPercent, decimal? TotalPercent, decimal? AdditionalDuty, decimal? TotalDuty, decimal? AdditionalPercentOnValue,
    IReadOnlyList<string> LetIn, string? LetInReason)
{
    /// <summary>
    /// The claimed stack of an answer or of a listed line, its rates read as that entry reads its own
    /// (<paramref name="additionalPercent"/>, <paramref name="totalPercent"/>); null when no layer is exempt on a claim.
    /// </summary>
    internal static ClaimedExemptionDto? Of(ClaimedExemption? claimed, decimal additionalPercent, decimal? totalPercent, Questions.DutyQuestion q) =>
        claimed is null ? null : new ClaimedExemptionDto(
            claimed.Exempt.Select(m => m.Id).ToList(), claimed.Exempt.Select(m => m.Condition!).Distinct(StringComparer.Ordinal).ToList(),
            DutyDto.LayersOf(claimed.Rest), additionalPercent, totalPercent,
            claimed.Rest.DutyOn(q.Value), claimed.Rest.TotalDutyOn(q.Value, q.Quantity, q.Unit), DutyDto.OnValue(claimed.Rest, q.Value),
            claimed.LetIn.Select(m => m.Id).ToList(), claimed.LetIn.Count == 0 ? null : ClaimedExemption.LetInReason);

    /// <summary>The claimed stack of an answer, a deposit or a conditional stack, its rates its own layers'; null when no layer is exempt on a claim.</summary>
    internal static ClaimedExemptionDto? Of(ClaimedExemption? claimed, Questions.DutyQuestion q) =>
        claimed is null ? null : Of(claimed, claimed.Rest.TotalAdditionalPercent, claimed.Rest.TotalPercent, q);
}

/// <summary>
/// A measure that applies only under a condition the question does not settle, with the rate it would collect then, and
/// <paramref name="IfApplies"/>, the whole stack if the condition holds. <paramref name="Metal"/> is the metal the goods must
/// be articles of when that is the condition (<c>copper</c>: the question's <c>metal</c> settles it), else null.
/// </summary>
public sealed record ConditionalMeasureDto(string Measure, string Title, string? Condition, decimal RatePercent, ConditionalStackDto? IfApplies, string? Metal)
{
    internal static ConditionalMeasureDto Of(ConditionalLayer c, Questions.DutyQuestion q) => new(
        c.Measure.Id, c.Measure.Title, c.Measure.Condition, c.RatePercent,
        c.IfApplies is not { } stack ? null : new ConditionalStackDto(
            DutyDto.LayersOf(stack), stack.TotalAdditionalPercent, stack.TotalPercent,
            stack.DutyOn(q.Value), stack.TotalDutyOn(q.Value, q.Quantity, q.Unit), stack.InLieuOfBase, DutyDto.OnValue(stack, q.Value),
            ClaimedExemptionDto.Of(stack.IfClaimed, q)),
        c.Measure.Metal);

    /// <summary>The measure and its rate as one phrase: the title, then the rate where it has one ("... at 25%").</summary>
    public static string Describe(string title, decimal ratePercent) =>
        ratePercent > 0 ? $"{title} at {ratePercent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%" : title;
}

/// <summary>
/// The stack if a conditional layer's condition holds: the layers (that one among them, unless a stacking rule takes it out)
/// and the totals, the rates read as the answer's are (on the metal content when the value is split on it; the duties on
/// the whole value), and <paramref name="TotalPercent"/> with the base rate when it is ad valorem. <paramref name="InLieuOfBase"/>:
/// the layer is owed in lieu of every other duty, the base rate included (the postal duty of EO 14256), so the totals are its own.
/// <paramref name="IfClaimed"/> is that stack if the goods are claimed as well (USMCA parts used in vehicles and claimed):
/// null when no layer of it is exempt on a claim.
/// </summary>
public sealed record ConditionalStackDto(
    IReadOnlyList<DutyLayerDto> Layers, decimal TotalAdditionalPercent, decimal? TotalPercent, decimal? AdditionalDuty, decimal? TotalDuty, bool InLieuOfBase,
    decimal? AdditionalPercentOnValue, ClaimedExemptionDto? IfClaimed);

/// <summary>
/// The base (MFN or column 2) rate of a US tariff line, from the schedule revision in force. <paramref name="IfAgreementClaimed"/>
/// is the special rate the line gives the origin's free trade agreement, a condition (the goods qualify and are claimed
/// under it); null when the column names no agreement of the origin.
/// </summary>
public sealed record MfnDto(
    string Hts, string RatedAt, string Revision, string Column, string Rate, decimal? AdValoremPercent, IReadOnlyList<string> SpecificUnits,
    decimal? Amount, string Special, string? SpecialNote, IReadOnlyList<string> Chapter99, AgreementRateDto? IfAgreementClaimed);

/// <summary>The special rate of a line for goods claimed under a free trade agreement: the agreement, its programme indicator, the rate.</summary>
public sealed record AgreementRateDto(string Agreement, string Indicator, string Rate, decimal? AdValoremPercent);

/// <summary>
/// One line under the code asked about, listed when the lines below answer differently. <paramref name="IfClaimed"/> is the
/// line's stack with the claims its layers name made (USMCA origin...), its rates read as the line's own are; null when none has one.
/// <paramref name="Conditional"/> are the line's layers that apply only if their condition holds, each with the line's stack if it
/// does, as a line asked alone gives them.
/// </summary>
public sealed record DutyLineDto(
    string Hts, string Description, string? Mfn, decimal AdditionalPercent, decimal? TotalPercent, decimal? TotalDuty, IReadOnlyList<string> Layers,
    ClaimedExemptionDto? IfClaimed, IReadOnlyList<ConditionalMeasureDto> Conditional);

/// <summary>A layer of the duty deposited at entry.</summary>
public sealed record DepositLayerDto(string Measure, decimal RatePercent);

/// <summary>
/// What was deposited at entry: the law as published on the entry day (<paramref name="KnownAt"/>), as the
/// answer knows it (the answer's own known-at; never later). <paramref name="IfClaimed"/> is that deposit had the claims its
/// layers name been made at entry (USMCA origin...); null when none has one. <paramref name="AdditionalPercentOnValue"/> is
/// its additional rate on the whole value (null without a value), and <paramref name="Conditional"/> the measures that
/// applied then only under a condition, each with the deposit if it held (and if the goods were claimed as well), as the
/// answer's own conditional measures give what is owed.
/// </summary>
public sealed record DepositDto(
    string? KnownAt, decimal TotalAdditionalPercent, decimal? TotalPercent, decimal? TotalDuty, IReadOnlyList<DepositLayerDto> Layers, ClaimedExemptionDto? IfClaimed,
    decimal? AdditionalPercentOnValue, IReadOnlyList<ConditionalMeasureDto> Conditional);

/// <summary>
/// The value split on its metal content: the answer's layers fall on <paramref name="MetalValue"/>, these
/// layers (the stack without the layers charged on the metal content) on <paramref name="OtherValue"/>. Both values
/// are null when the question gave no metal value: the answer then charges the whole value with the layers of
/// <paramref name="OnContent"/>, and these layers are what the rest of the value would pay once the metal's value is given.
/// </summary>
public sealed record MetalContentDto(
    IReadOnlyList<string> Metals, IReadOnlyList<string> OnContent, decimal? MetalValue, decimal? OtherValue,
    IReadOnlyList<DutyLayerDto> OtherLayers, decimal OtherAdditionalPercent, decimal? OtherTotalPercent);

/// <summary>
/// A layer the goods are exempt from under <paramref name="Heading"/>: their metal weighs less than <paramref name="BelowPercent"/>
/// of them, or (<paramref name="NoMetal"/>) they contain no aluminium, steel or copper at all.
/// </summary>
public sealed record MetalWeightExemptDto(string Measure, string Heading, decimal BelowPercent, bool NoMetal);

/// <summary>
/// The duty stack for a product from an origin on a day: what <c>tradewatch duty --json</c> and
/// <c>GET /api/duty</c> both send. <see cref="Currency"/> is the importer's (ISO 4217): the customs
/// value is declared in it, and every amount (duty, deposit, base duty) is in it; null when the country
/// table has none. <see cref="TotalAdditionalPercent"/> is the layers' rate (on the metal content when the value is
/// split on it); <see cref="AdditionalPercentOnValue"/> is the additional rate on the whole value (null without a value).
/// <see cref="Hs"/> is the code asked; <see cref="LinesAlike"/> the lines below it that all answer as it does (the answer
/// is theirs), empty when it is a line itself or when its lines answer differently (<see cref="Lines"/>).
/// <see cref="Metal"/> is the metal the question says the goods are of (steel, aluminium, copper), which settled each
/// condition on it; null when not given.
/// </summary>
public sealed record DutyDto(
    string Importer,
    string Origin,
    string? Hs,
    string? HsDescription,
    string? Revision,
    string Date,
    string? KnownAt,
    string? Scenario,
    IReadOnlyList<DutyLayerDto> Layers,
    decimal TotalAdditionalPercent,
    decimal RefundablePercent,
    decimal? Value,
    string? Currency,
    decimal? AdditionalDuty,
    decimal? RefundableDuty,
    IReadOnlyList<ConditionalMeasureDto> Conditional,
    string Coverage,
    IReadOnlyList<string> Notes,
    MfnDto? Mfn,
    decimal? TotalPercent,
    decimal? Quantity,
    string? Unit,
    decimal? TotalDuty,
    bool Ambiguous,
    IReadOnlyList<DutyLineDto> Lines,
    DepositDto? Deposited,
    decimal? MetalValue,
    MetalContentDto? MetalContent,
    decimal? MetalWeightPercent,
    IReadOnlyList<MetalWeightExemptDto> ExemptByMetalWeight,
    ClaimedExemptionDto? IfClaimed,
    decimal? AdditionalPercentOnValue,
    IReadOnlyList<string> LinesAlike,
    string? Metal)
{
    /// <summary>The answer's JSON shape.</summary>
    public static DutyDto From(DutyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var answer = result.Answer;
        var q = result.Question;
        var value = q.Value;
        var deposited = result.Deposited;
        return new DutyDto(
            answer.Importer.Code,
            answer.Origin.Code,
            // the code asked, though lines below it that answer alike were asked for its answer
            q.Product?.ToString(),
            result.HsDescription,
            result.Revision?.Id,
            AnswerJson.Day(answer.Date),
            AnswerJson.KnownAt(answer.KnownAt),
            q.Scenario,
            LayersOf(answer),
            answer.TotalAdditionalPercent,
            answer.RefundablePercent,
            value,
            result.Currency,
            answer.DutyOn(value),
            answer.RefundableOn(value),
            answer.ConditionalMeasures.Select(c => ConditionalMeasureDto.Of(c, q)).ToList(),
            AnswerJson.Coverage(answer.Coverage),
            answer.Notes,
            Base(answer.Base, q),
            answer.TotalPercent,
            q.Quantity,
            q.Unit,
            answer.TotalDutyOn(value, q.Quantity, q.Unit),
            result.Lines.Count > 0,
            result.Lines.Select(l => new DutyLineDto(
                l.Line.Code.ToString(), l.Line.Description, l.Answer.Base?.Rate.Text, DutyAnswers.LineAdditionalPercent(l.Answer, value), DutyAnswers.LineTotalPercent(l.Answer, value),
                l.Answer.TotalDutyOn(value, q.Quantity, q.Unit), l.Answer.Layers.Select(x => x.Measure.Id).ToList(),
                l.Answer.IfClaimed is { } lc ? ClaimedExemptionDto.Of(lc, DutyAnswers.LineAdditionalPercent(lc.Rest, value), DutyAnswers.LineTotalPercent(lc.Rest, value), q) : null,
                l.Answer.ConditionalMeasures.Select(c => ConditionalMeasureDto.Of(c, q)).ToList())).ToList(),
            deposited is null ? null : new DepositDto(
                AnswerJson.KnownAt(deposited.KnownAt),
                deposited.TotalAdditionalPercent,
                deposited.TotalPercent,
                deposited.TotalDutyOn(value, q.Quantity, q.Unit),
                deposited.Layers.Select(l => new DepositLayerDto(l.Measure.Id, l.RatePercent)).ToList(),
                ClaimedExemptionDto.Of(deposited.IfClaimed, q),
                OnValue(deposited, value),
                deposited.ConditionalMeasures.Select(c => ConditionalMeasureDto.Of(c, q)).ToList()),
            q.MetalValue,
            answer.Content is { } c && value is { } whole ? new MetalContentDto(
                c.Metals, c.OnContent.Select(m => m.Id).ToList(), c.MetalValue, whole - c.MetalValue,
                LayersOf(c.Rest), c.Rest.TotalAdditionalPercent, c.Rest.TotalPercent)
            : result.ContentRule is { } rule ? new MetalContentDto(
                rule.Metals, rule.OnContent.Select(m => m.Id).ToList(), null, null,
                LayersOf(rule.Rest), rule.Rest.TotalAdditionalPercent, rule.Rest.TotalPercent) : null,
            q.MetalWeightPercent,
            answer.ExemptByMetalWeight.Select(e => new MetalWeightExemptDto(e.Measure.Id, e.Heading, e.Measure.MetalWeightExemption!.BelowPercent, e.NoMetal)).ToList(),
            ClaimedExemptionDto.Of(answer.IfClaimed, q),
            OnValue(answer, value),
            result.LinesAlike.Select(l => l.Code.ToString()).ToList(),
            q.Metal);
    }

    /// <summary>
    /// What the answer to a code above its lines stands for, in words: its one line, or its lines that all answer alike
    /// (the first few named); null when <paramref name="lines"/> is empty.
    /// </summary>
    public static string? AlikeNote(string? code, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        const int Named = 4;
        return lines.Count switch
        {
            0 => null,
            1 => $"{code} has one line below it, {lines[0]}: the answer is that line's.",
            <= Named => $"The {lines.Count} lines under {code} ({string.Join(", ", lines)}) answer alike: the answer is each line's.",
            _ => $"The {lines.Count} lines under {code} ({string.Join(", ", lines.Take(Named))} and {lines.Count - Named} more) answer alike: the answer is each line's.",
        };
    }

    /// <summary>
    /// A stack's additional rate on the whole customs value: its layers' rate, unless the question split the value on the
    /// metal content, when some layers fall on the metal's value only. Null when the question gave no value.
    /// </summary>
    internal static decimal? OnValue(DutyAnswer stack, decimal? value) => value is { } v ? stack.AdditionalPercentOn(v) : null;

    internal static List<DutyLayerDto> LayersOf(DutyAnswer answer) => answer.Layers.Select(l => new DutyLayerDto(
        l.Measure.Id, l.Measure.Title, l.Measure.Basis, l.RatePercent, l.ScheduledPercent, AnswerJson.Status(l.Status),
        l.Suspensions.Select(s => s.Id).ToList(), l.Voiding?.Id, l.Voiding?.Basis, l.Measure.LegalText, l.Measure.Products.Description, l.Sources,
        l.Measure.ExemptOnClaim ? l.Measure.Condition : null, LayerExemptionDto.Of(l.Exemption))).ToList();

    private static MfnDto? Base(MfnLayer? m, Questions.DutyQuestion q) => m is null ? null : new MfnDto(
        m.Line.Code.ToString(),
        m.Rates.RatedAt.Code.ToString(),
        m.Revision.Id,
        m.Column == MfnColumn.Column2 ? "column-2" : "general",
        m.Rate.Text,
        m.AdValoremPercent,
        m.Rate.SpecificUnits,
        m.Amount(q.Value, q.Quantity, q.Unit),
        m.Rates.Special,
        m.Rates.Special.Length == 0 ? null : "preferential rates apply only when the goods qualify under the programme; not applied here",
        m.Line.Chapter99References.Concat(m.Rates.RatedAt.Chapter99References).Distinct().Select(c => c.ToString()).ToList(),
        m.AgreementRateFor(q.Origin) is { } agreed ? new AgreementRateDto(agreed.Agreement.Name, agreed.Indicator, agreed.Rate.Text, agreed.Rate.AdValoremPercent) : null);
}
