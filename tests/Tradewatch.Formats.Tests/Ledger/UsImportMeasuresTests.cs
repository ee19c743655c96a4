using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.TestSupport;

namespace Tradewatch.Formats.Tests.Ledger;

/// <summary>
/// The bundled ledger's US import layers against the law, question by question: the cross-checks of
/// issue 15, asked at tariff-line level. "As known now" unless a case says otherwise; the IEEPA
/// layers are read as known before the February 2026 ruling voided them.
/// </summary>
public class UsImportMeasuresTests
{
    private static readonly Economy Us = new("US");

    private static LedgerView Now => RepoData.Ledger.AsKnownAt(null);

    private static LedgerView KnownAt(string day) => RepoData.Ledger.AsKnownAt(new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero));

    private static DutyAnswer Ask(LedgerView view, string origin, string line, string date, decimal? basePercent = null) =>
        view.Duty(Us, new Economy(origin), HsCode.Parse(line), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), basePercent);

    /// <summary>The rate collected by the layers whose basis starts with <paramref name="basis"/>, whatever their status (void layers were collected at entry).</summary>
    private static decimal Layer(DutyAnswer answer, string basis) =>
        answer.Layers.Where(l => l.Measure.Basis.StartsWith(basis, StringComparison.Ordinal)).Sum(l => l.RatePercent);

    [Theory]
    [InlineData("8505.11.00.70", "2025-06-09", 0)] // magnets: no Section 301 duty before the 2024 review's 2026 stage
    [InlineData("8505.11.00.70", "2026-01-15", 25)]
    [InlineData("8703.60.00.20", "2025-06-09", 100)] // plug-in hybrids: the 2024 review's 100%
    [InlineData("8703.70.00.20", "2025-06-09", 100)]
    [InlineData("8703.80.00.00", "2025-06-09", 100)]
    [InlineData("8702.40.31.00", "2025-06-09", 100)]
    [InlineData("8507.60.00.90", "2025-06-09", 7.5)] // non-EV lithium-ion batteries: List 4A, the schedule's footnote (the curated list says 4B)
    [InlineData("8507.60.00.90", "2026-01-15", 25)]
    [InlineData("8541.42.00.10", "2024-11-01", 50)] // solar cells: 50% from 27 Sep 2024
    [InlineData("8542.31.00.00", "2025-06-09", 50)] // semiconductors: 50% from 1 Jan 2025
    [InlineData("6109.10.00.12", "2025-06-09", 7.5)] // T-shirts: List 4A
    [InlineData("8501.10.20.00", "2025-06-09", 25)] // small motors: List 1
    public void Section_301_rates_on_Chinese_lines_follow_the_lists_and_the_2024_review(string line, string date, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(Now, "CN", line, date), "Section 301"));

    [Fact]
    public void Answers_as_known_before_the_ledger_learnt_the_exact_lists_are_the_coarse_ones_it_gave_then()
    {
        var then = Ask(KnownAt("2025-06-30"), "CN", "8505.11.00.70", "2025-06-09");
        Assert.Equal(25, Layer(then, "Section 301"));
        Assert.Equal(10, Layer(then, "IEEPA reciprocal"));
    }

    [Theory]
    [InlineData("CN", "8703.23.01.90", "2025-06-09", "Section 232 autos", 25)]
    [InlineData("CN", "7208.10.15.00", "2025-05-01", "Section 232 steel", 25)]
    [InlineData("CN", "7208.10.15.00", "2025-06-09", "Section 232 steel", 50)]
    [InlineData("GB", "7208.10.15.00", "2025-06-09", "Section 232 steel", 25)]
    [InlineData("DE", "7606.12.30.91", "2025-06-09", "Section 232 aluminium", 50)]
    [InlineData("CL", "7408.11.60.00", "2025-09-01", "Section 232 copper", 50)]
    [InlineData("MX", "8701.21.00.15", "2025-11-15", "Section 232 medium", 25)] // road tractors: 8701.21-.29 in HTS 2022
    [InlineData("CN", "3004.90.92.01", "2025-06-09", "Section 232 aluminium derivatives (inclusions", 0)] // the BIS inclusions (90 FR 40326) start on 18 Aug 2025, at the 50% of Proclamation 10947
    [InlineData("CN", "3004.90.92.44", "2025-08-18", "Section 232 aluminium derivatives (inclusions", 50)] // the one line of 3004.90.92 the inclusions name (U.S. note 19(k))
    [InlineData("CN", "3004.90.92.01", "2025-08-18", "Section 232 aluminium derivatives (inclusions", 0)]
    [InlineData("GB", "3004.90.92.01", "2025-08-17", "Section 232 aluminium derivatives (inclusions", 0)]
    [InlineData("GB", "3004.90.92.44", "2025-08-18", "Section 232 aluminium derivatives (inclusions", 25)]
    public void Section_232_layers_apply_with_their_dates_and_partner_rates(string origin, string line, string date, string basis, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(Now, origin, line, date), basis));

    [Theory]
    [InlineData("CN", "8703.23.01.90", "2025-06-09")]
    [InlineData("CN", "7208.10.15.00", "2025-06-09")]
    [InlineData("VN", "7208.10.15.00", "2025-09-01")]
    public void Section_232_goods_do_not_pay_the_reciprocal_tariff(string origin, string line, string date)
    {
        var answer = Ask(KnownAt("2026-01-31"), origin, line, date);
        Assert.Equal(0, Layer(answer, "IEEPA reciprocal"));
        Assert.Contains(answer.Excluded, e => e.Measure.Basis == "IEEPA reciprocal");
    }

    [Theory]
    [InlineData("CA", "7208.10.15.00", "2025-03-11", 0)] // Canada, Mexico and Australia were exempt until Proclamations 10895/10896 took effect
    [InlineData("CA", "7208.10.15.00", "2025-03-12", 25)]
    [InlineData("MX", "7606.12.30.91", "2025-03-11", 0)]
    [InlineData("MX", "7606.12.30.91", "2025-03-12", 25)]
    [InlineData("AU", "7208.10.15.00", "2025-02-01", 0)]
    [InlineData("AU", "7208.10.15.00", "2025-06-09", 50)]
    [InlineData("CN", "7208.10.15.00", "2025-03-11", 25)] // China never had the exemption
    [InlineData("CN", "7606.12.30.91", "2025-03-11", 10)] // aluminium rose from 10% to 25% on the same day
    [InlineData("CN", "7606.12.30.91", "2025-03-12", 25)]
    public void Partners_exempt_from_the_metals_duties_until_12_March_2025_pay_them_from_then(string origin, string line, string date, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(Now, origin, line, date), "Section 232"));

    [Fact]
    public void Steel_from_the_UK_pays_Section_232_at_25_percent_and_from_China_at_50()
    {
        Assert.Equal(25, Layer(Ask(Now, "GB", "7208.10.15.00", "2025-07-01"), "Section 232"));
        Assert.Equal(50, Layer(Ask(Now, "CN", "7208.10.15.00", "2025-07-01"), "Section 232"));
    }

    [Fact]
    public void A_Japanese_car_on_1_October_2025_pays_15_percent_all_in_with_the_MFN_rate()
    {
        const decimal mfn = 2.5m; // 8703.23.01 general rate in the HTS
        var answer = Ask(Now, "JP", "8703.23.01.90", "2025-10-01", mfn);
        Assert.Equal(12.5m, Layer(answer, "Section 232"));
        Assert.Equal(15m, mfn + answer.TotalAdditionalPercent);
        Assert.Equal(25m, Layer(Ask(Now, "JP", "8703.23.01.90", "2025-09-15", mfn), "Section 232"));
    }

    // Brake rotors 8708.30.50.30 (MFN 2.5%) are on the auto parts list (870830, Proclamation 10908) and on the truck parts
    // list (87083050, Proclamation 10984). A rotor is a part of one vehicle or the other, and pays that vehicle's duty, not
    // the higher of the two: Proclamation 10984 charges the MHDVP duty on parts of medium and heavy-duty vehicles (U.S.
    // note 38(l), 9903.74.11, leaves the listed goods that are not such parts without it) and its clause (12) has a part
    // subject to one tariff or the other. Japan's auto parts pay 15% all-in from 16 Sep 2025; its truck parts 25%.
    [Fact]
    public void A_Japanese_part_on_both_vehicle_parts_lists_pays_the_auto_parts_duty_and_the_truck_parts_duty_is_a_condition()
    {
        const decimal mfn = 2.5m; // 8708.30.50 general rate in the HTS
        var answer = Ask(Now, "JP", "8708.30.50.30", "2025-12-01", mfn);
        Assert.Equal(12.5m, Layer(answer, "Section 232 auto parts"));
        Assert.Equal(0, Layer(answer, "Section 232 medium"));
        Assert.Equal(15m, mfn + answer.TotalAdditionalPercent);
        var truckParts = Assert.Single(answer.ConditionalMeasures, c => c.Measure.Id.StartsWith("us-232", StringComparison.Ordinal));
        Assert.Equal(("us-232-mhd-parts-if-mhd-part", 25m), (truckParts.Measure.Id, truckParts.RatePercent));
        Assert.Contains("parts of medium and heavy-duty vehicles", truckParts.Measure.Condition, StringComparison.Ordinal);

        // until the ledger learnt this (2026-12-05) it charged the higher of the two, and answers as known before still do
        var then = Ask(KnownAt("2026-12-04"), "JP", "8708.30.50.30", "2025-12-01", mfn);
        Assert.Equal(25m, Layer(then, "Section 232 medium"));
        Assert.Equal(0, Layer(then, "Section 232 auto parts"));
        Assert.DoesNotContain(then.ConditionalMeasures, c => c.Measure.Id.StartsWith("us-232", StringComparison.Ordinal));
    }

    // A Chinese brake rotor: the auto parts duty (25% from 3 May 2025) and, as a truck part, the same 25% from 1 Nov 2025.
    [Fact]
    public void A_Chinese_part_on_both_vehicle_parts_lists_pays_one_Section_232_duty()
    {
        var answer = Ask(Now, "CN", "8708.30.50.30", "2025-12-01");
        Assert.Equal(25, Layer(answer, "Section 232"));
        Assert.Contains(answer.ConditionalMeasures, c => c.Measure.Id == "us-232-mhd-parts-if-mhd-part" && c.RatePercent == 25);
        Assert.DoesNotContain(Ask(Now, "CN", "8708.30.50.30", "2025-10-01").ConditionalMeasures, c => c.Measure.Id.StartsWith("us-232-mhd", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-03-10", 25)]
    [InlineData("2025-08-01", 35)]
    public void Canadian_furniture_pays_the_fentanyl_tariff_at_25_then_35_percent(string date, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(KnownAt("2026-01-31"), "CA", "9401.61.60.11", date), "IEEPA fentanyl"));

    [Fact]
    public void Canadian_energy_pays_the_fentanyl_tariff_at_10_percent_and_the_USMCA_exemption_is_a_condition()
    {
        var answer = Ask(KnownAt("2026-01-31"), "CA", "2709.00.10.00", "2025-06-09");
        Assert.Equal(10, Layer(answer, "IEEPA fentanyl"));
        Assert.Contains("USMCA", answer.Layers.Single(l => l.Measure.Basis == "IEEPA fentanyl").Measure.Condition, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CA", "4011.10.10.10", "2025-06-09", "Section 232 auto parts")] // tyres: Proclamation 10908, parts from 3 May 2025
    [InlineData("MX", "4011.10.10.10", "2026-03-02", "Section 232 auto parts")]
    [InlineData("MX", "8708.40.50.00", "2025-11-15", "Section 232 medium and heavy-duty vehicle parts")] // the truck parts of 1 Nov 2025
    public void Canadian_and_Mexican_vehicle_parts_pay_Section_232_unless_they_qualify_under_the_USMCA(string origin, string line, string date, string basis)
    {
        // the authority list's 0% is the rate of USMCA-qualifying parts; the others pay 25%, and neither pays the fentanyl duty
        var answer = Ask(Now, origin, line, date);
        Assert.Equal(25, Layer(answer, basis));
        Assert.Contains("USMCA", answer.Layers.Single(l => l.Measure.Basis == basis).Measure.Condition, StringComparison.Ordinal);
        Assert.Equal(0, Layer(answer, "IEEPA fentanyl"));
        Assert.Equal(0, Layer(answer, "Section 122"));
    }

    [Theory]
    [InlineData("DE", "3104.20.00.10", "2025-06-09", 10)] // potash: an unavailable natural resource of the EU deal (9903.02.74), exempt from 1 Sep 2025 (FR 2025-18660)
    [InlineData("DE", "3104.20.00.10", "2025-08-31", 15)]
    [InlineData("DE", "3104.20.00.10", "2025-09-01", 0)]
    [InlineData("CH", "3104.20.00.10", "2025-09-01", 39)] // Switzerland's own list, from 14 Nov 2025 (FR 2025-23316)
    public void A_deal_s_own_exemptions_start_with_the_notice_that_implements_it(string origin, string line, string date, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(Now, origin, line, date, 0), "IEEPA reciprocal"));

    [Theory]
    [InlineData("CN", "3004.90.92.01", "2025-06-09")] // medicaments: Annex II of EO 14257 exempts pharmaceuticals for every partner from 5 Apr 2025
    [InlineData("VN", "3004.90.92.01", "2025-09-01")]
    [InlineData("IN", "3004.90.92.01", "2025-09-01")] // nor do they pay India's +25% (EO 14329 excepts what section 3(b) of EO 14257 excepts)
    [InlineData("IN", "8517.13.00.00", "2025-09-01")] // smartphones: the electronics of 11 Apr 2025, excepted the same way
    public void Goods_excepted_from_the_reciprocal_tariff_pay_no_reciprocal_or_India_layer(string origin, string line, string date) =>
        Assert.Equal(0, Layer(Ask(Now, origin, line, date), "IEEPA reciprocal") + Layer(Ask(Now, origin, line, date), "IEEPA (India)"));

    [Theory]
    [InlineData("CN", "2025-11-12", 10)] // fertilizers joined Annex II with the farm goods (order of 14 Nov 2025, in force 13 Nov)
    [InlineData("CN", "2025-11-13", 0)]
    [InlineData("VN", "2025-11-13", 0)]
    [InlineData("VN", "2025-06-09", 10)]
    public void Fertilizers_are_exempt_from_the_reciprocal_tariff_from_13_November_2025(string origin, string date, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(Now, origin, "3104.20.00.10", date), "IEEPA reciprocal"));

    /// <summary>Answers that tools/audit-duty found right against the shared schedule's lists and authority rates, each with its source.</summary>
    [Theory]
    [InlineData("CA", "7208.10.15.00", "2025-06-09", "Section 232", 50)] // Proclamation 10947 (FR 2025-10524): steel 50%, and no fentanyl duty beside it
    [InlineData("CA", "7208.10.15.00", "2025-06-09", "IEEPA fentanyl", 0)]
    [InlineData("CN", "4407.11.00.01", "2025-10-14", "Section 232 softwood", 10)] // Proclamation 10976: softwood lumber 10% from 14 Oct 2025
    [InlineData("CN", "4407.11.00.01", "2025-10-14", "IEEPA reciprocal", 0)] // Section 232 timber pays no reciprocal tariff
    [InlineData("KR", "8703.23.01.90", "2025-11-10", "Section 232", 12.5)] // FR 2025-21940: 15% all-in from 1 Nov 2025, the 2.5% MFN rate included
    [InlineData("GB", "8703.23.01.90", "2025-08-07", "Section 232", 7.5)] // the UK deal: 10% all-in within the quota
    [InlineData("BR", "6109.10.00.12", "2026-03-02", "IEEPA", 0)] // the IEEPA duties end on 24 Feb 2026 (Section 122 proclamation, FR 2026-03824)
    [InlineData("BR", "6109.10.00.12", "2026-03-02", "Section 122", 10)]
    [InlineData("MX", "3104.20.00.10", "2025-03-06", "IEEPA fentanyl", 25)] // potash paid 25% until the 10% of 7 Mar 2025 (EO 14232)
    [InlineData("MX", "3104.20.00.10", "2025-03-07", "IEEPA fentanyl", 10)]
    [InlineData("BR", "8471.30.01.00", "2025-09-16", "IEEPA (Brazil)", 40)] // 9903.01.77 excepts 9903.01.78-.83 and .90 only: not the electronics of 9903.01.32
    [InlineData("BR", "8471.30.01.00", "2025-09-16", "IEEPA reciprocal", 0)] // ... which spare the reciprocal 10%
    [InlineData("BR", "8505.11.00.70", "2025-09-16", "IEEPA (Brazil)", 40)] // nor the reciprocal tariff's Annex II (India's 9903.01.86 does except it)
    [InlineData("BR", "8517.13.00.00", "2025-09-16", "IEEPA (Brazil)", 0)] // smartphones are in Brazil's own Annex I (9903.01.81)
    [InlineData("GB", "7208.10.15.00", "2026-05-01", "Section 232", 25)] // Annex I-A steel of the UK: 9903.82.04, +25%
    [InlineData("GB", "8302.41.60.80", "2026-05-01", "Section 232", 15)] // Annex I-B derivatives of the UK: 9903.82.05, +15%
    [InlineData("GB", "7408.11.60.00", "2026-05-01", "Section 232", 50)] // copper has no UK heading: Annex I-A's 50% (9903.82.02)
    [InlineData("GB", "8544.42.20.00", "2026-05-01", "Section 232", 25)] // ... nor Annex I-B's 25% (9903.82.09), not the UK's 15%
    [InlineData("VN", "8544.42.20.00", "2026-05-01", "Section 232", 25)] // 9903.78.01 (50% on the copper content) leaves the schedule with the annexes
    [InlineData("VN", "8544.42.20.00", "2025-09-01", "Section 232", 50)]
    [InlineData("CN", "7616.99.51.60", "2025-02-04", "Section 232 aluminium", 10)] // castings of 7616.99.51: 2018 aluminium articles (9903.85.06; .60 and .70 by 9903.85.44)
    [InlineData("CN", "7616.99.51.70", "2025-03-04", "Section 232 aluminium", 10)] // forgings, the same, before the derivatives of 12 Mar 2025
    [InlineData("CN", "7616.99.51.90", "2025-02-04", "Section 232", 0)] // other goods of 7616.99.51 are no article: nothing before 12 Mar 2025
    [InlineData("CN", "7325.10.00.80", "2026-04-06", "Section 232", 50)] // listed at 10 digits in Annex I-A: the more specific entry wins over 7325.10 in I-B
    [InlineData("CN", "7325.10.00.35", "2026-04-06", "Section 232", 25)] // meter boxes: only under 7325.10 in Annex I-B
    [InlineData("CN", "9403.99.90.45", "2026-04-06", "Section 232", 0)] // named in Annex II (0%) under 9403.99 of Annex I-B: the closer entry wins
    [InlineData("CN", "9403.99.90.45", "2026-04-06", "Section 122", 10)] // ... so no Section 232 good: the Section 122 surcharge applies
    [InlineData("CN", "9403.99.20.40", "2026-04-06", "Section 232", 0)] // U.S. note 16(c)(vii) names 9403.99.90.20 alone of 9403.99: 9403.99.20 is in no annex
    [InlineData("DE", "9403.99.90.20", "2026-05-15", "Section 232", 25)] // the list's Annex II (aluminium), but note 16(c)(vii) names it in Annex I-B: the schedule wins
    [InlineData("DE", "9403.99.90.20", "2026-05-15", "Section 122", 0)] // ... a Section 232 good, so out of the Section 122 surcharge (9903.03.06)
    [InlineData("CN", "7614.10.50.00", "2025-02-04", "Section 232", 10)] // stranded wire: a derivative of 2020 (Proclamation 9980, 9903.85.03 at +10%)
    [InlineData("CN", "7317.00.55.02", "2025-02-04", "Section 232", 25)] // nails: a derivative of 2020 (9903.80.03 at +25%)
    [InlineData("CN", "7613.00.00.00", "2025-06-09", "Section 232", 0)] // gas containers: not among the derivatives of 9903.85.07 (note 19(j))
    [InlineData("CN", "7613.00.00.00", "2025-06-09", "IEEPA reciprocal", 10)] // ... so the reciprocal tariff applies
    [InlineData("CN", "7216.61.00.00", "2025-02-04", "Section 232", 0)] // cold-formed sections: no steel article of 9903.80.05-.58 (Proclamation 9705: 7216.50, then 7216.99)
    [InlineData("CN", "7216.61.00.00", "2026-04-06", "Section 232", 0)] // ... and in no annex of April 2026
    [InlineData("CN", "7216.91.00.10", "2026-04-06", "Section 232", 50)] // named in Annex I-A
    [InlineData("CN", "7216.99.00.10", "2025-02-04", "Section 232", 25)] // 7216.99 is an article (9903.80.45)
    public void Audited_answers_hold(string origin, string line, string date, string basis, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(Now, origin, line, date, 2.5m), basis));

    // Until 2026-12-05 the ledger took the steel articles as headings 7206-7229 whole, so cold-formed sections (7216.61)
    // paid the steel duty; it then learnt they are no article (the subheadings 9903.80.05-.58 name) and took them as
    // derivatives of March 2025. The correction is an amendment recorded that day: asked as known before, the answer is
    // the one the ledger gave then.
    [Theory]
    [InlineData("2025-02-04", 25, 0)]
    [InlineData("2025-06-09", 50, 50)]
    public void Cold_formed_sections_paid_the_steel_duty_as_the_ledger_knew_them_before_it_learnt_the_articles(string date, decimal before, decimal now)
    {
        Assert.Equal(before, Layer(Ask(KnownAt("2026-12-04"), "CN", "7216.61.00.00", date), "Section 232 steel"));
        Assert.Equal(now, Layer(Ask(Now, "CN", "7216.61.00.00", date), "Section 232 steel"));
    }

    // The metals scopes the ledger corrected on 2026-12-05, after its first build of 2026-12-04: the castings and forgings of
    // 7616.99.51 among the 2018 aluminium articles; the aluminium derivatives of March 2025 by the lines of 9903.85.07, no
    // longer headings 7610-7616 whole; the derivatives of 2020; copper split from the annexes' steel and aluminium, with
    // 9903.78.01 ended by them; each tier's carve-outs. Each correction is an amendment or a record of that day: asked as
    // known before, the answer is the one the ledger gave then.
    [Theory]
    [InlineData("CN", "7616.99.51.60", "2025-02-04", 0, 10)] // castings: a 2018 aluminium article (9903.85.44)
    [InlineData("CN", "7613.00.00.00", "2025-06-09", 50, 0)] // gas containers: heading 7613 was whole; not a line of 9903.85.07
    [InlineData("CN", "7614.10.50.00", "2025-02-04", 0, 10)] // stranded wire: a derivative of 2020 (9903.85.03)
    [InlineData("CN", "7317.00.55.02", "2025-02-04", 0, 25)] // nails: a derivative of 2020 (9903.80.03)
    [InlineData("VN", "8544.42.20.00", "2026-05-01", 50, 25)] // copper wire: 9903.78.01 did not end for the ledger; now Annex I-B (9903.82.09)
    [InlineData("GB", "8544.42.20.00", "2026-05-01", 50, 25)]
    [InlineData("CN", "9403.99.90.45", "2026-04-06", 25, 0)] // Annex II names it more closely than Annex I-B's 9403.99
    public void Metals_scopes_answered_as_the_ledger_knew_them_before_it_learnt_the_corrections(string origin, string line, string date, decimal before, decimal now)
    {
        Assert.Equal(before, Layer(Ask(KnownAt("2026-12-04"), origin, line, date, 0), "Section 232"));
        Assert.Equal(now, Layer(Ask(Now, origin, line, date, 0), "Section 232"));
    }

    // Korea's 15% of 7 Aug 2025 (9903.02.56, EO 14326) was added to the column 1 rate; the Korea notice (FR 2025-21940, published
    // 4 Dec 2025) made it all-in (9903.02.79-.80) from 14 Nov 2025, and its timber, lumber and derivatives 15% all-in from that
    // day. Until 2026-12-06 the ledger had the reciprocal all-in from 7 Aug and the timber rate from publication: asked as
    // known before, the answer is the one it gave then.
    [Theory]
    [InlineData("6110.20.20.10", 16.5, "2025-10-15", "IEEPA reciprocal", 0, 15)] // sweaters at 16.5% MFN: + 15%, not topped up to 15%
    [InlineData("6110.20.20.10", 16.5, "2025-11-20", "IEEPA reciprocal", 0, 0)] // all-in from 14 Nov 2025
    [InlineData("9401.61.40.11", 0, "2025-11-20", "Section 232", 25, 15)] // upholstered wooden seats
    public void Korean_rates_follow_the_Korea_notice_and_its_retroactive_dates(string line, decimal mfn, string date, string basis, decimal before, decimal now)
    {
        Assert.Equal(before, Layer(Ask(KnownAt("2026-12-05"), "KR", line, date, mfn), basis));
        Assert.Equal(now, Layer(Ask(Now, "KR", line, date, mfn), basis));
    }

    // The auto parts list names heading 8707 whole and six of its eight statistical lines; its lines are followed: bodies for
    // agricultural tractors (8707.90.10.00) and for other vehicles (8707.90.50.90) are no auto parts. Until 2026-12-06 the
    // ledger charged them the auto parts duty: asked as known before, the answer is the one it gave then.
    [Theory]
    [InlineData("DE", "8707.90.10.00", "2025-06-09", 25, 0)]
    [InlineData("CN", "8707.90.50.90", "2025-06-09", 25, 0)]
    [InlineData("DE", "8707.10.00.20", "2025-06-09", 25, 25)] // bodies for passenger automobiles: on the list by line
    [InlineData("JP", "8707.90.50.60", "2025-06-09", 25, 25)] // bodies for the trucks of heading 8704
    public void Bodies_of_heading_8707_pay_the_auto_parts_duty_only_on_the_lines_the_list_names(string origin, string line, string date, decimal before, decimal now)
    {
        Assert.Equal(before, Layer(Ask(KnownAt("2026-12-05"), origin, line, date), "Section 232"));
        Assert.Equal(now, Layer(Ask(Now, origin, line, date), "Section 232"));
        if (now == 0 && origin != "CN")
        {
            Assert.Equal(10, Layer(Ask(Now, origin, line, date), "IEEPA reciprocal"));
        }
    }

    // Section 122's exemptions for USMCA goods of Canada and Mexico (9903.03.07-.08) and CAFTA-DR textiles and apparel
    // (9903.03.09) turn on a claim the importer declares: the layer is charged with the condition shown, as the fentanyl
    // duties' USMCA exemption is, in place of the bundled layer (one 10%, not two); other goods and partners keep it.
    [Theory]
    [InlineData("CA", "6109.10.00.12", "us-section-122-usmca", "USMCA")]
    [InlineData("MX", "9503.00.00.90", "us-section-122-usmca", "USMCA")]
    [InlineData("GT", "6109.10.00.12", "us-section-122-cafta-dr", "CAFTA-DR")]
    [InlineData("GT", "9503.00.00.90", "us-section-122", null)] // toys: not textiles
    [InlineData("DE", "6109.10.00.12", "us-section-122", null)]
    public void Section_122_shows_its_USMCA_and_CAFTA_DR_exemptions_as_conditions(string origin, string line, string measure, string? claim)
    {
        var answer = Ask(Now, origin, line, "2026-03-02");
        var layer = Assert.Single(answer.Layers, l => l.Measure.Basis == "Section 122");
        Assert.Equal(measure, layer.Measure.Id);
        Assert.Equal(10, layer.RatePercent);
        if (claim is null)
        {
            Assert.Null(layer.Measure.Condition);
        }
        else
        {
            Assert.Contains(claim, layer.Measure.Condition, StringComparison.Ordinal);
        }

        Assert.Equal(0, Layer(Ask(Now, origin, "7208.10.15.00", "2026-03-02"), "Section 122")); // Section 232 steel: none
    }

    // The CAFTA-DR textile exemption (9903.03.09) cites U.S. note 2(aa)(viii), which the revision files do not carry; the
    // CAFTA-DR Act defines a textile or apparel good by the Annex to the WTO Agreement on Textiles and Clothing (19 U.S.C.
    // 4002(5)), by HS subheading, not by chapter. So the chapters 50-63 the ledger takes for it are approximate, and an
    // answer on them says so, from the day the ledger learnt it (2026-12-06); as known before, it said exact.
    [Fact]
    public void The_CAFTA_DR_textile_scope_is_chapters_50_to_63_and_answers_say_it_is_approximate()
    {
        var now = Ask(Now, "GT", "6109.10.00.12", "2026-03-02");
        Assert.Equal(Coverage.Approximate, now.Coverage);
        Assert.Contains(now.Notes, n => n.StartsWith("us-section-122-cafta-dr: product scope approximate", StringComparison.Ordinal) && n.Contains("19 U.S.C. 4002(5)", StringComparison.Ordinal));
        Assert.Equal(Coverage.Exact, Ask(KnownAt("2026-12-05"), "GT", "6109.10.00.12", "2026-03-02").Coverage);
        // the same T-shirts of Germany pay the plain surcharge, whose scope is exact
        Assert.Equal(Coverage.Exact, Ask(Now, "DE", "6109.10.00.12", "2026-03-02").Coverage);
    }

    // Japan's 15% of 7 Aug 2025 (EO 14326) was added to the column 1 rate at entry until the notice implementing EO 14345
    // (FR 2025-17908, 16 Sep 2025) put the all-in rate in the schedule; EO 14345 made it all-in from 7 Aug 2025, so what was
    // deposited above the floor is refundable. Until 2026-12-06 the ledger had it all-in from the start, deposits included.
    [Theory]
    [InlineData("6109.10.00.12", 16.5, "2025-08-20", 0, 15, 0)] // T-shirts at 16.5% MFN: +15% deposited, nothing owed
    [InlineData("8414.51.00.00", 4.7, "2025-09-15", 10.3, 15, 10.3)] // fans at 4.7%: +15% deposited, 10.3 owed
    [InlineData("6109.10.00.12", 16.5, "2025-09-16", 0, 0, 0)] // entered once the notice was in the schedule
    [InlineData("6109.10.00.12", 16.5, "2025-08-06", 10, 10, 10)] // before EO 14326: the baseline
    public void Japans_deal_rate_was_deposited_on_top_of_MFN_until_the_notice_and_is_owed_all_in(string line, decimal mfn, string date, decimal before, decimal deposited, decimal owed)
    {
        var entry = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var atEntry = RepoData.Ledger.AsPublishedAt(new DateTimeOffset(entry.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero));
        var atEntryAsKnownBefore = RepoData.Ledger.AsPublishedAt(new DateTimeOffset(entry.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero), new DateTimeOffset(2026, 12, 5, 23, 59, 0, TimeSpan.Zero));
        Assert.Equal(before, Layer(Ask(atEntryAsKnownBefore, "JP", line, date, mfn), "IEEPA reciprocal"));
        Assert.Equal(before, Layer(Ask(KnownAt("2026-12-05"), "JP", line, date, mfn), "IEEPA reciprocal"));
        Assert.Equal(deposited, Layer(Ask(atEntry, "JP", line, date, mfn), "IEEPA reciprocal"));
        Assert.Equal(owed, Layer(Ask(Now, "JP", line, date, mfn), "IEEPA reciprocal"));
    }

    // The deals' wood headings (9903.76.20 the UK, .21 Japan, .22 the EU, .23 Korea, .24 Taiwan) name the goods of U.S. note
    // 37(d) and (f), upholstered furniture and kitchen cabinets, not the softwood lumber of (b): every partner's lumber pays
    // 9903.76.01's 10%. Until 2026-12-06 the ledger gave the deal partners' lumber their 15%, as the authority list does.
    [Theory]
    [InlineData("DE", "4407.11.00.01", "2025-10-20", 15, 10)]
    [InlineData("JP", "4407.11.00.01", "2026-03-02", 15, 10)]
    [InlineData("KR", "4407.11.00.01", "2025-12-20", 15, 10)]
    [InlineData("DE", "9401.61.40.11", "2025-10-20", 15, 15)] // upholstered wooden seats: the EU's heading 9903.76.22
    public void Softwood_lumber_of_the_deal_partners_pays_the_lumber_heading(string origin, string line, string date, decimal before, decimal now)
    {
        Assert.Equal(before, Layer(Ask(KnownAt("2026-12-05"), origin, line, date, 0), "Section 232"));
        Assert.Equal(now, Layer(Ask(Now, origin, line, date, 0), "Section 232"));
    }

    // India's farm-goods suspension was built when the ledger learnt that EO 14329 excepts Annex II as amended: as known
    // before, Indian coffee paid India's +25% after 13 Nov 2025.
    [Fact]
    public void Indias_farm_goods_suspension_is_known_from_the_day_the_ledger_built_it()
    {
        Assert.Equal(25, Layer(Ask(KnownAt("2026-12-04"), "IN", "0901.11.00.15", "2025-12-01", 0), "IEEPA (India)"));
        Assert.Equal(0, Layer(Ask(Now, "IN", "0901.11.00.15", "2025-12-01", 0), "IEEPA (India)"));
    }

    // Until 2026-12-05 the ledger left the deals' pharmaceuticals out of Annex II, had the fertilizers in it from April, and
    // exempted a deal's own lines from the start; it then learnt otherwise. The corrections are amendments recorded that
    // day: asked as known before, the answer is the one the ledger gave then.
    [Theory]
    [InlineData("VN", "3004.90.92.01", "2025-06-09", 10, 0)] // medicaments: Annex II for every partner
    [InlineData("CN", "3004.90.92.01", "2025-06-09", 10, 0)] // China's Annex II is a suspension of the bundled ledger, amended the same day
    [InlineData("VN", "3102.10.00.10", "2025-06-09", 0, 10)] // urea: Annex II only from 13 Nov 2025, with the farm goods
    [InlineData("VN", "3102.10.00.10", "2025-11-13", 0, 0)]
    [InlineData("DE", "3104.20.00.10", "2025-06-09", 0, 10)] // potash: the EU deal's own exemption, from 1 Sep 2025
    public void Annex_II_answered_as_the_ledger_knew_it_before_it_learnt_the_corrections(string origin, string line, string date, decimal before, decimal now)
    {
        Assert.Equal(before, Layer(Ask(KnownAt("2026-12-04"), origin, line, date, 0), "IEEPA reciprocal"));
        Assert.Equal(now, Layer(Ask(Now, origin, line, date, 0), "IEEPA reciprocal"));
    }

    [Theory]
    [InlineData("CN", 30)]
    [InlineData("HK", 30)]
    public void On_9_June_2025_the_IEEPA_layers_on_China_and_Hong_Kong_total_30_percent(string origin, decimal total)
    {
        var answer = Ask(KnownAt("2026-01-31"), origin, "9503.00.00.90", "2025-06-09");
        Assert.Equal(total, Layer(answer, "IEEPA"));
    }

    [Theory]
    [InlineData("CN", "8542.31.00.00")]
    [InlineData("CN", "8517.13.00.00")]
    [InlineData("VN", "8517.13.00.00")]
    [InlineData("DE", "8471.30.01.00")]
    public void Electronics_are_exempt_from_the_reciprocal_tariff(string origin, string line) =>
        Assert.Equal(0, Layer(Ask(Now, origin, line, "2025-06-09"), "IEEPA reciprocal"));

    // EO 14257's country rates (Annex I; 9903.01.43-.76) applied to goods entered from 12:01 a.m. EDT on 9 Apr 2025 in place
    // of the 10% baseline, until EO 14266 suspended them from 12:01 a.m. EDT on 10 Apr 2025. Until 2026-12-06 the ledger gave
    // the baseline on that day too: asked as known before, the answer is the one it gave then.
    [Theory]
    [InlineData("VN", "2025-04-09", 10, 46)]
    [InlineData("DE", "2025-04-09", 10, 20)] // the European Union
    [InlineData("JP", "2025-04-09", 10, 24)]
    [InlineData("IN", "2025-04-09", 10, 26)] // 9903.01.55 says 26%
    [InlineData("CH", "2025-04-09", 10, 31)]
    [InlineData("GB", "2025-04-09", 10, 10)] // not in Annex I: the baseline
    [InlineData("VN", "2025-04-08", 10, 10)]
    [InlineData("VN", "2025-04-10", 10, 10)] // suspended by EO 14266
    public void The_country_rates_of_EO_14257_applied_on_9_April_2025_only(string origin, string date, decimal before, decimal now)
    {
        Assert.Equal(before, Layer(Ask(KnownAt("2026-12-05"), origin, "6109.10.00.12", date), "IEEPA reciprocal"));
        var answer = Ask(Now, origin, "6109.10.00.12", date);
        Assert.Equal(now, Layer(answer, "IEEPA reciprocal"));
        // void by the ruling as the baseline is: what is refundable is the country rate alone, not both
        Assert.Equal(now, answer.RefundablePercent);
    }

    [Fact]
    public void Section_232_goods_and_electronics_pay_no_country_rate_on_9_April_2025()
    {
        Assert.Equal(0, Layer(Ask(Now, "JP", "8703.23.01.90", "2025-04-09"), "IEEPA reciprocal"));
        Assert.Equal(25, Layer(Ask(Now, "JP", "8703.23.01.90", "2025-04-09"), "Section 232"));
        Assert.Equal(0, Layer(Ask(Now, "VN", "8517.13.00.00", "2025-04-09"), "IEEPA reciprocal"));
        // before the memorandum of 11 April the smartphone paid the country rate
        var deposited = RepoData.Ledger.AsPublishedAt(new DateTimeOffset(2025, 4, 9, 23, 59, 0, TimeSpan.Zero));
        Assert.Equal(46, Layer(Ask(deposited, "VN", "8517.13.00.00", "2025-04-09"), "IEEPA reciprocal"));
    }

    [Fact]
    public void The_electronics_exemption_was_not_known_before_11_April_but_reaches_back_to_5_April()
    {
        Assert.Equal(10, Layer(Ask(KnownAt("2025-04-08"), "VN", "8517.13.00.00", "2025-04-07"), "IEEPA reciprocal"));
        Assert.Equal(0, Layer(Ask(KnownAt("2025-04-11"), "VN", "8517.13.00.00", "2025-04-07"), "IEEPA reciprocal"));
    }

    [Theory]
    [InlineData("VN", "6109.10.00.12", "2025-06-09", 10)]
    [InlineData("VN", "6109.10.00.12", "2025-09-01", 20)]
    [InlineData("CH", "9101.11.00.00", "2025-09-01", 39)]
    [InlineData("CH", "9101.11.00.00", "2025-12-01", 15)]
    [InlineData("BR", "6109.10.00.12", "2025-09-01", 50)] // 10% and the +40% order
    [InlineData("IN", "6109.10.00.12", "2025-08-20", 25)]
    [InlineData("IN", "6109.10.00.12", "2025-09-01", 50)] // 25% and the +25% order for Russian oil
    [InlineData("ZA", "6109.10.00.12", "2025-09-01", 30)]
    [InlineData("MO", "6109.10.00.12", "2025-04-10", 125)]
    [InlineData("CA", "6109.10.00.12", "2025-09-01", 0)]
    public void Every_partner_pays_its_own_reciprocal_rate(string origin, string line, string date, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(KnownAt("2026-01-31"), origin, line, date), "IEEPA ") - Layer(Ask(KnownAt("2026-01-31"), origin, line, date), "IEEPA fentanyl"));

    [Theory]
    [InlineData(0, 15)]
    [InlineData(16.5, 0)]
    [InlineData(12, 3)]
    public void The_EU_deal_floor_tops_the_MFN_rate_up_to_15_percent(decimal mfn, decimal reciprocal) =>
        Assert.Equal(reciprocal, Layer(Ask(KnownAt("2026-01-31"), "DE", "6109.10.00.12", "2025-09-01", mfn), "IEEPA reciprocal"));

    [Theory]
    [InlineData("CN", "6109.10.00.12", 10)]
    [InlineData("CN", "7208.10.15.00", 0)] // Section 232 goods
    [InlineData("DE", "0201.10.05.10", 0)] // Annex I of the proclamation
    public void The_Section_122_surcharge_has_its_exemptions(string origin, string line, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(Now, origin, line, "2026-03-02"), "Section 122"));
    [Theory]
    [InlineData(2.5, 12.5)]
    [InlineData(15, 0)]
    [InlineData(20, 0)]
    public void Annex_III_of_April_2026_tops_the_MFN_rate_up_to_15_percent(decimal mfn, decimal layer) =>
        Assert.Equal(layer, Layer(Ask(Now, "VN", "8479.89.95.99", "2026-05-01", mfn), "Section 232"));

    [Theory]
    [InlineData("RU", "7616.99.51.90", 200)] // aluminium derivatives of Russia keep 9903.85.68's 200%
    [InlineData("VN", "7616.99.51.90", 50)]
    [InlineData("RU", "8501.53.60.00", 25)] // a steel line of Annex I-B (U.S. note 16(c)(vii)): no aluminium surcharge
    [InlineData("RU", "8418.10.00.10", 200)] // U.S. note 16(c)(vi) lists 8418.10.00 among the derivative aluminium articles
    public void The_Russian_aluminium_surcharge_outlasts_the_April_2026_annexes(string origin, string line, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(Now, origin, line, "2026-05-01"), "Section 232"));

    // The semiconductors duty is a condition (9903.79.01 covers only the semiconductor articles of U.S. note 39(b)): if it
    // applies, no metals duty of the 2026 annexes comes on top (heading 8471 is in no annex: Annex I-B names it only in
    // other lines' descriptions).
    [Fact]
    public void Semiconductor_articles_under_Section_232_pay_no_metals_duty_on_top()
    {
        var answer = GoodsDuty.WithConditions(Now, default, Ask(Now, "VN", "8471.80.40.00", "2026-05-01"));
        var chips = Assert.Single(answer.ConditionalMeasures, c => c.Measure.Id == "us-232-semiconductors-if-covered").IfApplies;
        Assert.NotNull(chips);
        Assert.Equal(25, Layer(chips, "Section 232"));
        Assert.DoesNotContain(chips.Layers, l => l.Measure.Basis.StartsWith("Section 232 metals", StringComparison.Ordinal));
    }

    /// <summary>
    /// The headings that charge "upon the value of the ... content" (9903.81.91 steel, 9903.85.08 aluminium,
    /// 9903.78.01 copper) mark their layers on-content; chapter 76 derivatives (9903.85.07) and the April 2026
    /// annexes are charged on the full value.
    /// </summary>
    [Theory]
    [InlineData("VN", "9506.51.40.00", "2025-09-01", "aluminium")]
    [InlineData("VN", "8407.21.00.40", "2025-09-01", "steel")]
    [InlineData("CL", "7407.10.15.00", "2025-09-01", "copper")]
    [InlineData("VN", "7610.10.00.10", "2025-09-01", null)]
    [InlineData("CN", "7208.10.15.00", "2025-09-01", null)]
    [InlineData("VN", "7610.10.00.10", "2026-05-01", null)]
    public void Derivatives_are_charged_on_the_metal_content_where_their_heading_says_so(string origin, string line, string date, string? metal)
    {
        var metals = Ask(Now, origin, line, date).Layers.Where(l => l.Measure.Basis.StartsWith("Section 232", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(metals);
        Assert.Equal(metal, metals.Select(l => l.Measure.ContentMetal).Distinct().Single());
    }

    /// <summary>
    /// HTS 2026 Revision 5 drops the headings of the steel and aluminium articles (9903.80.01, 9903.81.87-.88, 9903.85.02-.03),
    /// the 2025 derivatives and copper (9903.78.01), keeping only Russia's aluminium (9903.85.67-.68): from 6 Apr 2026 a
    /// metals good pays one Section 232 metals layer, its annex's, citing the 9903.82 heading that charges it.
    /// </summary>
    [Theory]
    [InlineData("DE", "7208.10.15.00", "us-232-metals-annex-1a", "9903.82.02", 50)]
    [InlineData("GB", "7208.10.15.00", "us-232-metals-annex-1a-gb", "9903.82.04", 25)]
    [InlineData("DE", "7601.10.30.00", "us-232-metals-annex-1a", "9903.82.02", 50)]
    [InlineData("GB", "7606.12.30.91", "us-232-metals-annex-1a-gb", "9903.82.04", 25)]
    [InlineData("RU", "7601.10.30.00", "us-232-metals-annex-aluminium-ru", "9903.85.67", 200)]
    [InlineData("GB", "8302.41.60.80", "us-232-metals-annex-1b-gb", "9903.82.05", 15)]
    [InlineData("VN", "8544.42.20.00", "us-232-metals-annex-1b-copper", "9903.82.09", 25)]
    public void From_6_April_2026_a_metals_good_pays_one_Section_232_layer_under_its_annex_heading(string origin, string line, string id, string heading, decimal rate)
    {
        var answer = Ask(Now, origin, line, "2026-05-01");
        var metals = answer.Layers.Select(l => l.Measure).Concat(answer.Excluded.Select(e => e.Measure)).Where(m => m.StackingGroup == "section-232-metals").ToList();
        Assert.DoesNotContain(metals, m => !m.Id.StartsWith("us-232-metals-annex", StringComparison.Ordinal));
        var layer = Assert.Single(answer.Layers, l => l.Measure.StackingGroup == "section-232-metals");
        Assert.Equal((id, rate), (layer.Measure.Id, layer.RatePercent));
        Assert.Contains(heading, layer.Measure.LegalText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DE", "7208.10.15.00", "us-232-steel-eu")]
    [InlineData("GB", "7601.10.30.00", "us-232-aluminium-gb")]
    public void As_known_before_the_annexes_were_published_the_2018_articles_layer_still_answered(string origin, string line, string id) =>
        Assert.Contains(Ask(KnownAt("2026-04-06"), origin, line, "2026-05-01").Layers, l => l.Measure.Id == id);

    /// <summary>
    /// The UK deal's heading 9903.94.31 (+ 7.5% within the quota) names the UK's passenger vehicles only, where Japan's, the
    /// EU's and Korea's name passenger vehicles and light trucks: British light trucks stay under 9903.94.01 at 25%. As known
    /// before the ledger learnt it, the answer is the 10% all-in it gave then.
    /// </summary>
    [Theory]
    [InlineData("GB", "8704.41.00.00", 25, null, 25)]
    [InlineData("GB", "8703.23.01.90", 2.5, null, 7.5)]
    [InlineData("JP", "8704.41.00.00", 25, null, 0)]
    [InlineData("GB", "8704.41.00.00", 25, "2026-12-01", 0)]
    public void British_light_trucks_are_outside_the_UK_deals_vehicle_heading(string origin, string line, decimal mfn, string? knownAt, decimal rate) =>
        Assert.Equal(rate, Layer(Ask(knownAt is null ? Now : KnownAt(knownAt), origin, line, "2025-10-01", mfn), "Section 232 autos"));

    /// <summary>
    /// HTS 2026 Revision 10 adds 9903.82.20-.26, whose goods are named only by subdivisions of U.S. note 16 ((j), (k),
    /// (c)(xi)) that the revision files do not list and no line's footnote cites: the ledger lists them as gaps, not layers.
    /// </summary>
    [Fact]
    public void The_9903_82_headings_without_a_list_of_their_goods_are_listed_as_gaps()
    {
        var subjects = RepoData.Ledger.Gaps.Select(g => g.Subject).ToList();
        foreach (var heading in new[] { "9903.82.20", "9903.82.21", "9903.82.22", "9903.82.23", "9903.82.24", "9903.82.25", "9903.82.26" })
        {
            Assert.Contains(subjects, s => s.Contains($"heading {heading} (from HTS 2026 Revision 10", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(subjects, s => s.Contains("heading 9903.82.02 ", StringComparison.Ordinal));
    }

    /// <summary>The April 2026 annex layers carry 9903.82.03's exemption as the schedule words it: under 15% metal by weight, outside chapters 72-74 and 76.</summary>
    [Theory]
    [InlineData("VN", "8203.40.60.00")]
    [InlineData("GB", "8203.40.60.00")]
    [InlineData("DE", "7321.11.10.00")]
    public void The_2026_metals_annexes_exempt_goods_under_15_percent_metal_by_weight(string origin, string line)
    {
        var annex = Assert.Single(Ask(Now, origin, line, "2026-05-01").Layers, l => l.Measure.Id.StartsWith("us-232-metals-annex", StringComparison.Ordinal));
        var exemption = annex.Measure.MetalWeightExemption!;
        Assert.Equal((15m, "9903.82.03", "72,73,74,76"), (exemption.BelowPercent, exemption.Heading, string.Join(",", exemption.ExceptChapters)));
    }

    // Section 232 pharmaceuticals (proclamation published 9 Apr 2026, FR 2026-06956; in force from 29 Sep 2026):
    // 100%, the EU, Japan and Korea 15% all-in, the United Kingdom 10%. The collection holds no list of its goods and no
    // revision up to 2026 Revision 10 carries its Chapter 99 headings: a conditional layer on medicaments (3004),
    // named beside the answer with its rate, never added to the total unasked.
    [Theory]
    [InlineData("CN", "2026-10-01", 100)]
    [InlineData("IN", "2026-10-01", 100)]
    [InlineData("DE", "2026-10-01", 15)]
    [InlineData("JP", "2026-10-01", 15)]
    [InlineData("GB", "2026-10-01", 10)]
    [InlineData("DE", "2026-09-28", null)]
    public void Pharmaceuticals_pay_Section_232_from_29_September_2026_if_the_proclamation_covers_them(string origin, string date, int? rate)
    {
        var answer = Ask(Now, origin, "3004.90.92.01", date);
        var pharma = answer.ConditionalMeasures.Where(c => c.Measure.Id.StartsWith("us-232-pharmaceuticals", StringComparison.Ordinal)).ToList();
        Assert.Equal(rate is null ? 0 : 1, pharma.Count);
        Assert.DoesNotContain(answer.Layers, l => l.Measure.Id.StartsWith("us-232-pharmaceuticals", StringComparison.Ordinal));
        if (rate is { } expected)
        {
            // the rate the condition would collect, all-in rates shown whole when the base rate is not given
            Assert.Equal((decimal)expected, pharma[0].RatePercent);
        }
    }

    private static readonly string[] EuMembers =
        ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];

    [Fact]
    public void A_Section_232_layer_for_named_partners_names_every_one_of_them_in_its_id()
    {
        var named = RepoData.Ledger.Measures.Where(m => m.Id.StartsWith("us-232-", StringComparison.Ordinal) && !m.Targets.All).ToList();
        Assert.NotEmpty(named);
        foreach (var measure in named)
        {
            var segments = measure.Id.Split('-');
            var codes = measure.Targets.Include.Select(e => e.Code).ToList();
            var eu = EuMembers.All(codes.Contains);
            Assert.Equal(eu, segments.Contains("eu"));
            Assert.All(codes.Where(c => !eu || !EuMembers.Contains(c)), c => Assert.Contains(c.ToLowerInvariant(), segments));
        }
    }

    /// <summary>
    /// A reciprocal class's id says what its partners share: a deal's partners or a few by their codes, else the rates
    /// (the 10% baseline throughout, an Annex I rate of EO 14326 from 7 Aug 2025, or EO 14257's country rate of 9 Apr 2025);
    /// never the first partner's code for several. The ids of earlier builds stay resolvable, since a review record may name one.
    /// </summary>
    [Theory]
    [InlineData("us-reciprocal-baseline-10", "BR", "us-reciprocal-10-ad")]
    [InlineData("us-reciprocal-annex-i-20", "VN", "us-reciprocal-20-bd")]
    [InlineData("us-reciprocal-eu", "DE", "us-reciprocal-eu-at")]
    [InlineData("us-reciprocal-hk-mo", "MO", "us-reciprocal-10-hk")]
    [InlineData("us-232-auto-parts-ca-mx", "MX", "us-232-auto-parts-ca")]
    public void Reciprocal_and_Section_232_classes_are_named_for_what_they_cover_and_keep_their_former_ids(string id, string partner, string former)
    {
        var measure = RepoData.Ledger.FindMeasure(former);
        Assert.Equal(id, measure?.Id);
        Assert.Contains(measure!.Targets.Include, e => e.Code == partner);
        Assert.Contains(former, measure.FormerIds);
        foreach (var reciprocal in RepoData.Ledger.Measures.Where(m => m.Id.StartsWith("us-reciprocal-", StringComparison.Ordinal) && m.Basis == "IEEPA reciprocal"))
        {
            var codes = reciprocal.Targets.Include.Select(e => e.Code.ToLowerInvariant()).ToList();
            var named = reciprocal.Id.Contains("-baseline-", StringComparison.Ordinal) || reciprocal.Id.Contains("-annex-i-", StringComparison.Ordinal)
                || reciprocal.Id.Contains("-april-", StringComparison.Ordinal)
                || (reciprocal.Id == "us-reciprocal-eu" && codes.Count == EuMembers.Length)
                || codes.All(c => reciprocal.Id.Split('-').Contains(c));
            Assert.True(named, reciprocal.Id);
        }
    }

    // Proclamations 10896 and 10895 (FR 2025-02833, 2025-02832) ended the country arrangements on steel and aluminium
    // from 12 Mar 2025; the ledger does not model the quotas before then, and the answers say so.
    [Theory]
    [InlineData("AR", "7208.10.15.00", "absolute quota")]
    [InlineData("KR", "7208.10.15.00", "absolute quota")]
    [InlineData("DE", "7208.10.15.00", "tariff-rate quota")]
    [InlineData("JP", "7208.10.15.00", "tariff-rate quota")]
    [InlineData("UA", "7208.10.15.00", "suspended")]
    [InlineData("GB", "7606.12.30.91", "tariff-rate quota")]
    public void Metals_under_a_country_arrangement_before_12_March_2025_are_said_not_covered(string origin, string line, string arrangement)
    {
        var before = Ask(Now, origin, line, "2025-02-01");
        Assert.Equal(Coverage.Approximate, before.Coverage);
        Assert.Contains(before.Notes, n => n.Contains("Not covered: until 12 Mar 2025", StringComparison.Ordinal) && n.Contains(arrangement, StringComparison.Ordinal));
        Assert.True(Layer(before, "Section 232") > 0);

        var after = Ask(Now, origin, line, "2025-04-01");
        Assert.DoesNotContain(after.Notes, n => n.Contains("Not covered", StringComparison.Ordinal));
        Assert.Equal(Layer(before, "Section 232") == 10 ? 25 : Layer(before, "Section 232"), Layer(after, "Section 232"));
    }

    [Fact]
    public void Chinese_steel_before_12_March_2025_is_covered()
    {
        var answer = Ask(Now, "CN", "7208.10.15.00", "2025-02-01");
        Assert.DoesNotContain(answer.Notes, n => n.Contains("Not covered", StringComparison.Ordinal));
        Assert.Equal(25, Layer(answer, "Section 232 steel"));
    }
}
