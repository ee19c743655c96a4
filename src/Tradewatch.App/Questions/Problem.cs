using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tradewatch.App.Questions;

/// <summary>What is wrong with a value: malformed or missing (a usage mistake), or well formed but naming nothing (bad data).</summary>
public enum ProblemKind
{
    /// <summary>Missing, malformed or contradictory input: the CLI's exit code 1.</summary>
    Usage,

    /// <summary>Well formed, but names what does not exist (an unknown economy, 2025-02-30): the CLI's exit code 2.</summary>
    BadData,
}

/// <summary>
/// One thing wrong with a question, about one field. The message names fields in braces
/// (<c>{importer} is required</c>) so that each front end names them its own way: the CLI as
/// options (<c>--importer</c>), the API as query fields (<c>importer</c>).
/// </summary>
/// <param name="Field">The field the problem is about, as the API names it (camelCase).</param>
/// <param name="Message">The message, with field names in braces.</param>
/// <param name="Kind">Whether the input is malformed or names nothing.</param>
public sealed partial record Problem(string Field, string Message, ProblemKind Kind = ProblemKind.Usage)
{
    /// <summary>The message with each field named by <paramref name="name"/>.</summary>
    public string Text(Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FieldName().Replace(Message, m => name(m.Groups[1].Value));
    }

    /// <summary>The message with fields named as the API names them.</summary>
    public override string ToString() => Text(f => f);

    /// <summary>A field as the CLI names it: <c>knownAt</c> is <c>--known-at</c>.</summary>
    public static string Option(string field) => "--" + JsonNamingPolicy.KebabCaseLower.ConvertName(field);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex FieldName();
}

/// <summary>
/// A question read from its fields, or answered: the value when nothing is wrong, else the problems
/// (in the order found). Expected failures are values, not exceptions.
/// </summary>
/// <typeparam name="T">The question's or the answer's record.</typeparam>
public sealed record Outcome<T>(T? Value, IReadOnlyList<Problem> Problems)
    where T : class
{
    /// <summary>Whether there is a value and no problem.</summary>
    public bool IsValid => Value is not null && Problems.Count == 0;
}

/// <summary>Makes <see cref="Outcome{T}"/> values.</summary>
public static class Outcome
{
    /// <summary>A value with no problem.</summary>
    public static Outcome<T> Of<T>(T value)
        where T : class => new(value, []);

    /// <summary>Problems, no value.</summary>
    public static Outcome<T> Failed<T>(IReadOnlyList<Problem> problems)
        where T : class => new(null, problems);
}
