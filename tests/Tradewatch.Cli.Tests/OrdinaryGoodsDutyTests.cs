using System.Text.Json;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// The whole duty on ordinary goods from several origins, as a broker would ask it: the MFN rate from
/// the schedule plus every layer, owed (as known now) and deposited (the law as published on the day of entry).
/// Each figure was worked out by hand from the sources named beside it, not read off the tool.
/// </summary>
public class OrdinaryGoodsDutyTests
{
    private static JsonElement Ask(string origin, string line, string date) =>
        CliRunner.Json("duty", "--importer", "US", "--origin", origin, "--hts", line, "--date", date);

    /// <summary>The text answer of a command that succeeds, with every run of white space as one space (the console wraps long lines).</summary>
    private static string Text(params string[] args)
    {
        var (exit, text, _) = CliRunner.Run(args);
        Assert.Equal(0, exit);
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
    }

    private static decimal Owed(JsonElement answer) => answer.GetProperty("totalPercent").GetDecimal();

    private static decimal Deposited(JsonElement answer) => answer.GetProperty("deposited").GetProperty("totalPercent").GetDecimal();

    private static IEnumerable<string> Layers(JsonElement answer) =>
        answer.GetProperty("layers").EnumerateArray().Where(l => l.GetProperty("ratePercent").GetDecimal() > 0).Select(l => l.GetProperty("measure").GetString()!);

    private static IEnumerable<string> Conditional(JsonElement answer) =>
        answer.GetProperty("conditional").EnumerateArray().Select(c => c.GetProperty("measure").GetString()!);

    // HTS 8471.30.01 general rate: Free. The reciprocal tariff does not apply to heading 8471 (memorandum of
    // 11 Apr 2025, HTS 9903.01.32, back to 5 Apr). The auto parts list of Proclamation 10908 (U.S. note 33(g),
    // 9903.94.05) names heading 8471 but covers only parts of passenger vehicles and light trucks: a laptop
    // pays it only if imported as such a part, a condition, not a layer.
    [Theory]
    [InlineData("DE", "2025-10-01")]
    [InlineData("JP", "2025-06-09")]
    [InlineData("TW", "2026-01-15")]
    public void A_laptop_pays_no_auto_parts_duty_unless_it_is_a_vehicle_part(string origin, string date)
    {
        var answer = Ask(origin, "8471.30.01.00", date);
        Assert.Equal(0, Owed(answer));
        Assert.Equal(0, Deposited(answer));
        Assert.DoesNotContain(Layers(answer), l => l.StartsWith("us-232", StringComparison.Ordinal));
        Assert.Contains(Conditional(answer), c => c.StartsWith("us-232-auto-parts-if-vehicle-part", StringComparison.Ordinal));
    }

