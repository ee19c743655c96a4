using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using System.Data.Common;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.News.Claims;
using Tradewatch.News.Pipeline;

namespace Tradewatch.Storage.Review;

/// <summary>
/// The review queue: ledger changes proposed from news claims the ledger contradicts or lacks, and
/// what reviewers decided. Everything is appended (the tables refuse updates and deletes): a claim
/// proposed again adds only its new sources; a decision is made once; accepting appends a ledger
/// record carrying the claim's sources, the acceptance time from the clock and the reviewer's name,
/// which <see cref="AcceptedBatch"/> returns for the ledger to append on top of its files.
/// </summary>
/// <summary>How proposed changes are written as JSON: camel-case names, actions in kebab case.</summary>
public static class ReviewJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };
}

[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A review queue is what the domain calls it; it is not a Queue<T>.")]
public sealed class ReviewQueue
{
    private static readonly JsonSerializerOptions Json = ReviewJson.Options;

    private readonly Database db;
    private readonly TimeProvider clock;
    private readonly NewsStore store;

    internal ReviewQueue(Database db, TimeProvider clock, NewsStore store)
    {
        this.db = db;
        this.clock = clock;
        this.store = store;
    }

    /// <summary>
    /// Checks the stored reports' tariff and export-control claims against the ledger and proposes a
    /// change for each inconsistent or not-covered one that a ledger record can express.
    /// </summary>
    public ProposeOutcome ProposeFromStore(TradeLedger ledger, EconomyCatalog economies)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(economies);
        var claims = store.Claims();
        var checks = CheckStage.Run(claims.Result.Claims, claims.Published, ledger, economies);
        return Propose(checks, claims.Sources);
    }

    /// <summary>Proposes a change for each checked claim that needs one; the others are listed with the reason.</summary>
    public ProposeOutcome Propose(IEnumerable<CheckedClaim> checks, IReadOnlyDictionary<string, ProposalSource> sources)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(sources);
        var drafts = new List<ProposalDraft>();
        var skipped = new List<(string, string)>();
        foreach (var check in checks)
        {
            if (ProposalBuilder.For(check, out var reason) is not { } change)
            {
                if (check.Verdict != CheckVerdict.Consistent)
                {
                    skipped.Add((check.Claim.Id, reason ?? check.Explanation));
                }

                continue;
            }

            var node = ClaimJson.ToJson(check.Claim);
            drafts.Add(new ProposalDraft(
                (string?)node["kind"] ?? "claim",
                JsonSerializer.Serialize(check.Claim.Facts, ClaimJson.Options),
                change.Title,
                check.Verdict == CheckVerdict.Inconsistent ? "inconsistent" : "not-covered",
                check.Explanation,
                change,
                check.Claim.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal)
                    .Select(d => sources.TryGetValue(d, out var s) ? s : new ProposalSource(d, null, null)).ToList()));
        }

        var (added, already) = Propose(drafts);
        return new ProposeOutcome(added, already, skipped);
    }

    /// <summary>Stores the drafts; a draft whose claim is already proposed only adds the sources it did not have.</summary>
    public (int Added, int AlreadyProposed) Propose(IEnumerable<ProposalDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return Run(() =>
        {
            int added = 0, already = 0;
            using var tx = db.BeginWrite();
            foreach (var d in drafts)
            {
                var key = Key(d.Kind, d.ClaimJson);
                var id = Connection.ExecuteScalar<long?>(
                    """
                    INSERT INTO proposals (claim_key, kind, claim, summary, verdict, explanation, change, proposed_at)
                    VALUES (@key, @kind, @claim, @summary, @verdict, @explanation, @change, @at)
                    ON CONFLICT(claim_key) DO NOTHING RETURNING id
                    """,
                    new { key, kind = d.Kind, claim = d.ClaimJson, summary = d.Summary, verdict = d.Verdict, explanation = d.Explanation, change = JsonSerializer.Serialize(d.Change, Json), at = Now() },
                    tx);
                if (id is null)
                {
                    already++;
                    id = Connection.ExecuteScalar<long>("SELECT id FROM proposals WHERE claim_key = @key", new { key }, tx);
                }
                else
                {
                    added++;
                }

                Connection.Execute(
                    "INSERT INTO proposal_sources (proposal_id, document, url, outlet) VALUES (@id, @document, @url, @outlet) ON CONFLICT DO NOTHING",
                    d.Sources.Select(s => new { id, document = s.Document, url = s.Url, outlet = s.Outlet }),
                    tx);
            }

            tx.Commit();
            return (added, already);
        });
    }

    /// <summary>The proposals, oldest first; only those in <paramref name="state"/> (open, accepted, rejected) when given.</summary>
    public IReadOnlyList<Proposal> List(string? state = null)
    {
        if (state is not (null or "open" or "accepted" or "rejected"))
        {
            throw new ArgumentException($"'{state}' is not a review state: open, accepted or rejected.", nameof(state));
        }

        return Run(() => Load(null).Where(p => state is null || p.State == state).ToList());
    }

    /// <summary>The proposal with this id, or null.</summary>
    public Proposal? Get(long id) => Run(() => Load(id).SingleOrDefault());

    /// <summary>Accepts an open proposal: records the decision and appends its ledger record, in one transaction.</summary>
    public ReviewOutcome Accept(long id, string reviewer) => Decide(id, reviewer, "accepted", null);

    /// <summary>Rejects an open proposal, keeping the reviewer's name and reason.</summary>
    public ReviewOutcome Reject(long id, string reviewer, string? reason = null) => Decide(id, reviewer, "rejected", reason);

    private ReviewOutcome Decide(long id, string reviewer, string decision, string? reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        return Run(() =>
        {
            using var tx = db.BeginWrite();
            var proposal = Load(id, tx).SingleOrDefault();
            if (proposal is null)
            {
                return new ReviewOutcome(ReviewStatus.NotFound, null, $"no proposal {id} in the review queue");
            }

            if (proposal.Decision is { } done)
            {
                return new ReviewOutcome(ReviewStatus.AlreadyDecided, proposal,
                    $"proposal {id} was already {done.Decision} by {done.Reviewer} at {done.DecidedAt:yyyy-MM-dd HH:mm:ss}Z; a decision is not changed");
            }

            var now = clock.GetUtcNow();
            Connection.Execute(
                "INSERT INTO review_decisions (proposal_id, decision, reviewer, reason, decided_at) VALUES (@id, @decision, @reviewer, @reason, @at)",
                new { id, decision, reviewer = reviewer.Trim(), reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), at = Iso(now) },
                tx);
            if (decision == "accepted")
            {
                var sources = proposal.Sources.Select(s => s.Citation).Distinct(StringComparer.Ordinal).ToList();
                var note = $"proposal {id}: {proposal.Explanation}";
                Connection.Execute(
                    """
                    INSERT INTO ledger_records (proposal_id, record_id, change, sources, note, yaml, recorded_at, recorded_by)
                    VALUES (@id, @recordId, @change, @sources, @note, @yaml, @at, @by)
                    """,
                    new
                    {
                        id,
                        recordId = ProposedChange.RecordId(id),
                        change = JsonSerializer.Serialize(proposal.Change, Json),
                        sources = JsonSerializer.Serialize(sources, Json),
                        note,
                        yaml = proposal.Change.ToYaml(id, DateOnly.FromDateTime(now.UtcDateTime), sources, note),
                        at = Iso(now),
                        by = reviewer.Trim(),
                    },
                    tx);
            }

            tx.Commit();
            var decided = Get(id);
            return new ReviewOutcome(ReviewStatus.Done, decided, $"proposal {id} {decision} by {reviewer.Trim()}");
        });
    }

    /// <summary>How many ledger records accepted proposals appended: it only grows, so it versions the accepted ledger.</summary>
    public long AcceptedCount() => Run(() => Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM ledger_records"));

    /// <summary>The ledger records appended by accepted proposals, in the order they were accepted.</summary>
    public IReadOnlyList<AcceptedRecord> AcceptedRecords() => Run(() => Connection.Query<(long ProposalId, string Change, string Sources, string RecordedAt, string RecordedBy, string Note, string Yaml)>(
        """
        SELECT proposal_id AS ProposalId, change AS Change, sources AS Sources, recorded_at AS RecordedAt, recorded_by AS RecordedBy, note AS Note, yaml AS Yaml
        FROM ledger_records ORDER BY id
        """)
        .Select(r => new AcceptedRecord(
            r.ProposalId,
            JsonSerializer.Deserialize<ProposedChange>(r.Change, Json)!,
            JsonSerializer.Deserialize<List<string>>(r.Sources, Json)!,
            ParseTime(r.RecordedAt),
            r.RecordedBy,
            r.Note,
            r.Yaml))
        .ToList());

    /// <summary>
    /// The accepted records as one batch to append to a ledger: each with the claim's sources, recorded
    /// at its acceptance time by its reviewer, so a ledger asked as known before then does not see it.
    /// </summary>
    public LedgerBatch AcceptedBatch()
    {
        var batches = AcceptedRecords().Select(r => r.Change.ToBatch(r.ProposalId, new Provenance(r.RecordedAt, r.Sources, r.Note, r.RecordedBy))).ToList();
        return new LedgerBatch
        {
            Measures = batches.SelectMany(b => b.Measures).ToList(),
            Rates = batches.SelectMany(b => b.Rates).ToList(),
            Suspensions = batches.SelectMany(b => b.Suspensions).ToList(),
        };
    }

    private List<Proposal> Load(long? id, DbTransaction? tx = null)
    {
        var rows = Connection.Query<(long Id, string Kind, string Summary, string Verdict, string Explanation, string Change, string Claim, string ProposedAt,
            string? Decision, string? Reviewer, string? Reason, string? DecidedAt)>(
            """
            SELECT p.id AS Id, p.kind AS Kind, p.summary AS Summary, p.verdict AS Verdict, p.explanation AS Explanation, p.change AS Change,
                   p.claim AS Claim, p.proposed_at AS ProposedAt, d.decision AS Decision, d.reviewer AS Reviewer, d.reason AS Reason, d.decided_at AS DecidedAt
            FROM proposals p LEFT JOIN review_decisions d ON d.proposal_id = p.id
            WHERE @id IS NULL OR p.id = @id ORDER BY p.id
            """,
            new { id },
            tx).ToList();
        var sources = Connection.Query<(long ProposalId, string Document, string? Url, string? Outlet)>(
            "SELECT proposal_id AS ProposalId, document AS Document, url AS Url, outlet AS Outlet FROM proposal_sources WHERE @id IS NULL OR proposal_id = @id ORDER BY proposal_id, document",
            new { id },
            tx).ToLookup(s => s.ProposalId, s => new ProposalSource(s.Document, s.Url, s.Outlet));
        return rows.Select(r => new Proposal(
            r.Id,
            r.Kind,
            r.Summary,
            r.Verdict,
            r.Explanation,
            JsonSerializer.Deserialize<ProposedChange>(r.Change, Json)!,
            r.Claim,
            ParseTime(r.ProposedAt),
            sources[r.Id].ToList(),
            r.Decision is null ? null : new ReviewDecision(r.Decision, r.Reviewer!, r.Reason, ParseTime(r.DecidedAt!)))).ToList();
    }

    private static string Key(string kind, string claimJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\n" + claimJson)));

    private DbConnection Connection => db.Connection;

    private string Now() => Iso(clock.GetUtcNow());

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (StorageFailures.Is(e))
        {
            throw new StorageException($"review queue error: {e.Message}", e);
        }
    }
}
