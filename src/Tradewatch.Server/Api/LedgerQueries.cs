using Microsoft.AspNetCore.Mvc;
using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.Server.Hosting;

namespace Tradewatch.Server.Api;

/// <summary>The duty question as a client asks it: every value a string, validated in <see cref="LedgerQueries"/>.</summary>
/// <param name="Importer">The importing economy, e.g. US.</param>
/// <param name="Origin">The origin of the goods, e.g. CN.</param>
/// <param name="Hs">The HS code (8505.11, 850511 or 8505.11.00); without it, only layers on all goods.</param>
/// <param name="Date">The entry day, yyyy-MM-dd.</param>
/// <param name="Value">The customs value, to compute the additional duty.</param>
/// <param name="KnownAt">Answer with what the ledger knew at the end of this day (yyyy-MM-dd).</param>
/// <param name="Scenario">A bundled scenario by name (see /api/scenarios).</param>
/// <param name="Hts">A US tariff line (8505.11.00.70...), checked against the US schedule; instead of <paramref name="Hs"/>.</param>
/// <param name="Quantity">The quantity entered, to compute specific and compound base rates (with <paramref name="Unit"/>).</param>
/// <param name="Unit">The unit of the quantity: kg, liter, No.... as the rate is written.</param>
/// <param name="MetalWeight">The metal's share of the goods' weight, in percent: under 15% the April 2026 metals duties do not apply (9903.82.03), except to articles of chapters 72, 73, 74 and 76.</param>
/// <param name="MetalValue">The value of the steel, aluminium or copper content, part of <paramref name="Value"/>: a Section 232 layer charged on the metal content falls on it, the rest of the value pays the other layers.</param>
/// <param name="Metal">The metal the goods are articles of (steel, aluminium or aluminum, copper): it settles a duty that depends on it (8544.42.90 as an article of copper pays the copper headings, U.S. note 16(c)(viii)).</param>
public sealed record DutyRequest(
    [FromQuery(Name = "importer"), RequiredParameter] string? Importer, [FromQuery(Name = "origin"), RequiredParameter] string? Origin, [FromQuery(Name = "hs")] string? Hs, [FromQuery(Name = "date"), RequiredParameter] string? Date,
    [FromQuery(Name = "value")] string? Value, [FromQuery(Name = "knownAt")] string? KnownAt, [FromQuery(Name = "scenario")] string? Scenario,
    [FromQuery(Name = "hts")] string? Hts = null, [FromQuery(Name = "quantity")] string? Quantity = null, [FromQuery(Name = "unit")] string? Unit = null,
    [FromQuery(Name = "metalValue")] string? MetalValue = null, [FromQuery(Name = "metalWeight")] string? MetalWeight = null, [FromQuery(Name = "metal")] string? Metal = null)
{
    /// <summary>The question's fields, a field sent empty counting as not given.</summary>
    public DutyInput Input() => new(
        InputErrors.Given(Importer), InputErrors.Given(Origin), InputErrors.Given(Hs), InputErrors.Given(Hts), InputErrors.Given(Date), InputErrors.Given(Value),
        InputErrors.Given(Quantity), InputErrors.Given(Unit), InputErrors.Given(KnownAt), InputErrors.Given(Scenario), InputErrors.Given(MetalValue), InputErrors.Given(MetalWeight))
    {
        Metal = InputErrors.Given(Metal),
    };
}

/// <param name="Item">The item by name (samarium, gallium...), or give <paramref name="Hs"/>.</param>
public sealed record LicenceRequest([FromQuery(Name = "exporter"), RequiredParameter] string? Exporter, [FromQuery(Name = "destination"), RequiredParameter] string? Destination, [FromQuery(Name = "item")] string? Item, [FromQuery(Name = "hs")] string? Hs, [FromQuery(Name = "date"), RequiredParameter] string? Date, [FromQuery(Name = "knownAt")] string? KnownAt, [FromQuery(Name = "scenario")] string? Scenario)
{
    /// <summary>The question's fields, a field sent empty counting as not given.</summary>
    public LicenceInput Input() => new(
        InputErrors.Given(Exporter), InputErrors.Given(Destination), InputErrors.Given(Item), InputErrors.Given(Hs), InputErrors.Given(Date), InputErrors.Given(KnownAt), InputErrors.Given(Scenario));
}

/// <param name="From">First day (default 2025-01-01).</param>
/// <param name="To">Last day (default 2026-12-31).</param>
public sealed record TimelineRequest([FromQuery(Name = "importer"), RequiredParameter] string? Importer, [FromQuery(Name = "origin"), RequiredParameter] string? Origin, [FromQuery(Name = "hs")] string? Hs, [FromQuery(Name = "from")] string? From, [FromQuery(Name = "to")] string? To, [FromQuery(Name = "knownAt")] string? KnownAt, [FromQuery(Name = "scenario")] string? Scenario)
{
    /// <summary>The question's fields, a field sent empty counting as not given.</summary>
    public TimelineInput Input() => new(
        InputErrors.Given(Importer), InputErrors.Given(Origin), InputErrors.Given(Hs), InputErrors.Given(From), InputErrors.Given(To), InputErrors.Given(KnownAt), InputErrors.Given(Scenario));
}

