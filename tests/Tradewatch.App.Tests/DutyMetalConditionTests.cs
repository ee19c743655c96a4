using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>
/// A duty that depends on the goods' metal. U.S. note 16(c) to subchapter III of chapter 99 (HTS 2026 Revision 6) lists
/// 8544.42.90 (insulated conductors) both among the derivative aluminum articles of (c)(vi) and among the articles of
/// copper of (c)(viii). As aluminium, Russia's goods pay 200% (9903.85.68) and the UK's 15% (9903.82.05); as copper,
/// every partner pays 25% (9903.82.09; Russia's 9903.82.16), since no UK heading names copper. The copper layer takes the
/// place of the aluminium one: it does not add to it. The question's metal settles it; without one, the answer gives both.
/// </summary>
public sealed class DutyMetalConditionTests
{
    private const string AsCopper = "us-232-metals-annex-1b-as-copper";

    private static readonly Lazy<LedgerSession> Session = new(() => new LedgerSession(RepoData.Directory));

    private static DutyDto Ask(string origin, string metal = "", string date = "2026-05-15")
    {
        var input = new DutyInput("US", origin, null, "8544.42.90.10", date, "1000") { Metal = metal.Length == 0 ? null : metal };
        var question = DutyQuestion.Parse(input, Session.Value.Reference);
        Assert.True(question.IsValid);
        var result = DutyAnswers.Ask(Session.Value, question.Value!);
        Assert.True(result.IsValid);
        return DutyDto.From(result.Value!);
    }

    [Theory]
    [InlineData("RU", "us-232-metals-annex-aluminium-ru", 200)]
    [InlineData("GB", "us-232-metals-annex-1b-gb", 15)]
    [InlineData("DE", "us-232-metals-annex-1b", 25)]
    public void Without_the_metal_the_answer_gives_the_stack_as_aluminium_and_as_copper(string origin, string aluminium, decimal asAluminium)
    {
        var answer = Ask(origin);

        Assert.Equal(asAluminium, answer.TotalAdditionalPercent);
        Assert.Contains(answer.Layers, l => l.Measure == aluminium);
        var copper = Assert.Single(answer.Conditional, c => c.Measure == AsCopper);
        Assert.Equal("copper", copper.Metal);
        Assert.Null(answer.Metal);
        Assert.NotNull(copper.IfApplies);
        Assert.Equal(25m, copper.IfApplies.TotalAdditionalPercent);
        Assert.Contains(copper.IfApplies.Layers, l => l.Measure == AsCopper && l.RatePercent == 25m);
        Assert.DoesNotContain(copper.IfApplies.Layers, l => l.Measure == aluminium);
    }

    [Theory]
    [InlineData("RU", "us-232-metals-annex-aluminium-ru")]
    [InlineData("GB", "us-232-metals-annex-1b-gb")]
    public void As_copper_the_copper_heading_replaces_the_aluminium_one(string origin, string aluminium)
    {
        var answer = Ask(origin, "copper");

        Assert.Equal("copper", answer.Metal);
        Assert.Equal(25m, answer.TotalAdditionalPercent);
        Assert.Contains(answer.Layers, l => l.Measure == AsCopper && l.RatePercent == 25m);
        Assert.DoesNotContain(answer.Layers, l => l.Measure == aluminium);
        Assert.DoesNotContain(answer.Conditional, c => c.Measure == AsCopper);
    }

    [Theory]
    [InlineData("RU", "aluminium", 200)]
    [InlineData("GB", "aluminum", 15)]
    public void As_aluminium_the_copper_condition_is_not_met(string origin, string metal, decimal total)
    {
        var answer = Ask(origin, metal);

        Assert.Equal(total, answer.TotalAdditionalPercent);
        Assert.DoesNotContain(answer.Layers, l => l.Measure == AsCopper);
        Assert.DoesNotContain(answer.Conditional, c => c.Measure == AsCopper);
    }

    // another condition on the same goods (the end of de minimis) keeps the copper heading in its stack
    [Fact]
    public void A_stack_settled_as_copper_stays_copper_under_another_condition()
    {
        var answer = Ask("RU", "copper");

        var deMinimis = Assert.Single(answer.Conditional, c => c.Measure == "us-de-minimis-global");
        Assert.Equal(35m, deMinimis.IfApplies?.TotalAdditionalPercent);
        Assert.Contains(deMinimis.IfApplies!.Layers, l => l.Measure == AsCopper);
    }

    [Fact]
    public void A_metal_no_condition_names_is_a_problem_of_its_field()
    {
        var question = DutyQuestion.Parse(new DutyInput("US", "RU", null, "8544.42.90.10", "2026-05-15", "1000") { Metal = "tin" }, Session.Value.Reference);

        Assert.False(question.IsValid);
        Assert.Contains(question.Problems, p => p.Field == "metal" && p.Message.Contains("'tin'", StringComparison.Ordinal));
    }
}
