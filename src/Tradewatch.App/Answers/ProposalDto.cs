using Tradewatch.News.Pipeline;
using Tradewatch.Storage.Review;

namespace Tradewatch.App.Answers;

public sealed record ProposalSourceDto(string Document, string? Url, string? Outlet, string Citation);

public sealed record DecisionDto(string Decision, string Reviewer, string? Reason, DateTimeOffset DecidedAt);

public sealed record AmendmentDto(string? Products, string From, string Reviewer, string Reason, DateTimeOffset AmendedAt);

public sealed record RevocationDto(string Reviewer, string Reason, DateTimeOffset RevokedAt);

/// <summary>
/// What the stored reports said of the claim at a propose run that found it changed (<see cref="ProposalReading"/>):
/// <c>read-differently</c> (with the current reading in words), <c>not-read</c>, <c>in-ledger</c> or <c>read-again</c>.
/// </summary>
public sealed record ReadingDto(string Standing, string? Words, string Explanation, DateTimeOffset ReadAt);

/// <summary>
/// A proposed ledger change, the one JSON shape the API and <c>review --json</c> write: the claim it comes from,
/// the verdict that raised it, the change (as last narrowed) and its sources, how far its reading can be trusted
/// (<see cref="Confidence"/>, 0 to 1) and the sentence it was read from, the trail of narrowings, the decision and
/// any revocation. <see cref="Unread"/> says why it cannot be accepted as it stands, when its goods were not read;
/// <see cref="Superseded"/>, when the stored reports no longer propose it as it stands (<see cref="Readings"/> has the trail).
/// <see cref="LedgerWarning"/> says that a record accepted from it may duplicate or contradict one the ledger holds
/// (<see cref="Proposal.LedgerWarning"/>): the ledger agreed with the claim, and a reviewer narrowed it since.
/// </summary>
public sealed record ProposalDto(
    long Id, string State, string Kind, string Summary, string Verdict, string Explanation, ProposedChange Change,
    DateTimeOffset ProposedAt, IReadOnlyList<ProposalSourceDto> Sources, DecisionDto? Decision,
    IReadOnlyList<AmendmentDto> Amendments, RevocationDto? Revocation, string? Unread, double? Confidence, string? Sentence,
    string? Superseded, IReadOnlyList<ReadingDto> Readings, string? LedgerWarning)
{
    public static ProposalDto From(Proposal p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.Id, p.State, p.Kind, p.Summary, p.Verdict, p.Explanation, p.Change, p.ProposedAt,
            p.Sources.Select(s => new ProposalSourceDto(s.Document, s.Url, s.Outlet, s.Citation)).ToList(),
            p.Decision is { } d ? new DecisionDto(d.Decision, d.Reviewer, d.Reason, d.DecidedAt) : null,
            p.Amendments.Select(a => new AmendmentDto(a.Change.Products, AnswerJson.Day(a.Change.From), a.Reviewer, a.Reason, a.AmendedAt)).ToList(),
            p.Revocation is { } r ? new RevocationDto(r.Reviewer, r.Reason, r.RevokedAt) : null,
            p.Decision is null ? p.Change.Unread : null,
            p.Confidence,
            p.Sentence,
            p.Superseded,
            p.Readings.Select(r => new ReadingDto(r.Standing, r.Words, r.Explanation, r.ReadAt)).ToList(),
            p.LedgerWarning);
    }
}
