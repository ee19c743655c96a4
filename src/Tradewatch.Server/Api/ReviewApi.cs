using Microsoft.AspNetCore.Http.HttpResults;
using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.UseCases;
using Tradewatch.News.Pipeline;
using Tradewatch.Server.Auth;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;
using Tradewatch.Storage.Review;

namespace Tradewatch.Server.Api;

/// <summary>The review queue: listing and reading are open; accepting and rejecting need a curator.</summary>
public static class ReviewApi
{

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/review").WithTags("Review");
        api.MapGet("/", List).WithSummary("The proposed ledger changes, optionally only those in one state (open, accepted, rejected, revoked).");
        api.MapGet("/{id:long}", Show).WithSummary("One proposal.").ProducesProblems(StatusCodes.Status404NotFound);
        api.MapPost("/{id:long}/accept", Accept).WithSummary("Accept an open proposal for a stated reason: its record joins the ledger, with its sources. 409 when already decided, when its goods must be narrowed first, or when the stored reports no longer propose it as it stands. Curators only.").RequireCuratorWrite().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapPost("/{id:long}/reject", Reject).WithSummary("Reject an open proposal, with an optional reason. Curators only.").RequireCuratorWrite().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapPost("/{id:long}/narrow", Narrow).WithSummary("Narrow an open proposal's new tariff layer to HS codes (or 'all'), and its start. Curators only.").RequireCuratorWrite().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapPost("/{id:long}/revoke", Revoke).WithSummary("Revoke an accepted proposal: its record stops counting from now; nothing is deleted. Curators only.").RequireCuratorWrite().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    public static ProposalDto Dto(Proposal p) => ProposalDto.From(p);

    public static Results<Ok<List<ProposalDto>>, ValidationProblem> List(string? state, NewsService news)
    {
        if (state is not null && !Proposal.States.Contains(state))
        {
            var errors = new InputErrors();
            errors.Add("state", $"one of {string.Join(", ", Proposal.States)}.");
            return errors.Problem();
        }

        return TypedResults.Ok(news.Proposals(state).Select(Dto).ToList());
    }

    public static Results<Ok<ProposalDto>, ProblemHttpResult> Show(long id, NewsService news) =>
        news.Proposal(id) is { } p ? TypedResults.Ok(Dto(p)) : NotFound(id);

    /// <param name="reason">Why the claim is right: what the curator checked (required, at most 500 characters).</param>
    public static Results<Ok<ProposalDto>, ProblemHttpResult, ValidationProblem> Accept(long id, [RequiredParameter] string? reason, HttpContext http, NewsService news, LedgerSession ledger) => Apply(ReviewAction.Accept, id, reason, http, news, ledger);

    /// <param name="products">HS codes separated by commas (8711.60,8712), or 'all' to confirm every good.</param>
    /// <param name="from">The layer's first day (YYYY-MM-DD), when the report's was wrong.</param>
    /// <param name="reason">Why (required, at most 500 characters).</param>
    public static Results<Ok<ProposalDto>, ProblemHttpResult, ValidationProblem> Narrow(long id, [RequiredParameter] string? products, string? from, [RequiredParameter] string? reason, HttpContext http, NewsService news)
    {
        var errors = new InputErrors();
        var why = errors.Text("reason", reason, 500);
        if (string.IsNullOrWhiteSpace(why))
        {
            errors.Add("reason", "say why the goods are these.");
        }

        if (!ProposedChange.TryParseProducts(products, out var scope, out var problem))
        {
            errors.Add("products", problem + ".");
        }

        var start = errors.OptionalDay("from", from);
        return errors.Any ? errors.Problem() : Widen(Decide(news.Narrow(id, http.User.Identity!.Name!, scope, start, why!), id));
    }

    /// <param name="reason">Why the accepted record was wrong (required, at most 500 characters).</param>
    public static Results<Ok<ProposalDto>, ProblemHttpResult, ValidationProblem> Revoke(long id, [RequiredParameter] string? reason, HttpContext http, NewsService news, LedgerSession ledger) => Apply(ReviewAction.Revoke, id, reason, http, news, ledger);

    private static Results<Ok<ProposalDto>, ProblemHttpResult, ValidationProblem> Widen(Results<Ok<ProposalDto>, ProblemHttpResult> result) => result.Result switch
    {
        Ok<ProposalDto> ok => ok,
        ProblemHttpResult problem => problem,
        _ => throw new InvalidOperationException("unreachable"),
    };

    /// <param name="reason">Why the proposal is rejected (at most 500 characters).</param>
    public static Results<Ok<ProposalDto>, ProblemHttpResult, ValidationProblem> Reject(long id, string? reason, HttpContext http, NewsService news, LedgerSession ledger) => Apply(ReviewAction.Reject, id, reason, http, news, ledger);

    /// <summary>A decision read once (<see cref="DecisionRequest"/>) as the CLI's review commands read it, and applied.</summary>
    private static Results<Ok<ProposalDto>, ProblemHttpResult, ValidationProblem> Apply(ReviewAction action, long id, string? reason, HttpContext http, NewsService news, LedgerSession ledger)
    {
        var decision = DecisionRequest.Parse(action, id, http.User.Identity!.Name, InputErrors.Given(reason));
        if (decision.Value is null)
        {
            var errors = new InputErrors();
            errors.AddRange(decision.Problems);
            return errors.Problem();
        }

        return Widen(Decide(news.Decide(decision.Value, ledger), id));
    }

    private static Results<Ok<ProposalDto>, ProblemHttpResult> Decide(ReviewOutcome outcome, long id) => outcome.Status switch
    {
        ReviewStatus.Done => TypedResults.Ok(Dto(outcome.Proposal!)),
        ReviewStatus.NotFound => NotFound(id),
        ReviewStatus.NeedsNarrowing => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The proposal must be narrowed first.", detail: outcome.Message),
        ReviewStatus.Superseded => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The stored reports no longer propose this as it stands.", detail: outcome.Message),
        ReviewStatus.NotRevocable => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only an accepted proposal can be revoked, once.", detail: outcome.Message),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The proposal was already decided.", detail: outcome.Message),
    };

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such proposal.", detail: $"There is no proposal {id}; GET /api/review lists them.");
}
