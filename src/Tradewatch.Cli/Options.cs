using System.CommandLine;
using System.Text.RegularExpressions;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.Cli;

/// <summary>The options many commands share, and the parsing of their values with messages that say what to do.</summary>
internal static partial class Options
{
    public static Option<string?> KnownAt() => new("--known-at") { Description = "Answer with what the ledger knew at the end of this day (yyyy-MM-dd); default: everything recorded." };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON for programs instead of a table." };

    public static Option<string[]> Ledger() => new("--ledger") { Description = "Ledger file(s) to use instead of the bundled US-China ledger.", AllowMultipleArgumentsPerToken = true };

    public static Option<string?> Scenario() => new("--scenario") { Description = "Answer under a scenario: a bundled one by name (see 'tradewatch scenarios list') or a scenario file." };

    public static Option<string?> Text(string name, string description, bool required = false) =>
        new(name) { Description = description, Required = required };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoShape();

    /// <summary>A day: a malformed one is a usage error, a well-formed day that does not exist (2025-02-30) is bad data.</summary>
    public static DateOnly Day(string option, string? text)
    {
        if (text is null)
        {
            throw new UsageException($"{option} is required (a date, yyyy-MM-dd).");
        }

        if (DateParsing.TryParseDay(text, out var day))
        {
            return day;
        }

        if (IsoShape().IsMatch(text.Trim()))
        {
            throw new BadDataException($"{option} {text}: that day does not exist.");
        }

        throw new UsageException($"{option} '{text}' is not a date: write yyyy-MM-dd, for example 2025-06-09.");
    }

    public static DateOnly? OptionalDay(string option, string? text) => text is null ? null : Day(option, text);

    public static DateTimeOffset? KnownAtValue(string? text) =>
        text is null ? null : DateParsing.EndOfDay(Day("--known-at", text));

    public static Economy Economy(ReferenceData reference, string option, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException($"{option} is required: an economy code such as US, CN or EU.");
        }

        if (reference.Economies.TryResolve(text, out var economy))
        {
            return economy;
        }

        throw new BadDataException($"{option} '{text}': unknown economy. Use an ISO 3166 code such as US, CN, DE, or EU.");
    }

    public static HsCode? Hs(ReferenceData reference, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!HsCode.TryParse(text, out var code))
        {
            throw new UsageException($"--hs '{text}' is not an HS code: write 2 to 10 digits, such as 8505.11, 850511 or 8505.11.00.");
        }

        if (!reference.Nomenclature.Contains(code))
        {
            throw new BadDataException($"--hs {text}: no such code in the HS 2022 nomenclature. Check the digits, or give a shorter prefix such as {code.Truncate(2)}.");
        }

        return code;
    }

    public static decimal? Value(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return Core.Limits.AmountRange.Parse(text) ?? throw new UsageException($"--value {Core.Limits.AmountRange.Problem(text)}.");
    }
}
