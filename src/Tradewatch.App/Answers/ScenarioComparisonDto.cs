using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;

namespace Tradewatch.App.Answers;

/// <summary>A month's total under one scenario: from its day, the total additional rate and what of it is void.</summary>
public sealed record ScenarioPointDto(string Date, decimal TotalAdditionalPercent, decimal RefundablePercent);

/// <summary>One scenario's totals, month by month; <c>baseline</c> is the ledger itself.</summary>
public sealed record ScenarioSeriesDto(string Name, IReadOnlyList<ScenarioPointDto> Points);

/// <summary>A scenario left out of a comparison, and why it does not apply to the ledger as known then.</summary>
public sealed record ScenarioRefusalDto(string Name, string Reason);

/// <summary>
/// The total additional rate of a pair under several scenarios, month by month: what
/// <c>tradewatch scenarios compare --json</c> and <c>GET /api/scenarios/compare</c> both send. The
/// scenarios that do not apply as known then are named in <see cref="NotApplicable"/>, with the reason.
/// </summary>
public sealed record ScenarioComparisonDto(string Importer, string Origin, string? Hs, string From, string To, string? KnownAt, IReadOnlyList<ScenarioSeriesDto> Scenarios, IReadOnlyList<ScenarioRefusalDto> NotApplicable)
{
    /// <summary>The most scenarios one comparison takes.</summary>
    public const int MaxScenarios = 10;

    /// <summary>The name that stands for the ledger itself, with no scenario on top.</summary>
    public const string Baseline = "baseline";

    /// <summary>
    /// Compares <paramref name="names"/> (bundled names, <see cref="Baseline"/>, or, from the CLI, scenario
    /// files) on the pair and window of <paramref name="question"/>: one point on the first day of each
    /// month (the window's first day for the first). Fails, naming every reason, when none applies.
    /// </summary>
    public static Outcome<ScenarioComparisonDto> Of(LedgerSession session, TimelineQuestion question, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(names);
        var refused = new List<ScenarioRefusalDto>();
        foreach (var name in names.Where(n => n != Baseline))
        {
            if (session.Refusal(question.KnownAt, name) is { } reason)
            {
                refused.Add(new ScenarioRefusalDto(name, reason));
            }
        }

        var compared = names.Where(n => !refused.Any(r => r.Name == n)).ToList();
        if (compared.Count == 0)
        {
            return Outcome.Failed<ScenarioComparisonDto>([new Problem("scenarios", string.Join(" ", refused.Select(r => r.Reason)), ProblemKind.BadData)]);
        }

        var days = Months(question.From, question.To);
        var series = compared.Select(n =>
        {
            var view = session.View(question.KnownAt, n == Baseline ? null : n);
            return new ScenarioSeriesDto(n, days.Select(d => view.Duty(question.Importer, question.Origin, question.Product, d))
                .Select(a => new ScenarioPointDto(AnswerJson.Day(a.Date), a.TotalAdditionalPercent, a.RefundablePercent)).ToList());
        }).ToList();
        return Outcome.Of(new ScenarioComparisonDto(
            question.Importer.Code, question.Origin.Code, question.Product?.ToString(), AnswerJson.Day(question.From), AnswerJson.Day(question.To),
            AnswerJson.Day(question.KnownAt), series, refused));
    }

    /// <summary>The first day of each month from <paramref name="from"/> to <paramref name="to"/>, <paramref name="from"/> itself first.</summary>
    private static List<DateOnly> Months(DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var d = new DateOnly(from.Year, from.Month, 1); d <= to; d = d.AddMonths(1))
        {
            days.Add(d < from ? from : d);
        }

        return days;
    }
}
