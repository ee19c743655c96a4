using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>
/// Layers that apply only if a condition holds that the question does not settle (a product the order's annex names, a
/// part's use): the answer gives each with the whole stack if it applies, and its scope's limits in the coverage.
/// </summary>
public sealed class DutyConditionTests
{
    private static readonly Lazy<LedgerSession> Session = new(() => new LedgerSession(RepoData.Directory));

    private static DutyDto Ask(string origin, string hs, string date, string? knownAt = null)
    {
        var question = DutyQuestion.Parse(new DutyInput("US", origin, hs, null, date, "1000", KnownAt: knownAt), Session.Value.Reference);
        Assert.True(question.IsValid);
        var result = DutyAnswers.Ask(Session.Value, question.Value!);
        Assert.True(result.IsValid);
        return DutyDto.From(result.Value!);
    }

    // Computers of China (heading 8471) entered on 9 Jun 2025: the lines below answer differently (Section 301 List 3 at
    // 25% on 8471.50, none on the laptops of 8471.30; the IEEPA duties void since the ruling of 20 Feb 2026, and the
    // reciprocal tariff exempt for them from 5 Apr 2025 under the electronics exemption of 11 Apr 2025), so they are
    // listed. The auto parts list names heading 8471 whole, but Proclamation 10908 (U.S. note 33(g), 9903.94.05) covers
    // its goods only as parts of passenger vehicles and light trucks: each listed line has that 25% as a condition, with
    // its own stack if it holds, as the line asked alone has: the laptops 0% or 25%, the processing units 25% or 50%.
    [Fact]
    public void Each_listed_line_gives_its_stack_if_a_conditional_layer_applies()
    {
        var answer = Ask("CN", "8471", "2025-06-09");

        Assert.True(answer.Ambiguous);
        var laptops = Assert.Single(answer.Lines, l => l.Hts == "8471.30.01.00");
        var asked = Ask("CN", "8471.30.01.00", "2025-06-09");
        var part = Assert.Single(laptops.Conditional, c => c.Measure == "us-232-auto-parts-if-vehicle-part");
        Assert.Equal(0m, laptops.TotalPercent);
        Assert.Equal(25m, part.IfApplies?.TotalPercent);
        Assert.Equal(asked.Conditional.Select(c => (c.Measure, c.IfApplies?.TotalPercent)), laptops.Conditional.Select(c => (c.Measure, c.IfApplies?.TotalPercent)));
        var units = Assert.Single(answer.Lines, l => l.Hts == "8471.50.01.50");
        Assert.Equal(25m, units.TotalPercent);
        Assert.Equal(50m, Assert.Single(units.Conditional, c => c.Measure == "us-232-auto-parts-if-vehicle-part").IfApplies?.TotalPercent);
    }

    // Medicaments of India (3004.90.92, MFN Free) entered on 1 Oct 2026: the Section 232 pharmaceuticals duty of 100%
    // from 29 Sep 2026 (proclamation of FR Doc. 2026-06956) falls on the products its annex names, which no revision of
    // the schedule carries; the ledger approximates them by headings 3002-3004. So 0% unless the goods are covered, 100% if
    // they are, and the answer is approximate because that scope is.
    [Fact]
    public void Indian_medicaments_pay_100_percent_if_the_pharmaceuticals_duty_covers_them()
    {
        var answer = Ask("IN", "3004.90.92", "2026-10-01");

        Assert.Equal(0m, answer.TotalPercent);
        var pharma = Assert.Single(answer.Conditional, c => c.Measure == "us-232-pharmaceuticals");
        Assert.NotNull(pharma.IfApplies);
        Assert.Equal(100m, pharma.IfApplies.TotalPercent);
        Assert.Equal(1000m, pharma.IfApplies.TotalDuty);
        Assert.Equal(["us-232-pharmaceuticals"], pharma.IfApplies.Layers.Select(l => l.Measure));
        Assert.Equal("approximate", answer.Coverage);
        Assert.Contains(answer.Notes, n => n.StartsWith("us-232-pharmaceuticals (only if it applies): product scope approximate", StringComparison.Ordinal));
    }

