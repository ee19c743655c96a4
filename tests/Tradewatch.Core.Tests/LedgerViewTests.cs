using Tradewatch.Core.Economies;
using Tradewatch.Core.Evaluation;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.Core.Time;

namespace Tradewatch.Core.Tests;

/// <summary>A small two-layer ledger built in code, asked at different record times.</summary>
public class LedgerViewTests
{
    private static readonly Economy Us = new("US");
    private static readonly Economy Cn = new("CN");
    private static readonly HsCode Magnet = HsCode.Parse("8505.11");

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static Provenance At(string day) => new(DateParsing.StartOfDay(D(day)), ["https://example.org/" + day]);

    private static Measure Tariff(string id, string recorded, ProductScope? scope = null, string? group = null) =>
        new(id, MeasureKind.Tariff, id, Us, new EconomyScope(false, [Cn], []), scope ?? ProductScope.AllGoods, [], id, null, group, null, At(recorded));

    private static RateEntry Rate(string id, string from, decimal? rate, string recorded, string? to = null) =>
        new(id, new DateRange(D(from), to is null ? null : D(to)), rate, At(recorded));

    private static TradeLedger Ledger() => TradeLedger.Empty.Append(
        new LedgerBatch
        {
            Measures = [Tariff("fentanyl", "2025-02-01"), Tariff("reciprocal", "2025-04-02")],
            Rates =
            [
                Rate("fentanyl", "2025-02-04", 10, "2025-02-01"),
                Rate("fentanyl", "2025-03-04", 20, "2025-03-03"),
                Rate("reciprocal", "2025-04-09", 34, "2025-04-02"),
                Rate("reciprocal", "2025-04-10", 125, "2025-04-09"),
                Rate("reciprocal", "2025-05-14", 34, "2025-05-12"),
            ],
            Suspensions = [new Suspension("truce", "reciprocal", "truce", new DateRange(D("2025-05-14"), D("2025-08-12")), 24, null, At("2025-05-12"))],
            SuspensionChanges = [new SuspensionChange("truce", D("2025-11-10"), At("2025-08-11"))],
            Voidings = [new Voiding("ruling", ["fentanyl", "reciprocal"], new DateRange(D("2025-02-01"), null), "court", At("2026-02-20"))],
        },
        expectedVersion: 0);

    private static decimal Total(string knownAt, string date) =>
        Ledger().AsKnownAt(DateParsing.EndOfDay(D(knownAt))).TotalAdditionalPercent(Us, Cn, Magnet, D(date));

    [Theory]
    [InlineData("2025-12-31", "2025-02-10", 10)]
    [InlineData("2025-12-31", "2025-03-10", 20)]
    [InlineData("2025-12-31", "2025-04-09", 54)]
    [InlineData("2025-12-31", "2025-04-10", 145)]
    [InlineData("2025-12-31", "2025-06-09", 30)]
    [InlineData("2025-12-31", "2025-09-01", 30)]
    [InlineData("2025-12-31", "2025-11-10", 54)]
    public void Total_sums_the_layers_in_force(string knownAt, string date, decimal expected) =>
        Assert.Equal(expected, Total(knownAt, date));

    [Theory]
    [InlineData("2025-04-08", "2025-04-10", 54)]
    [InlineData("2025-04-09", "2025-04-10", 145)]
    [InlineData("2025-03-01", "2025-03-10", 10)]
    [InlineData("2025-08-01", "2025-09-01", 54)]
    [InlineData("2025-08-11", "2025-09-01", 30)]
    public void Total_as_known_at_a_date_uses_only_what_was_recorded_by_then(string knownAt, string date, decimal expected) =>
        Assert.Equal(expected, Total(knownAt, date));

    [Fact]
    public void A_lapsed_suspension_returns_the_rate_to_its_level_before_the_suspension_not_to_the_peak()
    {
        var answer = Ledger().AsKnownAt(DateParsing.EndOfDay(D("2025-08-01"))).Duty(Us, Cn, Magnet, D("2025-08-12"));
        var reciprocal = Assert.Single(answer.Layers, l => l.Measure.Id == "reciprocal");
        Assert.Equal(34, reciprocal.RatePercent);
        Assert.Equal(LayerStatus.InForce, reciprocal.Status);
    }

    [Fact]
    public void A_partly_suspended_layer_shows_the_rate_in_force()
    {
        var answer = Ledger().AsKnownAt(DateParsing.EndOfDay(D("2025-12-31"))).Duty(Us, Cn, Magnet, D("2025-06-09"));
        var reciprocal = Assert.Single(answer.Layers, l => l.Measure.Id == "reciprocal");
        Assert.Equal((34m, 10m, LayerStatus.InForce), (reciprocal.ScheduledPercent, reciprocal.RatePercent, reciprocal.Status));
        Assert.Equal("truce", Assert.Single(reciprocal.Suspensions).Id);
    }

