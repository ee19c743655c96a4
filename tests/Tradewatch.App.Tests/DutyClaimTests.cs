using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>
/// Layers that goods escape on a claim the importer declares (USMCA origin, CAFTA-DR textiles): the answer shows the
/// condition on the layer and the stack with the claim made beside the stack without it, in the one answer record.
/// </summary>
public sealed class DutyClaimTests
{
    private static readonly Lazy<LedgerSession> Session = new(() => new LedgerSession(RepoData.Directory));

    private static DutyDto Ask(string origin, string hs, string date, string? knownAt = null, string? metalValue = null)
    {
        var question = DutyQuestion.Parse(new DutyInput("US", origin, hs, null, date, "1000", KnownAt: knownAt, MetalValue: metalValue), Session.Value.Reference);
        Assert.True(question.IsValid);
        var result = DutyAnswers.Ask(Session.Value, question.Value!);
        Assert.True(result.IsValid);
        return DutyDto.From(result.Value!);
    }

    // Wooden furniture of Canada (9403.60.80, MFN Free in the HTS) entered on 15 Aug 2025, as known on 1 Sep 2025:
    // the fentanyl duty on Canada is 35% from 1 Aug 2025 (EO 14325, FR Doc. 2025-14999), and goods that qualify as
    // originating under the USMCA are not subject to it (EO 14231 sec. 2(a); heading 9903.01.04). Section 232 on
    // furniture starts only on 14 Oct 2025. So 35% without the claim, 0% with it.
    [Fact]
    public void Canadian_furniture_pays_35_percent_or_nothing_if_usmca_qualifying()
    {
        var answer = Ask("CA", "9403.60.80", "2025-08-15", "2025-09-01");

        Assert.Equal(35m, answer.TotalPercent);
        var fentanyl = Assert.Single(answer.Layers);
        Assert.Contains("USMCA", fentanyl.ExemptIf, StringComparison.Ordinal);
        Assert.NotNull(answer.IfClaimed);
        Assert.Equal([fentanyl.Measure], answer.IfClaimed.Exempt);
        Assert.Equal(0m, answer.IfClaimed.TotalPercent);
        Assert.Equal(0m, answer.IfClaimed.TotalDuty);
        Assert.Empty(answer.IfClaimed.Layers);
    }

    // Cotton T-shirts of Mexico (6109.10.00, MFN 16.5% in the HTS) entered on 2 Mar 2026: the Section 122 surcharge
    // of 10% (proclamation of 20 Feb 2026, FR Doc. 2026-03824; heading 9903.03.01), from which goods of Mexico that
    // qualify under the USMCA are exempt (9903.03.08). The claim is the USMCA claim at entry (special programme
    // indicator "S"), which also earns the line's special rate, Free. So 26.5% without the claim, 0% with it: the claim
    // exempts from the surcharge itself, not from one of two copies of it.
    [Fact]
    public void Mexican_tshirts_pay_the_section_122_surcharge_unless_usmca_qualifying()
    {
        var answer = Ask("MX", "6109.10.00", "2026-03-02");

        Assert.Equal(26.5m, answer.TotalPercent);
        Assert.NotNull(answer.IfClaimed);
        Assert.Equal(0m, answer.IfClaimed.TotalPercent);
        Assert.Equal(0m, answer.IfClaimed.TotalDuty);
        Assert.DoesNotContain(answer.IfClaimed.Layers, l => l.Basis == "Section 122");
    }

    // The same T-shirts of Guatemala: the surcharge applies unless they qualify as originating textiles under the
    // CAFTA-DR (9903.03.09), claimed with the programme indicator "P", whose special rate for the line is Free: so 26.5%
    // without the claim and 0% with it.
    [Fact]
    public void Guatemalan_tshirts_pay_the_surcharge_unless_cafta_dr_originating()
    {
        var answer = Ask("GT", "6109.10.00", "2026-03-02");

        Assert.Equal(26.5m, answer.TotalPercent);
        Assert.Contains(answer.Layers, l => l.ExemptIf is { } c && c.Contains("CAFTA-DR", StringComparison.Ordinal));
        Assert.NotNull(answer.IfClaimed);
        Assert.Equal(0m, answer.IfClaimed.TotalPercent);
    }

