using Tradewatch.App.Answers;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;

namespace Tradewatch.Server.Api;

public sealed record TimelineLayerDto(string Measure, string Basis, decimal RatePercent, string Status);

public sealed record TimelineStepDto(string Start, decimal TotalAdditionalPercent, decimal RefundablePercent, IReadOnlyList<string> Changes, IReadOnlyList<TimelineLayerDto> Layers);

/// <summary>A pair's total additional rate as steps over time.</summary>
public sealed record TimelineDto(string Importer, string Origin, string? Hs, string From, string To, string? KnownAt, string? Scenario, IReadOnlyList<TimelineStepDto> Steps);

public sealed record CalendarEventDto(string Date, string Kind, string Subject, string Text, IReadOnlyList<string> Sources);

/// <summary>What starts, changes, is suspended, ends or falls due in a window.</summary>
public sealed record ChangesDto(string From, string To, string? KnownAt, string? Scenario, IReadOnlyList<CalendarEventDto> Events);

public sealed record ScenarioDto(string Name, string Title, string? Description, int Changes);

/// <summary>The projections from the evaluator's answers to the shapes the API sends.</summary>
public static class LedgerDtos
{
    public static string Day(DateOnly day) => AnswerJson.Day(day);

    public static string? KnownAt(DateTimeOffset? knownAt) => AnswerJson.KnownAt(knownAt);

    public static string Status(LayerStatus status) => AnswerJson.Status(status);

    public static string Kebab(string name) => AnswerJson.Kebab(name);

    public static TimelineDto Timeline(string importer, string origin, string? hs, DateOnly from, DateOnly to, LedgerView view, string? scenario, IReadOnlyList<TimelineStep> steps) => new(
        importer,
        origin,
        hs,
        Day(from),
        Day(to),
        KnownAt(view.KnownAt),
        scenario,
        steps.Select(s => new TimelineStepDto(
            Day(s.Start), s.TotalAdditionalPercent, s.RefundablePercent, s.Changes,
            s.Layers.Select(l => new TimelineLayerDto(l.Measure.Id, l.Measure.Basis, l.RatePercent, Status(l.Status))).ToList())).ToList());

    public static CalendarEventDto Event(CalendarEvent e) => new(Day(e.Date), Kebab(e.Kind.ToString()), e.Subject, e.Text, e.Sources);
}