    [Fact]
    public void A_later_ruling_voids_past_layers_and_moves_them_to_refundable()
    {
        var answer = Ledger().AsKnownAt(DateParsing.EndOfDay(D("2026-03-01"))).Duty(Us, Cn, Magnet, D("2025-04-10"));
        Assert.All(answer.Layers, l => Assert.Equal(LayerStatus.Void, l.Status));
        Assert.Equal(0, answer.TotalAdditionalPercent);
        Assert.Equal(145, answer.RefundablePercent);
        Assert.All(answer.Layers, l => Assert.Contains("https://example.org/2026-02-20", l.Sources));
    }

    [Fact]
    public void The_same_question_before_the_ruling_shows_the_layers_in_force()
    {
        var answer = Ledger().AsKnownAt(DateParsing.EndOfDay(D("2026-02-19"))).Duty(Us, Cn, Magnet, D("2025-04-10"));
        Assert.All(answer.Layers, l => Assert.Equal(LayerStatus.InForce, l.Status));
        Assert.Equal(145, answer.TotalAdditionalPercent);
    }

    [Fact]
    public void Appending_never_changes_the_ledger_it_was_called_on()
    {
        var before = Ledger();
        var after = before.Append(new LedgerBatch { Rates = [Rate("fentanyl", "2025-11-10", 10, "2025-11-04")] }, before.Version);
        Assert.Equal(20, before.AsKnownAt(null).Duty(Us, Cn, Magnet, D("2025-11-15")).Layers.Single(l => l.Measure.Id == "fentanyl").RatePercent);
        Assert.Equal(10, after.AsKnownAt(DateParsing.EndOfDay(D("2025-12-31"))).Duty(Us, Cn, Magnet, D("2025-11-15")).Layers.Single(l => l.Measure.Id == "fentanyl").RatePercent);
        Assert.Equal(before.Version + 1, after.Version);
    }

    [Fact]
    public void Append_refuses_a_stale_expected_version() =>
        Assert.Throws<InvalidOperationException>(() => Ledger().Append(new LedgerBatch(), expectedVersion: 0));

    [Fact]
    public void Append_refuses_a_suspension_pointing_nowhere() =>
        Assert.Throws<BadDataException>(() => TradeLedger.Empty.Append(
            new LedgerBatch { Suspensions = [new Suspension("s", "missing", "s", new DateRange(D("2025-01-01"), null), null, null, At("2025-01-01"))] },
            0));

    /// <summary>
    /// A measure renamed keeps its former id: a record appended later that names it (a suspension accepted in review
    /// before the rename) acts on the renamed measure, and the former id finds it.
    /// </summary>
    [Fact]
    public void A_record_naming_a_former_id_acts_on_the_renamed_measure()
    {
        var renamed = TradeLedger.Empty.Append(
            new LedgerBatch
            {
                Measures = [Tariff("reciprocal-baseline", "2025-04-02") with { FormerIds = ["reciprocal-cn"] }],
                Rates = [Rate("reciprocal-baseline", "2025-04-05", 10, "2025-04-02")],
            },
            0);
        var reviewed = renamed.Append(
            new LedgerBatch { Suspensions = [new Suspension("review-7", "reciprocal-cn", "review", new DateRange(D("2025-06-01"), null), 4, null, At("2025-06-02"))] },
            renamed.Version);

        Assert.Equal("reciprocal-baseline", reviewed.FindMeasure("reciprocal-cn")?.Id);
        Assert.Equal("reciprocal-baseline", Assert.Single(reviewed.Suspensions).MeasureId);
        var view = reviewed.AsKnownAt(null);
        Assert.Equal("reciprocal-baseline", view.FindMeasure("reciprocal-cn")?.Id);
        Assert.Equal(10, view.TotalAdditionalPercent(Us, Cn, Magnet, D("2025-05-01")));
        Assert.Equal(6, view.TotalAdditionalPercent(Us, Cn, Magnet, D("2025-07-01")));
    }

    [Fact]
    public void A_former_id_never_names_two_measures()
    {
        var ledger = TradeLedger.Empty.Append(new LedgerBatch { Measures = [Tariff("a", "2025-01-01") with { FormerIds = ["old"] }] }, 0);
        Assert.Throws<BadDataException>(() => ledger.Append(new LedgerBatch { Measures = [Tariff("old", "2025-01-02")] }, ledger.Version));
        Assert.Throws<BadDataException>(() => ledger.Append(new LedgerBatch { Measures = [Tariff("b", "2025-01-02") with { FormerIds = ["old"] }] }, ledger.Version));
        Assert.Throws<BadDataException>(() => ledger.Append(new LedgerBatch { Measures = [Tariff("c", "2025-01-02") with { FormerIds = ["a"] }] }, ledger.Version));
    }

