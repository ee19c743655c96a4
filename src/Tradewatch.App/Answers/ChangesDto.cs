using Tradewatch.Core.Evaluation;

namespace Tradewatch.App.Answers;

/// <summary>One entry of the calendar: its day, its kind (starts, changes, suspension-ends...), the record it is about, words and sources.</summary>
public sealed record CalendarEventDto(string Date, string Kind, string Subject, string Text, IReadOnlyList<string> Sources)
{
    public static CalendarEventDto From(CalendarEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(AnswerJson.Day(e.Date), AnswerJson.Kebab(e.Kind.ToString()), e.Subject, e.Text, e.Sources);
    }
}

/// <summary>
/// What starts, changes, is suspended, ends or falls due in a window: what <c>tradewatch changes --json</c>
/// and <c>GET /api/changes</c> both send.
/// </summary>
public sealed record ChangesDto(string From, string To, string? KnownAt, string? Scenario, IReadOnlyList<CalendarEventDto> Events)
{
    /// <summary>The answer's JSON shape: the events of <paramref name="view"/> (under <paramref name="scenario"/>, if any) between two days.</summary>
    public static ChangesDto Of(DateOnly from, DateOnly to, LedgerView view, string? scenario, IReadOnlyList<CalendarEvent> events)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(events);
        return new(AnswerJson.Day(from), AnswerJson.Day(to), AnswerJson.KnownAt(view.KnownAt), scenario, events.Select(CalendarEventDto.From).ToList());
    }
}
