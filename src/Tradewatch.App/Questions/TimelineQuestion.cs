using Tradewatch.Core.Economies;
using Tradewatch.Core.Products;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.App.Questions;

/// <summary>The timeline question as a front end receives it: every value a text, null when not given.</summary>
public sealed record TimelineInput(string? Importer, string? Origin, string? Hs, string? From, string? To, string? KnownAt = null, string? Scenario = null);

/// <summary>
/// The total additional rate of an importer on goods from an origin (<see cref="Product"/>, or all goods)
/// as steps from <see cref="From"/> to <see cref="To"/>, as known at the end of <see cref="KnownAt"/>
/// (everything recorded when null), under a scenario.
/// </summary>
public sealed record TimelineQuestion(Economy Importer, Economy Origin, HsCode? Product, DateOnly From, DateOnly To, DateOnly? KnownAt, string? Scenario)
{
    /// <summary>The first day when none is given.</summary>
    public static readonly DateOnly DefaultFrom = new(2025, 1, 1);

    /// <summary>The last day when none is given.</summary>
    public static readonly DateOnly DefaultTo = new(2026, 12, 31);

    /// <summary>Reads a timeline question; <paramref name="scenarios"/> as for <see cref="DutyQuestion.Parse"/>.</summary>
    public static Outcome<TimelineQuestion> Parse(TimelineInput input, ReferenceData reference, IReadOnlyCollection<string>? scenarios = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var read = new FieldReader();
        var importer = read.Economy(reference, "importer", input.Importer);
        var origin = read.Economy(reference, "origin", input.Origin);
        var product = read.Hs(reference, "hs", input.Hs);
        var from = read.OptionalDay("from", input.From) ?? DefaultFrom;
        var to = read.OptionalDay("to", input.To) ?? DefaultTo;
        read.Window(from, to);
        var knownAt = read.OptionalDay("knownAt", input.KnownAt);
        var scenario = read.Scenario("scenario", input.Scenario, scenarios);
        return read.Any
            ? Outcome.Failed<TimelineQuestion>(read.Problems)
            : Outcome.Of(new TimelineQuestion(importer, origin, product, from, to, knownAt, scenario));
    }
}

/// <summary>The changes question as a front end receives it: every value a text, null when not given.</summary>
public sealed record ChangesInput(string? From, string? To, string? KnownAt = null, string? Scenario = null);

/// <summary>
/// What starts, changes, is suspended, ends or falls due from <see cref="From"/> to <see cref="To"/>
/// (both included), as known at the end of <see cref="KnownAt"/> (everything recorded when null), under a scenario.
/// </summary>
public sealed record ChangesQuestion(DateOnly From, DateOnly To, DateOnly? KnownAt, string? Scenario)
{
    /// <summary>Reads a changes question; <paramref name="scenarios"/> as for <see cref="DutyQuestion.Parse"/>.</summary>
    public static Outcome<ChangesQuestion> Parse(ChangesInput input, IReadOnlyCollection<string>? scenarios = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var read = new FieldReader();
        var from = read.Day("from", input.From);
        var to = read.Day("to", input.To);
        read.Window(from, to);
        var knownAt = read.OptionalDay("knownAt", input.KnownAt);
        var scenario = read.Scenario("scenario", input.Scenario, scenarios);
        return read.Any
            ? Outcome.Failed<ChangesQuestion>(read.Problems)
            : Outcome.Of(new ChangesQuestion(from, to, knownAt, scenario));
    }
}
