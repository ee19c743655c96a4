using Tradewatch.App.Ledger;
using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.News.Pipeline;
using Tradewatch.Storage;
using Tradewatch.Storage.Review;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>Two servers' ledger sessions on one store, on each provider: a decision taken through one is in the other's next answer.</summary>
public sealed class LedgerSessionFreshnessTests
{
    private static readonly ProposalDraft Draft = new(
        "tariff",
        """{"kind":"tariff","imposer":"BR","target":"AR","ratePercent":25,"asOf":"2026-03-02","qualifier":"in-force","products":"all"}""",
        "BR tariff of 25% on all goods from AR (reported)",
        "not-covered",
        "the ledger holds no tariff of BR on all goods from AR",
        new ProposedChange(ChangeAction.NewTariffLayer, "BR", "AR", new DateOnly(2026, 3, 2), 25m, null, [], "BR tariff of 25% on all goods from AR (reported)", ProposedChange.AllGoods),
        [new ProposalSource("wire.txt", "https://news.example.org/wire.txt", "Example Wire")]);

    private static decimal Duty(LedgerSession session) =>
        session.Ledger.AsKnownAt(null).Duty(new Economy("BR"), new Economy("AR"), null, new DateOnly(2026, 3, 5)).TotalAdditionalPercent;

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_decision_on_one_server_is_in_the_other_servers_first_answer_after_an_idle_spell(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var deciding = NewsStore.Open(target.Location, TimeProvider.System);
        using var asked = NewsStore.Open(target.Location, TimeProvider.System);
        var other = new LedgerSession(RepoData.Directory, null, AcceptedRecords.Live(asked.Review), "the shared store", RepoData.Reference);
        var before = Duty(other);
        // a server that has answered before: its first check of the store (a connection opened, the code compiled) is behind it,
        // so the check after the idle spell is an ordinary one, within CheckPatienceMilliseconds even on a loaded machine
        Thread.Sleep(TimeSpan.FromMilliseconds(LedgerSession.FreshnessMilliseconds + 100));
        Assert.Equal(before, Duty(other));

        // idle longer than the freshness limit, then a decision elsewhere, then the first question
        Thread.Sleep(TimeSpan.FromMilliseconds(LedgerSession.FreshnessMilliseconds * 2));
        deciding.Review.Propose([Draft]);
        var accepted = deciding.Review.Accept(deciding.Review.List().Single().Id, "Ana Curator", "the decree is in the official gazette");
        Assert.Equal(ReviewStatus.Done, accepted.Status);

        Assert.Equal(before + 25m, Duty(other));
    }

    [Theory]
    [MemberData(nameof(StoreTarget.Providers), MemberType = typeof(StoreTarget))]
    public void A_revocation_on_one_server_leaves_the_other_servers_answers_once_the_limit_passes(string provider)
    {
        using var target = StoreTarget.Create(provider);
        using var deciding = NewsStore.Open(target.Location, TimeProvider.System);
        using var asked = NewsStore.Open(target.Location, TimeProvider.System);
        deciding.Review.Propose([Draft]);
        var id = deciding.Review.List().Single().Id;
        deciding.Review.Accept(id, "Ana Curator", "the decree is in the official gazette");
        var other = new LedgerSession(RepoData.Directory, null, AcceptedRecords.Live(asked.Review), "the shared store", RepoData.Reference);
        var with = Duty(other);

        Assert.Equal(ReviewStatus.Done, deciding.Review.Revoke(id, "Ana Curator", "the decree was withdrawn").Status);
        Thread.Sleep(TimeSpan.FromMilliseconds(LedgerSession.FreshnessMilliseconds + 100));

        Assert.Equal(with - 25m, Duty(other));
    }
}