    [Fact]
    public void Most_specific_stacking_keeps_only_the_layer_that_names_the_product_best()
    {
        var ledger = TradeLedger.Empty.Append(
            new LedgerBatch
            {
                StackingRules = [new StackingRule("301", StackingMode.MostSpecific, null)],
                Measures =
                [
                    Tariff("list3", "2018-09-18", new ProductScope(true, [], [], null), "301"),
                    Tariff("ev", "2024-09-13", new ProductScope(false, [HsCode.Parse("8703.80")], [], null), "301"),
                ],
                Rates = [Rate("list3", "2019-05-10", 25, "2019-05-09"), Rate("ev", "2024-09-27", 100, "2024-09-13")],
            },
            0);
        var view = ledger.AsKnownAt(null);
        Assert.Equal(100, view.TotalAdditionalPercent(Us, Cn, HsCode.Parse("8703.80"), D("2025-01-01")));
        Assert.Equal(25, view.TotalAdditionalPercent(Us, Cn, HsCode.Parse("8703.80"), D("2024-09-26")));
        Assert.Equal(25, view.TotalAdditionalPercent(Us, Cn, HsCode.Parse("8703.23"), D("2025-01-01")));
        Assert.Equal("ev", Assert.Single(view.Duty(Us, Cn, HsCode.Parse("8703.80"), D("2025-01-01")).Layers).Measure.Id);
    }

    [Fact]
    public void A_group_that_excludes_another_takes_its_layers_out_on_the_goods_it_covers()
    {
        var ledger = TradeLedger.Empty.Append(
            new LedgerBatch
            {
                StackingRules = [new StackingRule("232", StackingMode.Highest, null, [new StackingExclusion("reciprocal")]), new StackingRule("reciprocal", StackingMode.Add, null)],
                Measures =
                [
                    Tariff("steel", "2025-02-18", new ProductScope(false, [HsCode.Parse("7208")], [], null), "232"),
                    Tariff("reciprocal", "2025-04-02", ProductScope.AllGoods, "reciprocal"),
                ],
                Rates = [Rate("steel", "2025-03-12", 25, "2025-02-18"), Rate("reciprocal", "2025-04-05", 10, "2025-04-02")],
            },
            0);
        var view = ledger.AsKnownAt(null);
        Assert.Equal(25, view.TotalAdditionalPercent(Us, Cn, HsCode.Parse("7208.10.15.00"), D("2025-06-09")));
        Assert.Equal(10, view.TotalAdditionalPercent(Us, Cn, HsCode.Parse("6109.10.00.12"), D("2025-06-09")));
        var answer = view.Duty(Us, Cn, HsCode.Parse("7208.10.15.00"), D("2025-06-09"));
        Assert.Equal("steel", Assert.Single(answer.Layers).Measure.Id);
        Assert.Equal(("reciprocal", "steel"), (Assert.Single(answer.Excluded).Measure.Id, answer.Excluded[0].By.Id));
    }

