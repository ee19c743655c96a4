using Microsoft.AspNetCore.Http.HttpResults;
using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;

namespace Tradewatch.Server.Api;

/// <summary>
/// Reads query and form values with the readers the questions use (<see cref="FieldReader"/>) and
/// collects what is wrong with them, field by field, so a client learns every mistake in one answer
/// (a validation problem, RFC 7807). A field sent empty (as forms send fields left blank) counts as
/// not given. Each reader returns a usable default after recording an error; the caller checks
/// <see cref="Any"/> before answering.
/// </summary>
public sealed class InputErrors
{
    private readonly FieldReader reader = new();

    public bool Any => reader.Any;

    public void Add(string field, string message) => reader.Add(field, message);

    /// <summary>Adds the problems of a question read elsewhere.</summary>
    public void AddRange(IEnumerable<Problem> problems)
    {
        foreach (var p in problems)
        {
            reader.Add(p.Field, p.Message, p.Kind);
        }
    }

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(
            reader.Problems.GroupBy(p => p.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.ToString()).ToArray(), StringComparer.Ordinal),
            title: "The request has invalid values.");

    /// <summary>The messages about one field, for a page to show beside that field.</summary>
    public IReadOnlyList<string> For(string field) => reader.Problems.Where(p => p.Field == field).Select(p => p.ToString()).ToList();

    /// <summary>The messages about none of <paramref name="fields"/>: for a form that shows its own fields' messages beside them.</summary>
    public IReadOnlyList<string> MessagesExcept(IReadOnlyCollection<string> fields) =>
        reader.Problems.Where(p => !fields.Contains(p.Field)).Select(p => p.ToString()).ToList();

    /// <summary>The messages, one per line: for pages that show them beside a form.</summary>
    public IEnumerable<string> Messages => reader.Problems.Select(p => p.ToString());

    /// <summary>A value as a field of a form or query: empty is not given.</summary>
    public static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public Economy Economy(LedgerSession ledger, string field, string? text) => reader.Economy(ledger.Reference, field, text);

    public HsCode? Hs(LedgerSession ledger, string field, string? text) => reader.Hs(ledger.Reference, field, Given(text));

    public DateOnly Day(string field, string? text) => reader.Day(field, text);

    public DateOnly? OptionalDay(string field, string? text) => reader.OptionalDay(field, Given(text));

    /// <summary>A known-at day: a day the ledger knew something at (before its first record there is no answer, not 0%).</summary>
    public DateOnly? KnownAt(LedgerSession ledger, string field, string? text)
    {
        var day = OptionalDay(field, text);
        if (ledger.KnewNothing(day, field) is { } nothing)
        {
            AddRange([nothing]);
            return null;
        }

        return day;
    }

    public decimal? Amount(string field, string? text) => reader.Amount(field, Given(text));

    public string? Scenario(LedgerSession ledger, string field, string? text) => reader.Scenario(field, text, ledger.ScenarioNames);

    public string? Text(string field, string? text, int maxLength) => reader.Text(field, text, maxLength);
}
