using System.Text.Json.Nodes;
using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests.Claims;

public class ClaimConsolidatorTests
{
    private static readonly DateOnly Monday = new(2025, 6, 9);

    private static ConsolidationResult Run(IReadOnlyList<IReadOnlyList<string>>? duplicates = null, params (string Id, string Text, string Outlet)[] docs)
    {
        var extracted = docs.Select(d => ClaimExtractor.Extract(new ClaimDocument(d.Id, d.Text, Monday, d.Outlet))).ToList();
        return ClaimConsolidator.Consolidate(extracted, [docs.Select(d => d.Id).ToList()], duplicates ?? []);
    }

    [Fact]
    public void Equal_claims_merge_with_every_source_and_copies_count_once()
    {
        var result = Run([["a", "b"]],
            ("a", "Japan is charging a 25% tariff on Korean goods.", "Daily A"),
            ("b", "Japan is charging a 25% tariff on Korean goods.", "Daily B"),
            ("c", "Tokyo is charging a 25 percent tariff on Korean goods.", "Daily C"));
        var tariff = Assert.Single(result.Claims, c => c.Facts is TariffFacts);
        Assert.Equal(3, tariff.Sources.Count);
        Assert.Equal(2, tariff.Corroboration);
    }

    [Theory]
    [InlineData("Some 75% of Canada's exports go to the United States, the trade minister said.", 2)]
    [InlineData("Some 75% of Mexico's exports go to the United States, the trade minister said.", 1)]
    public void Equal_shares_of_different_economies_exports_stay_apart(string other, int figures)
    {
        var result = Run(null, ("a", "About three-quarters of Mexico's exports go to the United States, officials said.", "A"), ("b", other, "B"));
        Assert.Equal(figures, result.Claims.Count(c => c.Facts is FigureFacts { Value: 75 }));
    }

    [Fact]
    public void A_rate_merged_from_reports_naming_the_goods_and_not_names_them_in_either_order()
    {
        const string Named = "Japan is charging a 25% tariff on Korean steel.";
        const string Unnamed = "Japan is charging a 25% tariff on Korea.";
        foreach (var (first, second) in new[] { (Named, Unnamed), (Unnamed, Named) })
        {
            var result = Run(null, ("a", first, "A"), ("b", second, "B"));
            var tariff = (TariffFacts)Assert.Single(result.Claims, c => c.Facts is TariffFacts).Facts;
            Assert.Equal("steel", tariff.Products);
        }
    }

    [Theory]
    [InlineData("Japan is charging a 25% tariff on Korean automobiles.", 1)]
    [InlineData("Japan is charging a 25% tariff on Korean car imports.", 1)]
    [InlineData("Japan is charging a 25% tariff on Korean steel.", 2)]
    public void A_rate_on_goods_named_in_other_words_of_one_class_is_one_claim(string other, int count)
    {
        var result = Run(null, ("a", "Japan is charging a 25% tariff on Korean cars.", "A"), ("b", other, "B"));
        Assert.Equal(count, result.Claims.Count(c => c.Facts is TariffFacts));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(1, 3)]
    public void A_rate_that_fits_several_statements_of_it_joins_the_one_most_reports_state(int steelReports, int claims)
    {
        var docs = Enumerable.Range(0, steelReports).Select(i => ("s" + i, "Japan is charging a 25% tariff on Korean steel.", "S" + i))
            .Append(("t", "Japan is charging a 25% tariff on Korean aluminium.", "T"))
            .Append(("u", "Japan is charging a 25% tariff on Korea.", "U"))
            .ToArray();
        var result = Run(null, docs);
        Assert.Equal(claims, result.Claims.Count(c => c.Facts is TariffFacts));
        var plain = Assert.Single(result.Claims, c => c.Sources.Any(s => s.Document == "u"));
        Assert.Equal(claims == 2 ? "steel" : "all", ((TariffFacts)plain.Facts).Products);
    }

