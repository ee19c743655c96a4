using Tradewatch.App.Answers;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;

namespace Tradewatch.Server.Api;

public sealed record ScenarioDto(string Name, string Title, string? Description, int Changes);

/// <summary>The projections from the evaluator's answers to the shapes the API sends.</summary>
public static class LedgerDtos
{
    public static string Day(DateOnly day) => AnswerJson.Day(day);

    public static string? KnownAt(DateTimeOffset? knownAt) => AnswerJson.KnownAt(knownAt);

    public static string Status(LayerStatus status) => AnswerJson.Status(status);

    public static string Kebab(string name) => AnswerJson.Kebab(name);
}