    // The same medicaments of Japan: its deal caps the duty at 15% all-in, the MFN rate included (here Free), so 15% if covered.
    [Fact]
    public void Japanese_medicaments_pay_the_deals_15_percent_if_covered()
    {
        var answer = Ask("JP", "3004.90.92", "2026-10-01");

        var pharma = Assert.Single(answer.Conditional, c => c.Measure.StartsWith("us-232-pharmaceuticals", StringComparison.Ordinal));
        Assert.Equal(15m, pharma.IfApplies?.TotalPercent);
        Assert.Equal(150m, pharma.IfApplies?.TotalDuty);
    }

    // The end of de minimis (EO 14324) puts goods that entered duty-free under it in the duties other imports pay: as a
    // layer it collects nothing more, so there is no other stack to give.
    [Fact]
    public void A_condition_that_changes_nothing_in_the_stack_gives_no_other_stack()
    {
        var answer = Ask("IN", "3004.90.92", "2026-10-01");

        var deMinimis = Assert.Single(answer.Conditional, c => c.Measure == "us-de-minimis-global");
        Assert.Null(deMinimis.IfApplies);
    }

    // A laptop of Mexico (8471.30.01.00, MFN Free) entered on 9 Jun 2025. Heading 8471 is on the auto parts list only for
    // goods imported as parts of passenger vehicles or light trucks (U.S. note 33(g), 9903.94.05), and parts that qualify
    // under the USMCA are free of that duty (Proclamation 10908). Imported as such a part it pays 25%, in place of the
    // fentanyl duty on Mexico (EO 14289); used so and claimed under the USMCA, it pays nothing: the claim exempts it from
    // both, and earns the line's special rate, Free.
    [Fact]
    public void A_conditional_layer_exempt_on_a_claim_gives_the_stack_if_it_applies_and_is_claimed()
    {
        var answer = Ask("MX", "8471.30.01.00", "2025-06-09");

        var parts = Assert.Single(answer.Conditional, c => c.Measure == "us-232-auto-parts-if-vehicle-part-ca-mx").IfApplies;
        Assert.NotNull(parts);
        Assert.Equal(25m, parts.TotalPercent);
        Assert.Equal(250m, parts.TotalDuty);
        Assert.Contains("USMCA", Assert.Single(parts.Layers).ExemptIf, StringComparison.Ordinal);
        var claimed = parts.IfClaimed;
        Assert.NotNull(claimed);
        Assert.Equal(["us-232-auto-parts-if-vehicle-part-ca-mx"], claimed.Exempt);
        Assert.Empty(claimed.Layers);
        Assert.Equal(0m, claimed.TotalPercent);
        Assert.Equal(0m, claimed.TotalDuty);
        Assert.Equal(0m, claimed.AdditionalPercentOnValue);
    }

    // The same laptop, asked as known now: the fentanyl duty of 25% deposited at entry is void since the Supreme Court's
    // ruling of 20 Feb 2026, so the deposit was 25% and nothing is owed. Imported as a vehicle part, the auto parts duty
    // was deposited in its place and is still owed (Section 232, not IEEPA): 25% then and now; claimed at entry, nothing.
    [Fact]
    public void The_deposit_gives_its_stack_if_a_conditional_layer_applies()
    {
        var answer = Ask("MX", "8471.30.01.00", "2025-06-09");

        Assert.Equal(0m, answer.TotalPercent);
        Assert.NotNull(answer.Deposited);
        Assert.Equal(25m, answer.Deposited.TotalPercent);
        var parts = Assert.Single(answer.Deposited.Conditional, c => c.Measure == "us-232-auto-parts-if-vehicle-part-ca-mx").IfApplies;
        Assert.NotNull(parts);
        Assert.Equal(["us-232-auto-parts-if-vehicle-part-ca-mx"], parts.Layers.Select(l => l.Measure));
        Assert.Equal(25m, parts.TotalPercent);
        Assert.Equal(250m, parts.TotalDuty);
        Assert.Equal(0m, parts.IfClaimed?.TotalPercent);
    }

