using Microsoft.AspNetCore.Http.HttpResults;
using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.Server.Hosting;

namespace Tradewatch.Server.Api;

/// <summary>The ledger's answers: duty, licence, timeline, changes, scenarios. Open to everyone.</summary>
public static class LedgerApi
{
    public static IEndpointRouteBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Ledger");
        api.MapGet("/duty", Duty).WithSummary("The duty stack for a product from an origin on a day, layer by layer with basis, status and sources.");
        api.MapGet("/licence", Licence).WithSummary("Whether an export needs a licence (or is banned), under which measures, with the licences reported.");
        api.MapGet("/timeline", Timeline).WithSummary("The total additional rate between two economies as steps over time.");
        api.MapGet("/changes", Changes).WithSummary("What starts, changes, is suspended, ends or falls due between two days.");
        api.MapGet("/scenarios", Scenarios).WithSummary("The bundled scenarios: named overlays of changes on the ledger.");
        api.MapGet("/scenarios/compare", Compare).WithSummary("The total additional rate between two economies under several scenarios, month by month; those that do not apply as known then are named, with the reason.");
        return app;
    }

    public static Results<Ok<DutyDto>, ValidationProblem> Duty([AsParameters] DutyRequest query, LedgerSession ledger)
    {
        var errors = new InputErrors();
        return LedgerQueries.Duty(ledger, query, errors) is { } answer ? TypedResults.Ok(answer) : errors.Problem();
    }

    public static Results<Ok<LicenceDto>, ValidationProblem> Licence([AsParameters] LicenceRequest query, LedgerSession ledger)
    {
        var errors = new InputErrors();
        return LedgerQueries.Licence(ledger, query, errors) is { } answer ? TypedResults.Ok(answer) : errors.Problem();
    }

    public static Results<Ok<TimelineDto>, ValidationProblem> Timeline([AsParameters] TimelineRequest query, LedgerSession ledger)
    {
        var errors = new InputErrors();
        return LedgerQueries.Timeline(ledger, query, errors) is { } answer ? TypedResults.Ok(answer) : errors.Problem();
    }

    public static Results<Ok<ChangesDto>, ValidationProblem> Changes([AsParameters] ChangesRequest query, LedgerSession ledger, TimeProvider clock)
    {
        var errors = new InputErrors();
        return LedgerQueries.Changes(ledger, query, errors, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) is { } answer ? TypedResults.Ok(answer) : errors.Problem();
    }

    public static Results<Ok<ScenarioComparisonDto>, ValidationProblem> Compare([AsParameters] ScenarioComparisonRequest query, LedgerSession ledger)
    {
        var errors = new InputErrors();
        return LedgerQueries.Compare(ledger, query, errors) is { } answer ? TypedResults.Ok(answer) : errors.Problem();
    }

    public static Ok<List<ScenarioDto>> Scenarios(LedgerSession ledger) =>
        TypedResults.Ok(ledger.Scenarios.Select(s => new ScenarioDto(s.Key, s.Value.Name, s.Value.Description, s.Value.Changes.Count)).ToList());
}
