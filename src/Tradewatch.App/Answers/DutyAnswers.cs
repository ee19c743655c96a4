using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Schedule;
using Tradewatch.Core.Time;

namespace Tradewatch.App.Answers;

/// <summary>One line under the code asked about, with its own answer: listed when the lines below answer differently.</summary>
public sealed record LineAnswer(TariffLine Line, DutyAnswer Answer);

/// <summary>
/// A duty question answered: the answer (with its base layer for a US import), the lines below the code
/// when they answer differently (then the answer has no base layer), the schedule revision used, and
/// what was deposited at entry when the question is asked as known later (the law as published on the entry day, as known
/// at the question's known-at), and the importer's currency (ISO 4217, from the country table), in which the customs value and the amounts are.
/// </summary>
public sealed record DutyResult(DutyQuestion Question, DutyAnswer Answer, IReadOnlyList<LineAnswer> Lines, ScheduleRevision? Revision, DutyAnswer? Deposited, string? HsDescription, string? Currency)
{
    /// <summary>
    /// When a layer is charged on the metal content only (9903.81.91, 9903.85.08, 9903.78.01) and the question gave no
    /// metal value: the split as the rule makes it (its <see cref="ContentSplit.Rest"/> is the stack the rest of the
    /// value would pay), while the answer charges the whole value. Null otherwise.
    /// </summary>
    public ContentSplit? ContentRule { get; init; }

    /// <summary>
    /// The lines below a US code asked above them (8471.50, 2716.00.00) when they all answer alike: the answer is theirs
    /// (<see cref="DutyAnswer.Product"/> is the line it was asked at, as the ledger's scopes name lines one by one), and it
    /// stands for the code asked, which the answer names. Empty when the code is a line itself or its lines differ.
    /// </summary>
    public IReadOnlyList<TariffLine> LinesAlike { get; init; } = [];
}

/// <summary>The duty use case: a question answered from a ledger session, the same for the CLI and the server.</summary>
public static class DutyAnswers
{
    /// <summary>
    /// Answers <paramref name="question"/>; a US line the schedule lacks is a problem of the code's field.
    /// A scenario that does not fit the ledger is bad data.
    /// </summary>
    public static Outcome<DutyResult> Ask(LedgerSession session, DutyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(question);
        if (session.KnewNothing(question.KnownAt) is { } nothing)
        {
            return Outcome.Failed<DutyResult>([nothing]);
        }

        var view = session.View(question.KnownAt, question.Scenario);
        var schedule = question.Importer.Code == "US" && question.Product is not null ? session.Schedule : null;
        var (answer, lines, alike, revision, problem) = Answer(schedule, view, question);
        if (problem is not null)
        {
            return Outcome.Failed<DutyResult>([problem]);
        }

        // the stack if the goods qualify for an exemption a layer's condition names (USMCA origin...), beside the stack without the claim
        var goods = GoodsOf(question);
        answer = GoodsDuty.WithClaims(view, goods, answer);

        // each layer that applies only if its condition holds (a part's use...) with the whole stack if it does
        answer = GoodsDuty.WithConditions(view, goods, answer);

        // without the metal's value the whole value pays a layer charged on the metal content: the rule is shown with the stack the rest would pay
        var contentRule = question.MetalValue is null && lines.Count == 0
            ? view.WithMetalContent(answer, 0m, GoodsDuty.BasePercent(answer.Base, goods)).Content
            : null;

        // what was deposited at entry beside what is owed
        DutyAnswer? deposited = null;
        // nothing was deposited "as known then" on a day before the ledger's first record: it knew nothing then
        if ((question.KnownAt is null || question.KnownAt > question.Date) && session.Ledger.KnewNothingAt(DateParsing.EndOfDay(question.Date)) is null)
        {
            // the law as published on the entry day, with what the ledger learnt of it since, up to the question's known-at
            // (never later: the deposit and the duty owed are answered from the same knowledge, and differ only by what
            // became public after the entry day, such as a ruling voiding a layer)
            var entry = DateParsing.EndOfDay(question.Date);
            var then = question.Scenario is null
                ? session.PublishedAt(entry, question.KnownAt is { } knownAt ? DateParsing.EndOfDay(knownAt) : null)
                : session.ViewAt(entry, question.Scenario);
            // with the claims made at entry too: a layer exempt on a claim was deposited only when the claim was not made;
            // and each layer that applied then only if its condition held, with the deposit if it did
            deposited = GoodsDuty.WithConditions(then, goods, GoodsDuty.WithClaims(then, goods, Answer(schedule, then, question).Answer));
        }

        var description = question.Product is { } code ? session.Reference.Nomenclature.Describe(code) : null;
        var currency = session.Reference.Economies.CurrencyOf(question.Importer);
        return Outcome.Of(new DutyResult(question, answer, lines, revision, deposited, description, currency) { ContentRule = contentRule, LinesAlike = alike });
    }