/// <param name="Scenarios">Two to ten scenarios, comma-separated: bundled names (see /api/scenarios) or baseline, the ledger itself.</param>
/// <param name="From">First day (default 2025-01-01).</param>
/// <param name="To">Last day (default 2026-12-31).</param>
public sealed record ScenarioComparisonRequest([FromQuery(Name = "scenarios"), RequiredParameter] string? Scenarios, [FromQuery(Name = "importer"), RequiredParameter] string? Importer, [FromQuery(Name = "origin"), RequiredParameter] string? Origin, [FromQuery(Name = "hs")] string? Hs, [FromQuery(Name = "from")] string? From, [FromQuery(Name = "to")] string? To, [FromQuery(Name = "knownAt")] string? KnownAt)
{
    /// <summary>The pair and window, read as a timeline question reads them.</summary>
    public TimelineInput Input() => new(
        InputErrors.Given(Importer), InputErrors.Given(Origin), InputErrors.Given(Hs), InputErrors.Given(From), InputErrors.Given(To), InputErrors.Given(KnownAt));
}

public sealed record ChangesRequest([FromQuery(Name = "from"), RequiredParameter] string? From, [FromQuery(Name = "to"), RequiredParameter] string? To, [FromQuery(Name = "knownAt")] string? KnownAt, [FromQuery(Name = "scenario")] string? Scenario)
{
    /// <summary>The question's fields, a field sent empty counting as not given.</summary>
    public ChangesInput Input() => new(InputErrors.Given(From), InputErrors.Given(To), InputErrors.Given(KnownAt), InputErrors.Given(Scenario));
}

/// <summary>
/// The ledger questions, validated and answered: one place for the API and the pages. Each returns
/// null with <c>errors</c> filled when the input is wrong.
/// </summary>
public static class LedgerQueries
{
    /// <summary>The duty question read once (<see cref="DutyQuestion"/>) and answered (<see cref="DutyAnswers"/>), as the CLI's <c>duty</c> does.</summary>
    public static DutyDto? Duty(LedgerSession ledger, DutyRequest q, InputErrors errors)
    {
        var question = DutyQuestion.Parse(q.Input(), ledger.Reference, ledger.ScenarioNames);
        if (question.Value is null)
        {
            errors.AddRange(question.Problems);
            return null;
        }

        var answer = DutyAnswers.Ask(ledger, question.Value);
        errors.AddRange(answer.Problems);
        return answer.Value is { } result ? DutyDto.From(result) : null;
    }

    /// <summary>The licence question read once (<see cref="LicenceQuestion"/>) and answered, as the CLI's <c>licence</c> does.</summary>
    public static LicenceDto? Licence(LedgerSession ledger, LicenceRequest q, InputErrors errors)
    {
        var question = LicenceQuestion.Parse(q.Input(), ledger.Reference, ledger.ScenarioNames);
        return Valid(ledger, question, question.Value?.KnownAt, errors) is { } licence
            ? LicenceDto.From(LicenceAnswers.Ask(ledger, licence), licence.Scenario)
            : null;
    }

    /// <summary>The timeline question read once (<see cref="TimelineQuestion"/>) and answered, as the CLI's <c>timeline</c> does.</summary>
    public static TimelineDto? Timeline(LedgerSession ledger, TimelineRequest q, InputErrors errors)
    {
        var question = TimelineQuestion.Parse(q.Input(), ledger.Reference, ledger.ScenarioNames);
        if (Valid(ledger, question, question.Value?.KnownAt, errors) is not { } t)
        {
            return null;
        }

        var view = ledger.View(t.KnownAt, t.Scenario);
        return TimelineDto.Of(t, view, view.Timeline(t.Importer, t.Origin, t.Product, t.From, t.To));
    }

    /// <summary>The changes question read once (<see cref="ChangesQuestion"/>) and answered, as the CLI's <c>changes</c> does.</summary>
    public static ChangesDto? Changes(LedgerSession ledger, ChangesRequest q, InputErrors errors, DateOnly? today = null)
    {
        if (ReadChanges(ledger, q, errors) is not { } c)
        {
            return null;
        }

        var view = ledger.View(c.KnownAt, c.Scenario);
        return ChangesDto.Of(c, view, view.Changes(c.From, c.To, today));
    }

    /// <summary>The changes question read once, or null with its problems in <paramref name="errors"/>: for a page that shows the events itself.</summary>
    public static ChangesQuestion? ReadChanges(LedgerSession ledger, ChangesRequest q, InputErrors errors)
    {
        var question = ChangesQuestion.Parse(q.Input(), ledger.ScenarioNames);
        return Valid(ledger, question, question.Value?.KnownAt, errors);
    }

    /// <summary>The scenarios compared on a pair and window read as the timeline question reads them, as the CLI's <c>scenarios compare</c> does.</summary>
    public static ScenarioComparisonDto? Compare(LedgerSession ledger, ScenarioComparisonRequest q, InputErrors errors)
    {
        var read = new FieldReader();
        var names = read.Scenarios("scenarios", InputErrors.Given(q.Scenarios), ledger.ScenarioNames, ScenarioComparisonDto.MaxScenarios);
        errors.AddRange(read.Problems);
        var question = TimelineQuestion.Parse(q.Input(), ledger.Reference);
        if (Valid(ledger, question, question.Value?.KnownAt, errors) is not { } t || read.Any)
        {
            return null;
        }

        var comparison = ScenarioComparisonDto.Of(ledger, t, names);
        errors.AddRange(comparison.Problems);
        return comparison.Value;
    }

    /// <summary>The question, or null with its problems (and a known-at before the ledger's first record) in <paramref name="errors"/>.</summary>
    private static T? Valid<T>(LedgerSession ledger, Outcome<T> question, DateOnly? knownAt, InputErrors errors)
        where T : class
    {
        errors.AddRange(question.Problems);
        if (question.Value is not null && ledger.KnewNothing(knownAt) is { } nothing)
        {
            errors.AddRange([nothing]);
        }

        return errors.Any ? null : question.Value;
    }
}
