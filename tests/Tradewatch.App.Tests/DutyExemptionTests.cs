using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>
/// A layer the goods are carved out of (an exemption: Annex II of the reciprocal tariff, the electronics of 11 Apr 2025,
/// Annex I of Section 122) is exempt, with the exemption, its heading and its sources; a truce that holds a rate back for a
/// time is a suspension.
/// </summary>
public sealed class DutyExemptionTests
{
    private static readonly Lazy<LedgerSession> Session = new(() => new LedgerSession(RepoData.Directory));

    private static DutyLayerDto Layer(string origin, string hs, string date, string measure)
    {
        var question = DutyQuestion.Parse(new DutyInput("US", origin, hs, null, date, "1000"), Session.Value.Reference);
        Assert.True(question.IsValid);
        var result = DutyAnswers.Ask(Session.Value, question.Value!);
        Assert.True(result.IsValid);
        return Assert.Single(DutyDto.From(result.Value!).Layers, l => l.Measure == measure);
    }

    // Smartphones (8517.13.00.00) from China on 9 Jun 2025: the memorandum of 11 Apr 2025 (retroactive to 5 Apr) puts them
    // in Annex II of EO 14257 (9903.01.32), out of the reciprocal tariff for good; the Geneva truce is another matter.
    // As known now the layer is also void (Learning Resources v. Trump), but the goods never owed it: nothing to refund.
    [Theory]
    [InlineData("CN", "us-ieepa-reciprocal", "us-reciprocal-cn-electronics")]
    [InlineData("DE", "us-reciprocal-eu", "us-reciprocal-eu-electronics")]
    public void Smartphones_are_exempt_from_the_reciprocal_tariff_not_suspended(string origin, string measure, string exemption)
    {
        var layer = Layer(origin, "8517.13", "2025-06-09", measure);
        Assert.Equal(("exempt", 0m), (layer.Status, layer.RatePercent));
        var why = Assert.IsType<LayerExemptionDto>(layer.Exemption);
        Assert.Equal((exemption, "9903.01.32"), (why.Id, why.Heading));
        Assert.NotEmpty(why.Sources);
        Assert.All(why.Sources, s => Assert.Contains(s, layer.Sources));
    }

    // On 2 Mar 2026 the Section 122 surcharge (9903.03.01) does not apply to Annex I of its proclamation: U.S. note 2(aa)(ii)
    // (9903.03.03; smartphones, 8517.13.00) and the particular articles of note 2(aa)(iii) (9903.03.04; etrogs, 0805.90.01).
    [Theory]
    [InlineData("8517.13.00.00")]
    [InlineData("0805.90.01")]
    public void Goods_of_Annex_I_are_exempt_from_Section_122(string hs)
    {
        var layer = Layer("CN", hs, "2026-03-02", "us-section-122");
        Assert.Equal(("exempt", 0m, 10m), (layer.Status, layer.RatePercent, layer.ScheduledPercent));
        Assert.Equal(("us-section-122-exemptions", "9903.03.03-.04"), (layer.Exemption!.Id, layer.Exemption.Heading));
    }

    // Flat-rolled steel (7208.10.15.00) from Germany under Section 232 (50% from 4 Jun 2025): U.S. note 2(v)(vi) to subchapter III
    // of chapter 99 (HTS 2026 Rev. 6) keeps the reciprocal tariff off it under heading 9903.01.33, and note 2(aa)(v)(1) keeps the
    // Section 122 surcharge off it under 9903.03.06. The answer shows both layers exempt at 0%, naming the Section 232 layer whose
    // goods they are; the total stays Section 232's 50%.
    [Theory]
    [InlineData("2025-06-09", "us-reciprocal-eu", "9903.01.33", "U.S. note 2(v)(vi)-(ix) and (xii)")]
    [InlineData("2026-03-02", "us-section-122", "9903.03.06", "U.S. note 2(aa)(v)(1)")]
    public void Section_232_steel_is_exempt_from_the_reciprocal_and_Section_122_layers_under_their_headings(string date, string measure, string heading, string note)
    {
        var question = DutyQuestion.Parse(new DutyInput("US", "DE", "7208.10.15.00", null, date, "1000"), Session.Value.Reference);
        var answer = DutyDto.From(DutyAnswers.Ask(Session.Value, question.Value!).Value!);
        var layer = Assert.Single(answer.Layers, l => l.Measure == measure);
        Assert.Equal(("exempt", 0m), (layer.Status, layer.RatePercent));
        var why = Assert.IsType<LayerExemptionDto>(layer.Exemption);
        Assert.Equal(("us-232-steel-eu", "Goods under Section 232 steel", heading), (why.Id, why.Title, why.Heading));
        Assert.StartsWith(note, why.Note, StringComparison.Ordinal);
        Assert.Contains("https://www.federalregister.gov/documents/2025/06/09/2025-10524/adjusting-imports-of-aluminum-and-steel-into-the-united-states", why.Sources);
        Assert.Equal((50m, 500m), (answer.TotalAdditionalPercent, answer.AdditionalDuty));
        Assert.Equal("in-force", Assert.Single(answer.Layers, l => l.Measure == "us-232-steel-eu").Status);
    }

    // Other Chinese goods on 9 Jun 2025 pay 10% of the reciprocal 34%: the Geneva truce suspends 24 points for a time, which
    // is no exemption (as known on 1 Jan 2026, before the ruling voided it).
    [Fact]
    public void A_truce_is_no_exemption()
    {
        var question = DutyQuestion.Parse(new DutyInput("US", "CN", "9503.00.00", null, "2025-06-09", "1000", KnownAt: "2026-01-01"), Session.Value.Reference);
        var layer = Assert.Single(DutyDto.From(DutyAnswers.Ask(Session.Value, question.Value!).Value!).Layers, l => l.Measure == "us-ieepa-reciprocal");
        Assert.Equal(("in-force", 10m, null), (layer.Status, layer.RatePercent, layer.Exemption));
        Assert.Contains("us-geneva-suspension", layer.Suspensions);
    }
}