    /// <summary>
    /// The duty with its base layer for a US import: the line's rate from the schedule revision in force
    /// on the day as known then. A code with several lines below it whose answers differ lists them,
    /// rather than picking one; lines that answer alike give their answer, and are returned as <c>Alike</c>; a line the
    /// schedule lacks is bad data naming it.
    /// </summary>
    private static (DutyAnswer Answer, IReadOnlyList<LineAnswer> Lines, IReadOnlyList<TariffLine> Alike, ScheduleRevision? Revision, Problem? Problem) Answer(TariffSchedule? schedule, LedgerView view, DutyQuestion question)
    {
        Economy importer = question.Importer, origin = question.Origin;
        var day = question.Date;

        // The line's MFN rate goes into the question: an all-in layer (a deal floor) collects only what tops it up.
        var own = schedule is not null && question.Product is { } asked ? MfnLayer.For(schedule, origin, asked, day, view.KnownAt) : null;
        var goods = GoodsOf(question);
        var answer = view.Duty(importer, origin, question.Product, day, GoodsDuty.BasePercent(own, goods));
        if (schedule is null || question.Product is not { } code)
        {
            return (GoodsDuty.Split(view, goods, answer), [], [], null, null);
        }

        var revision = schedule.InForce(day, view.KnownAt);
        if (revision is null)
        {
            return (GoodsDuty.Split(view, goods, answer), [], [], null, null);
        }

        var leaves = schedule.LeavesUnder(revision, code);
        if (leaves.Count == 0 && UsTariffLines.Read(schedule, revision, question.CodeText ?? code.ToString(), question.CodeField).Problem is { } problem)
        {
            return (answer, [], [], revision, problem);
        }

        if (leaves.Count <= 1 && own is not null)
        {
            // a code whose one statistical line is below it (2716.00.00, 2716.00.00.00) is that line's goods: it is asked at
            // the line, since the ledger's scopes name statistical lines (Annex II, the derivative lists), which the code
            // above them only partly matches
            var below = leaves.Count == 1 && leaves[0].Code != code;
            var single = below ? view.Duty(importer, origin, leaves[0].Code, day, GoodsDuty.BasePercent(own, goods)) : answer;
            return (GoodsDuty.Split(view, goods, single with { Base = own }), [], below ? leaves : [], revision, null);
        }

        var lines = leaves.Select(l =>
        {
            // the metal's weight and value are the goods', so they apply to each line as to a line asked alone; and each
            // line has its stack with a claim made and with a condition met, as a line asked alone has
            var line = GoodsDuty.Answer(view, MfnLayer.For(schedule, origin, l.Code, day, view.KnownAt), importer, origin, l.Code, day, goods);
            return new LineAnswer(l, GoodsDuty.WithConditions(view, goods, GoodsDuty.WithClaims(view, goods, line)));
        }).ToList();
        var distinct = lines.Select(l => LineKey(l.Answer, question.Value)).Distinct(StringComparer.Ordinal).Count();
        if (distinct == 1)
        {
            // every line below answers alike: the answer is theirs, asked again with their base rate when the code
            // itself has none (a subheading above its tariff lines), so an all-in layer tops up that rate
            var common = lines[0].Answer.Base;
            var whole = own is null && GoodsDuty.BasePercent(common, goods) is { } rate ? view.Duty(importer, origin, code, day, rate) : answer;
            if (!SameLayers(whole, lines[0].Answer))
            {
                // the lines' scopes name them one by one (Annex II's statistical lines): the code above them matches them
                // only in part, so the answer is the lines', asked at the first of them
                whole = view.Duty(importer, origin, lines[0].Line.Code, day, GoodsDuty.BasePercent(own ?? common, goods));
            }

            return (GoodsDuty.Split(view, goods, whole with { Base = common is { } b ? b with { Line = own?.Line ?? b.Rates.RatedAt } : null }), [], leaves.Count == 1 && leaves[0].Code == code ? [] : leaves, revision, null);
        }

        return (answer, lines, [], revision, null);
    }

    /// <summary>Whether two answers have the same layers at the same rates.</summary>
    private static bool SameLayers(DutyAnswer a, DutyAnswer b) =>
        a.Layers.Select(x => (x.Measure.Id, x.RatePercent)).SequenceEqual(b.Layers.Select(x => (x.Measure.Id, x.RatePercent)));

    /// <summary>
    /// What a listed line owes, as lines are told apart: its base rate and layers, and the same with a claim made and with
    /// each condition met, so lines that owe alike until a claim lets a metals duty in on some of them are listed.
    /// </summary>
    private static string LineKey(DutyAnswer line, decimal? value)
    {
        static string Stack(DutyAnswer a, decimal? value) =>
            $"{a.Base?.Rate.Text}|{LineAdditionalPercent(a, value)}|{string.Join(',', a.Layers.Select(x => x.Measure.Id))}";
        return Stack(line, value)
            + (line.IfClaimed is { } c ? "|claimed:" + Stack(c.Rest, value) : string.Empty)
            + string.Concat(line.ConditionalMeasures.Select(c => $"|if {c.Measure.Id}:" + (c.IfApplies is { } s ? Stack(s, value) : string.Empty)));
    }

    /// <summary>
    /// A listed line's additional rate: on the whole value when the answer is split on the metal content's value,
    /// else the sum of its layers.
    /// </summary>
    public static decimal LineAdditionalPercent(DutyAnswer answer, decimal? value) =>
        value is { } v ? answer.AdditionalPercentOn(v) : answer.TotalAdditionalPercent;

    /// <summary>A listed line's base rate plus <see cref="LineAdditionalPercent"/>; null when the base rate is not ad valorem.</summary>
    public static decimal? LineTotalPercent(DutyAnswer answer, decimal? value) =>
        value is { } v ? answer.TotalPercentOn(v) : answer.TotalPercent;

    /// <summary>What the question says of the goods: value, quantity and unit, metal weight and value, the metal they are of.</summary>
    private static Goods GoodsOf(DutyQuestion question) =>
        new(question.Value, question.Quantity, question.Unit, question.MetalWeightPercent, question.MetalValue, Metal: question.Metal);
}