    // A Mexican auto part that is an aluminium derivative (8708.29.51.60, MFN 2.5%; 9903.85.08's list) entered on
    // 1 Jun 2025, as known on 1 Jul 2025: the auto parts duty of 25% (Proclamation 10908, 9903.94.05) takes the place of
    // the aluminium duty (EO 14289). USMCA-qualifying parts owe no auto parts duty (Proclamation 10908), and CBP reads
    // "subject to" a duty under EO 14289 as owing more than 0% under it (CSMS 65054270, 15 May 2025), so such a part
    // pays the aluminium derivative duty instead, 25% before the 50% of 4 Jun 2025 (Proclamation 10895; 10947), and no
    // Mexico fentanyl duty (EO 14194 as amended: USMCA goods are not subject to it); the USMCA claim earns the line's
    // special rate "S", Free, in place of the MFN 2.5%: 27.5% without the claim, 25% with it, by another layer.
    [Fact]
    public void A_usmca_auto_part_pays_the_aluminium_duty_the_auto_parts_duty_took_the_place_of()
    {
        var answer = Ask("MX", "8708.29.51.60", "2025-06-01", "2025-07-01");

        Assert.Equal(27.5m, answer.TotalPercent);
        Assert.Contains(answer.Layers, l => l.Basis.StartsWith("Section 232 auto parts", StringComparison.Ordinal) && l.RatePercent == 25);
        Assert.NotNull(answer.IfClaimed);
        Assert.Equal(25m, answer.IfClaimed.TotalPercent);
        var aluminium = Assert.Single(answer.IfClaimed.Layers);
        Assert.Equal(25m, aluminium.RatePercent);
        Assert.Contains("9903.85.08", aluminium.Legal, StringComparison.Ordinal);
    }

    // Body stampings for agricultural tractors of Canada (8708.29.21, MFN Free), entered on 9 Jun 2025. The line is on
    // the auto parts list (Proclamation 10908, 9903.94.05: 25%), and its footnote cites U.S. notes 16 and 19 of
    // subchapter III of chapter 99: Proclamation 9980 (85 FR 5281) made body stampings of steel a steel derivative
    // (9903.81.89-.90) and those of aluminium an aluminium one (9903.85.04), 50% from 4 Jun 2025 (Proclamation 10947).
    // Its statistical lines split it by metal only: .20 of steel, .30 of aluminum, .40 other. Without the claim each line
    // pays the auto parts duty, which takes the place of the metals duty and of the Canada fentanyl duty (EO 14289): 25%.
    // With the USMCA claim the part owes nothing under Proclamation 10908, so it is not "subject to" the auto parts duty
    // (CBP's notice implementing EO 14289, 90 FR 21487: more than 0% owed), and the duty of its own metal applies: 50% on
    // the steel line, 50% on the aluminium line, and nothing on the line of other materials, which is no derivative.
    [Fact]
    public void Canadian_tractor_body_stampings_claimed_under_the_usmca_pay_the_duty_of_their_own_metal()
    {
        var answer = Ask("CA", "8708.29.21", "2025-06-09");

        Assert.True(answer.Ambiguous);
        var steel = Assert.Single(answer.Lines, l => l.Hts == "8708.29.21.20");
        var aluminium = Assert.Single(answer.Lines, l => l.Hts == "8708.29.21.30");
        var other = Assert.Single(answer.Lines, l => l.Hts == "8708.29.21.40");
        Assert.All([steel, aluminium, other], l => Assert.Equal(25m, l.TotalPercent));

        Assert.Equal(50m, steel.IfClaimed?.TotalPercent);
        Assert.StartsWith("us-232-steel-derivatives", Assert.Single(steel.IfClaimed!.LetIn), StringComparison.Ordinal);
        Assert.Contains("90 FR 21487", steel.IfClaimed.LetInReason, StringComparison.Ordinal);
        Assert.Equal(50m, aluminium.IfClaimed?.TotalPercent);
        Assert.StartsWith("us-232-aluminium-derivatives", Assert.Single(aluminium.IfClaimed!.LetIn), StringComparison.Ordinal);
        Assert.Equal(0m, other.IfClaimed?.TotalPercent);
        Assert.Empty(other.IfClaimed!.LetIn);
        Assert.Null(other.IfClaimed.LetInReason);
    }

