using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Tradewatch.Core;
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
/// which <see cref="ReviewQueue.AcceptedBatch"/> returns for the ledger to append on top of its files.
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
    /// change for each inconsistent or not-covered one that a ledger record can express. The open
    /// proposals are read again against the whole store: one whose claim the reports no longer propose
    /// as it stands gets a <see cref="ProposalReading"/> (read differently, no longer stated, or held by the
    /// ledger now), and is not accepted as it stands; one proposed again as it was loses that mark.
    /// </summary>
    public ProposeOutcome ProposeFromStore(TradeLedger ledger, EconomyCatalog economies)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(economies);
        var stored = store.Claims();
        var checks = Identified(stored.Claims.Check(ledger, economies));
        var (drafts, skipped) = Drafts(checks, stored.Sources, stored.Texts);
        var (added, already) = Propose(drafts);
        var (superseded, again) = Reread(checks, drafts, stored.Texts, economies);
        return new ProposeOutcome(added, already, skipped) { Superseded = superseded, ReadAgain = again };
    }

    /// <summary>
    /// Proposes a change for each checked claim that needs one, with its confidence and the sentence of its first
    /// source whose text is in <paramref name="texts"/>; the others are listed with the reason.
    /// </summary>
    public ProposeOutcome Propose(IEnumerable<CheckedClaim> checks, IReadOnlyDictionary<string, ProposalSource> sources, IReadOnlyDictionary<string, string>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(sources);
        var (drafts, skipped) = Drafts(Identified(checks), sources, texts);
        var (added, already) = Propose(drafts);
        return new ProposeOutcome(added, already, skipped);
    }

    /// <summary>Each check with what identifies its claim in the queue (<see cref="Identity"/>), worked out once.</summary>
    private static List<(CheckedClaim Check, string Kind, string Json)> Identified(IEnumerable<CheckedClaim> checks) =>
        checks.Select(c =>
        {
            var (kind, json) = Identity(c.Claim);
            return (c, kind, json);
        }).ToList();

    private static (List<ProposalDraft> Drafts, List<(string, string)> Skipped) Drafts(IReadOnlyList<(CheckedClaim Check, string Kind, string Json)> checks, IReadOnlyDictionary<string, ProposalSource> sources, IReadOnlyDictionary<string, string>? texts)
    {
        var drafts = new List<ProposalDraft>();
        var skipped = new List<(string, string)>();
        foreach (var (check, kind, claimJson) in checks)
        {
            if (ProposalBuilder.For(check, out var reason) is not { } change)
            {
                if (check.Verdict != CheckVerdict.Consistent)
                {
                    skipped.Add((check.Claim.Id, reason ?? check.Explanation));
                }

                continue;
            }

            drafts.Add(new ProposalDraft(
                kind,
                claimJson,
                change.Title,
                check.Verdict == CheckVerdict.Inconsistent ? "inconsistent" : "not-covered",
                check.Explanation,
                change,
                check.Claim.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal)
                    .Select(d => sources.TryGetValue(d, out var s) ? s : new ProposalSource(d, null, null)).ToList(),
                ProposalBuilder.Confidence(check),
                SentenceOf(check.Claim, texts)));
        }

        return (drafts, skipped);
    }

    /// <summary>What identifies a claim in the queue: its kind and its facts as JSON.</summary>
    private static (string Kind, string Json) Identity(ConsolidatedClaim claim)
    {
        var json = JsonSerializer.Serialize(claim.Facts, ClaimJson.Options);
        using var document = JsonDocument.Parse(json);
        return (document.RootElement.TryGetProperty("kind", out var kind) ? kind.GetString() ?? "claim" : "claim", json);
    }

    /// <summary>The sentence of the claim's first source whose text is at hand.</summary>
    private static string? SentenceOf(ConsolidatedClaim claim, IReadOnlyDictionary<string, string>? texts) =>
        claim.Sources.Select(s => texts is not null && texts.TryGetValue(s.Document, out var text) ? ClaimSentence.Of(text, s) : null).FirstOrDefault(s => s is not null);

    /// <summary>
    /// Reads each open proposal again against the whole store's checks, appending a reading where what the reports
    /// say of it changed: proposed as it stands (a standing reading is withdrawn), held by the ledger, read as
    /// another claim from the same sentence or report, or no longer stated.
    /// </summary>
    private (int Superseded, int ReadAgain) Reread(IReadOnlyList<(CheckedClaim Check, string Kind, string Json)> checks, IReadOnlyList<ProposalDraft> drafts, IReadOnlyDictionary<string, string> texts, EconomyCatalog economies)
    {
        var proposed = drafts.Select(d => Key(d.Kind, d.ClaimJson)).ToHashSet(StringComparer.Ordinal);
        return Run(() =>
        {
            using var tx = db.BeginWrite();
            var all = Load(null, tx);
            var open = all.Where(p => p.Decision is null).ToList();
            if (open.Count == 0)
            {
                return (0, 0);
            }

            var ids = all.ToDictionary(p => Key(p.Kind, p.ClaimJson), p => p.Id, StringComparer.Ordinal);
            var byKey = new Dictionary<string, CheckedClaim>(StringComparer.Ordinal);
            var byDocument = new Dictionary<string, List<(CheckedClaim Check, string Kind, string Json)>>(StringComparer.Ordinal);
            foreach (var (check, kind, json) in checks)
            {
                byKey.TryAdd(Key(kind, json), check);
                foreach (var document in check.Claim.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal))
                {
                    if (!byDocument.TryGetValue(document, out var list))
                    {
                        byDocument[document] = list = [];
                    }

                    list.Add((check, kind, json));
                }
            }

            int superseded = 0, again = 0;
            var now = Now();
            foreach (var p in open)
            {
                var key = Key(p.Kind, p.ClaimJson);
                var last = p.Readings.Count > 0 ? p.Readings[^1] : null;
                (string Standing, string? Claim, string? Words, string Explanation) reading;
                if (proposed.Contains(key))
                {
                    if (last is null || last.Standing == ProposalReading.ReadAgain)
                    {
                        continue;
                    }

                    reading = (ProposalReading.ReadAgain, null, null, string.Empty);
                    again++;
                }
                else
                {
                    reading = byKey.TryGetValue(key, out var same)
                        ? same.Verdict == CheckVerdict.Consistent
                            ? (ProposalReading.InLedger, null, null, same.Explanation)
                            : (ProposalReading.NotRead, null, null, same.Explanation)
                        : Current(p, byDocument, texts) is { } current
                            ? (ProposalReading.ReadDifferently, current.Json, ClaimWords.Of(current.Check.Claim.Facts, economies),
                                ids.TryGetValue(Key(current.Kind, current.Json), out var other) ? $"proposed as #{other.ToString(CultureInfo.InvariantCulture)}" : current.Check.Explanation)
                            : (ProposalReading.NotRead, null, null, string.Empty);
                    if (last is not null && last.Standing == reading.Standing && last.ClaimJson == reading.Claim)
                    {
                        continue;
                    }

                    superseded++;
                }

                Connection.Execute(
                    "INSERT INTO proposal_readings (proposal_id, standing, claim, words, explanation, read_at) VALUES (@id, @standing, @claim, @words, @explanation, @at)",
                    new { id = p.Id, standing = reading.Standing, claim = reading.Claim, words = reading.Words, explanation = reading.Explanation, at = now },
                    tx);
            }

            tx.Commit();
            return (superseded, again);
        });
    }

    /// <summary>
    /// The claim the stored reports now read where the proposal's was read: of its kind, from one of its reports, and
    /// from its sentence (the one sharing most of its reports), or the report's only such claim when the sentence is not known.
    /// </summary>
    private static (CheckedClaim Check, string Kind, string Json)? Current(Proposal p, Dictionary<string, List<(CheckedClaim Check, string Kind, string Json)>> byDocument, IReadOnlyDictionary<string, string> texts)
    {
        var documents = p.Sources.Select(s => s.Document).ToHashSet(StringComparer.Ordinal);
        var candidates = documents.SelectMany(d => byDocument.GetValueOrDefault(d) ?? []).Where(c => c.Kind == p.Kind).DistinctBy(c => c.Check.Claim.Id).ToList();
        if (p.Sentence is not { } sentence)
        {
            // Without the sentence, only a report's one claim of the kind is surely the same reading.
            return candidates.Count == 1 ? candidates[0] : null;
        }

        candidates = candidates.Where(c => c.Check.Claim.Sources.Any(s => documents.Contains(s.Document) && texts.TryGetValue(s.Document, out var text) && ClaimSentence.Of(text, s) == sentence)).ToList();
        return candidates.Count == 0 ? null : candidates.MaxBy(c => c.Check.Claim.Sources.Count(s => documents.Contains(s.Document)));
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
                    INSERT INTO proposals (claim_key, kind, claim, summary, verdict, explanation, change, proposed_at, confidence, sentence)
                    VALUES (@key, @kind, @claim, @summary, @verdict, @explanation, @change, @at, @confidence, @sentence)
                    ON CONFLICT(claim_key) DO NOTHING RETURNING id
                    """,
                    new
                    {
                        key,
                        kind = d.Kind,
                        claim = d.ClaimJson,
                        summary = d.Summary,
                        verdict = d.Verdict,
                        explanation = d.Explanation,
                        change = JsonSerializer.Serialize(d.Change, Json),
                        at = Now(),
                        confidence = d.Confidence,
                        sentence = d.Sentence,
                    },
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
        if (state is not null && !Proposal.States.Contains(state))
        {
            throw new ArgumentException($"'{state}' is not a review state: {string.Join(", ", Proposal.States)}.", nameof(state));
        }

        return Run(() => Load(null).Where(p => state is null || p.State == state).ToList());
    }

    /// <summary>The proposal with this id, or null.</summary>
    public Proposal? Get(long id) => Run(() => Load(id).SingleOrDefault());

    /// <summary>
    /// Accepts an open proposal for a stated reason: records the decision and appends its ledger
    /// record, in one transaction. A change whose goods were not read is refused until narrowed.
    /// </summary>
    public ReviewOutcome Accept(long id, string reviewer, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Decide(id, reviewer, "accepted", reason);
    }

    /// <summary>Rejects an open proposal, keeping the reviewer's name and reason.</summary>
    public ReviewOutcome Reject(long id, string reviewer, string? reason = null) => Decide(id, reviewer, "rejected", reason);

    /// <summary>
    /// Narrows an open proposal: its new tariff layer covers <paramref name="products"/> (HS codes,
    /// or <c>all</c> to confirm every good) and starts on <paramref name="from"/> when given. The
    /// narrowing is appended; the proposal as first made stays in its trail.
    /// </summary>
    public ReviewOutcome Narrow(long id, string reviewer, string products, DateOnly? from, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var scope = ProposedChange.ParseProducts(products);
        return Run(() =>
        {
            using var tx = db.BeginWrite();
            var proposal = Load(id, tx).SingleOrDefault();
            if (proposal is null)
            {
                return NotFound(id);
            }

            if (proposal.Decision is { } done)
            {
                return AlreadyDecided(proposal, done);
            }

            if (proposal.Change.Action != ChangeAction.NewTariffLayer)
            {
                throw new ArgumentException($"proposal {id} suspends or controls named items; only a new tariff layer's goods are narrowed.", nameof(products));
            }

            var change = proposal.Change with { Products = scope, From = from ?? proposal.Change.From };
            Connection.Execute(
                "INSERT INTO proposal_amendments (proposal_id, change, reviewer, reason, amended_at) VALUES (@id, @change, @reviewer, @reason, @at)",
                new { id, change = JsonSerializer.Serialize(change, Json), reviewer = reviewer.Trim(), reason = reason.Trim(), at = Now() },
                tx);
            tx.Commit();
            var narrowed = Get(id);
            return new ReviewOutcome(ReviewStatus.Done, narrowed, $"proposal {id} narrowed to {(scope == ProposedChange.AllGoods ? "all goods" : scope)} from {change.From:yyyy-MM-dd} by {reviewer.Trim()}{Warned(narrowed)}");
        });
    }

    /// <summary>
    /// Takes back an accepted proposal: a revocation is appended, and from then on the ledger record
    /// it made stops counting (answers as known before the revocation still see it). Nothing is deleted.
    /// </summary>
    public ReviewOutcome Revoke(long id, string reviewer, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Run(() =>
        {
            using var tx = db.BeginWrite();
            var proposal = Load(id, tx).SingleOrDefault();
            if (proposal is null)
            {
                return NotFound(id);
            }

            if (proposal.State != "accepted")
            {
                return new ReviewOutcome(ReviewStatus.NotRevocable, proposal, proposal.Revocation is { } r
                    ? $"proposal {id} was already revoked by {r.Reviewer} at {r.RevokedAt:yyyy-MM-dd HH:mm:ss}Z"
                    : $"proposal {id} is {proposal.State}; only an accepted proposal can be revoked");
            }

            Connection.Execute(
                "INSERT INTO review_revocations (proposal_id, reviewer, reason, revoked_at) VALUES (@id, @reviewer, @reason, @at)",
                new { id, reviewer = reviewer.Trim(), reason = reason.Trim(), at = Now() },
                tx);
            tx.Commit();
            return new ReviewOutcome(ReviewStatus.Done, Get(id), $"proposal {id} revoked by {reviewer.Trim()}: {ProposedChange.RecordId(id)} no longer counts");
        });
    }

    /// <summary>The proposal's <see cref="Proposal.LedgerWarning"/> as the end of a step's message; empty when it has none.</summary>
    private static string Warned(Proposal? proposal) => proposal?.LedgerWarning is { } warning ? $"; warning: {warning}" : string.Empty;

    private static ReviewOutcome NotFound(long id) => new(ReviewStatus.NotFound, null, $"no proposal {id} in the review queue");

    private static ReviewOutcome AlreadyDecided(Proposal proposal, ReviewDecision done) => new(ReviewStatus.AlreadyDecided, proposal,
        $"proposal {proposal.Id} was already {done.Decision} by {done.Reviewer} at {done.DecidedAt:yyyy-MM-dd HH:mm:ss}Z; a decision is not changed");

    private ReviewOutcome Decide(long id, string reviewer, string decision, string? reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        return Run(() =>
        {
            // A write transaction (BEGIN IMMEDIATE, or PostgreSQL's lock): two reviewers deciding at once are served
            // one after the other, so the second reads the first's decision and gets a clear refusal, not a constraint error.
            using var tx = db.BeginWrite();
            var proposal = Load(id, tx).SingleOrDefault();
            if (proposal is null)
            {
                return NotFound(id);
            }

            if (proposal.Decision is { } done)
            {
                return AlreadyDecided(proposal, done);
            }

            if (decision == "accepted" && proposal.Superseded is { } superseded)
            {
                return new ReviewOutcome(ReviewStatus.Superseded, proposal, $"proposal {id} cannot be accepted as it stands: {superseded}; "
                    + (proposal.Change.Action == ChangeAction.NewTariffLayer ? "narrow it to what the sources say, or reject it" : "reject it"));
            }

            if (decision == "accepted" && proposal.Change.Unread is { } unread)
            {
                return new ReviewOutcome(ReviewStatus.NeedsNarrowing, proposal, $"proposal {id} cannot be accepted as it stands: {unread}");
            }

            var now = clock.GetUtcNow();
            Connection.Execute(
                "INSERT INTO review_decisions (proposal_id, decision, reviewer, reason, decided_at) VALUES (@id, @decision, @reviewer, @reason, @at)",
                new { id, decision, reviewer = reviewer.Trim(), reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), at = Iso(now) },
                tx);
            if (decision == "accepted")
            {
                var sources = proposal.Sources.Select(s => s.Citation).Distinct(StringComparer.Ordinal).ToList();
                var note = $"proposal {id}: {proposal.Explanation}; accepted because: {reason!.Trim()}";
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
            return new ReviewOutcome(ReviewStatus.Done, decided, $"proposal {id} {decision} by {reviewer.Trim()}{(decision == "accepted" ? Warned(decided) : string.Empty)}");
        });
    }

    /// <summary>How many ledger records accepted proposals appended, plus revocations of them: it only grows, so it versions the accepted ledger.</summary>
    public long AcceptedCount() => Run(() => Connection.ExecuteScalar<long>("SELECT (SELECT COUNT(*) FROM ledger_records) + (SELECT COUNT(*) FROM review_revocations)"));

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
        var accepted = AcceptedRecords();
        var batches = accepted.Select(r => r.Change.ToBatch(r.ProposalId, new Provenance(r.RecordedAt, r.Sources, r.Note, r.RecordedBy))).ToList();
        var revoked = Run(() => Connection.Query<(long ProposalId, string Reviewer, string Reason, string RevokedAt)>(
            "SELECT proposal_id AS ProposalId, reviewer AS Reviewer, reason AS Reason, revoked_at AS RevokedAt FROM review_revocations ORDER BY revoked_at").ToList());
        var changes = accepted.ToDictionary(r => r.ProposalId, r => r.Change);
        batches.AddRange(revoked.Where(r => changes.ContainsKey(r.ProposalId)).Select(r => changes[r.ProposalId].ToRevocation(
            r.ProposalId, new Provenance(ParseTime(r.RevokedAt), [], $"proposal {r.ProposalId} revoked: {r.Reason}", r.Reviewer))));
        return new LedgerBatch
        {
            Measures = batches.SelectMany(b => b.Measures).ToList(),
            Rates = batches.SelectMany(b => b.Rates).ToList(),
            Suspensions = batches.SelectMany(b => b.Suspensions).ToList(),
            SuspensionChanges = batches.SelectMany(b => b.SuspensionChanges).ToList(),
        };
    }

    private List<Proposal> Load(long? id, DbTransaction? tx = null)
    {
        var rows = Connection.Query<(long Id, string Kind, string Summary, string Verdict, string Explanation, string Change, string Claim, string ProposedAt,
            string? Decision, string? Reviewer, string? Reason, string? DecidedAt, double? Confidence, string? Sentence)>(
            """
            SELECT p.id AS Id, p.kind AS Kind, p.summary AS Summary, p.verdict AS Verdict, p.explanation AS Explanation, p.change AS Change,
                   p.claim AS Claim, p.proposed_at AS ProposedAt, d.decision AS Decision, d.reviewer AS Reviewer, d.reason AS Reason, d.decided_at AS DecidedAt,
                   p.confidence AS Confidence, p.sentence AS Sentence
            FROM proposals p LEFT JOIN review_decisions d ON d.proposal_id = p.id
            WHERE @id IS NULL OR p.id = @id ORDER BY p.id
            """,
            new { id },
            tx).ToList();
        var sources = Connection.Query<(long ProposalId, string Document, string? Url, string? Outlet)>(
            "SELECT proposal_id AS ProposalId, document AS Document, url AS Url, outlet AS Outlet FROM proposal_sources WHERE @id IS NULL OR proposal_id = @id ORDER BY proposal_id, document",
            new { id },
            tx).ToLookup(s => s.ProposalId, s => new ProposalSource(s.Document, s.Url, s.Outlet));
        var amendments = Connection.Query<(long ProposalId, string Change, string Reviewer, string Reason, string AmendedAt)>(
            "SELECT proposal_id AS ProposalId, change AS Change, reviewer AS Reviewer, reason AS Reason, amended_at AS AmendedAt FROM proposal_amendments WHERE @id IS NULL OR proposal_id = @id ORDER BY id",
            new { id },
            tx).ToLookup(a => a.ProposalId, a => new ProposalAmendment(JsonSerializer.Deserialize<ProposedChange>(a.Change, Json)!, a.Reviewer, a.Reason, ParseTime(a.AmendedAt)));
        var revocations = Connection.Query<(long ProposalId, string Reviewer, string Reason, string RevokedAt)>(
            "SELECT proposal_id AS ProposalId, reviewer AS Reviewer, reason AS Reason, revoked_at AS RevokedAt FROM review_revocations WHERE @id IS NULL OR proposal_id = @id",
            new { id },
            tx).ToDictionary(r => r.ProposalId, r => new ReviewRevocation(r.Reviewer, r.Reason, ParseTime(r.RevokedAt)));
        var readings = Connection.Query<(long ProposalId, string Standing, string? Claim, string? Words, string Explanation, string ReadAt)>(
            "SELECT proposal_id AS ProposalId, standing AS Standing, claim AS Claim, words AS Words, explanation AS Explanation, read_at AS ReadAt FROM proposal_readings WHERE @id IS NULL OR proposal_id = @id ORDER BY id",
            new { id },
            tx).ToLookup(r => r.ProposalId, r => new ProposalReading(r.Standing, r.Claim, r.Words, r.Explanation, ParseTime(r.ReadAt)));
        return rows.Select(r =>
        {
            var trail = amendments[r.Id].ToList();
            return new Proposal(
                r.Id,
                r.Kind,
                r.Summary,
                r.Verdict,
                r.Explanation,
                trail.Count > 0 ? trail[^1].Change : JsonSerializer.Deserialize<ProposedChange>(r.Change, Json)!,
                r.Claim,
                ParseTime(r.ProposedAt),
                sources[r.Id].ToList(),
                r.Decision is null ? null : new ReviewDecision(r.Decision, r.Reviewer!, r.Reason, ParseTime(r.DecidedAt!)))
            {
                Amendments = trail,
                Revocation = revocations.GetValueOrDefault(r.Id),
                Confidence = r.Confidence,
                Sentence = r.Sentence,
                Readings = readings[r.Id].ToList(),
            };
        }).ToList();
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
            throw StorageFailures.Explain(e, "review queue error");
        }
    }
}
