using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.Core.Evaluation;

namespace Tradewatch.App.Answers;

/// <summary>One export measure as it bears on the export that day.</summary>
public sealed record ExportMeasureDto(
    string Measure, string Title, string Basis, string Kind, string MatchedOn, string? Legal, string? ControlList, string? EndUsers,
    string Status, string? Suspension, IReadOnlyList<string> Sources);

/// <summary>A licence reported granted, refused or revoked.</summary>
public sealed record LicenceRecordDto(string Id, string Title, string Action, string Date, string? Holder, IReadOnlyList<string> Items, IReadOnlyList<string> Sources);

/// <summary>
/// Whether an export needs a licence (or is banned), under which measures, with the licences reported:
/// what <c>tradewatch licence --json</c> and <c>GET /api/licence</c> both send.
/// <see cref="LicenceRequired"/> and <see cref="Prohibited"/> are null when the ledger does not know the item (<see cref="ItemKnown"/>).
/// </summary>
public sealed record LicenceDto(
    string Exporter,
    string Destination,
    string Item,
    string Date,
    string? KnownAt,
    string? Scenario,
    bool ItemKnown,
    bool? LicenceRequired,
    bool? Prohibited,
    string Coverage,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ExportMeasureDto> Measures,
    IReadOnlyList<LicenceRecordDto> Licences)
{
    /// <summary>The answer's JSON shape.</summary>
    public static LicenceDto From(LicenceAnswer answer, string? scenario)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new LicenceDto(
            answer.Exporter.Code,
            answer.Destination.Code,
            answer.Item,
            AnswerJson.Day(answer.Date),
            AnswerJson.KnownAt(answer.KnownAt),
            scenario,
            answer.ItemKnown,
            answer.ItemKnown ? answer.LicenceRequired : null,
            answer.ItemKnown ? answer.Prohibited : null,
            AnswerJson.Coverage(answer.Coverage),
            answer.Notes,
            answer.Measures.Select(m => new ExportMeasureDto(
                m.Measure.Id, m.Measure.Title, m.Measure.Basis, AnswerJson.Kebab(m.Measure.Kind.ToString()), m.MatchedOn,
                m.Measure.LegalText, m.Measure.ControlList, m.Measure.EndUsers,
                m.Status is { } s ? AnswerJson.Status(s) : "not-in-effect", m.Suspension?.Id, m.Measure.Provenance.Sources)).ToList(),
            answer.Licences.Select(l => new LicenceRecordDto(
                l.Id, l.Title, AnswerJson.Kebab(l.Action.ToString()), AnswerJson.Day(l.Date), l.Holder, l.Items, l.Provenance.Sources)).ToList());
    }
}

/// <summary>The licence use case: a question answered from a ledger session, the same for the CLI and the server.</summary>
public static class LicenceAnswers
{
    /// <summary>The answer to <paramref name="question"/>; a scenario that does not fit the ledger is bad data.</summary>
    public static LicenceAnswer Ask(LedgerSession session, LicenceQuestion question)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(question);
        return session.View(question.KnownAt, question.Scenario)
            .Licence(question.Exporter, question.Destination, question.Item, question.Product, question.Date);
    }
}
