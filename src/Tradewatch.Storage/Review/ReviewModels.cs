using Tradewatch.News.Pipeline;

namespace Tradewatch.Storage.Review;

/// <summary>Where a proposal's claim was read: the report, its URL and outlet when known.</summary>
public sealed record ProposalSource(string Document, string? Url, string? Outlet)
{
    /// <summary>The source as a ledger record cites it: the URL, or the outlet and report when the report had none.</summary>
    public string Citation => Url ?? (Outlet is null ? $"report {Document}" : $"{Outlet}: report {Document}");
}

/// <summary>
/// A proposal before it is stored: the claim it comes from (its facts as JSON, which identify it), the check and the
/// change; how far the reading can be trusted (<see cref="ProposalBuilder.Confidence"/>) and the sentence it was read from.
/// </summary>
public sealed record ProposalDraft(
    string Kind,
    string ClaimJson,
    string Summary,
    string Verdict,
    string Explanation,
    ProposedChange Change,
    IReadOnlyList<ProposalSource> Sources,
    double? Confidence = null,
    string? Sentence = null);

/// <summary>What a reviewer decided on a proposal; a proposal is decided once.</summary>
public sealed record ReviewDecision(string Decision, string Reviewer, string? Reason, DateTimeOffset DecidedAt);

/// <summary>A reviewer's narrowing of an open proposal: the change as it now stands, who made it, when and why.</summary>
public sealed record ProposalAmendment(ProposedChange Change, string Reviewer, string Reason, DateTimeOffset AmendedAt);

/// <summary>The taking back of an accepted proposal: its record stops counting from then on, and stays in the trail.</summary>
public sealed record ReviewRevocation(string Reviewer, string Reason, DateTimeOffset RevokedAt);

/// <summary>
/// What the stored reports said of an open proposal's claim at a propose run over the whole store, when that was no
/// longer the claim as proposed: the reports now read the sentence differently (<see cref="ClaimJson"/> and <see
/// cref="Words"/> hold the current reading), no longer state it, or the ledger now holds it. A later run that
/// proposes the claim again appends <see cref="ReadAgain"/>. Only the latest reading stands.
/// </summary>
public sealed record ProposalReading(string Standing, string? ClaimJson, string? Words, string Explanation, DateTimeOffset ReadAt)
{
    /// <summary>The reports' sentence now gives another claim (<see cref="Words"/>).</summary>
    public const string ReadDifferently = "read-differently";

    /// <summary>No stored report states the claim any more.</summary>
    public const string NotRead = "not-read";

    /// <summary>The claim is still read, and the ledger now agrees with it.</summary>
    public const string InLedger = "in-ledger";

    /// <summary>The claim is proposed again as it was: an earlier reading no longer stands.</summary>
    public const string ReadAgain = "read-again";

    /// <summary>The reading in a reviewer's words.</summary>
    public string Describe() => Standing switch
    {
        ReadDifferently => $"the stored reports now read this differently: {Words}{(Explanation.Length == 0 ? string.Empty : $" ({Explanation})")}",
        NotRead => $"the stored reports no longer state this claim{(Explanation.Length == 0 ? string.Empty : $" ({Explanation})")}",
        InLedger => $"the ledger now agrees with this claim: {Explanation}",
        _ => "the stored reports read this claim so again",
    };
}

/// <summary>
/// A proposed ledger change in the review queue: the claim, the verdict that raised it, the change
/// (as last narrowed), its sources, the decision once someone made it (null while open), and a
/// revocation once an acceptance was taken back. Every step is appended, so the trail is whole.
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
    /// <summary>The proposal's narrowings, oldest first; <see cref="Change"/> is the last one's change.</summary>
    public IReadOnlyList<ProposalAmendment> Amendments { get; init; } = [];

    public ReviewRevocation? Revocation { get; init; }

    /// <summary>How far the claim's reading can be trusted, 0 to 1 (<see cref="ProposalBuilder.Confidence"/>); null for proposals made before it was kept.</summary>
    public double? Confidence { get; init; }

    /// <summary>The sentence the claim was read from; null when the report's text was not at hand.</summary>
    public string? Sentence { get; init; }

    /// <summary>What propose runs over the whole store found of the claim since it was proposed, oldest first.</summary>
    public IReadOnlyList<ProposalReading> Readings { get; init; } = [];

    /// <summary>The reading that stands while the proposal is open: the stored reports no longer propose it as it is; null when they do.</summary>
    public ProposalReading? Reading => Decision is null && Readings.Count > 0 && Readings[^1].Standing != ProposalReading.ReadAgain ? Readings[^1] : null;

    /// <summary>
    /// Why the proposal cannot be accepted as it stands, because the reports no longer propose it (<see cref="Reading"/>)
    /// and no reviewer has narrowed it since; null when it can.
    /// </summary>
    public string? Superseded => Reading is { } r && !Amendments.Any(a => a.AmendedAt >= r.ReadAt) ? r.Describe() : null;

    /// <summary>
    /// Why a record accepted from the proposal may duplicate or contradict one the ledger holds: the last propose run found the ledger
    /// agreeing with the claim (<see cref="ProposalReading.InLedger"/>), and a reviewer narrowed the change since, which lets it be
    /// accepted. Said while the proposal is open and once it is accepted; null otherwise.
    /// </summary>
    public string? LedgerWarning => State is "open" or "accepted" && Readings.Count > 0 && Readings[^1] is { Standing: ProposalReading.InLedger } r
        && Amendments.Any(a => a.AmendedAt >= r.ReadAt)
        ? $"the ledger already agreed with this claim when the reports were last read ({r.Explanation}): a record accepted from it stands beside the ledger's, and may duplicate or contradict it"
        : null;

    /// <summary><c>open</c>, <c>accepted</c>, <c>rejected</c> or <c>revoked</c>.</summary>
    public string State => Revocation is not null ? "revoked" : Decision?.Decision ?? "open";

    /// <summary>The review states a queue can be filtered on.</summary>
    public static readonly IReadOnlyList<string> States = ["open", "accepted", "rejected", "revoked"];
}

/// <summary>A ledger record appended by accepting a proposal, with the YAML a ledger file would hold.</summary>
public sealed record AcceptedRecord(long ProposalId, ProposedChange Change, IReadOnlyList<string> Sources, DateTimeOffset RecordedAt, string RecordedBy, string Note, string Yaml);

/// <summary>How a review step ended.</summary>
public enum ReviewStatus
{
    Done,
    NotFound,
    AlreadyDecided,

    /// <summary>The change cannot be accepted as it stands (its goods were not read): narrow it first.</summary>
    NeedsNarrowing,

    /// <summary>Only an accepted proposal can be revoked, and only once.</summary>
    NotRevocable,

    /// <summary>The stored reports no longer propose the claim as it stands: narrow it to what the sources say, or reject it.</summary>
    Superseded,
}

/// <summary>The outcome of accepting or rejecting: the proposal as it now stands, or why nothing changed.</summary>
public sealed record ReviewOutcome(ReviewStatus Status, Proposal? Proposal, string Message);

/// <summary>What proposing did: proposals added, claims already in the queue, and claims not proposed with the reason.</summary>
public sealed record ProposeOutcome(int Added, int AlreadyProposed, IReadOnlyList<(string Claim, string Reason)> NotProposed)
{
    /// <summary>Open proposals this run found the stored reports no longer propose as they stand (<see cref="Proposal.Reading"/>).</summary>
    public int Superseded { get; init; }

    /// <summary>Open proposals read differently before that this run found proposed again as they stand.</summary>
    public int ReadAgain { get; init; }
}
