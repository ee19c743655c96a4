using System.CommandLine;
using Tradewatch.App.Questions;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.Cli;

/// <summary>The options many commands share, and the parsing of their values with messages that say what to do.</summary>
internal static class Options
{
    public static Option<string?> KnownAt() => new("--known-at") { Description = "Answer with what the ledger knew at the end of this day (yyyy-MM-dd); default: everything recorded." };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON for programs instead of a table." };

    public static Option<string[]> Ledger() => new("--ledger") { Description = "Ledger file(s) to use instead of the bundled US-China ledger.", AllowMultipleArgumentsPerToken = true };

    public static Option<string?> Scenario() => new("--scenario") { Description = "Answer under a scenario: a bundled one by name (see 'tradewatch scenarios list') or a scenario file." };

    public static Option<string?> Text(string name, string description, bool required = false) =>
        new(name) { Description = description, Required = required };

    /// <summary>A day: a malformed one is a usage error, a well-formed day that does not exist (2025-02-30) is bad data.</summary>
    public static DateOnly Day(string option, string? text) => Read(option, (r, f) => r.Day(f, text));

    public static DateOnly? OptionalDay(string option, string? text) => text is null ? null : Day(option, text);

    public static DateTimeOffset? KnownAtValue(string? text) =>
        text is null ? null : DateParsing.EndOfDay(Day("--known-at", text));

    public static Economy Economy(ReferenceData reference, string option, string? text) => Read(option, (r, f) => r.Economy(reference, f, text));

    public static HsCode? Hs(ReferenceData reference, string? text) => Read("--hs", (r, f) => r.Hs(reference, f, text));

    public static decimal? Value(string? text) => Read("--value", (r, f) => r.Amount(f, text));

    /// <summary>Reads one option's value with the readers the questions use; the first problem is thrown.</summary>
    private static T Read<T>(string option, Func<FieldReader, string, T> read)
    {
        var reader = new FieldReader();
        var value = read(reader, Problems.Field(option));
        Problems.ThrowFirst(reader);
        return value;
    }
}