    // A Japanese brake rotor (8708.30.50.30) on both vehicle parts lists pays the auto parts duty (15% all-in); as a part
    // of a medium or heavy-duty vehicle it would pay the truck parts duty instead, 25% (Proclamation 10984, 9903.74.08):
    // the condition shows that rate, in the JSON and in the text a broker reads.
    [Fact]
    public void A_conditional_layer_shows_the_rate_it_would_collect()
    {
        var truckParts = Ask("JP", "8708.30.50.30", "2025-12-01").GetProperty("conditional").EnumerateArray()
            .Single(c => c.GetProperty("measure").GetString() == "us-232-mhd-parts-if-mhd-part");
        Assert.Equal(25m, truckParts.GetProperty("ratePercent").GetDecimal());
        var (exit, text, _) = CliRunner.Run("duty", "--importer", "US", "--origin", "JP", "--hts", "8708.30.50.30", "--date", "2025-12-01");
        Assert.Equal(0, exit);
        Assert.Contains("Section 232 medium and heavy-duty vehicle parts at 25%", text.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    // A laptop of Viet Nam (8471.30.01.00, MFN Free) on 1 Dec 2025 pays no additional layer (heading 8471 is out of the
    // reciprocal tariff, 9903.01.32). Imported as a part of a passenger vehicle it pays the auto parts duty, 25%
    // (Proclamation 10908, 9903.94.05): the text gives that whole stack as its JSON does, 250.00 on 1000, the reciprocal layer
    // in it exempt at 0%.
    [Fact]
    public void A_conditional_layer_gives_the_total_if_it_applies_in_the_text_as_in_the_JSON()
    {
        var parts = CliRunner.Json("duty", "--importer", "US", "--origin", "VN", "--hts", "8471.30.01.00", "--date", "2025-12-01", "--value", "1000")
            .GetProperty("conditional").EnumerateArray().Single(c => c.GetProperty("measure").GetString() == "us-232-auto-parts-if-vehicle-part")
            .GetProperty("ifApplies");
        Assert.Equal(25m, parts.GetProperty("totalPercent").GetDecimal());
        Assert.Equal(250m, parts.GetProperty("totalDuty").GetDecimal());

        var flat = Text("duty", "--importer", "US", "--origin", "VN", "--hts", "8471.30.01.00", "--date", "2025-12-01", "--value", "1000");
        Assert.Contains("If it applies: total additional rate 25% instead of 0%; with the base rate 25% instead of 0%; total duty on 1000: 250.00 instead of 0.00 (us-reciprocal-annex-i-20 0% exempt, us-232-auto-parts-if-vehicle-part 25%)", flat, StringComparison.Ordinal);
    }

    // A laptop of Mexico (8471.30.01.00, MFN Free) entered on 9 Jun 2025, asked as known now: imported as a part of a
    // passenger vehicle it pays the auto parts duty, 25% (Proclamation 10908, 9903.94.05), unless it qualifies under the
    // USMCA and the claim is made. The text says both, and the deposit under each: the fentanyl duty of 25% deposited at
    // entry is void now (20 Feb 2026), while the auto parts duty deposited in its place by a vehicle part is still owed.
    [Fact]
    public void A_conditional_layer_gives_the_total_if_it_applies_and_is_claimed_and_its_deposit()
    {
        var flat = Text("duty", "--importer", "US", "--origin", "MX", "--hts", "8471.30.01.00", "--date", "2025-06-09", "--value", "1000");
        Assert.Contains("If it applies: total additional rate 25% instead of 0%", flat, StringComparison.Ordinal);
        Assert.Contains("If it applies and the USMCA claim is made: total additional rate 0% instead of 25%; with the base rate 0% instead of 25%; total duty on 1000: 0.00 instead of 250.00 (no additional layers); exempt on the claim: us-232-auto-parts-if-vehicle-part-ca-mx", flat, StringComparison.Ordinal);
        Assert.Contains("Deposited at entry on 2025-06-09 under the law then: 25% (0% if claimed at entry); owed as known now: 0% (difference on 1000: 250.00)", flat, StringComparison.Ordinal);
        Assert.Contains("Deposited at entry if it applies: 25% (0% if claimed at entry); owed as known now: 25% (difference on 1000: 0.00)", flat, StringComparison.Ordinal);
    }

    // T-shirts of Mexico under 6109.90 entered on 1 Apr 2025, asked as known now: the lines differ by their MFN rates, so
    // they are listed; the 25% fentanyl duty on Mexico (EO 14194 as amended, 9903.01.01) deposited at entry is void since
    // the Supreme Court's ruling of 20 Feb 2026, and USMCA-qualifying goods were exempt (9903.01.05). The text gives the
    // deposit as the JSON does, though it lists the lines.
    [Fact]
    public void Listed_lines_still_show_the_deposit_at_entry()
    {
        var deposited = CliRunner.Json("duty", "--importer", "US", "--origin", "MX", "--hs", "6109.90", "--date", "2025-04-01", "--value", "1000").GetProperty("deposited");
        Assert.Equal(25m, deposited.GetProperty("totalAdditionalPercent").GetDecimal());
        Assert.Equal(0m, deposited.GetProperty("ifClaimed").GetProperty("totalAdditionalPercent").GetDecimal());

        var flat = Text("duty", "--importer", "US", "--origin", "MX", "--hs", "6109.90", "--date", "2025-04-01", "--value", "1000");
        Assert.Contains("name one of them", flat, StringComparison.Ordinal);
        Assert.Contains("Deposited at entry on 2025-04-01 under the law then: 25% (0% if claimed at entry); owed as known now: 0% (difference on 1000: 250.00)", flat, StringComparison.Ordinal);
    }

    // Cotton T-shirts of Mexico (6109.10.00, MFN 16.5%) entered on 2 Mar 2026 pay the Section 122 surcharge of 10%
    // (FR Doc. 2026-03824, 9903.03.01) unless they qualify under the USMCA (9903.03.08), whose claim also earns the
    // line's special rate "S", Free: the text a broker reads names the condition and both totals, 26.5% and 0% (265.00
    // and 0.00 on 1000).
    [Fact]
    public void A_layer_exempt_on_a_usmca_claim_shows_the_total_with_the_claim()
    {
        var flat = Text("duty", "--importer", "US", "--origin", "MX", "--hts", "6109.10.00", "--date", "2026-03-02", "--value", "1000");
        Assert.Contains("Exempt if the goods qualify: us-section-122-usmca (goods of Canada and Mexico that qualify for preferential treatment", flat, StringComparison.Ordinal);
        Assert.Contains("with the base rate 0% instead of 26.5%; total duty on 1000: 0.00 instead of 265.00", flat, StringComparison.Ordinal);
    }

    // An aluminium derivative of Viet Nam (9506.51.40) on 1 Sep 2025 under 9903.85.08, whose 50% falls on the aluminium
    // content only (Proclamation 10947): asked without the metal's value, the text names the rule and what the rest of
    // the value would pay, Viet Nam's 20% (EO 14326), void as known now (Learning Resources v. Trump, 20 Feb 2026).
    [Fact]
    public void Without_the_metal_value_the_text_names_the_metal_content_rule()
    {
        var flat = Text("duty", "--importer", "US", "--origin", "VN", "--hts", "9506.51.40", "--date", "2025-09-01", "--value", "1000");
        Assert.Contains("Charged on the aluminium content only: us-232-aluminium-content; without --metal-value the whole value pays it", flat, StringComparison.Ordinal);
        Assert.Contains("the rest of the value pays 0% (us-reciprocal-annex-i-20 20% void)", flat, StringComparison.Ordinal);
    }

    // Smartphones 8517.13.00: MFN Free; exempt from the reciprocal tariff (the 11 Apr 2025 memorandum names
    // 8517.13.00); Viet Nam's 20% (EO 14326, 7 Aug 2025) does not reach them.
    [Fact]
    public void A_smartphone_from_Viet_Nam_pays_nothing() =>
        Assert.Equal(0, Deposited(Ask("VN", "8517.13.00.00", "2025-09-01")));

    // Section 301 as deposited follows the schedule's own lines, not the ledger's coarse lists: a plug-in hybrid
    // (8703.60.00, MFN 2.5%) paid the 2024 review's 100% (9903.91.03, from 27 Sep 2024), the fentanyl 20% and
    // Section 232 autos 25% (from 3 Apr 2025) on 9 Jun 2025: 147.5%, where the coarse lists gave List 3's 25%.
    [Fact]
    public void A_Chinese_plug_in_hybrid_deposited_the_2024_review_rate() =>
        Assert.Equal(147.5m, Deposited(Ask("CN", "8703.60.00.20", "2025-06-09")));

    // Chinese smartphones and laptops after the 11 Apr 2025 memorandum (retroactive to 5 Apr): an entry paid the
    // fentanyl duty (20% to 9 Nov 2025) and no reciprocal tariff. The ledger learnt the exemption for China late
    // (2026-12-04), so its answer as known then still holds the 10%; the deposit follows the law as published.
    [Theory]
    [InlineData("8517.13.00.00", "2025-06-09", 20)]
    [InlineData("8471.30.01.00", "2025-06-09", 20)]
    [InlineData("8471.30.01.00", "2025-11-20", 10)]
    public void Chinese_electronics_deposited_no_reciprocal_tariff_after_the_April_memorandum(string line, string date, decimal deposited)
    {
        var answer = Ask("CN", line, date);
        Assert.Equal(deposited, Deposited(answer));
        Assert.Equal(0, Owed(answer));
        var asLedgerKnewThen = CliRunner.Json("duty", "--importer", "US", "--origin", "CN", "--hts", line, "--date", date, "--known-at", date);
        Assert.Equal(deposited + 10, Owed(asLedgerKnewThen));
    }

    // The Section 122 surcharge (24 Feb 2026) exempts the lines of its Annex I, published with it on 20 Feb 2026:
    // integrated circuits 8542.31 entered on 2 Mar 2026 deposited nothing, from any partner.
    [Theory]
    [InlineData("SG")]
    [InlineData("DE")]
    public void Goods_exempt_from_Section_122_deposited_nothing(string origin) =>
        Assert.Equal(0, Deposited(Ask(origin, "8542.31.00.15", "2026-03-02")));

    // Flat-rolled steel 7208.10.15: MFN Free. Section 232 steel at 50% from 4 Jun 2025 (Proclamation 10947),
    // the UK at 25% (the same proclamation keeps it at 25%); no reciprocal tariff on Section 232 steel.
    [Theory]
    [InlineData("JP", "2025-07-01", 50)]
    [InlineData("GB", "2025-07-01", 25)]
    [InlineData("DE", "2025-05-01", 25)] // before the increase: 25% (Proclamation 10896, from 12 Mar 2025)
    public void Steel_pays_Section_232_and_nothing_else(string origin, string date, decimal total)
    {
        var answer = Ask(origin, "7208.10.15.00", date);
        Assert.Equal(total, Owed(answer));
        Assert.Equal(total, Deposited(answer));
    }

    // Cars 8703.23.01: MFN 2.5%. Section 232 autos 25% from 3 Apr 2025 (Proclamation 10908). The EU deal:
    // 15% all-in from 1 Aug 2025, published 25 Sep 2025 (FR 2025-18660), so an entry of 1 Sep 2025
    // deposited 27.5% and is owed 15%. Korea: 15% all-in from 1 Nov 2025, published 4 Dec 2025 (FR 2025-21940).
    [Theory]
    [InlineData("DE", "2025-06-09", 27.5, 27.5)]
    [InlineData("DE", "2025-09-01", 27.5, 15)]
    [InlineData("DE", "2025-10-01", 15, 15)]
    [InlineData("KR", "2025-10-01", 27.5, 27.5)]
    [InlineData("KR", "2025-11-15", 27.5, 15)]
    [InlineData("JP", "2025-10-01", 15, 15)] // 15% all-in from 16 Sep 2025 (FR 2025-17908)
    public void A_car_pays_Section_232_autos_with_the_deal_rates_from_their_own_dates(string origin, string date, decimal deposited, decimal owed)
    {
        var answer = Ask(origin, "8703.23.01.90", date);
        Assert.Equal(deposited, Deposited(answer));
        Assert.Equal(owed, Owed(answer));
    }

    // The same car asked by its subheading (8703.23), above the tariff lines that carry the MFN rate: every line
    // below is at 2.5%, so the all-in 15% tops that rate up just as for a line asked alone (12.5% + 2.5%).
    [Theory]
    [InlineData("JP", "2025-10-01", 15)]
    [InlineData("DE", "2025-10-01", 15)]
    [InlineData("DE", "2025-06-09", 27.5)]
    public void A_car_asked_by_its_subheading_pays_the_deal_rate_all_in(string origin, string date, decimal owed) =>
        Assert.Equal(owed, Owed(Ask(origin, "8703.23", date)));

    // French still wine 2204.21.50 pays a specific MFN rate, 6.3 cents a litre. The EU deal's 15% is all-in
    // (9903.02.20: 15% less the column 1 rate), so on 100 litres worth 1000 (6.30 of MFN duty, 0.63% of the value)
    // the reciprocal layer collects 14.37% and the entry 150.00 in all; without the quantity it shows 15%.
    [Fact]
    public void A_specific_MFN_rate_is_topped_up_to_an_all_in_rate_when_the_quantity_is_given()
    {
        var answer = CliRunner.Json("duty", "--importer", "US", "--origin", "FR", "--hts", "2204.21.50", "--date", "2025-09-01", "--value", "1000", "--quantity", "100", "--unit", "liter");
        var deposited = answer.GetProperty("deposited");
        Assert.Equal(14.37m, deposited.GetProperty("totalAdditionalPercent").GetDecimal());
        Assert.Equal(150m, deposited.GetProperty("totalDuty").GetDecimal());
        Assert.Equal(15m, Ask("FR", "2204.21.50", "2025-09-01").GetProperty("deposited").GetProperty("totalAdditionalPercent").GetDecimal());
    }

    // Canadian flat-rolled steel 7208.10.15 (MFN Free). On 1 Apr 2025 both the Section 232 steel duty (25%, from
    // 12 Mar 2025) and the fentanyl duty (25%) were collected. EO 14289 (published 2 May 2025, effective from
    // 4 Mar) put the fentanyl duty in place of the steel duty, so an entry of 15 May deposited 25%;
    // Proclamation 10947 (published 9 Jun 2025, effective 4 Jun) put the steel duty (50%) first.
    [Theory]
    [InlineData("2025-04-01", 50)]
    [InlineData("2025-05-15", 25)]
    [InlineData("2025-07-01", 50)]
    public void Canadian_steel_deposited_what_the_stacking_orders_published_by_then_said(string date, decimal deposited) =>
        Assert.Equal(deposited, Deposited(Ask("CA", "7208.10.15.00", date)));

    // Lithium-ion batteries 8507.60.00 (MFN 3.4%, List 4A 7.5%): U.S. note 31(b) puts the electric-vehicle
    // batteries (8507.60.00.10) under 9903.91.01, 25% from 27 Sep 2024 (89 FR 76581); the others stay on
    // List 4A until 9903.91.06 (1 Jan 2026). Asked at 8 digits, the lines answer differently and are listed.
    [Fact]
    public void Electric_vehicle_batteries_pay_the_2024_review_rate_from_September_2024()
    {
        Assert.Contains("us-301-review-01", Layers(Ask("CN", "8507.60.00.10", "2025-06-09")));
        var other = Layers(Ask("CN", "8507.60.00.20", "2025-06-09")).ToList();
        Assert.DoesNotContain("us-301-review-01", other);
        Assert.Contains("us-301-list4a-lines", other);
        var heading = Ask("CN", "8507.60", "2025-06-09");
        Assert.True(heading.GetProperty("ambiguous").GetBoolean());
    }

    // Upholstered wooden seats 9401.61.40: MFN Free. Section 232 upholstered wooden furniture 25% from
    // 14 Oct 2025 (Proclamation 10976, 9903.76.02), in place of the reciprocal tariff (Viet Nam 20%).
    [Fact]
    public void Upholstered_wooden_seats_from_Viet_Nam_pay_Section_232_furniture_instead_of_the_reciprocal_tariff()
    {
        Assert.Equal(25, Owed(Ask("VN", "9401.61.40.11", "2025-11-01")));
        Assert.Equal(20, Deposited(Ask("VN", "9401.61.40.11", "2025-09-01")));
    }

    // Wooden bedroom furniture 9403.50.90: MFN Free, not under Section 232 (only upholstered seats,
    // cabinets and vanities are). Canada: IEEPA fentanyl 35% from 1 Aug 2025 (EO 14325); all IEEPA duties
    // were held unlawful on 20 Feb 2026, so nothing is owed now.
    [Theory]
    [InlineData("VN", "2025-09-01", 20)]
    [InlineData("CA", "2025-09-01", 35)]
    [InlineData("CA", "2025-03-10", 25)]
    public void Wooden_furniture_deposited_the_IEEPA_rates_and_owes_nothing(string origin, string date, decimal deposited)
    {
        var answer = Ask(origin, "9403.50.90.80", date);
        Assert.Equal(deposited, Deposited(answer));
        Assert.Equal(0, Owed(answer));
    }

    // Cotton T-shirts 6109.10.00: MFN 16.5%. Bangladesh 20% (EO 14326); India 25% plus 25% for Russian oil
    // from 27 Aug 2025 (EO 14329); China: fentanyl 20%, reciprocal 10% (from 14 May 2025) and Section 301
    // List 4A 7.5% (9903.88.15), which stays owed.
    [Theory]
    [InlineData("BD", "2025-09-01", 36.5, 16.5)]
    [InlineData("IN", "2025-09-01", 66.5, 16.5)]
    [InlineData("IN", "2025-08-20", 41.5, 16.5)]
    [InlineData("CN", "2025-06-09", 54, 24)]
    public void Cotton_T_shirts_pay_the_MFN_rate_and_their_origin_layers(string origin, string date, decimal deposited, decimal owed)
    {
        var answer = Ask(origin, "6109.10.00.12", date);
        Assert.Equal(deposited, Deposited(answer));
        Assert.Equal(owed, Owed(answer));
    }

    // Toys 9503.00.00: MFN Free; on List 4B, never imposed, so no Section 301 duty. China on 9 Jun 2025:
    // fentanyl 20% and reciprocal 10%; Viet Nam the 10% baseline until 7 Aug 2025.
    [Theory]
    [InlineData("CN", 30)]
    [InlineData("VN", 10)]
    public void Toys_deposited_the_IEEPA_rates(string origin, decimal deposited)
    {
        var answer = Ask(origin, "9503.00.00.90", "2025-06-09");
        Assert.Equal(deposited, Deposited(answer));
        Assert.Equal(0, Owed(answer));
    }

    // Tennis rackets 9506.51.40: MFN 3.9%. An aluminium derivative under 9903.85.08, whose duty (50% from 4 Jun 2025,
    // Proclamation 10947) falls "upon the value of the aluminum content"; the rest of the value pays the reciprocal
    // tariff (Viet Nam 20% from 7 Aug 2025, EO 14326), void since the February 2026 ruling. On 1,000 with 400 of
    // aluminium: 39 MFN + 200 Section 232, plus 120 reciprocal deposited at entry; without the metal value the
    // whole 1,000 pays Section 232.
    [Theory]
    [InlineData(null, 539, 539)]
    [InlineData("400", 239, 359)]
    [InlineData("0", 39, 239)]
    public void An_aluminium_derivative_pays_Section_232_on_its_aluminium_content_and_the_rest_pays_the_other_layers(string? metal, decimal owed, decimal deposited)
    {
        string[] args = ["duty", "--importer", "US", "--origin", "VN", "--hts", "9506.51.40.00", "--date", "2025-09-01", "--value", "1000"];
        var answer = CliRunner.Json(metal is null ? args : [.. args, "--metal-value", metal]);
        Assert.Equal(owed, answer.GetProperty("totalDuty").GetDecimal());
        Assert.Equal(deposited, answer.GetProperty("deposited").GetProperty("totalDuty").GetDecimal());
        // without the metal's value the rule is still shown: what the rest of the value would pay (Viet Nam's 20%, EO 14326)
        var content = answer.GetProperty("metalContent");
        Assert.Equal(["us-reciprocal-annex-i-20"], content.GetProperty("otherLayers").EnumerateArray().Select(l => l.GetProperty("measure").GetString()));
        Assert.Equal(metal is null, content.GetProperty("metalValue").ValueKind == JsonValueKind.Null);
        if (metal is not null)
        {
            Assert.Equal(1000 - decimal.Parse(metal, System.Globalization.CultureInfo.InvariantCulture), content.GetProperty("otherValue").GetDecimal());
        }
    }

    // A layer the Supreme Court voided names the ruling, not the ledger's id for it, in the table and in JSON.
    [Fact]
    public void A_void_layer_names_the_ruling_that_voided_it()
    {
        string[] args = ["duty", "--importer", "US", "--origin", "IN", "--hts", "6109.10.00", "--date", "2025-09-01"];
        var (exit, output, _) = CliRunner.Run(args);
        Assert.Equal(0, exit);
        Assert.Contains("by Learning Resources, Inc. v. Trump", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(scotus-", output, StringComparison.Ordinal);
        var layer = CliRunner.Json(args).GetProperty("layers").EnumerateArray().First();
        Assert.StartsWith("scotus-ieepa-2026", layer.GetProperty("voidedBy").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Learning Resources, Inc. v. Trump", layer.GetProperty("voidBasis").GetString(), StringComparison.Ordinal);
    }

    // T-shirts carry no layer on a metal content: the metal value changes nothing, and the answer says so.
    [Fact]
    public void A_metal_value_on_goods_without_a_metal_content_layer_changes_nothing()
    {
        var (exit, output, _) = CliRunner.Run("duty", "--importer", "US", "--origin", "BD", "--hts", "6109.10.00.12", "--date", "2025-09-01", "--value", "1000", "--metal-value", "10");
        Assert.Equal(0, exit);
        Assert.Contains("The metal value changes nothing here", output, StringComparison.Ordinal);
        Assert.Contains("Deposited at entry on 2025-09-01 under the law then: 36.5%; owed as known now: 16.5% (difference on 1000: 200.00)", output, StringComparison.Ordinal);
    }

    // Pipe-cutters 8203.40.60: MFN 3.3%, Annex I-B of the April 2026 metals proclamation (25%, in force 6 Apr 2026).
    // 9903.82.03 exempts articles whose metal is under 15% of their weight, outside chapters 72, 73, 74 and 76;
    // exempt, they are no Section 232 goods and pay the Section 122 surcharge (10%, from 24 Feb 2026) instead.
    // Articles of chapter 73 (gas cooking appliances of iron or steel 7321.11.10, MFN 5.7%) are never exempt by weight.
    [Theory]
    [InlineData("7321.11.10", "10", 30.7)]
    [InlineData("8203.40.60.00", null, 28.3)]
    [InlineData("8203.40.60.00", "10", 13.3)]
    [InlineData("8203.40.60.00", "15", 28.3)]
    public void Goods_whose_metal_is_under_15_percent_of_their_weight_pay_no_2026_metals_duty(string line, string? weight, decimal owed)
    {
        string[] args = ["duty", "--importer", "US", "--origin", "VN", "--hts", line, "--date", "2026-05-01"];
        var answer = CliRunner.Json(weight is null ? args : [.. args, "--metal-weight", weight]);
        Assert.Equal(owed, Owed(answer));
        var exempt = answer.GetProperty("exemptByMetalWeight").EnumerateArray().Select(e => e.GetProperty("heading").GetString()).ToList();
        Assert.Equal(owed < 20 ? ["9903.82.03"] : [], exempt);
    }
    // 9903.82.01 (HTS 2026 Revision 7, published 29 Apr 2026, in force back to 6 Apr) takes goods with no aluminium,
    // steel or copper at all out of the April 2026 metals annexes, in every chapter: gas cooking appliances 7321.11.10
    // (MFN 5.7%, Annex I-B 25%) declared without metal pay the Section 122 10% instead, 15.7%. As known before the
    // revision, the chapter 73 line had no such exemption: 30.7%, which is what an entry of 10 Apr 2026 deposited.
    [Theory]
    [InlineData("2026-05-01", null, 15.7)]
    [InlineData("2026-05-01", "2026-04-20", 30.7)]
    [InlineData("2026-04-10", null, 15.7)]
    public void Goods_without_any_metal_pay_no_2026_metals_duty_from_when_the_schedule_said_so(string date, string? knownAt, decimal owed)
    {
        string[] args = ["duty", "--importer", "US", "--origin", "VN", "--hts", "7321.11.10", "--date", date, "--metal-weight", "0"];
        var answer = CliRunner.Json(knownAt is null ? args : [.. args, "--known-at", knownAt]);
        Assert.Equal(owed, Owed(answer));
        var exempt = answer.GetProperty("exemptByMetalWeight").EnumerateArray().Select(e => e.GetProperty("heading").GetString()).ToList();
        Assert.Equal(owed < 20 ? ["9903.82.01"] : [], exempt);
        if (date == "2026-04-10")
        {
            Assert.Equal(30.7m, Deposited(answer));
        }
    }

    // A question above the lines lists each line with the goods' metal options applied to it, as if asked alone.
    // Under 8203.40 on 1 May 2026 from Viet Nam: 8203.40.30 (MFN 6%) is on no annex and pays the Section 122 10%;
    // 8203.40.60 (MFN 3.3%) is on Annex I-B (25%) unless its metal is under 15% of its weight (9903.82.03), and
    // then pays the Section 122 10% instead.
    [Theory]
    [InlineData(null, 28.3)]
    [InlineData("10", 13.3)]
    public void Lines_listed_under_a_subheading_answer_with_the_metal_weight(string? weight, decimal pipeCutters)
    {
        string[] args = ["duty", "--importer", "US", "--origin", "VN", "--hts", "8203.40", "--date", "2026-05-01"];
        var lines = LinesOf(CliRunner.Json(weight is null ? args : [.. args, "--metal-weight", weight]));
        Assert.Equal(16m, lines["8203.40.30.00"].GetProperty("totalPercent").GetDecimal());
        Assert.Equal(pipeCutters, lines["8203.40.60.00"].GetProperty("totalPercent").GetDecimal());
    }

    // Under 9506.51 on 1 Sep 2025 from Viet Nam, 1,000 with 400 of aluminium: the unstrung rackets (9506.51.40, MFN 3.9%)
    // and the parts (9506.51.60, MFN 3.1%) are aluminium derivatives under 9903.85.08 (50% on the aluminium content):
    // 39 + 200 and 31 + 200. Strung rackets (9506.51.20, MFN 5.3%) are no derivative: 53, the reciprocal 20% void.
    [Fact]
    public void Lines_listed_under_a_subheading_answer_with_the_metal_value()
    {
        var lines = LinesOf(CliRunner.Json("duty", "--importer", "US", "--origin", "VN", "--hts", "9506.51", "--date", "2025-09-01", "--value", "1000", "--metal-value", "400"));
        Assert.Equal(239m, lines["9506.51.40.00"].GetProperty("totalDuty").GetDecimal());
        Assert.Equal(231m, lines["9506.51.60.00"].GetProperty("totalDuty").GetDecimal());
        Assert.Equal(23.1m, lines["9506.51.60.00"].GetProperty("totalPercent").GetDecimal());
        Assert.Equal(53m, lines["9506.51.20.00"].GetProperty("totalDuty").GetDecimal());
    }

    private static Dictionary<string, JsonElement> LinesOf(JsonElement answer) =>
        answer.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("hts").GetString()!, l => l);
}
