using Tradewatch.App.Questions;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

public sealed class QuestionProblemTests
{
    private static readonly string[] Bundled = ["truce-lapses"];

    private static Outcome<DutyQuestion> Duty(DutyInput input) => DutyQuestion.Parse(input, RepoData.Reference, Bundled);

    private static DutyInput Valid => new("US", "CN", "8505.11", null, "2025-06-09", "1000");

    [Fact]
    public void A_valid_duty_question_has_no_problems()
    {
        var parsed = Duty(Valid with { KnownAt = "2025-06-30", Scenario = "truce-lapses" });
        Assert.True(parsed.IsValid);
        Assert.Empty(parsed.Problems);
        Assert.Equal("CN", parsed.Value!.Origin.Code);
        Assert.Equal(new DateOnly(2025, 6, 30), parsed.Value.KnownAt);
        Assert.Equal(1000m, parsed.Value.Value);
    }

    [Theory]
    [InlineData("importer", ProblemKind.Usage, null, "CN", "8505.11", "2025-06-09")]
    [InlineData("origin", ProblemKind.BadData, "US", "XX", "8505.11", "2025-06-09")]
    [InlineData("origin", ProblemKind.Usage, "US", "US", "8505.11", "2025-06-09")]
    [InlineData("hs", ProblemKind.Usage, "US", "CN", "85a5", "2025-06-09")]
    [InlineData("hs", ProblemKind.Usage, "US", "CN", "", "2025-06-09")]
    [InlineData("hs", ProblemKind.BadData, "US", "CN", "8505.12", "2025-06-09")]
    [InlineData("date", ProblemKind.Usage, "US", "CN", "8505.11", null)]
    [InlineData("date", ProblemKind.Usage, "US", "CN", "8505.11", "June 9")]
    [InlineData("date", ProblemKind.BadData, "US", "CN", "8505.11", "2025-02-30")]
    public void A_duty_question_names_the_field_that_is_wrong_and_how(string field, ProblemKind kind, string? importer, string? origin, string? hs, string? date)
    {
        var parsed = Duty(new DutyInput(importer, origin, hs, null, date));
        Assert.False(parsed.IsValid);
        Assert.Null(parsed.Value);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Equal(kind, problem.Kind);
    }