    // Magnets of China (8505.11, MFN 2.1%) entered on 1 Jun 2025, asked as known now: the postal duty (EO 14256, 54% in
    // lieu of every other duty) was deposited on postal items at entry; it rests on IEEPA, void since 20 Feb 2026, so
    // the items owe what other goods owe now, 2.1%. The deposit if it applies is 540.00 on 1000, beside 21.00 owed.
    [Fact]
    public void A_postal_item_deposited_the_postal_duty_that_is_owed_no_longer()
    {
        var answer = Ask("CN", "8505.11", "2025-06-01");

        Assert.Equal(2.1m, answer.TotalPercent);
        Assert.Null(Assert.Single(answer.Conditional, c => c.Measure == "us-de-minimis-cn").IfApplies);
        var postal = Assert.Single(answer.Deposited!.Conditional, c => c.Measure == "us-de-minimis-cn").IfApplies;
        Assert.NotNull(postal);
        Assert.True(postal.InLieuOfBase);
        Assert.Equal(54m, postal.TotalPercent);
        Assert.Equal(540m, postal.TotalDuty);
    }

    // Magnets of China (8505.11, MFN 2.1%) entered on 1 Jun 2025, as known that day: low-value postal items paid the
    // postal duty of EO 14256, 54% from 14 May 2025, which CBP collected in lieu of every other duty, the MFN rate,
    // Section 301 and the fentanyl duty among them (FR Doc. 2025-07325). So 54% in all if it applies, not 54% on top.
    [Fact]
    public void The_postal_duty_is_owed_in_lieu_of_every_other_duty_if_it_applies()
    {
        var question = DutyQuestion.Parse(new DutyInput("US", "CN", "8505.11", null, "2025-06-01", "1000", KnownAt: "2025-06-01"), Session.Value.Reference);
        Assert.True(question.IsValid);
        var answer = DutyDto.From(DutyAnswers.Ask(Session.Value, question.Value!).Value!);

        Assert.Equal(57.1m, answer.TotalPercent);
        var postal = Assert.Single(answer.Conditional, c => c.Measure == "us-de-minimis-cn").IfApplies;
        Assert.NotNull(postal);
        Assert.True(postal.InLieuOfBase);
        Assert.Equal(["us-de-minimis-cn"], postal.Layers.Select(l => l.Measure));
        Assert.Equal(54m, postal.TotalPercent);
        Assert.Equal(540m, postal.TotalDuty);
    }

    // A processing unit of Taiwan (8471.50.01.50, MFN Free) entered on 1 Feb 2026. The semiconductors proclamation of 14 Jan
    // 2026 (FR Doc. 2026-01052; HTSUS 9903.79.01, U.S. note 39) charges 25% on the "semiconductor articles" of note 39(b),
    // those meeting its technical parameters, and 9903.79.03-.09 exempt those entered for U.S. data centers, repairs, R&D,
    // startups, consumer or civil industrial uses and the public sector. The line holds other processing units too, so the
    // 25% is a condition with its own stack, not a layer: as known before the ledger learnt this, it was a layer.
    [Fact]
    public void The_semiconductors_duty_is_a_condition_on_the_goods_parameters_and_use()
    {
        var answer = Ask("TW", "8471.50.01.50", "2026-02-01");

        Assert.DoesNotContain(answer.Layers, l => l.Measure.StartsWith("us-232-semiconductors", StringComparison.Ordinal));
        Assert.Equal(0m, answer.TotalPercent);
        var chips = Assert.Single(answer.Conditional, c => c.Measure == "us-232-semiconductors-if-covered");
        Assert.Contains("9903.79.03-.09", chips.Condition, StringComparison.Ordinal);
        Assert.Equal(25m, chips.RatePercent);
        Assert.Equal(25m, chips.IfApplies?.TotalPercent);

        var before = Ask("TW", "8471.50.01.50", "2026-02-01", "2026-12-06");
        Assert.Equal(25m, Assert.Single(before.Layers, l => l.Measure == "us-232-semiconductors").RatePercent);
    }
}
