using Tradewatch.App.Questions;
using Tradewatch.Core.Evaluation;

namespace Tradewatch.App.Answers;

/// <summary>A layer of a timeline step: the measure, its basis, its rate and its status then.</summary>
public sealed record TimelineLayerDto(string Measure, string Basis, decimal RatePercent, string Status);

/// <summary>A step of a timeline: from its first day, the total additional rate, what of it is void, what changed, its layers.</summary>
public sealed record TimelineStepDto(string Start, decimal TotalAdditionalPercent, decimal RefundablePercent, IReadOnlyList<string> Changes, IReadOnlyList<TimelineLayerDto> Layers);

/// <summary>
/// A pair's total additional rate as steps over time: what <c>tradewatch timeline --json</c> and
/// <c>GET /api/timeline</c> both send.
/// </summary>
public sealed record TimelineDto(string Importer, string Origin, string? Hs, string From, string To, string? KnownAt, string? Scenario, IReadOnlyList<TimelineStepDto> Steps)
{
    /// <summary>The answer's JSON shape: the <paramref name="steps"/> <paramref name="view"/> gives for <paramref name="question"/>.</summary>
    public static TimelineDto Of(TimelineQuestion question, LedgerView view, IReadOnlyList<TimelineStep> steps)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(steps);
        return new(
            question.Importer.Code,
            question.Origin.Code,
            question.Product?.ToString(),
            AnswerJson.Day(question.From),
            AnswerJson.Day(question.To),
            AnswerJson.KnownAt(view.KnownAt),
            question.Scenario,
            steps.Select(s => new TimelineStepDto(
                AnswerJson.Day(s.Start), s.TotalAdditionalPercent, s.RefundablePercent, s.Changes,
                s.Layers.Select(l => new TimelineLayerDto(l.Measure.Id, l.Measure.Basis, l.RatePercent, AnswerJson.Status(l.Status))).ToList())).ToList());
    }
}
