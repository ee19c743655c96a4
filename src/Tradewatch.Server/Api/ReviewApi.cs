using Microsoft.AspNetCore.Http.HttpResults;
using Tradewatch.Server.Auth;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;
using Tradewatch.Storage.Review;

namespace Tradewatch.Server.Api;

public sealed record ProposalSourceDto(string Document, string? Url, string? Outlet, string Citation);

public sealed record DecisionDto(string Decision, string Reviewer, string? Reason, DateTimeOffset DecidedAt);

/// <summary>A proposed ledger change: the claim it comes from, the verdict that raised it, the change and its sources.</summary>
public sealed record ProposalDto(
    long Id, string State, string Kind, string Summary, string Verdict, string Explanation, ProposedChange Change,
    DateTimeOffset ProposedAt, IReadOnlyList<ProposalSourceDto> Sources, DecisionDto? Decision);

/// <summary>The review queue: listing and reading are open; accepting and rejecting need a curator.</summary>
public static class ReviewApi
{
    private static readonly string[] States = ["open", "accepted", "rejected"];

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/review").WithTags("Review");
        api.MapGet("/", List).WithSummary("The proposed ledger changes, optionally only those in one state (open, accepted, rejected).");
        api.MapGet("/{id:long}", Show).WithSummary("One proposal.");
        api.MapPost("/{id:long}/accept", Accept).WithSummary("Accept an open proposal: its record joins the ledger, with its sources. Curators only.").RequireCuratorWrite();
        api.MapPost("/{id:long}/reject", Reject).WithSummary("Reject an open proposal, with an optional reason. Curators only.").RequireCuratorWrite();
        return app;
    }

    public static ProposalDto Dto(Proposal p) => new(
        p.Id, p.State, p.Kind, p.Summary, p.Verdict, p.Explanation, p.Change, p.ProposedAt,
        p.Sources.Select(s => new ProposalSourceDto(s.Document, s.Url, s.Outlet, s.Citation)).ToList(),
        p.Decision is { } d ? new DecisionDto(d.Decision, d.Reviewer, d.Reason, d.DecidedAt) : null);

    public static Results<Ok<List<ProposalDto>>, ValidationProblem> List(string? state, NewsService news)
    {
        if (state is not null && !States.Contains(state))
        {
            var errors = new InputErrors();
            errors.Add("state", "one of open, accepted, rejected.");
            return errors.Problem();
        }

        return TypedResults.Ok(news.Proposals(state).Select(Dto).ToList());
    }

    public static Results<Ok<ProposalDto>, ProblemHttpResult> Show(long id, NewsService news) =>
        news.Proposal(id) is { } p ? TypedResults.Ok(Dto(p)) : NotFound(id);

    public static Results<Ok<ProposalDto>, ProblemHttpResult> Accept(long id, HttpContext http, NewsService news, LedgerState ledger) =>
        Decide(news.Decide(id, accept: true, http.User.Identity!.Name!, null, ledger), id);

    /// <param name="reason">Why the proposal is rejected (at most 500 characters).</param>
    public static Results<Ok<ProposalDto>, ProblemHttpResult, ValidationProblem> Reject(long id, string? reason, HttpContext http, NewsService news, LedgerState ledger)
    {
        var errors = new InputErrors();
        var why = errors.Text("reason", reason, 500);
        if (errors.Any)
        {
            return errors.Problem();
        }

        return Decide(news.Decide(id, accept: false, http.User.Identity!.Name!, why, ledger), id) switch
        {
            { Result: Ok<ProposalDto> ok } => ok,
            { Result: ProblemHttpResult problem } => problem,
            _ => throw new InvalidOperationException("unreachable"),
        };
    }

    private static Results<Ok<ProposalDto>, ProblemHttpResult> Decide(ReviewOutcome outcome, long id) => outcome.Status switch
    {
        ReviewStatus.Done => TypedResults.Ok(Dto(outcome.Proposal!)),
        ReviewStatus.NotFound => NotFound(id),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The proposal was already decided.", detail: outcome.Message),
    };

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such proposal.", detail: $"There is no proposal {id}; GET /api/review lists them.");
}
