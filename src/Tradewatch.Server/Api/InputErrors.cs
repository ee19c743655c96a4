using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Tradewatch.App.Ledger;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Limits;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;
using Tradewatch.Server.Hosting;

namespace Tradewatch.Server.Api;

/// <summary>
/// Reads query values and collects what is wrong with them, field by field, so a client learns
/// every mistake in one answer (a validation problem, RFC 7807). Each reader returns a usable
/// default after recording an error; the caller checks <see cref="Any"/> before answering.
/// </summary>
public sealed class InputErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), title: "The request has invalid values.");

    /// <summary>The messages about one field, for a page to show beside that field.</summary>
    public IReadOnlyList<string> For(string field) => errors.TryGetValue(field, out var list) ? list : [];

    /// <summary>The messages, one per line: for pages that show them beside a form.</summary>
    public IEnumerable<string> Messages => errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"));

    public Economy Economy(LedgerSession ledger, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, "required: an economy code such as US, CN or EU.");
            return default;
        }

        if (text.Length <= 64 && ledger.Reference.Economies.TryResolve(text, out var economy))
        {
            return economy;
        }

        Add(field, $"'{Clip(text)}' is not a known economy: use an ISO 3166 code such as US, CN, DE, or EU.");
        return default;
    }

    public HsCode? Hs(LedgerSession ledger, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > 32 || !HsCode.TryParse(text, out var code))
        {
            Add(field, $"'{Clip(text)}' is not an HS code: write 2 to 10 digits, such as 8505.11, 850511 or 8505.11.00.");
            return null;
        }

        if (!ledger.Reference.Nomenclature.Contains(code))
        {
            Add(field, $"{Clip(text)}: no such code in the HS 2022 nomenclature; give a shorter prefix such as {code.Truncate(2)}.");
            return null;
        }

        return code;
    }

    public DateOnly Day(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, "required: a date, yyyy-MM-dd.");
            return default;
        }

        return OptionalDay(field, text) ?? default;
    }

    public DateOnly? OptionalDay(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length <= 10 && DateParsing.TryParseDay(text, out var day))
        {
            return day;
        }

        Add(field, $"'{Clip(text)}' is not a day: write yyyy-MM-dd, for example 2025-06-09.");
        return null;
    }

    public decimal? Amount(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (AmountRange.Parse(text) is { } value)
        {
            return value;
        }

        Add(field, AmountRange.Problem(text) + ".");
        return null;
    }

    public string? Scenario(LedgerSession ledger, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text == "baseline")
        {
            return null;
        }

        if (ledger.Scenarios.ContainsKey(text))
        {
            return text;
        }

        Add(field, $"no scenario '{Clip(text)}'; the bundled ones are: {string.Join(", ", ledger.Scenarios.Keys)}.");
        return null;
    }

    public string? Text(string field, string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, $"longer than {maxLength} characters.");
            return null;
        }

        return text.Trim();
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
