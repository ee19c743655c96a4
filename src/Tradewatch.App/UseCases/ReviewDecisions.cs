using Tradewatch.App.Questions;
using Tradewatch.Storage.Review;

namespace Tradewatch.App.UseCases;

/// <summary>What a reviewer does to a proposal.</summary>
public enum ReviewAction
{
    /// <summary>Accept it for a stated reason: its record joins the ledger.</summary>
    Accept,

    /// <summary>Reject it, with an optional reason.</summary>
    Reject,

    /// <summary>Take back an accepted one, for a stated reason: its record stops counting from now.</summary>
    Revoke,
}

/// <summary>A review decision on proposal <see cref="Id"/>, read once with its problems for the CLI and the API.</summary>
public sealed record DecisionRequest(ReviewAction Action, long Id, string Reviewer, string? Reason)
{
    /// <summary>The longest reason taken.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>
    /// Reads a decision: a reviewer's name is required, and so is a reason to accept (what was checked)
    /// or to revoke (why the record was wrong).
    /// </summary>
    public static Outcome<DecisionRequest> Parse(ReviewAction action, long id, string? reviewer, string? reason)
    {
        var read = new FieldReader();
        if (string.IsNullOrWhiteSpace(reviewer))
        {
            read.Add("reviewer", "{reviewer} needs a name.");
        }

        var why = read.Text("reason", reason, MaxReasonLength);
        if (why is null && !read.Any && action != ReviewAction.Reject)
        {
            read.Add("reason", action == ReviewAction.Accept
                ? "{reason} needs words: say why the claim is right, what you checked."
                : "{reason} needs words: say why the accepted record was wrong.");
        }

        return read.Any ? Outcome.Failed<DecisionRequest>(read.Problems) : Outcome.Of(new DecisionRequest(action, id, reviewer!.Trim(), why));
    }
}

/// <summary>
/// The decide use case: a decision applied to the review queue, the same for <c>tradewatch review</c>
/// and the server. A record accepted or revoked changes the ledger: a <see cref="Ledger.LedgerSession"/>
/// over the store sees it on its next freshness check, or at once after <see cref="Ledger.LedgerSession.Refresh"/>.
/// </summary>
public static class ReviewDecisions
{
    /// <summary>Applies <paramref name="decision"/>; whether it changed anything is in the outcome (not found, already decided...).</summary>
    public static ReviewOutcome Apply(ReviewQueue queue, DecisionRequest decision)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Action switch
        {
            ReviewAction.Accept => queue.Accept(decision.Id, decision.Reviewer, decision.Reason!),
            ReviewAction.Reject => queue.Reject(decision.Id, decision.Reviewer, decision.Reason),
            _ => queue.Revoke(decision.Id, decision.Reviewer, decision.Reason!),
        };
    }

    /// <summary>Whether an applied decision changed the ledger (an accepted or revoked record).</summary>
    public static bool ChangesLedger(DecisionRequest decision, ReviewOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(outcome);
        return decision.Action != ReviewAction.Reject && outcome.Status == ReviewStatus.Done;
    }
}