    /// <summary>
    /// An exclusion with a heading is an exemption (Section 232 goods: 9903.01.33 out of the reciprocal tariff, 9903.03.06 out
    /// of Section 122): the layer it takes out is in the answer, exempt at 0% under the heading and named for the measure whose
    /// rule it is. A layer another stands in for (an exclusion without a heading: the surcharge under a claim) is left out.
    /// </summary>
    [Fact]
    public void A_layer_a_rule_exempts_the_goods_from_is_shown_exempt_under_its_heading_and_one_stood_in_for_is_not()
    {
        static StackingExclusion Exempting(string group, string heading) => new(group) { Heading = heading, Note = $"the note of {heading}" };
        var ledger = TradeLedger.Empty.Append(
            new LedgerBatch
            {
                StackingRules =
                [
                    new StackingRule("232", StackingMode.Highest, null, [Exempting("reciprocal", "9903.01.33"), Exempting("surcharge", "9903.03.06"), Exempting("claimable", "9903.03.06")]),
                    new StackingRule("reciprocal", StackingMode.Add, null),
                    new StackingRule("surcharge", StackingMode.Add, null),
                    new StackingRule("claimable", StackingMode.Add, null, [new StackingExclusion("surcharge")]),
                ],
                Measures =
                [
                    Tariff("steel", "2025-02-18", new ProductScope(false, [HsCode.Parse("7208")], [], null), "232"),
                    Tariff("reciprocal", "2025-04-02", ProductScope.AllGoods, "reciprocal"),
                    Tariff("surcharge", "2026-02-20", ProductScope.AllGoods, "surcharge"),
                    Tariff("surcharge-claimable", "2026-02-20", ProductScope.AllGoods, "claimable"),
                ],
                Rates =
                [
                    Rate("steel", "2025-03-12", 25, "2025-02-18"), Rate("reciprocal", "2025-04-05", 10, "2025-04-02"),
                    Rate("surcharge", "2026-02-24", 10, "2026-02-20"), Rate("surcharge-claimable", "2026-02-24", 10, "2026-02-20"),
                ],
            },
            0);
        var view = ledger.AsKnownAt(null);
        var steel = view.Duty(Us, Cn, HsCode.Parse("7208.10.15.00"), D("2026-03-02"));
        Assert.Equal((25m, 25m), (steel.TotalAdditionalPercent, view.TotalAdditionalPercent(Us, Cn, HsCode.Parse("7208.10.15.00"), D("2026-03-02"))));
        Assert.Equal(
            [("steel", LayerStatus.InForce, 25m, (string?)null), ("reciprocal", LayerStatus.Exempt, 0m, "9903.01.33"), ("surcharge-claimable", LayerStatus.Exempt, 0m, "9903.03.06")],
            steel.Layers.Select(l => (l.Measure.Id, l.Status, l.RatePercent, l.Exemption?.Heading)));
        var exemption = steel.Layers[1].Exemption!;
        Assert.Equal(("steel", "Goods under steel", "the note of 9903.01.33", 10m), (exemption.Id, exemption.Title, exemption.Provenance.Note, steel.Layers[1].ScheduledPercent));
        Assert.Equal(["reciprocal", "surcharge", "surcharge-claimable"], steel.Excluded.Select(x => x.Measure.Id).Order(StringComparer.Ordinal));

        var shirt = view.Duty(Us, Cn, HsCode.Parse("6109.10.00.12"), D("2026-03-02"));
        Assert.Equal([("reciprocal", LayerStatus.InForce), ("surcharge-claimable", LayerStatus.InForce)], shirt.Layers.Select(l => (l.Measure.Id, l.Status)));
        Assert.Equal(20, shirt.TotalAdditionalPercent);
    }

    /// <summary>
    /// A layer that applies only if a condition holds (a part's use) is no layer of the answer; if it applies, it joins the
    /// stack under its group's rules, taking out the layer its group excludes, and the answer's scope limits include its own.
    /// </summary>
    [Fact]
    public void A_conditional_layer_if_it_applies_stacks_under_its_groups_rules_and_its_scope_feeds_the_coverage()
    {
        var ledger = TradeLedger.Empty.Append(
            new LedgerBatch
            {
                StackingRules = [new StackingRule("232", StackingMode.Highest, null, [new StackingExclusion("reciprocal")]), new StackingRule("reciprocal", StackingMode.Add, null)],
                Measures =
                [
                    Tariff("parts-if-vehicle-part", "2025-04-03", new ProductScope(false, [HsCode.Parse("8471")], [], null) { Approximate = true }, "232") with { Kind = MeasureKind.ConditionalTariff, Condition = "only as parts of vehicles" },
                    Tariff("reciprocal", "2025-04-02", ProductScope.AllGoods, "reciprocal"),
                ],
                Rates = [Rate("parts-if-vehicle-part", "2025-05-03", 25, "2025-04-03"), Rate("reciprocal", "2025-04-05", 10, "2025-04-02")],
            },
            0);
        var view = ledger.AsKnownAt(null);
        var answer = view.Duty(Us, Cn, HsCode.Parse("8471.30.01.00"), D("2025-06-09"));
        Assert.Equal(10, answer.TotalAdditionalPercent);
        var conditional = Assert.Single(answer.ConditionalMeasures);
        Assert.Equal(Coverage.Approximate, answer.Coverage);
        Assert.Contains(answer.Notes, n => n.StartsWith("parts-if-vehicle-part (only if it applies): product scope approximate", StringComparison.Ordinal));

        var ifApplies = view.IfApplies(answer, conditional.Measure);
        Assert.Equal(25, ifApplies.TotalAdditionalPercent);
        Assert.Equal("parts-if-vehicle-part", Assert.Single(ifApplies.Layers).Measure.Id);
        Assert.Equal(("reciprocal", "parts-if-vehicle-part"), (Assert.Single(ifApplies.Excluded).Measure.Id, ifApplies.Excluded[0].By.Id));
        Assert.Empty(ifApplies.ConditionalMeasures);
        Assert.Equal(25, Assert.Single(GoodsDuty.WithConditions(view, default, answer).ConditionalMeasures).IfApplies?.TotalAdditionalPercent);
    }

