using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.Core.Ledger;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>
/// What was deposited at entry beside what is owed, as the one duty use case answers both front ends: the deposit
/// follows the law as published on the entry day, and never knows more than the answer it stands beside.
/// </summary>
public sealed class DutyDepositTests
{
    private static readonly Lazy<LedgerSession> Session = new(() => new LedgerSession(RepoData.Directory));

    private static DutyResult Ask(string origin, string hs, string date, string? knownAt)
    {
        var question = DutyQuestion.Parse(new DutyInput("US", origin, hs, null, date, "1000", KnownAt: knownAt), Session.Value.Reference);
        Assert.True(question.IsValid);
        var result = DutyAnswers.Ask(Session.Value, question.Value!);
        Assert.True(result.IsValid);
        return result.Value!;
    }

    // Permanent magnets from China entered on 9 Jun 2025, asked as the ledger knew it on 30 Jun 2025: the
    // fentanyl 20%, Section 301 List 3 25% and the reciprocal 10% (Geneva, from 14 May) on the MFN 2.1%. Nothing
    // public after the entry day and recorded by 30 Jun changed that, so deposit and duty owed are both 57.1%;
    // the deposit once read corrections the ledger only learnt in 2026 and said 22.1%.
    [Fact]
    public void Asked_as_known_soon_after_entry_the_deposit_is_the_duty_owed()
    {
        var result = Ask("CN", "8505.11", "2025-06-09", "2025-06-30");

        Assert.Equal(57.1m, result.Answer.TotalPercent);
        Assert.NotNull(result.Deposited);
        Assert.Equal(result.Answer.TotalPercent, result.Deposited.TotalPercent);
        Assert.Equal(result.Answer.Layers.Select(l => (l.Measure.Id, l.RatePercent)), result.Deposited.Layers.Select(l => (l.Measure.Id, l.RatePercent)));
    }

    // Asked as known a day after entry, the deposit and the duty owed can only differ by a record the ledger
    // made on that day: every other record it knew by then was known on the entry day too.
    [Theory]
    [InlineData("CN", "8505.11")]
    [InlineData("CN", "8703.60")]
    [InlineData("VN", "9506.51")]
    [InlineData("DE", "7208.10")]
    public void Asked_as_known_the_day_after_entry_the_deposit_is_the_duty_owed(string origin, string hs)
    {
        var recordedOn = RecordDays(Session.Value.Ledger);
        var compared = 0;
        for (var day = new DateOnly(2025, 1, 5); day < new DateOnly(2026, 6, 1); day = day.AddDays(9))
        {
            var next = day.AddDays(1);
            if (recordedOn.Contains(next))
            {
                continue;
            }

            var result = Ask(origin, hs, day.ToString("yyyy-MM-dd"), next.ToString("yyyy-MM-dd"));
            Assert.NotNull(result.Deposited);
            Assert.Equal(result.Answer.TotalAdditionalPercent, result.Deposited.TotalAdditionalPercent);
            Assert.Equal(result.Answer.TotalPercent, result.Deposited.TotalPercent);
            compared++;
        }

        Assert.True(compared > 40, $"only {compared} days compared");
    }

    // Asked as known now, the deposit still follows the law as published on the entry day: the IEEPA layers
    // voided by the Supreme Court on 20 Feb 2026 were deposited on a 2025 entry and are owed no longer.
    [Fact]
    public void Asked_as_known_now_a_layer_voided_since_was_deposited_and_is_not_owed()
    {
        var result = Ask("CN", "8505.11", "2025-06-09", null);

        Assert.NotNull(result.Deposited);
        Assert.Contains(result.Deposited.Layers, l => l.Measure.Id == "us-ieepa-fentanyl" && l.RatePercent == 20);
        Assert.True(result.Deposited.TotalPercent > result.Answer.TotalPercent);
    }

    private static HashSet<DateOnly> RecordDays(TradeLedger ledger) =>
        ledger.Measures.Select(m => m.Provenance).Concat(ledger.Rates.Select(r => r.Provenance)).Concat(ledger.Suspensions.Select(s => s.Provenance))
            .Concat(ledger.SuspensionChanges.Select(c => c.Provenance)).Concat(ledger.Voidings.Select(v => v.Provenance))
            .Concat(ledger.Licences.Select(l => l.Provenance)).Concat(ledger.Agreements.Select(a => a.Provenance))
            .Concat(ledger.Deadlines.Select(d => d.Provenance)).Concat(ledger.Amendments.Select(a => a.Provenance)).Concat(ledger.Notices.Select(n => n.Provenance))
            .Select(p => DateOnly.FromDateTime(p.Recorded.UtcDateTime))
            .Concat(ledger.StackingRules.SelectMany(r => r.Excludes ?? []).Where(e => e.Recorded is not null).Select(e => DateOnly.FromDateTime(e.Recorded!.Value.UtcDateTime)))
            .ToHashSet();
}
