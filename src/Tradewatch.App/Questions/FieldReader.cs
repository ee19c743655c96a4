using System.Text.RegularExpressions;
using Tradewatch.App.Answers;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Limits;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.App.Questions;

/// <summary>
/// Reads the text fields of a question and collects what is wrong with them, field by field, so a
/// caller learns every mistake at once. Each reader returns a usable default after recording a
/// problem; check <see cref="Problems"/> before answering. The one home of the messages the CLI's
/// options and the API's fields give for a value they cannot use. A null text is a field not given;
/// an empty one was given empty (a front end whose forms send empty fields maps them to null first).
/// </summary>
public sealed partial class FieldReader
{
    /// <summary>The longest window of days a question spans (<see cref="Window"/>): ten years.</summary>
    public const int MaxWindowDays = 3660;

    private readonly List<Problem> problems = [];

    /// <summary>The problems found so far, in the order found.</summary>
    public IReadOnlyList<Problem> Problems => problems;

    /// <summary>Whether any problem was found.</summary>
    public bool Any => problems.Count > 0;

    /// <summary>Records a problem about <paramref name="field"/>.</summary>
    public void Add(string field, string message, ProblemKind kind = ProblemKind.Usage) => problems.Add(new Problem(field, message, kind));

    /// <summary>A required economy by ISO code or name.</summary>
    public Economy Economy(ReferenceData reference, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, $"{{{field}}} is required: an economy code such as US, CN or EU.");
            return default;
        }

        if (text.Length <= 64 && reference.Economies.TryResolve(text, out var economy))
        {
            return economy;
        }

        Add(field, $"{{{field}}} '{Clip(text)}': unknown economy. Use an ISO 3166 code such as US, CN, DE, or EU.", ProblemKind.BadData);
        return default;
    }

    /// <summary>An optional HS code that must be in the nomenclature.</summary>
    public HsCode? Hs(ReferenceData reference, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (text is null)
        {
            return null;
        }

        if (text.Length > 32 || !HsCode.TryParse(text, out var code))
        {
            Add(field, $"{{{field}}} '{Clip(text)}' is not an HS code: write 2 to 10 digits, such as 8505.11, 850511 or 8505.11.00.");
            return null;
        }

        if (!reference.Nomenclature.Contains(code))
        {
            Add(field, $"{{{field}}} {Clip(text)}: no such code in the HS 2022 nomenclature. Check the digits, or give a shorter prefix such as {code.Truncate(2)}.", ProblemKind.BadData);
            return null;
        }

        return code;
    }

    /// <summary>A required day, yyyy-MM-dd. A malformed one is a usage mistake; a well-formed day that does not exist (2025-02-30) is bad data.</summary>
    public DateOnly Day(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, $"{{{field}}} is required (a date, yyyy-MM-dd).");
            return default;
        }

        return OptionalDay(field, text) ?? default;
    }

    /// <summary>An optional day, yyyy-MM-dd.</summary>
    public DateOnly? OptionalDay(string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length <= 12 && DateParsing.TryParseDay(text, out var day))
        {
            return day;
        }

        if (IsoShape().IsMatch(text.Trim()))
        {
            Add(field, $"{{{field}}} {text.Trim()}: that day does not exist.", ProblemKind.BadData);
        }
        else
        {
            Add(field, $"{{{field}}} '{Clip(text)}' is not a date: write yyyy-MM-dd, for example 2025-06-09.");
        }

        return null;
    }

    /// <summary>
    /// A window of days read from the fields <c>from</c> and <c>to</c>: <paramref name="to"/> not before
    /// <paramref name="from"/>, and at most <see cref="MaxWindowDays"/> days long. Checked only when the
    /// fields read so far have no problem (a day that could not be read has no window).
    /// </summary>
    public void Window(DateOnly from, DateOnly to)
    {
        if (Any)
        {
            return;
        }

        if (to < from)
        {
            Add("to", $"{{to}} {AnswerJson.Day(to)} comes before {{from}} {AnswerJson.Day(from)}.");
        }
        else if (to.DayNumber - from.DayNumber > MaxWindowDays)
        {
            Add("to", $"the window from {{from}} to {{to}} is longer than {MaxWindowDays} days.");
        }
    }

    /// <summary>An optional amount (a customs value or a quantity), 0 to <see cref="AmountRange.Max"/>.</summary>
    public decimal? Amount(string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (AmountRange.Parse(text) is { } value)
        {
            return value;
        }

        Add(field, $"{{{field}}} {AmountRange.Problem(text)}.");
        return null;
    }

    /// <summary>
    /// An optional scenario. With <paramref name="bundled"/> only those names are allowed (a client of
    /// the server never names a file); without it, any name or file path is taken, and reading it says
    /// whether it exists. Empty and <c>baseline</c> mean none.
    /// </summary>
    public string? Scenario(string field, string? text, IReadOnlyCollection<string>? bundled)
    {
        if (text is null || (bundled is not null && (string.IsNullOrWhiteSpace(text) || text == ScenarioComparisonDto.Baseline)))
        {
            return null;
        }

        if (bundled is null || bundled.Contains(text))
        {
            return text;
        }

        Add(field, $"{{{field}}}: no scenario '{Clip(text)}'; the bundled ones are: {string.Join(", ", bundled)}.", ProblemKind.BadData);
        return null;
    }

    /// <summary>
    /// Two to <paramref name="most"/> bundled scenarios, comma-separated, each named once; <c>baseline</c> is the
    /// ledger itself. A client of the server never names a file.
    /// </summary>
    public IReadOnlyList<string> Scenarios(string field, string? text, IReadOnlyCollection<string> bundled, int most)
    {
        ArgumentNullException.ThrowIfNull(bundled);
        var names = (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count < 2 || names.Count > most)
        {
            Add(field, $"{{{field}}} takes 2 to {most} scenarios, comma-separated, such as baseline,{bundled.FirstOrDefault() ?? "truce-lapses"}.");
            return [];
        }

        var unknown = names.Where(n => n != ScenarioComparisonDto.Baseline && !bundled.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            Add(field, $"{{{field}}}: no scenario {string.Join(", ", unknown.Select(n => $"'{Clip(n)}'"))}; the bundled ones are: baseline, {string.Join(", ", bundled)}.", ProblemKind.BadData);
            return [];
        }

        return names;
    }

    /// <summary>An optional free text of at most <paramref name="maxLength"/> characters, trimmed.</summary>
    public string? Text(string field, string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, $"{{{field}}} is longer than {maxLength} characters.");
            return null;
        }

        return text.Trim();
    }

    /// <summary>A value echoed in a message, cut to 40 characters.</summary>
    public static string Clip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoShape();
}