    /// <summary>
    /// A derivative charged on its metal content only: given the metal's value, the Section 232 layer falls on
    /// it and the rest of the value pays the layer the 232 group takes out; without it, the whole value pays 232.
    /// </summary>
    [Theory]
    [InlineData(null, 50, 500)]
    [InlineData(400.0, 50, 260)]
    [InlineData(1000.0, 50, 500)]
    [InlineData(0.0, 50, 100)]
    public void A_layer_on_the_metal_content_falls_on_the_metal_value_and_the_rest_pays_the_other_layers(double? metal, decimal rate, decimal duty)
    {
        var ledger = TradeLedger.Empty.Append(
            new LedgerBatch
            {
                StackingRules = [new StackingRule("232", StackingMode.Highest, null, [new StackingExclusion("reciprocal")]), new StackingRule("reciprocal", StackingMode.Add, null)],
                Measures =
                [
                    Tariff("racket-aluminium", "2025-02-18", new ProductScope(false, [HsCode.Parse("9506.51")], [], null), "232") with { ContentMetal = "aluminium" },
                    Tariff("reciprocal", "2025-04-02", ProductScope.AllGoods, "reciprocal"),
                ],
                Rates = [Rate("racket-aluminium", "2025-06-04", 50, "2025-06-04"), Rate("reciprocal", "2025-04-05", 10, "2025-04-02")],
            },
            0);
        var view = ledger.AsKnownAt(null);
        var answer = view.Duty(Us, Cn, HsCode.Parse("9506.51.40"), D("2025-09-01"));
        var split = metal is { } m ? view.WithMetalContent(answer, (decimal)m) : answer;
        Assert.Equal(rate, split.TotalAdditionalPercent);
        Assert.Equal(duty, split.DutyOn(1000));
        Assert.Equal(metal is null ? null : ["reciprocal"], split.Content?.Rest.Layers.Select(l => l.Measure.Id).ToList());
        Assert.Equal(duty / 10, split.AdditionalPercentOn(1000));
    }

    /// <summary>
    /// 9903.82.03 as data: goods whose metal is under 15% of their weight are outside the metals layer, except the
    /// articles of the chapters it names; the stack is then answered without it, so the layer it excluded applies.
    /// </summary>
    [Theory]
    [InlineData("8203.40.60", 10.0, 10)]
    [InlineData("8203.40.60", 14.99, 10)]
    [InlineData("8203.40.60", 15.0, 25)]
    [InlineData("7326.90.86", 10.0, 25)]
    public void Goods_whose_metal_is_under_the_exemptions_share_of_their_weight_leave_the_metals_layer(string line, double weight, decimal total)
    {
        var ledger = TradeLedger.Empty.Append(
            new LedgerBatch
            {
                StackingRules = [new StackingRule("232", StackingMode.Highest, null, [new StackingExclusion("surcharge")]), new StackingRule("surcharge", StackingMode.Add, null)],
                Measures =
                [
                    Tariff("annex", "2026-04-07", new ProductScope(false, [HsCode.Parse("8203"), HsCode.Parse("7326")], [], null), "232")
                        with { MetalWeightExemption = new MetalWeightExemption(15, "9903.82.03", ["72", "73", "74", "76"]) },
                    Tariff("surcharge", "2026-02-20", ProductScope.AllGoods, "surcharge"),
                ],
                Rates = [Rate("annex", "2026-04-06", 25, "2026-04-07"), Rate("surcharge", "2026-02-24", 10, "2026-02-20")],
            },
            0);
        var view = ledger.AsKnownAt(null);
        var answer = view.WithMetalWeight(view.Duty(Us, Cn, HsCode.Parse(line), D("2026-05-01")), (decimal)weight);
        Assert.Equal(total, answer.TotalAdditionalPercent);
        Assert.Equal(total == 10 ? ["annex"] : [], answer.ExemptByMetalWeight.Select(e => e.Measure.Id));
    }

    [Fact]
    public void A_metal_value_leaves_a_stack_without_a_layer_on_the_metal_content_unsplit()
    {
        var view = Ledger().AsKnownAt(null);
        var answer = view.Duty(Us, Cn, Magnet, D("2025-06-09"));
        Assert.Null(view.WithMetalContent(answer, 400).Content);
    }

