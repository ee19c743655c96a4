using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;

namespace Tradewatch.Core.Evaluation;

/// <summary>
/// What a question or an import line says of the goods beyond their line and origin: their value, their
/// quantity in a unit (for specific rates), the metal's share of their weight, the value of their metal content, the
/// preference claimed for them at entry (<see cref="Ledger.Measure.Claim"/>: <c>USMCA</c>, <c>CAFTA-DR</c>), and the metal
/// they are articles of (<c>steel</c>, <c>aluminium</c>, <c>copper</c>: <see cref="Ledger.Measure.Metal"/>).
/// Each is null when not given.
/// </summary>
public readonly record struct Goods(decimal? Value = null, decimal? Quantity = null, string? Unit = null, decimal? MetalWeightPercent = null, decimal? MetalValue = null, string? Claim = null, string? Metal = null);

/// <summary>
/// The whole duty on one line's goods: the additional layers as the ledger view gives them, with the base (MFN)
/// layer attached and its rate passed in (an all-in layer, a deal's 15% "less the column 1 rate", collects only
/// what tops it up), then the layers the goods' metal weight exempts taken out and the value split on its metal
/// content. The one path from a line's base rate to its stack: the duty question and the portfolio both answer through it.
/// </summary>
public static class GoodsDuty
{
    /// <summary>The base rate as a share of the goods' value (a specific rate's equivalent when the quantity is given): what an all-in layer tops up.</summary>
    public static decimal? BasePercent(MfnLayer? mfn, in Goods goods) => mfn?.PercentOf(goods.Value, goods.Quantity, goods.Unit);

    /// <summary>The duty stack on the goods with <paramref name="mfn"/> as their base layer (null: none known, or not a US import).</summary>
    public static DutyAnswer Answer(LedgerView view, MfnLayer? mfn, Economy importer, Economy origin, HsCode? product, DateOnly date, in Goods goods)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Split(view, goods, view.Duty(importer, origin, product, date, BasePercent(mfn, goods)) with { Base = mfn });
    }

    /// <summary>
    /// The answer with the conditions on the goods' metal settled (<see cref="LedgerView.WithMetal"/>), without layers the
    /// goods' metal weight exempts them from, then split on the metal content's value, when the goods give them (and a layer
    /// is charged on it); its base layer's rate is passed on to each.
    /// </summary>
    public static DutyAnswer Split(LedgerView view, in Goods goods, DutyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(answer);
        if (goods.Metal is { } of)
        {
            answer = view.WithMetal(answer, of, BasePercent(answer.Base, goods));
        }

        if (goods.MetalWeightPercent is { } weight)
        {
            answer = view.WithMetalWeight(answer, weight, BasePercent(answer.Base, goods));
        }

        return goods.MetalValue is { } metal ? view.WithMetalContent(answer, metal, BasePercent(answer.Base, goods)) : answer;
    }

    /// <summary>
    /// The answer with the stack it would be if the goods qualify for the exemptions its layers' conditions name
    /// (<see cref="DutyAnswer.IfClaimed"/>): those of <see cref="Goods.Claim"/> when the goods name one, else every one
    /// of the pair; that stack split on the goods' metal weight and content as the answer is.
    /// </summary>
    public static DutyAnswer WithClaims(LedgerView view, in Goods goods, DutyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(answer);
        return view.IfClaimed(answer, BasePercent(answer.Base, goods), goods.Claim) is { } claimed
            ? answer with { IfClaimed = claimed with { Rest = Split(view, goods, claimed.Rest) } }
            : answer;
    }

    /// <summary>
    /// The answer with each conditional layer's stack if its condition holds (<see cref="ConditionalLayer.IfApplies"/>),
    /// split on the goods' metal weight and content as the answer is, and with its own stack if the goods are claimed too
    /// (<see cref="WithClaims"/>: USMCA auto parts used in vehicles and claimed pay neither the parts duty nor the fentanyl
    /// duty); left null where that stack is the answer's own (a layer at 0%, such as the end of de minimis, under which
    /// goods pay what other imports pay, or a void one).
    /// </summary>
    public static DutyAnswer WithConditions(LedgerView view, in Goods goods, DutyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.ConditionalMeasures.Count == 0)
        {
            return answer;
        }

        var basePercent = BasePercent(answer.Base, goods);
        var conditional = new List<ConditionalLayer>(answer.ConditionalMeasures.Count);
        foreach (var c in answer.ConditionalMeasures)
        {
            var stack = Split(view, goods, view.IfApplies(answer, c.Measure, basePercent));
            conditional.Add(SameDuty(stack, answer, goods.Value) ? c : c with { IfApplies = WithClaims(view, goods, stack) });
        }

        return answer with { ConditionalMeasures = conditional };
    }

    /// <summary>
    /// Whether two stacks of the same goods owe the same: the same layers collecting the same rates above 0, on the same
    /// value. A void layer owes nothing (a layer void since a ruling, such as the de minimis duty on China, changes nothing owed).
    /// </summary>
    private static bool SameDuty(DutyAnswer a, DutyAnswer b, decimal? value) =>
        a.TotalAdditionalPercent == b.TotalAdditionalPercent && a.DutyOn(value) == b.DutyOn(value) && Owing(a).SequenceEqual(Owing(b));

    private static IEnumerable<(string, decimal)> Owing(DutyAnswer answer) =>
        answer.Layers.Where(l => l.Status != LayerStatus.Void && l.RatePercent != 0).Select(l => (l.Measure.Id, l.RatePercent));
}
