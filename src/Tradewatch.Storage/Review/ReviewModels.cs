namespace Tradewatch.Storage.Review;

/// <summary>Where a proposal's claim was read: the report, its URL and outlet when known.</summary>
public sealed record ProposalSource(string Document, string? Url, string? Outlet)
{
    /// <summary>The source as a ledger record cites it: the URL, or the outlet and report when the report had none.</summary>
    public string Citation => Url ?? (Outlet is null ? $"report {Document}" : $"{Outlet}: report {Document}");
}

/// <summary>A proposal before it is stored: the claim it comes from (its facts as JSON, which identify it), the check and the change.</summary>
public sealed record ProposalDraft(
    string Kind,
    string ClaimJson,
    string Summary,
    string Verdict,
    string Explanation,
    ProposedChange Change,
    IReadOnlyList<ProposalSource> Sources);

/// <summary>What a reviewer decided on a proposal; a proposal is decided once.</summary>
public sealed record ReviewDecision(string Decision, string Reviewer, string? Reason, DateTimeOffset DecidedAt);

/// <summary>
/// A proposed ledger change in the review queue: the claim, the verdict that raised it, the change,
/// its sources, and the decision once someone made it (null while open).
/// </summary>
public sealed record Proposal(
    long Id,
    string Kind,
    string Summary,
    string Verdict,
    string Explanation,
    ProposedChange Change,
    string ClaimJson,
    DateTimeOffset ProposedAt,
    IReadOnlyList<ProposalSource> Sources,
    ReviewDecision? Decision)
{
    /// <summary><c>open</c>, <c>accepted</c> or <c>rejected</c>.</summary>
    public string State => Decision?.Decision ?? "open";
}

/// <summary>A ledger record appended by accepting a proposal, with the YAML a ledger file would hold.</summary>
public sealed record AcceptedRecord(long ProposalId, ProposedChange Change, IReadOnlyList<string> Sources, DateTimeOffset RecordedAt, string RecordedBy, string Note, string Yaml);

/// <summary>How a review step ended.</summary>
public enum ReviewStatus
{
    Done,
    NotFound,
    AlreadyDecided,
}

/// <summary>The outcome of accepting or rejecting: the proposal as it now stands, or why nothing changed.</summary>
public sealed record ReviewOutcome(ReviewStatus Status, Proposal? Proposal, string Message);

/// <summary>What proposing did: proposals added, claims already in the queue, and claims not proposed with the reason.</summary>
public sealed record ProposeOutcome(int Added, int AlreadyProposed, IReadOnlyList<(string Claim, string Reason)> NotProposed);