    [Fact]
    public void Every_wrong_field_is_listed_in_the_order_found()
    {
        var parsed = Duty(new DutyInput("XX", "CN", "85a5", null, "June 9", "-5", KnownAt: "yesterday", Scenario: "../../etc/passwd"));
        Assert.Equal(["importer", "hs", "date", "value", "knownAt", "scenario"], parsed.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Contradictory_fields_are_usage_problems()
    {
        Assert.Equal("hts", Assert.Single(Duty(Valid with { Hts = "8505.11.00.70" }).Problems).Field);
        Assert.Equal("unit", Assert.Single(Duty(Valid with { Quantity = "12" }).Problems).Field);
    }

    [Theory]
    [InlineData("1000", "400", null)]
    [InlineData("1000", "1000", null)]
    [InlineData(null, "400", "--metal-value needs --value, the customs value it is part of.")]
    [InlineData("1000", "1000.01", "--metal-value 1000.01 is more than --value 1000: the metal content is part of the customs value.")]
    [InlineData("1000", "-1", "--metal-value")]
    public void A_metal_value_is_part_of_the_customs_value(string? value, string metal, string? problem)
    {
        var parsed = Duty(Valid with { Value = value, MetalValue = metal });
        if (problem is null)
        {
            Assert.Equal(decimal.Parse(metal, System.Globalization.CultureInfo.InvariantCulture), parsed.Value!.MetalValue);
            return;
        }

        var found = Assert.Single(parsed.Problems);
        Assert.Equal(("metalValue", ProblemKind.Usage), (found.Field, found.Kind));
        Assert.StartsWith(problem, found.Text(Problem.Option), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10", null)]
    [InlineData("100", null)]
    [InlineData("100.5", "--metal-weight 100.5 is no share of the weight: give a percent from 0 to 100.")]
    [InlineData("ten", "--metal-weight")]
    public void A_metal_weight_is_a_percent_of_the_goods_weight(string weight, string? problem)
    {
        var parsed = Duty(Valid with { MetalWeight = weight });
        if (problem is null)
        {
            Assert.Equal(decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture), parsed.Value!.MetalWeightPercent);
            return;
        }

        var found = Assert.Single(parsed.Problems);
        Assert.Equal(("metalWeight", ProblemKind.Usage), (found.Field, found.Kind));
        Assert.StartsWith(problem, found.Text(Problem.Option), StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_outside_the_bundled_list_is_refused_only_when_a_list_is_given()
    {
        Assert.Equal("scenario", Assert.Single(Duty(Valid with { Scenario = "other" }).Problems).Field);
        var anyFile = DutyQuestion.Parse(Valid with { Scenario = "my-scenario.yaml" }, RepoData.Reference);
        Assert.Equal("my-scenario.yaml", anyFile.Value!.Scenario);
        Assert.Null(Duty(Valid with { Scenario = "baseline" }).Value!.Scenario);
    }

    [Fact]
    public void A_problem_names_fields_as_options_for_the_CLI_and_as_fields_for_the_API()
    {
        var problem = Assert.Single(Duty(Valid with { KnownAt = "last week" }).Problems);
        Assert.StartsWith("--known-at 'last week' is not a date", problem.Text(Problem.Option), StringComparison.Ordinal);
        Assert.StartsWith("knownAt 'last week' is not a date", problem.ToString(), StringComparison.Ordinal);
        var same = Assert.Single(Duty(Valid with { Origin = "US" }).Problems);
        Assert.StartsWith("--importer and --origin are the same economy", same.Text(Problem.Option), StringComparison.Ordinal);
    }

    [Fact]
    public void A_licence_question_needs_an_item_or_a_code()
    {
        var none = LicenceQuestion.Parse(new LicenceInput("CN", "US", null, null, "2025-06-09"), RepoData.Reference);
        Assert.Equal("item", Assert.Single(none.Problems).Field);

        var byCode = LicenceQuestion.Parse(new LicenceInput("CN", "US", null, "2805.30", "2025-06-09"), RepoData.Reference);
        Assert.True(byCode.IsValid, string.Join("; ", byCode.Problems));

        var tooLong = LicenceQuestion.Parse(new LicenceInput("CN", "US", new string('x', LicenceQuestion.MaxItemLength + 1), null, "2025-06-09"), RepoData.Reference);
        Assert.Equal("item", Assert.Single(tooLong.Problems).Field);
    }

    [Fact]
    public void A_licence_question_lists_each_wrong_field()
    {
        var parsed = LicenceQuestion.Parse(new LicenceInput("CN", "ZZ", "samarium", "12ab", "2025-13-01"), RepoData.Reference);
        Assert.Equal(["destination", "hs", "date"], parsed.Problems.Select(p => p.Field));
        Assert.Equal([ProblemKind.BadData, ProblemKind.Usage, ProblemKind.BadData], parsed.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void A_timeline_question_takes_the_default_window_when_none_is_given()
    {
        var parsed = TimelineQuestion.Parse(new TimelineInput("US", "CN", null, null, null), RepoData.Reference, Bundled);
        Assert.True(parsed.IsValid);
        Assert.Equal((TimelineQuestion.DefaultFrom, TimelineQuestion.DefaultTo), (parsed.Value!.From, parsed.Value.To));
        Assert.Null(parsed.Value.Product);
    }

    [Fact]
    public void A_timeline_question_lists_each_wrong_field()
    {
        var parsed = TimelineQuestion.Parse(new TimelineInput("XX", null, "85a5", "2025-02-30", "soon", "yesterday", "nowhere"), RepoData.Reference, Bundled);
        Assert.Equal(["importer", "origin", "hs", "from", "to", "knownAt", "scenario"], parsed.Problems.Select(p => p.Field));
        Assert.Equal(ProblemKind.BadData, parsed.Problems[3].Kind);
    }

    [Theory]
    [InlineData("2025-06-01", "2025-05-31", "{to} 2025-05-31 comes before {from} 2025-06-01.")]
    [InlineData("2015-01-01", "2025-12-31", "the window from {from} to {to} is longer than 3660 days.")]
    [InlineData("2025-06-01", "2025-06-01", null)]
    public void A_window_ends_after_it_starts_and_spans_at_most_ten_years(string from, string to, string? problem)
    {
        var timeline = TimelineQuestion.Parse(new TimelineInput("US", "CN", null, from, to), RepoData.Reference, Bundled);
        var changes = ChangesQuestion.Parse(new ChangesInput(from, to), Bundled);
        foreach (var problems in new[] { timeline.Problems, changes.Problems })
        {
            Assert.Equal(problem, problems.SingleOrDefault()?.Message);
            Assert.All(problems, p => Assert.Equal("to", p.Field));
        }
    }

    [Fact]
    public void A_changes_question_needs_both_days()
    {
        var parsed = ChangesQuestion.Parse(new ChangesInput(null, "soon", KnownAt: "2025-06-31"));
        Assert.Equal(["from", "to", "knownAt"], parsed.Problems.Select(p => p.Field));
        Assert.Equal([ProblemKind.Usage, ProblemKind.Usage, ProblemKind.BadData], parsed.Problems.Select(p => p.Kind));
    }
}
