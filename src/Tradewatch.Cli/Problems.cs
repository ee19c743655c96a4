using Tradewatch.App.Questions;

namespace Tradewatch.Cli;

/// <summary>
/// Turns the problems of a question into the CLI's failures: the first problem, with fields named as
/// options (<c>--known-at</c>), as a usage error (exit 1) or bad data (exit 2) by its kind.
/// </summary>
internal static class Problems
{
    /// <summary>The value, or the first problem thrown.</summary>
    public static T ValueOf<T>(Outcome<T> outcome)
        where T : class
    {
        if (outcome.Problems.Count > 0)
        {
            throw Failure(outcome.Problems[0]);
        }

        return outcome.Value ?? throw new InvalidOperationException("an outcome with neither a value nor a problem");
    }

    /// <summary>Throws the first problem <paramref name="reader"/> found, if any.</summary>
    public static void ThrowFirst(FieldReader reader)
    {
        if (reader.Problems.Count > 0)
        {
            throw Failure(reader.Problems[0]);
        }
    }

    /// <summary>The exception a problem is reported by; <paramref name="name"/> names its fields (default: as options).</summary>
    public static Exception Failure(Problem problem, Func<string, string>? name = null)
    {
        var text = problem.Text(name ?? Problem.Option);
        return problem.Kind == ProblemKind.BadData ? new BadDataException(text) : new UsageException(text);
    }

    /// <summary>The field an option reads: <c>--known-at</c> reads <c>knownAt</c>.</summary>
    public static string Field(string option)
    {
        var words = option.TrimStart('-').Split('-');
        return words[0] + string.Concat(words.Skip(1).Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