    /// <summary>
    /// EO 14289's order as data: the fentanyl duty takes the metals duty out from 4 Mar to 3 Jun 2025,
    /// the metals duty the fentanyl duty from 4 Jun; recorded later than the undated rule it replaces.
    /// </summary>
    private static TradeLedger DatedExclusions() => TradeLedger.Empty.Append(
        new LedgerBatch
        {
            StackingRules =
            [
                new StackingRule("metals", StackingMode.Highest, null,
                [
                    new StackingExclusion("fentanyl"),
                    new StackingExclusion("fentanyl", new DateRange(D("2025-06-04"), null), DateParsing.StartOfDay(D("2026-12-04"))),
                ]),
                new StackingRule("fentanyl", StackingMode.Add, null,
                    [new StackingExclusion("metals", new DateRange(D("2025-03-04"), D("2025-06-04")), DateParsing.StartOfDay(D("2026-12-04")))]),
            ],
            Measures =
            [
                Tariff("steel", "2025-02-18", new ProductScope(false, [HsCode.Parse("7208")], [], null), "metals"),
                Tariff("fentanyl", "2025-02-01", ProductScope.AllGoods, "fentanyl"),
            ],
            Rates = [Rate("steel", "2025-03-12", 25, "2025-02-18"), Rate("steel", "2025-06-04", 50, "2025-06-03"), Rate("fentanyl", "2025-03-04", 35, "2025-03-03")],
        },
        0);

    [Theory]
    [InlineData("2025-03-11", null, 35)] // fentanyl duty in force, steel not yet
    [InlineData("2025-03-12", null, 35)] // EO 14289: the fentanyl duty in place of the metals duty
    [InlineData("2025-06-03", null, 35)]
    [InlineData("2025-06-04", null, 50)] // Proclamation 10947: the metals duty in place of the fentanyl duty
    [InlineData("2025-03-12", "2026-12-03", 25)] // as known before the correction: the undated metals rule
    [InlineData("2025-06-03", "2026-12-03", 25)]
    [InlineData("2025-06-04", "2026-12-03", 50)]
    [InlineData("2025-03-12", "2026-12-04", 35)]
    public void A_dated_exclusion_holds_only_on_its_days_and_from_the_day_it_was_recorded(string date, string? knownAt, decimal total)
    {
        var view = DatedExclusions().AsKnownAt(knownAt is null ? null : DateParsing.EndOfDay(D(knownAt)));
        var steel = HsCode.Parse("7208.10.15.00");
        Assert.Equal(total, view.TotalAdditionalPercent(Us, Cn, steel, D(date)));
        Assert.Equal(total, view.Duty(Us, Cn, steel, D(date)).TotalAdditionalPercent);
        Assert.Equal(35, view.TotalAdditionalPercent(Us, Cn, HsCode.Parse("6109.10.00.12"), D(date)));
    }

    [Fact]
    public void A_dated_exclusion_names_the_layer_that_took_another_out_that_day()
    {
        var view = DatedExclusions().AsKnownAt(null);
        var steel = HsCode.Parse("7208.10.15.00");
        var spring = view.Duty(Us, Cn, steel, D("2025-05-01"));
        Assert.Equal("fentanyl", Assert.Single(spring.Layers).Measure.Id);
        Assert.Equal(("steel", "fentanyl"), (Assert.Single(spring.Excluded).Measure.Id, spring.Excluded[0].By.Id));
        var summer = view.Duty(Us, Cn, steel, D("2025-07-01"));
        Assert.Equal("steel", Assert.Single(summer.Layers).Measure.Id);
        Assert.Equal(("fentanyl", "steel"), (Assert.Single(summer.Excluded).Measure.Id, summer.Excluded[0].By.Id));
    }

