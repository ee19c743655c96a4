using Tradewatch.App.Questions;
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
    /// <summary>The answer's JSON shape: the <paramref name="events"/> <paramref name="view"/> gives for <paramref name="question"/>.</summary>
    public static ChangesDto Of(ChangesQuestion question, LedgerView view, IReadOnlyList<CalendarEvent> events)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(events);
        return new(AnswerJson.Day(question.From), AnswerJson.Day(question.To), AnswerJson.KnownAt(view.KnownAt), question.Scenario, events.Select(CalendarEventDto.From).ToList());
    }
}