    // The same part, its aluminium worth 100 of its 1000: the aluminium duty falls on the aluminium's value only
    // (9903.85.08), and the claim made stays made for the other 900, which owe no auto parts duty, no fentanyl duty and
    // no base duty: 25 in all, 2.5% of the value. Without the claim the auto parts duty is on the whole value, 275.
    [Fact]
    public void A_usmca_auto_part_split_on_its_aluminium_keeps_the_claim_for_the_rest_of_its_value()
    {
        var answer = Ask("MX", "8708.29.51.60", "2025-06-01", "2025-07-01", metalValue: "100");

        Assert.Equal(275m, answer.TotalDuty);
        Assert.NotNull(answer.IfClaimed);
        Assert.Equal(25m, answer.IfClaimed.TotalDuty);
        Assert.Equal(25m, answer.IfClaimed.AdditionalDuty);
        // On the whole value: 25% without the claim; with it, the aluminium's 25% of 100 is 2.5% of 1000, while the
        // claimed stack's own layer reads 25% on the metal content.
        Assert.Equal(25m, answer.AdditionalPercentOnValue);
        Assert.Equal(25m, answer.IfClaimed.TotalAdditionalPercent);
        Assert.Equal(2.5m, answer.IfClaimed.AdditionalPercentOnValue);
    }

    // T-shirts of Mexico of other textile materials (6109.90), entered on 1 Apr 2025, as known on 1 May 2025 (before the
    // Supreme Court's ruling of Feb 2026 on the IEEPA duties). The lines below differ by their MFN rates in the HTSUS in
    // force (2025 Revision 6, of 12 Mar 2025): 6109.90.10 (man-made fibres) 32%, 6109.90.15 (wool, long sleeves) 5.6%,
    // 6109.90.40 (70% or more silk) 2.6%, 6109.90.80 (other) 16%. Each pays the fentanyl duty on Mexico, 25% from
    // 4 Mar 2025 (EO 14194, FR Doc. 2025-02479, as amended by EO 14227; heading 9903.01.01), and no reciprocal tariff yet
    // (it starts on 5 Apr 2025, and goods of Mexico are outside it: EO 14257 sec. 3(b)). Goods that qualify as originating
    // under the USMCA are exempt from the fentanyl duty from 7 Mar 2025 (EO 14231; heading 9903.01.05), and the USMCA
    // claim earns each line's special rate "S", Free. So a line of 6109.90.10 pays 57% (570 on 1000) without the claim
    // and 0% with it; one of 6109.90.40 pays 27.6% or 0%.
    [Fact]
    public void Each_listed_line_gives_its_total_if_the_usmca_claim_is_made()
    {
        var answer = Ask("MX", "6109.90", "2025-04-01", "2025-05-01");

        Assert.True(answer.Ambiguous);
        var manMade = Assert.Single(answer.Lines, l => l.Hts == "6109.90.10.07");
        Assert.Equal(57m, manMade.TotalPercent);
        Assert.NotNull(manMade.IfClaimed);
        Assert.Equal(0m, manMade.IfClaimed.TotalPercent);
        Assert.Equal(0m, manMade.IfClaimed.TotalAdditionalPercent);
        Assert.Equal(0m, manMade.IfClaimed.TotalDuty);
        Assert.Empty(manMade.IfClaimed.Layers);
        var fentanyl = Assert.Single(manMade.IfClaimed.Exempt);
        Assert.Equal([fentanyl], manMade.Layers);
        Assert.Contains("USMCA", Assert.Single(manMade.IfClaimed.Conditions), StringComparison.Ordinal);

        var silk = Assert.Single(answer.Lines, l => l.Hts == "6109.90.40.10");
        Assert.Equal(27.6m, silk.TotalPercent);
        Assert.Equal(0m, silk.IfClaimed?.TotalPercent);
        Assert.Equal(0m, silk.IfClaimed?.TotalDuty);
    }

