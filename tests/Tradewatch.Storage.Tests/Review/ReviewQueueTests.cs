using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;
using Tradewatch.Storage.Review;

namespace Tradewatch.Storage.Tests.Review;

/// <summary>The review queue's tests, run on each provider (<see cref="StoreTarget"/>).</summary>
public sealed class ReviewQueueTests
{
    private static readonly DateTimeOffset Proposed = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Accepted = new(2026, 3, 12, 15, 30, 0, TimeSpan.Zero);

    private readonly SettableClock clock = new(Proposed);

    private NewsStore Open(StoreTarget target) => NewsStore.Open(target.Location, clock);

    private const string Why = "the decree is in the official gazette";

    private static ProposalDraft Draft(decimal rate = 25m, string document = "wire.txt", string? products = ProposedChange.AllGoods) => new(
        "tariff",
        $$"""{"kind":"tariff","imposer":"BR","target":"AR","ratePercent":{{rate}},"asOf":"2026-03-02","qualifier":"in-force","products":"all"}""",
        $"BR tariff of {rate}% on all goods from AR (reported)",
        "not-covered",
        "the ledger holds no tariff of BR on all goods from AR",
        new ProposedChange(ChangeAction.NewTariffLayer, "BR", "AR", new DateOnly(2026, 3, 2), rate, null, [], $"BR tariff of {rate}% on all goods from AR (reported)", products),
        [new ProposalSource(document, $"https://news.example.org/{document}", "Example Wire")]);