    [Theory]
    [InlineData("7208", Coverage.Approximate)] // the layer names 7208.10 only
    [InlineData("7208.10", Coverage.Exact)]
    [InlineData("7208.10.15.00", Coverage.Exact)]
    [InlineData("7308", Coverage.Approximate)] // all of 7308 but 7308.90
    [InlineData("7308.90", Coverage.Exact)] // not covered at all: no layer, nothing partial
    public void A_layer_covering_the_code_asked_only_in_part_makes_the_answer_approximate(string hs, Coverage coverage)
    {
        var primary = new Provenance(DateParsing.StartOfDay(D("2025-02-18")), ["https://www.federalregister.gov/d/2025-02833"]);
        var ledger = TradeLedger.Empty.Append(
            new LedgerBatch
            {
                Measures =
                [
                    Tariff("coils", "2025-02-18", new ProductScope(false, [HsCode.Parse("7208.10")], [], null)) with { Provenance = primary },
                    Tariff("structures", "2025-02-18", new ProductScope(false, [HsCode.Parse("7308")], [HsCode.Parse("7308.90")], null)) with { Provenance = primary },
                ],
                Rates = [Rate("coils", "2025-03-12", 25, "2025-02-18"), Rate("structures", "2025-03-12", 25, "2025-02-18")],
            },
            0);
        var answer = ledger.AsKnownAt(null).Duty(Us, Cn, HsCode.Parse(hs), D("2025-06-09"));
        Assert.Equal(coverage, answer.Coverage);
        Assert.Equal(coverage == Coverage.Approximate, answer.Notes.Any(n => n.Contains($"covers {hs} only in part", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(null, 15)]
    [InlineData(0.0, 15)]
    [InlineData(2.5, 12.5)]
    [InlineData(25.0, 0)]
    public void An_all_in_rate_tops_the_base_rate_up_to_it(double? basePercent, decimal collected)
    {
        var ledger = TradeLedger.Empty.Append(
            new LedgerBatch
            {
                Measures = [Tariff("floor", "2025-09-16", ProductScope.AllGoods, null)],
                Rates = [Rate("floor", "2025-09-16", 15, "2025-09-16") with { AllIn = true }],
            },
            0);
        var basis = basePercent is { } b ? (decimal)b : (decimal?)null;
        Assert.Equal(collected, ledger.AsKnownAt(null).TotalAdditionalPercent(Us, Cn, HsCode.Parse("8703.23.01"), D("2025-10-01"), basis));
        Assert.Equal(collected, ledger.AsKnownAt(null).Duty(Us, Cn, HsCode.Parse("8703.23.01"), D("2025-10-01"), basis).TotalAdditionalPercent);
    }

    [Fact]
    public void Timeline_steps_where_the_total_changes_and_says_what_changed()
    {
        var steps = Ledger().AsKnownAt(DateParsing.EndOfDay(D("2025-12-31"))).Timeline(Us, Cn, null, D("2025-01-01"), D("2025-12-31"));
        Assert.Equal(
            [("2025-01-01", 0m), ("2025-02-04", 10m), ("2025-03-04", 20m), ("2025-04-09", 54m), ("2025-04-10", 145m), ("2025-05-14", 30m), ("2025-11-10", 54m)],
            steps.Select(s => (s.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.TotalAdditionalPercent)).ToList());
        Assert.Contains("reciprocal 125% -> 10% (suspension begins)", steps[5].Changes);
    }

    [Fact]
    public void Changes_lists_what_starts_and_what_expires_in_a_window()
    {
        var events = Ledger().AsKnownAt(DateParsing.EndOfDay(D("2025-12-31"))).Changes(D("2025-11-01"), D("2025-11-30"));
        var expiry = Assert.Single(events);
        Assert.Equal((CalendarEventKind.SuspensionEnds, "truce", D("2025-11-10")), (expiry.Kind, expiry.Subject, expiry.Date));
    }

    [Fact]
    public void An_extended_end_is_told_as_an_extension_on_the_day_it_was_to_end()
    {
        var events = Ledger().AsKnownAt(DateParsing.EndOfDay(D("2025-12-31"))).Changes(D("2025-05-01"), D("2025-08-31"), D("2025-12-31"));
        var extension = Assert.Single(events, e => e.Subject == "truce" && e.Date == D("2025-08-12"));
        Assert.Equal(CalendarEventKind.SuspensionExtended, extension.Kind);
        Assert.Contains("extended to 2025-11-10 (recorded 2025-08-11)", extension.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(events, e => e.Text.Contains("unless extended", StringComparison.Ordinal) || e.Text.Contains("expired", StringComparison.Ordinal));
        var start = Assert.Single(events, e => e.Kind == CalendarEventKind.Suspended);
        Assert.EndsWith("until 2025-08-12, since extended to 2025-11-10", start.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_not_yet_recorded_is_not_told()
    {
        var events = Ledger().AsKnownAt(DateParsing.EndOfDay(D("2025-07-31"))).Changes(D("2025-05-01"), D("2025-08-31"), D("2025-07-31"));
        Assert.DoesNotContain(events, e => e.Kind == CalendarEventKind.SuspensionExtended);
        var expiry = Assert.Single(events, e => e.Kind == CalendarEventKind.SuspensionEnds);
        Assert.Equal((D("2025-08-12"), "truce expires unless extended"), (expiry.Date, expiry.Text));
    }

    [Theory]
    [InlineData("2025-11-01", "expires unless extended")]
    [InlineData("2025-11-10", "expires unless extended")]
    [InlineData("2025-11-11", "expired on 2025-11-10")]
    public void An_expiry_is_worded_by_whether_it_is_still_to_come(string today, string wording)
    {
        var view = Ledger().AsKnownAt(DateParsing.EndOfDay(D("2025-12-31")));
        var expiry = Assert.Single(view.Changes(D("2025-11-01"), D("2025-11-30"), D(today)));
        Assert.EndsWith(wording, expiry.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-12-31", "2025-02-03", "takes effect at 10%", "the surcharge reaches its limit")]
    [InlineData("2025-12-31", "2025-02-04", "takes effect at 10%", "the surcharge reaches its limit")]
    [InlineData("2025-12-31", "2025-02-05", "took effect at 10%", "the surcharge reaches its limit")]
    [InlineData("2025-12-31", "2026-12-05", "took effect at 10%", "the surcharge reaches its limit (this date has passed)")]
    // asked as known on 3 Feb 2025, the start and the deadline were still to come, whatever today is
    [InlineData("2025-02-03", "2026-12-05", "takes effect at 10%", "the surcharge reaches its limit")]
    public void Starts_and_deadlines_are_worded_by_their_date_against_the_day_the_answer_speaks_from(string knownAt, string today, string start, string deadline)
    {
        var bare = Ledger();
        var ledger = bare.Append(new LedgerBatch { Deadlines = [new Deadline("limit", D("2025-02-20"), "the surcharge reaches its limit", null, At("2025-02-01"))] }, bare.Version);
        var events = ledger.AsKnownAt(DateParsing.EndOfDay(D(knownAt))).Changes(D("2025-02-01"), D("2025-02-28"), D(today));

        Assert.Equal("fentanyl " + start, Assert.Single(events, e => e.Kind == CalendarEventKind.Starts).Text);
        Assert.Equal(deadline, Assert.Single(events, e => e.Kind == CalendarEventKind.Deadline).Text);
    }

    [Theory]
    [InlineData("2025-08-12", "truce", "truce ends (date passed: truce went on, to 2025-11-10)")]
    [InlineData("2025-11-10", "truce", "truce ends (date passed: truce ended on 2025-11-10)")]
    [InlineData("2025-03-01", "fentanyl", "truce ends (date passed: fentanyl stayed in force)")]
    [InlineData("2025-03-01", null, "truce ends (this date has passed)")]
    public void A_passed_deadline_says_what_became_of_the_record_it_is_about(string day, string? related, string wording)
    {
        var bare = Ledger();
        var ledger = bare.Append(new LedgerBatch { Deadlines = [new Deadline("end", D(day), "truce ends", related, At("2025-02-01"))] }, bare.Version);
        var events = ledger.AsKnownAt(DateParsing.EndOfDay(D("2025-12-31"))).Changes(D(day), D(day), D("2026-12-05"));

        Assert.Equal(wording, Assert.Single(events, e => e.Kind == CalendarEventKind.Deadline).Text);
    }

    [Fact]
    public void A_measure_that_ended_by_a_passed_deadline_is_told_as_ended()
    {
        var bare = Ledger();
        var ledger = bare.Append(
            new LedgerBatch
            {
                Rates = [Rate("fentanyl", "2025-06-01", null, "2025-05-20")],
                Deadlines = [new Deadline("limit", D("2025-06-01"), "the surcharge reaches its limit", "fentanyl", At("2025-02-01"))],
            },
            bare.Version);
        var events = ledger.AsKnownAt(DateParsing.EndOfDay(D("2025-12-31"))).Changes(D("2025-06-01"), D("2025-06-01"), D("2026-12-05"));

        Assert.Equal(
            "the surcharge reaches its limit (date passed: fentanyl ended on 2025-06-01)",
            Assert.Single(events, e => e.Kind == CalendarEventKind.Deadline).Text);
    }

    [Fact]
    public void A_scenario_about_a_measure_not_yet_recorded_says_so_in_words()
    {
        var bare = Ledger();
        var ledger = bare.Append(new LedgerBatch { Measures = [Tariff("surcharge", "2026-02-20") with { Title = "the surcharge" }] }, bare.Version);
        var scenario = new Scenario("ends-early", null, new LedgerBatch { Rates = [Rate("surcharge", "2026-07-01", 0, "2026-06-01")] });

        Assert.Null(scenario.NotApplicable(ledger, null));
        Assert.Null(scenario.NotApplicable(ledger, DateParsing.EndOfDay(D("2026-02-20"))));
        Assert.Equal(
            "it changes the surcharge (first recorded on 2026-02-20), which the ledger did not yet hold as known at 2025-06-30",
            scenario.NotApplicable(ledger, DateParsing.EndOfDay(D("2025-06-30"))));
    }
}