    // The Canadian furniture above (9403.60.80, MFN Free), entered on 15 Aug 2025 and asked as known on 1 Mar 2026: the
    // Supreme Court held the IEEPA duties unlawful on 20 Feb 2026 (Learning Resources, Inc. v. Trump), so nothing is owed,
    // while the law published on the entry day had the importer deposit the 35% fentanyl duty (EO 14325) unless the goods
    // were entered claiming USMCA origin (EO 14231; 9903.01.04): 350 on 1000 deposited without the claim, nothing with it.
    [Fact]
    public void The_deposit_at_entry_gives_its_total_if_the_claim_was_made()
    {
        var answer = Ask("CA", "9403.60.80", "2025-08-15", "2026-03-01");

        Assert.Equal(0m, answer.TotalPercent);
        Assert.NotNull(answer.Deposited);
        Assert.Equal(35m, answer.Deposited.TotalPercent);
        Assert.Equal(350m, answer.Deposited.TotalDuty);
        Assert.NotNull(answer.Deposited.IfClaimed);
        Assert.Equal(0m, answer.Deposited.IfClaimed.TotalPercent);
        Assert.Equal(0m, answer.Deposited.IfClaimed.TotalDuty);
        Assert.Equal([Assert.Single(answer.Deposited.Layers).Measure], answer.Deposited.IfClaimed.Exempt);
    }

    // The same T-shirts of Guatemala entered on 9 Jun 2025: no layer is exempt on a claim, but the line's special column
    // (6109.10.00 in HTS 2025 Revision 16: "Free (AU,BH,CL,CO,IL,JO,KR,MA,OM,P,PA,PE,S,SG)") gives goods that qualify
    // under the CAFTA-DR (programme indicator P, General Note 29) Free in place of the MFN 16.5%: a condition the answer
    // states for Guatemala, a partner, and not for China, which is none; goods of Russia pay column 2 and get no special rate.
    [Fact]
    public void A_partner_of_a_free_trade_agreement_gets_its_special_rate_as_a_condition()
    {
        var guatemala = Ask("GT", "6109.10.00", "2025-06-09");

        Assert.Equal(16.5m, guatemala.Mfn?.AdValoremPercent);
        var agreed = guatemala.Mfn?.IfAgreementClaimed;
        Assert.NotNull(agreed);
        Assert.Equal(("CAFTA-DR", "P", 0m), (agreed.Agreement, agreed.Indicator, agreed.AdValoremPercent));
        Assert.Null(Ask("CN", "6109.10.00", "2025-06-09").Mfn?.IfAgreementClaimed);
        Assert.Null(Ask("RU", "6109.10.00", "2025-06-09").Mfn?.IfAgreementClaimed);
    }

    // Goods of China name no such claim: the answer has no stack "if claimed".
    [Fact]
    public void A_stack_without_a_claimable_exemption_has_no_claimed_answer()
    {
        var answer = Ask("CN", "8505.11", "2025-06-09", "2025-06-30");

        Assert.Null(answer.IfClaimed);
        Assert.All(answer.Layers, l => Assert.Null(l.ExemptIf));
        Assert.All(answer.Lines, l => Assert.Null(l.IfClaimed));
    }
}