    [Fact]
    public void Different_rates_for_one_pair_from_different_reports_conflict()
    {
        var result = Run(null,
            ("a", "Japan is charging a 25% tariff on Korean goods.", "A"),
            ("b", "Japan is charging a 35% tariff on Korean goods.", "B"));
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(DiscrepancyType.NumericMismatch, conflict.Type);
        Assert.Equal("tariff", conflict.Kind);
        Assert.Contains("25", conflict.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-04", "2025-06-09", false)]
    [InlineData("2025-06", "2025-06-09", true)]
    [InlineData(null, "2025-06-09", true)]
    public void A_dated_rate_conflicts_with_an_undated_one_only_when_the_undated_report_falls_in_its_period(string? asOf, string published, bool conflict)
    {
        static DocumentClaims Doc(string id, DateOnly published, decimal rate, string? asOf) => new(
            new ClaimDocument(id, "a sentence that states a rate", published, id),
            [new ExtractedClaim(new TariffFacts("JP", "KR", rate, ClaimDate.TryParse(asOf, out var d) ? d : null, "announced", "all"), new ClaimSpan(0, 10))],
            []);
        var result = ClaimConsolidator.Consolidate(
            [Doc("a", new DateOnly(2025, 4, 10), 90m, asOf), Doc("b", DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), 35m, null)],
            [["a", "b"]],
            []);
        Assert.Equal(conflict ? 1 : 0, result.Conflicts.Count);
    }

    [Fact]
    public void A_page_printing_two_dates_conflicts_even_when_the_cleaner_removed_the_datelines()
    {
        var document = new ClaimDocument("page", "Japan is charging a 25% tariff on Korean goods.", Monday, "A")
        {
            RemovedDatelines = [new DateOnly(2025, 4, 14), Monday, Monday],
        };
        var result = ClaimConsolidator.Consolidate([ClaimExtractor.Extract(document)], [["page"]], []);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(DiscrepancyType.DateMismatch, conflict.Type);
        Assert.Contains("2025-04-14 and 2025-06-09", conflict.Explanation, StringComparison.Ordinal);
        Assert.All(result.Claims.Where(c => c.Facts is DatelineFacts), c => Assert.Equal(0, Assert.Single(c.Sources).End));
    }

    [Fact]
    public void One_removed_dateline_is_no_conflict()
    {
        var document = new ClaimDocument("page", "Japan is charging a 25% tariff on Korean goods.", Monday, "A") { RemovedDatelines = [Monday] };
        var result = ClaimConsolidator.Consolidate([ClaimExtractor.Extract(document)], [["page"]], []);
        Assert.Empty(result.Conflicts);
        Assert.DoesNotContain(result.Claims, c => c.Facts is DatelineFacts);
    }

    [Fact]
    public void A_dated_meeting_without_a_place_joins_the_meeting_another_report_places()
    {
        var result = Run(null,
            ("a", "A de-escalation meeting in May cut tariffs on both sides.", "A"),
            ("b", "The talks in Geneva in May set a truce.", "B"));
        var meeting = Assert.Single(result.Claims, c => c.Facts is MeetingFacts);
        Assert.Equal("Geneva", ((MeetingFacts)meeting.Facts).Place);
        Assert.Equal(["a", "b"], meeting.Sources.Select(s => s.Document));
    }

    [Fact]
    public void A_meeting_day_counted_from_a_wrong_publication_day_joins_the_day_another_report_writes()
    {
        // The second report is dated a week late, so its "on Monday" falls on 10 March: the same talks all the same.
        var written = new ClaimDocument("a", "Trade envoys from Norway and Chile met in Oslo on March 3 to discuss salmon quotas.", new DateOnly(2025, 3, 4), "A");
        var counted = new ClaimDocument("b", "Trade envoys from Norway and Chile met in Oslo on Monday to discuss salmon quotas.", new DateOnly(2025, 3, 12), "B");
        foreach (var order in new[] { new[] { written, counted }, [counted, written] })
        {
            var result = ClaimConsolidator.Consolidate(order.Select(ClaimExtractor.Extract).ToList(), [["a", "b"]], []);
            var meeting = Assert.Single(result.Claims, c => c.Facts is MeetingFacts);
            Assert.Equal("2025-03-03", ((MeetingFacts)meeting.Facts).Start.ToString());
            Assert.Equal(["a", "b"], meeting.Sources.Select(s => s.Document));
        }
    }

    [Theory]
    [InlineData("on Monday", "on Monday", 1)]
    [InlineData("on March 3", "on March 10", 2)]
    public void A_rate_dated_by_a_weekday_in_reports_dated_a_week_apart_is_one_claim(string firstDay, string secondDay, int claims)
    {
        // Days written out a week apart are two statements; "on Monday" in reports dated a week apart is one.
        var result = ClaimConsolidator.Consolidate(
            [
                ClaimExtractor.Extract(new ClaimDocument("a", $"Chile {firstDay} raised its tariff on Peruvian copper to 18%.", new DateOnly(2025, 3, 4), "A")),
                ClaimExtractor.Extract(new ClaimDocument("b", $"Chile {secondDay} raised its tariff on Peruvian copper to 18%.", new DateOnly(2025, 3, 12), "B")),
            ],
            [["a", "b"]], []);
        Assert.Equal(claims, result.Claims.Count(c => c.Facts is TariffFacts { RatePercent: 18 }));
    }

    [Fact]
    public void Two_meetings_in_one_city_on_days_written_out_stay_two()
    {
        var result = ClaimConsolidator.Consolidate(
            [
                ClaimExtractor.Extract(new ClaimDocument("a", "Trade envoys from Norway and Chile met in Oslo on March 3 to discuss salmon quotas.", new DateOnly(2025, 3, 4), "A")),
                ClaimExtractor.Extract(new ClaimDocument("b", "Trade envoys from Norway and Chile met in Oslo on April 22 to discuss salmon quotas.", new DateOnly(2025, 4, 23), "B")),
            ],
            [["a", "b"]], []);
        Assert.Equal(2, result.Claims.Count(c => c.Facts is MeetingFacts));
    }

    [Fact]
    public void A_dated_meeting_without_a_place_is_not_a_claim_on_its_own()
    {
        var result = Run(null, ("a", "A de-escalation meeting in May cut tariffs on both sides.", "A"));
        Assert.DoesNotContain(result.Claims, c => c.Facts is MeetingFacts);
    }

    [Fact]
    public void An_approximation_is_not_a_conflict()
    {
        var result = Run(null,
            ("a", "Japan mines approximately 40 percent of the world's supply of gallium.", "A"),
            ("b", "Japan mines 41% of the world's supply of gallium.", "B"));
        Assert.Empty(result.Conflicts);
        Assert.Contains(result.NonConflicts, n => n.Type == DiscrepancyType.Approximation);
    }

    [Fact]
    public void A_city_and_its_country_are_one_meeting()
    {
        var result = Run(null,
            ("a", "Negotiators met in Geneva on Saturday.", "A"),
            ("b", "Negotiators met in Switzerland on Saturday.", "B"));
        var meeting = Assert.Single(result.Claims, c => c.Facts is MeetingFacts);
        Assert.Equal("Geneva", ((MeetingFacts)meeting.Facts).Place);
        Assert.Contains(result.NonConflicts, n => n.Type == DiscrepancyType.PlaceInCountry);
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_surname_joins_the_full_name_and_roles_are_kept()
    {
        var result = Run(null,
            ("a", "Trade Secretary Paul Grant arrived.", "A"),
            ("b", "Paul Grant, the chief negotiator of the delegation, arrived.", "B"));
        var person = Assert.Single(result.Claims, c => c.Facts is PersonFacts);
        var facts = (PersonFacts)person.Facts;
        Assert.Contains("Trade Secretary", facts.Role, StringComparison.Ordinal);
        Assert.Contains("chief negotiator", facts.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_people_in_one_specific_office_conflict()
    {
        var result = Run(null,
            ("a", "Japanese Trade Minister Ken Sato spoke.", "A"),
            ("b", "Japanese Trade Minister Hiro Ito spoke.", "B"));
        Assert.Contains(result.Conflicts, c => c.Type == DiscrepancyType.WrongPerson);
    }

    [Fact]
    public void Claims_serialise_to_the_analysis_shape()
    {
        var result = Run(null, ("a", "Japan is charging a 25% tariff on Korean goods.", "A"));
        var json = ClaimJson.ToJson(result);
        var claim = json["claims"]!.AsArray().Single()!.AsObject();
        Assert.Equal("tariff", (string?)claim["kind"]);
        Assert.Equal("JP", (string?)claim["imposer"]);
        Assert.Equal(25m, (decimal?)claim["ratePercent"]);
        Assert.Equal("2025-06-09", (string?)claim["asOf"]);
        Assert.Equal("a", (string?)claim["sources"]![0]!["document"]);
        Assert.IsType<JsonArray>(json["conflicts"]);
    }

    [Theory]
    [InlineData("The duties on imported bicycles take effect on June 12.", "Bicycle duties will go into effect June 13, officials said.", true)]
    [InlineData("The duties on imported bicycles take effect on June 12.", "The duties on steel take effect on June 13.", false)]
    [InlineData("The duties on imported bicycles take effect on June 12.", "The duties on imported bicycles take effect on July 12.", false)]
    [InlineData("The duties on imported bicycles take effect on June 12.", "The waiver for bicycles expires on June 13.", false)]
    public void Two_reports_putting_one_start_on_near_days_conflict(string first, string second, bool conflict)
    {
        var result = Run(null, ("a", first, "A"), ("b", second, "B"));
        var found = result.Conflicts.Where(c => c.Kind == "deadline").ToList();
        Assert.Equal(conflict ? 1 : 0, found.Count);
        if (conflict)
        {
            Assert.Contains("cannot fall on both days", found[0].Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_deadline_given_as_a_month_joins_the_one_day_in_that_month()
    {
        var result = Run(null,
            ("a", "The pause on bicycle duties is set to expire on July 14.", "A"),
            ("b", "The pause on bicycle duties is set to expire next month.", "B"));
        var deadline = Assert.Single(result.Claims, c => c.Facts is DeadlineFacts);
        Assert.Equal(new ClaimDate(2025, 7, 14), ((DeadlineFacts)deadline.Facts).Date);
        Assert.Equal(["a", "b"], deadline.Sources.Select(s => s.Document).Distinct());
    }

    [Fact]
    public void A_deadline_given_as_a_month_with_two_days_in_it_joins_neither_when_as_many_reports_give_each()
    {
        var result = Run(null,
            ("a", "The pause on bicycle duties is set to expire on July 14.", "A"),
            ("b", "The pause on bicycle duties is set to expire on July 21.", "B"),
            ("c", "The pause on bicycle duties is set to expire next month.", "C"));
        Assert.Equal(3, result.Claims.Count(c => c.Facts is DeadlineFacts));
    }

    [Fact]
    public void A_deadline_given_as_a_month_with_two_days_in_it_joins_the_day_more_reports_give()
    {
        var result = Run(null,
            ("a", "The pause on bicycle duties is set to expire on July 14.", "A"),
            ("b", "The pause on bicycle duties expires on July 14, officials said.", "B"),
            ("c", "The pause on bicycle duties is set to expire on July 21.", "C"),
            ("d", "The pause on bicycle duties is set to expire next month.", "D"));
        var joined = Assert.Single(result.Claims, c => c.Sources.Any(s => s.Document == "d"));
        Assert.Equal(new ClaimDate(2025, 7, 14), ((DeadlineFacts)joined.Facts).Date);
        Assert.Equal(2, result.Claims.Count(c => c.Facts is DeadlineFacts));
    }

    [Fact]
    public void A_month_an_order_starts_in_does_not_join_the_day_a_pause_ends()
    {
        var result = Run(null,
            ("a", "The pause on bicycle duties is set to expire on July 14.", "A"),
            ("b", "The duties on bicycles take effect next month.", "B"));
        Assert.Equal(2, result.Claims.Count(c => c.Facts is DeadlineFacts));
    }

    private static DocumentClaims AgreementDoc(string id, string published, string? place, string? date, params string[] parties) => new(
        new ClaimDocument(id, "a sentence that states an agreement", DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), id),
        [new ExtractedClaim(new AgreementFacts(place, ClaimDate.TryParse(date, out var d) ? d : null, parties, "terms"), new ClaimSpan(0, 10))],
        []);

    private static ConsolidationResult Consolidate(params DocumentClaims[] docs) =>
        ClaimConsolidator.Consolidate(docs, [docs.Select(d => d.Document.Id).ToList()], []);

    [Theory]
    [InlineData("2025-06-01", "Geneva")]
    [InlineData("2025-07-05", "London")]
    public void An_agreement_named_without_place_or_date_joins_the_latest_its_parties_made_by_the_reports_day(string published, string place)
    {
        var result = Consolidate(
            AgreementDoc("a", "2025-05-20", "Geneva", "2025-05-12", "JP", "KR"),
            AgreementDoc("b", "2025-07-01", "London", "2025-06-10", "JP", "KR"),
            AgreementDoc("c", published, null, null, "KR", "JP"));
        Assert.Equal(2, result.Claims.Count);
        var joined = Assert.Single(result.Claims, c => c.Sources.Any(s => s.Document == "c"));
        Assert.Equal(place, ((AgreementFacts)joined.Facts).Place);
    }

    [Fact]
    public void An_agreement_named_without_place_or_date_joins_the_one_most_reports_state()
    {
        var result = Consolidate(
            AgreementDoc("a", "2025-05-20", "Geneva", "2025-05-12", "JP", "KR"),
            AgreementDoc("b", "2025-06-20", "Geneva", "2025-05-12", "JP", "KR"),
            AgreementDoc("c", "2025-07-01", "London", "2025-06-10", "JP", "KR"),
            AgreementDoc("d", "2025-07-05", null, null, "KR", "JP"));
        var joined = Assert.Single(result.Claims, c => c.Sources.Any(s => s.Document == "d"));
        Assert.Equal("Geneva", ((AgreementFacts)joined.Facts).Place);
    }

    [Fact]
    public void An_agreement_named_without_place_or_date_stays_apart_when_two_may_be_the_latest_or_none_was_made_before()
    {
        var twoInJune = Consolidate(
            AgreementDoc("a", "2025-07-01", "Geneva", "2025-06", "JP", "KR"),
            AgreementDoc("b", "2025-07-01", "London", "2025-06-10", "JP", "KR"),
            AgreementDoc("c", "2025-07-05", null, null, "KR", "JP"));
        Assert.Equal(3, twoInJune.Claims.Count);
        var noneBefore = Consolidate(
            AgreementDoc("a", "2025-07-01", "London", "2025-06-10", "JP", "KR"),
            AgreementDoc("c", "2025-05-01", null, null, "KR", "JP"));
        Assert.Equal(2, noneBefore.Claims.Count);
    }

    [Fact]
    public void An_agreement_naming_a_third_economy_beside_the_parties_is_the_same_agreement()
    {
        var result = Consolidate(
            AgreementDoc("a", "2025-05-20", "Geneva", "2025-05-12", "JP", "KR", "CH"),
            AgreementDoc("b", "2025-05-20", "Geneva", "2025-05-12", "KR", "JP"));
        var agreement = Assert.Single(result.Claims);
        Assert.Equal(["KR", "JP"], ((AgreementFacts)agreement.Facts).Parties);
    }

    [Fact]
    public void A_rate_before_and_a_rate_now_are_explained_not_flagged()
    {
        var result = Run(null,
            ("a", "Japan had charged a 25% tariff on Korean goods.", "A"),
            ("b", "Japan is charging a 35% tariff on Korean goods.", "B"));
        Assert.DoesNotContain(result.Conflicts, c => c.Kind == "tariff");
        var note = Assert.Single(result.NonConflicts, n => n.Type == DiscrepancyType.DifferentTime);
        Assert.Contains("both can hold", note.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layer_and_the_total_are_explained_not_flagged()
    {
        var result = Run(null,
            ("a", "Japan is charging a 10% reciprocal tariff on Korean goods.", "A"),
            ("b", "Japan is charging a 30% tariff on Korean goods.", "B"));
        Assert.DoesNotContain(result.Conflicts, c => c.Kind == "tariff");
        Assert.Contains(result.NonConflicts, n => n.Type == DiscrepancyType.DifferentScope && n.Kind == "tariff");
    }

    [Fact]
    public void A_rate_conflict_says_why_both_cannot_hold()
    {
        var result = Run(null,
            ("a", "Japan is charging a 25% tariff on Korean goods.", "A"),
            ("b", "Japan is charging a 35% tariff on Korean goods.", "B"));
        var conflict = Assert.Single(result.Conflicts);
        Assert.Contains("cannot be both", conflict.Explanation, StringComparison.Ordinal);
        Assert.Contains("in-force", conflict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_former_holder_of_an_office_is_no_rival_claim_to_it()
    {
        var result = Run(null,
            ("a", "Japanese Trade Minister Ken Sato spoke.", "A"),
            ("b", "Former Japanese Trade Minister Hiro Ito spoke.", "B"));
        Assert.DoesNotContain(result.Conflicts, c => c.Type == DiscrepancyType.WrongPerson);
    }

    [Fact]
    public void One_rate_in_force_stated_by_reports_of_different_days_is_one_claim()
    {
        var a = ClaimExtractor.Extract(new ClaimDocument("a", "Japan is charging a 25% tariff on Korean goods.", Monday, "A"));
        var b = ClaimExtractor.Extract(new ClaimDocument("b", "Japan is charging a 25% tariff on Korean goods.", Monday.AddDays(3), "B"));
        var c = ClaimExtractor.Extract(new ClaimDocument("c", "Japan is charging a 25% tariff on Korean goods since June 10.", Monday.AddDays(5), "C"));
        var result = ClaimConsolidator.Consolidate([a, b, c], [["a", "b", "c"]], []);
        var tariff = Assert.Single(result.Claims, x => x.Facts is TariffFacts);
        Assert.Equal(3, tariff.Sources.Count);
        // The date a clause gives outranks the publication days the other two were dated by.
        Assert.StartsWith("2025-06", ((TariffFacts)tariff.Facts).AsOf.ToString(), StringComparison.Ordinal);
        Assert.NotEqual("2025-06-09", ((TariffFacts)tariff.Facts).AsOf.ToString());
    }

    [Fact]
    public void A_person_called_former_holder_and_holder_of_one_office_is_explained_not_flagged()
    {
        var result = Run(null,
            ("a", "Former Prime Minister Lena Holm spoke in Oslo.", "A"),
            ("b", "Prime Minister Lena Holm spoke in Oslo.", "B"));
        Assert.Empty(result.Conflicts);
        var note = Assert.Single(result.NonConflicts, n => n.Type == DiscrepancyType.RoleMismatch);
        Assert.Contains("former Prime Minister", note.Explanation, StringComparison.Ordinal);
        Assert.Contains("both can hold", note.Explanation, StringComparison.Ordinal);
        Assert.Equal(2, result.Claims.Count(c => c.Facts is PersonFacts));
        // One report calling her both is no dispute between reports.
        Assert.Empty(Run(null, ("a", "Prime Minister Lena Holm met former Prime Minister Lena Holm's aides.", "A")).NonConflicts);
    }

    [Fact]
    public void An_office_named_after_of_is_the_body_a_person_serves_not_the_persons_office()
    {
        var result = Run(null,
            ("a", "Ken Sato, chairman of the advisory board of the Japanese Trade Minister, spoke.", "A"),
            ("b", "Japanese Trade Minister Hiro Ito spoke.", "B"));
        Assert.DoesNotContain(result.Conflicts, c => c.Type == DiscrepancyType.WrongPerson);
        Assert.Contains(Run(null, ("a", "Japanese Secretary of State Ken Sato spoke.", "A"), ("b", "Japanese Secretary of State Hiro Ito spoke.", "B")).Conflicts,
            c => c.Type == DiscrepancyType.WrongPerson);
    }

    [Fact]
    public void A_word_in_marks_joins_only_the_same_word_not_a_longer_quote_that_has_it()
    {
        var result = Run(null,
            ("a", "Premier Ana Ruiz called the talks “fruitful”.", "A"),
            ("b", "Premier Ana Ruiz said: “The talks were fruitful and long.”", "B"),
            ("c", "Premier Ana Ruiz called the talks “fruitful”.", "C"));
        var quotes = result.Claims.Where(c => c.Facts is QuoteFacts).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Contains(quotes, q => q.Sources.Count == 2 && ((QuoteFacts)q.Facts).Text == "fruitful");
    }
}
