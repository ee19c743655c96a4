using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Questions;
using Tradewatch.TestSupport;

namespace Tradewatch.App.Tests;

/// <summary>
/// A US code asked above its statistical lines (8 or 6 digits, as users write them) answers as those lines do: the ledger's
/// scopes name statistical lines (Annex II's exemptions are 10-digit lines), which the code above them matches only in part.
/// </summary>
public sealed class DutyCodeLevelTests
{
    private static readonly Lazy<LedgerSession> Session = new(() => new LedgerSession(RepoData.Directory));

    private static DutyDto Ask(string origin, string hs, string date)
    {
        var question = DutyQuestion.Parse(new DutyInput("US", origin, hs, null, date, "1000"), Session.Value.Reference);
        Assert.True(question.IsValid);
        var result = DutyAnswers.Ask(Session.Value, question.Value!);
        Assert.True(result.IsValid);
        return DutyDto.From(result.Value!);
    }

    // Electrical energy (2716.00.00, its one statistical line 2716.00.00.00) and anthracite (2701.11.00, likewise) from
    // Germany on 1 Jun 2025: Annex II of EO 14257 (FR Doc. 2025-06063; HTSUS 9903.01.32) exempts both from the reciprocal
    // tariff, so asked at 8 digits as at 10, no reciprocal layer, deposited or owed.
    [Theory]
    [InlineData("2716.00.00")]
    [InlineData("2716.00.00.00")]
    [InlineData("2701.11.00")]
    public void A_line_with_one_statistical_line_answers_as_that_line(string code)
    {
        var answer = Ask("DE", code, "2025-06-01");

        Assert.False(answer.Ambiguous);
        Assert.DoesNotContain(answer.Layers, l => l.Measure.StartsWith("us-reciprocal", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Deposited!.Layers, l => l.Measure.StartsWith("us-reciprocal", StringComparison.Ordinal));
    }

    // Permanent magnets of metal (8505.11.00) from India on 1 Jun 2025: every statistical line of 8505.11.00 is on the
    // reciprocal tariff's exemption list (Annex II as amended), so the lines answer alike and the 8-digit answer is theirs:
    // no reciprocal layer, as at 8505.11.00.70.
    [Fact]
    public void A_line_whose_statistical_lines_answer_alike_answers_as_they_do()
    {
        var line = Ask("IN", "8505.11.00.70", "2025-06-01");
        var answer = Ask("IN", "8505.11.00", "2025-06-01");

        Assert.False(answer.Ambiguous);
        Assert.Equal(line.Layers.Select(l => (l.Measure, l.RatePercent)), answer.Layers.Select(l => (l.Measure, l.RatePercent)));
        Assert.DoesNotContain(answer.Layers, l => l.Measure.StartsWith("us-reciprocal", StringComparison.Ordinal));
    }

    // Processing units (8471.50) from Korea on 15 May 2026: its statistical lines, 8471.50.01.10 and 8471.50.01.50, answer
    // alike, so the answer is theirs; it names the code asked, not the first line it was asked at, and says the lines answer alike.
    [Fact]
    public void A_code_whose_lines_answer_alike_is_named_as_asked_with_its_lines()
    {
        var answer = Ask("KR", "8471.50", "2026-05-15");

        Assert.False(answer.Ambiguous);
        Assert.Equal("8471.50", answer.Hs);
        Assert.Equal(["8471.50.01.10", "8471.50.01.50"], answer.LinesAlike);
        Assert.Contains("lines under 8471.50 (8471.50.01.10, 8471.50.01.50) answer alike", DutyDto.AlikeNote(answer.Hs, answer.LinesAlike), StringComparison.Ordinal);
    }

    // A code with one line below it names the code asked, and that line; a statistical line asked names itself and no lines.
    [Theory]
    [InlineData("2716.00.00", "2716.00.00.00")]
    [InlineData("2716.00.00.00", null)]
    public void A_code_is_named_as_asked_and_its_one_line_beside_it(string code, string? line)
    {
        var answer = Ask("DE", code, "2025-06-01");

        Assert.Equal(code, answer.Hs);
        Assert.Equal(line is null ? [] : [line], answer.LinesAlike);
    }
}