    private static decimal DutyOnAllGoods(TradeLedger ledger, DateTimeOffset? knownAt) =>
        ledger.AsKnownAt(knownAt).Duty(new Economy("BR"), new Economy("AR"), null, new DateOnly(2026, 3, 5)).TotalAdditionalPercent;

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Proposing_the_same_claim_again_adds_only_its_new_sources(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        Assert.Equal((1, 0), store.Review.Propose([Draft()]));
        Assert.Equal((0, 2), store.Review.Propose([Draft(), Draft(document: "rewrite.txt")]));
        var proposal = Assert.Single(store.Review.List());
        Assert.Equal(["rewrite.txt", "wire.txt"], proposal.Sources.Select(s => s.Document));
        Assert.Equal("open", proposal.State);
        Assert.Equal(Proposed, proposal.ProposedAt);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Accepting_appends_a_record_the_ledger_sees_only_as_known_from_the_acceptance(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        store.Review.Propose([Draft()]);
        var id = store.Review.List().Single().Id;
        clock.Now = Accepted;
        var outcome = store.Review.Accept(id, "Ana Curator", Why);
        Assert.Equal(ReviewStatus.Done, outcome.Status);
        Assert.Equal("accepted", outcome.Proposal!.State);

        var batch = store.Review.AcceptedBatch();
        var measure = Assert.Single(batch.Measures);
        Assert.Equal(ProposedChange.RecordId(id), measure.Id);
        Assert.Equal(Accepted, measure.Provenance.Recorded);
        Assert.Equal("Ana Curator", measure.Provenance.RecordedBy);
        Assert.Equal(["https://news.example.org/wire.txt"], measure.Provenance.Sources);
        var rate = Assert.Single(batch.Rates);
        Assert.Equal(25m, rate.RatePercent);
        Assert.Equal(new DateOnly(2026, 3, 2), rate.Valid.Start);
        Assert.Null(rate.Valid.End);

        var ledger = TradeLedger.Empty.Append(batch, 0);
        Assert.Equal(0m, DutyOnAllGoods(ledger, Accepted.AddSeconds(-1)));
        Assert.Equal(25m, DutyOnAllGoods(ledger, Accepted));
        Assert.Equal(25m, DutyOnAllGoods(ledger, null));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void The_accepted_record_reads_back_as_a_valid_ledger_file(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        store.Review.Propose([Draft()]);
        clock.Now = Accepted;
        store.Review.Accept(1, "Ana Curator", Why);
        var record = Assert.Single(store.Review.AcceptedRecords());
        var read = new Tradewatch.Formats.Ledger.LedgerFileReader(RepoData.Reference).Read(new StringReader(record.Yaml), "review-1.yaml");
        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        Assert.Equal(25m, Assert.Single(read.Batch.Rates).RatePercent);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Rejecting_keeps_the_reviewer_and_reason_and_appends_nothing_to_the_ledger(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        store.Review.Propose([Draft()]);
        clock.Now = Accepted;
        var outcome = store.Review.Reject(1, "Bo Checker", "the rate is for steel only");
        Assert.Equal(ReviewStatus.Done, outcome.Status);
        var decision = store.Review.Get(1)!.Decision!;
        Assert.Equal(("rejected", "Bo Checker", "the rate is for steel only", Accepted), (decision.Decision, decision.Reviewer, decision.Reason, decision.DecidedAt));
        Assert.Empty(store.Review.AcceptedRecords());
        Assert.Equal(0, store.Review.AcceptedBatch().Count);
        Assert.Single(store.Review.List("rejected"));
        Assert.Empty(store.Review.List("open"));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_decided_proposal_is_not_decided_again(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        store.Review.Propose([Draft()]);
        store.Review.Accept(1, "Ana Curator", Why);
        var again = store.Review.Accept(1, "Bo Checker", Why);
        var reject = store.Review.Reject(1, "Bo Checker", "changed my mind");
        Assert.Equal(ReviewStatus.AlreadyDecided, again.Status);
        Assert.Equal(ReviewStatus.AlreadyDecided, reject.Status);
        Assert.Contains("already accepted by Ana Curator", again.Message, StringComparison.Ordinal);
        Assert.Single(store.Review.AcceptedRecords());
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void An_unknown_proposal_is_reported_not_found(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        Assert.Equal(ReviewStatus.NotFound, store.Review.Accept(42, "Ana Curator", Why).Status);
        Assert.Equal(ReviewStatus.NotFound, store.Review.Reject(42, "Ana Curator").Status);
        Assert.Null(store.Review.Get(42));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void The_review_tables_refuse_updates_and_deletes(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using (var store = Open(target))
        {
            store.Review.Propose([Draft()]);
            store.Review.Narrow(1, "Ana Curator", "8711.60", null, "e-bikes only");
            store.Review.Accept(1, "Ana Curator", Why);
            store.Review.Revoke(1, "Bo Checker", "withdrawn");
        }

        AssertAppendOnly(
            target,
            "UPDATE proposals SET summary = 'x'",
            "DELETE FROM proposal_sources",
            "UPDATE review_decisions SET reviewer = 'someone else'",
            "DELETE FROM ledger_records",
            "UPDATE proposal_amendments SET reason = 'x'",
            "DELETE FROM review_revocations");
    }

    /// <summary>Each statement, run on the store's database directly, is refused as a change to an append-only table.</summary>
    private static void AssertAppendOnly(StoreTarget target, params string[] statements)
    {
        using var connection = target.OpenRaw();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            var e = Assert.ThrowsAny<System.Data.Common.DbException>(() => command.ExecuteNonQuery());
            Assert.Contains("append-only", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Stored_reports_propose_the_claims_the_ledger_lacks_once(string provider)
    {
        using var target = StoreTarget.Create(provider);
        const string text = """
            ---
            outlet: Southern Trade Wire
            url: https://southern.example.org/2026/03/02/brazil-duty
            published: 2026-03-02
            title: Brazil raises duties on Chinese goods
            ---
            Brazil is charging a 25% tariff on Chinese goods from Monday, the trade ministry said.

            Officials in Beijing said they would answer within a week.
            """;
        var report = ReportReader.Read("brazil.txt", "brazil.txt", System.Text.Encoding.UTF8.GetBytes(text)).Reports.Single();
        using var store = Open(target);
        store.Ingest(report);
        var first = store.Review.ProposeFromStore(TradeLedger.Empty, RepoData.Reference.Economies);
        var second = store.Review.ProposeFromStore(TradeLedger.Empty, RepoData.Reference.Economies);
        Assert.Equal((1, 0), (first.Added, first.AlreadyProposed));
        Assert.Equal((0, 1), (second.Added, second.AlreadyProposed));
        var proposal = Assert.Single(store.Review.List());
        Assert.Equal(ChangeAction.NewTariffLayer, proposal.Change.Action);
        Assert.Equal(("BR", "CN", 25m), (proposal.Change.Imposer, proposal.Change.Target, proposal.Change.RatePercent));
        Assert.Equal("https://southern.example.org/2026/03/02/brazil-duty", Assert.Single(proposal.Sources).Url);
        Assert.Null(proposal.Change.Products);
        // The reviewer reads the sentence the claim came from, and how far the reading can be trusted.
        Assert.Equal("Brazil is charging a 25% tariff on Chinese goods from Monday, the trade ministry said.", proposal.Sentence);
        // One report makes it (0.5), and its day, "from Monday", is counted from the day of publication (0.1 off).
        Assert.Equal(0.4, proposal.Confidence);
        Assert.Equal(ReviewStatus.NeedsNarrowing, store.Review.Accept(proposal.Id, "Ana Curator", Why).Status);
    }

    private const string AllGoodsReport = """
        ---
        outlet: Southern Trade Wire
        published: 2026-02-27
        title: Brazil raises duties on Chinese goods
        ---
        Brazil is charging a 25% tariff on Chinese goods from Monday, the trade ministry in Brasilia said on Friday.

        Officials in Beijing said they would answer within a week.
        """;

    private const string NamedGoodsReport = """
        ---
        outlet: Pampas Daily
        url: https://pampas.example.org/2026/02/27/brazil
        published: 2026-02-27
        title: Brazil sets new duty on Chinese imports
        ---
        Brazil is charging a 25% tariff on electric bicycles from China from Monday, its trade ministry said on Friday.

        Chinese officials said they would answer within a week.
        """;

    private static SourceReport Report(string name, string text) =>
        ReportReader.Read(name, name, System.Text.Encoding.UTF8.GetBytes(text)).Reports.Single();

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_proposal_the_whole_store_now_reads_differently_is_marked_and_not_accepted_as_it_stands(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using (var store = Open(target))
        {
            store.Ingest(Report("wire.txt", AllGoodsReport));
            Assert.Equal(1, store.Review.ProposeFromStore(TradeLedger.Empty, RepoData.Reference.Economies).Added);
            var first = Assert.Single(store.Review.List());
            Assert.Null(first.Reading);

            // A second report names the goods: the whole store now reads the first report's sentence as about them.
            store.Ingest(Report("daily.txt", NamedGoodsReport));
            clock.Now = Proposed.AddHours(1);
            var outcome = store.Review.ProposeFromStore(TradeLedger.Empty, RepoData.Reference.Economies);
            Assert.Equal(1, outcome.Superseded);
            var marked = store.Review.Get(first.Id)!;
            Assert.Equal("open", marked.State);
            var reading = marked.Reading!;
            Assert.Equal(ProposalReading.ReadDifferently, reading.Standing);
            Assert.Contains("electric bicycles", reading.Words, StringComparison.Ordinal);
            Assert.Contains("electric bicycles", reading.ClaimJson, StringComparison.Ordinal);
            Assert.Equal(Proposed.AddHours(1), reading.ReadAt);

            // Read again with nothing new, nothing is appended.
            Assert.Equal(0, store.Review.ProposeFromStore(TradeLedger.Empty, RepoData.Reference.Economies).Superseded);
            Assert.Single(store.Review.Get(first.Id)!.Readings);

            var refused = store.Review.Accept(first.Id, "Ana Curator", Why);
            Assert.Equal(ReviewStatus.Superseded, refused.Status);
            Assert.Contains("now read this differently", refused.Message, StringComparison.Ordinal);
            Assert.Empty(store.Review.AcceptedRecords());

            // The reviewer narrows it to what the sources say; it can then be accepted.
            clock.Now = Proposed.AddHours(2);
            store.Review.Narrow(first.Id, "Ana Curator", "8711.60", null, "both reports are about e-bikes");
            Assert.Null(store.Review.Get(first.Id)!.Superseded);
            Assert.Equal(ReviewStatus.Done, store.Review.Accept(first.Id, "Ana Curator", Why).Status);
        }

        AssertAppendOnly(target, "UPDATE proposal_readings SET words = 'x'", "DELETE FROM proposal_readings");
    }

    /// <summary>
    /// Proposes the all-goods report's claim and narrows it to all goods at <see cref="Proposed"/>: the proposal, the narrowing's
    /// outcome, and a ledger holding the same layer by a decree, against which the claim is in the ledger.
    /// </summary>
    private static (long Id, ReviewOutcome Narrowed, TradeLedger Holding) ProposeNarrowedAllGoods(NewsStore store)
    {
        store.Ingest(Report("wire.txt", AllGoodsReport));
        store.Review.ProposeFromStore(TradeLedger.Empty, RepoData.Reference.Economies);
        var id = Assert.Single(store.Review.List()).Id;
        var narrowed = store.Review.Narrow(id, "Ana Curator", ProposedChange.AllGoods, null, "the report says all goods");
        var change = new ProposedChange(ChangeAction.NewTariffLayer, "BR", "CN", new DateOnly(2026, 1, 1), 25m, null, [], "decree", ProposedChange.AllGoods);
        return (id, narrowed, TradeLedger.Empty.Append(change.ToBatch(900, new Provenance(Proposed, ["https://gazette.example.org/decree"])), 0));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_proposal_the_ledger_now_holds_is_marked_and_read_so_again_when_it_does_not(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        var (id, _, holding) = ProposeNarrowedAllGoods(store);
        clock.Now = Proposed.AddHours(1);
        Assert.Equal(1, store.Review.ProposeFromStore(holding, RepoData.Reference.Economies).Superseded);
        var marked = store.Review.Get(id)!;
        Assert.Equal(ProposalReading.InLedger, marked.Reading!.Standing);
        Assert.Null(marked.Reading.Words);
        Assert.Contains("ledger now agrees", marked.Superseded, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Superseded, store.Review.Accept(id, "Ana Curator", Why).Status);

        // Without that record the claim is proposed as it stands again, and may be accepted.
        clock.Now = Proposed.AddHours(2);
        Assert.Equal(1, store.Review.ProposeFromStore(TradeLedger.Empty, RepoData.Reference.Economies).ReadAgain);
        var again = store.Review.Get(id)!;
        Assert.Null(again.Reading);
        Assert.Equal([ProposalReading.InLedger, ProposalReading.ReadAgain], again.Readings.Select(r => r.Standing));
        Assert.Equal(ReviewStatus.Done, store.Review.Accept(id, "Ana Curator", Why).Status);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_proposal_the_ledger_holds_narrowed_and_accepted_warns_of_a_second_record(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        var (id, before, holding) = ProposeNarrowedAllGoods(store);
        Assert.Null(before.Proposal!.LedgerWarning);
        Assert.DoesNotContain("warning", before.Message, StringComparison.Ordinal);
        clock.Now = Proposed.AddHours(1);
        store.Review.ProposeFromStore(holding, RepoData.Reference.Economies);
        Assert.Null(store.Review.Get(id)!.LedgerWarning);

        // the reviewer narrows it after the reading, so it may be accepted, but every step says it would stand beside the ledger's record
        clock.Now = Proposed.AddHours(2);
        var narrowed = store.Review.Narrow(id, "Ana Curator", "8711.60", null, "only e-bikes, as the decree's annex says");
        Assert.Null(narrowed.Proposal!.Superseded);
        Assert.Contains("duplicate or contradict", narrowed.Proposal.LedgerWarning, StringComparison.Ordinal);
        Assert.Contains("warning: the ledger already agreed", narrowed.Message, StringComparison.Ordinal);

        clock.Now = Accepted;
        var accepted = store.Review.Accept(id, "Ana Curator", Why);
        Assert.Equal(ReviewStatus.Done, accepted.Status);
        Assert.Contains("warning: the ledger already agreed", accepted.Message, StringComparison.Ordinal);
        Assert.Equal(narrowed.Proposal.LedgerWarning, store.Review.Get(id)!.LedgerWarning);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_layer_whose_goods_were_not_read_is_accepted_only_once_narrowed(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        store.Review.Propose([Draft(rate: 79.3m, products: null)]);
        var refused = store.Review.Accept(1, "Ana Curator", Why);
        Assert.Equal(ReviewStatus.NeedsNarrowing, refused.Status);
        Assert.Contains("which goods", refused.Message, StringComparison.Ordinal);
        Assert.Empty(store.Review.AcceptedRecords());

        var narrowed = store.Review.Narrow(1, "Ana Curator", "8711.60, 8712", new DateOnly(2026, 3, 9), "the report is about e-bikes");
        Assert.Equal(ReviewStatus.Done, narrowed.Status);
        Assert.Equal("8711.60, 8712", narrowed.Proposal!.Change.Products);
        Assert.Equal(new DateOnly(2026, 3, 9), narrowed.Proposal.Change.From);
        var trail = Assert.Single(narrowed.Proposal.Amendments);
        Assert.Equal(("Ana Curator", "the report is about e-bikes"), (trail.Reviewer, trail.Reason));

        Assert.Equal(ReviewStatus.Done, store.Review.Accept(1, "Ana Curator", Why).Status);
        var ledger = TradeLedger.Empty.Append(store.Review.AcceptedBatch(), 0).AsKnownAt(null);
        var day = new DateOnly(2026, 3, 10);
        Assert.Equal(79.3m, ledger.Duty(new Economy("BR"), new Economy("AR"), Tradewatch.Core.Products.HsCode.Parse("8711.60"), day).TotalAdditionalPercent);
        Assert.Equal(0m, ledger.Duty(new Economy("BR"), new Economy("AR"), Tradewatch.Core.Products.HsCode.Parse("8471.30"), day).TotalAdditionalPercent);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Narrowing_takes_hs_codes_or_all_and_nothing_else(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        store.Review.Propose([Draft(products: null)]);
        Assert.Throws<ArgumentException>(() => store.Review.Narrow(1, "Ana Curator", "bicycles", null, "words are not codes"));
        Assert.Throws<ArgumentException>(() => store.Review.Narrow(1, "Ana Curator", "8711.60", null, " "));
        Assert.Equal(ProposedChange.AllGoods, store.Review.Narrow(1, "Ana Curator", "ALL", null, "the decree covers every good").Proposal!.Change.Products);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_revoked_acceptance_stops_counting_from_then_and_the_trail_stays(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        store.Review.Propose([Draft()]);
        clock.Now = Accepted;
        store.Review.Accept(1, "Ana Curator", Why);
        var revokedAt = Accepted.AddDays(2);
        clock.Now = revokedAt;
        var outcome = store.Review.Revoke(1, "Bo Checker", "the decree was withdrawn before it applied");
        Assert.Equal(ReviewStatus.Done, outcome.Status);
        Assert.Equal("revoked", outcome.Proposal!.State);
        Assert.Equal(("accepted", "Ana Curator"), (outcome.Proposal.Decision!.Decision, outcome.Proposal.Decision.Reviewer));
        Assert.Equal("Bo Checker", outcome.Proposal.Revocation!.Reviewer);
        Assert.Single(store.Review.AcceptedRecords());
        Assert.Single(store.Review.List("revoked"));

        var ledger = TradeLedger.Empty.Append(store.Review.AcceptedBatch(), 0);
        Assert.Equal(25m, DutyOnAllGoods(ledger, revokedAt.AddSeconds(-1)));
        Assert.Equal(0m, DutyOnAllGoods(ledger, revokedAt));
        Assert.Equal(0m, DutyOnAllGoods(ledger, null));

        Assert.Equal(ReviewStatus.NotRevocable, store.Review.Revoke(1, "Bo Checker", "again").Status);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Only_an_accepted_proposal_can_be_revoked(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var store = Open(target);
        store.Review.Propose([Draft()]);
        Assert.Equal(ReviewStatus.NotRevocable, store.Review.Revoke(1, "Bo Checker", "not yet decided").Status);
        store.Review.Reject(1, "Bo Checker", "no");
        Assert.Equal(ReviewStatus.NotRevocable, store.Review.Revoke(1, "Bo Checker", "rejected").Status);
        Assert.Equal(ReviewStatus.NotFound, store.Review.Revoke(9, "Bo Checker", "none").Status);
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void Two_reviewers_deciding_at_once_get_one_decision_and_one_refusal(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using (var setup = Open(target))
        {
            setup.Review.Propose([Draft()]);
        }

        using var first = Open(target);
        using var second = Open(target);
        using var start = new Barrier(2);
        var outcomes = new ReviewOutcome[2];
        var threads = new[]
        {
            new Thread(() => { start.SignalAndWait(); outcomes[0] = first.Review.Accept(1, "Ana Curator", Why); }),
            new Thread(() => { start.SignalAndWait(); outcomes[1] = second.Review.Reject(1, "Bo Checker", "no"); }),
        };
        foreach (var t in threads)
        {
            t.Start();
        }

        foreach (var t in threads)
        {
            t.Join();
        }

        Assert.Equal(1, outcomes.Count(o => o.Status == ReviewStatus.Done));
        var refusal = Assert.Single(outcomes, o => o.Status == ReviewStatus.AlreadyDecided);
        Assert.Contains("already", refusal.Message, StringComparison.Ordinal);
    }

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public sealed class ProposalPreviewTests
{
    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_layer_on_every_good_shows_on_laptops_and_a_narrowed_one_only_on_its_goods(string provider)
    {
        using var target = StoreTarget.Create(provider);
        var change = new ProposedChange(ChangeAction.NewTariffLayer, "BR", "AR", new DateOnly(2026, 3, 2), 79.3m, null, [], "reported", ProposedChange.AllGoods);
        var proposal = new Proposal(7, "tariff", "s", "not-covered", "e", change, "{}", DateTimeOffset.UnixEpoch, [], null);
        var now = new DateTimeOffset(2026, 3, 12, 0, 0, 0, TimeSpan.Zero);
        var wide = ProposalPreview.Compute(TradeLedger.Empty, proposal, now);
        Assert.All(wide, l => Assert.Equal((0m, 79.3m), (l.NowPercent, l.AfterPercent)));
        Assert.Contains(wide, l => l.Code == "8471.30");

        var narrow = ProposalPreview.Compute(TradeLedger.Empty, proposal with { Change = change with { Products = "8711.60" } }, now);
        Assert.Equal(("8711.60", 79.3m), (narrow[0].Code, narrow[0].AfterPercent));
        Assert.All(narrow.Skip(1), l => Assert.False(l.Changes));
    }
}
