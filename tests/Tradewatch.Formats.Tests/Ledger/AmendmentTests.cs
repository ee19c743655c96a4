using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.Formats.Ledger;

namespace Tradewatch.Formats.Tests.Ledger;

public class AmendmentTests
{
    private static LedgerFileResult Read(string yaml) => new LedgerFileReader(RepoData.Reference).Read(new StringReader(yaml), "test.yaml");

    private const string Base = """
        measures:
          - id: x1
            kind: export-control
            title: A control
            imposer: CN
            targets: ["*"]
            items: [holmium]
            basis: MOFCOM No. 57
            recorded: 2025-10-09
            sources: [https://example.org/news]
            rates:
              - {from: 2025-11-08}
        suspensions:
          - id: s1
            measure: x1
            from: 2025-11-10
            to: 2026-11-10
            recorded: 2025-11-07
            sources: [https://example.org/news]
        """;

    private static TradeLedger Ledger(string amendments)
    {
        var result = Read(Base + "\n" + amendments);
        Assert.Empty(result.Problems);
        return TradeLedger.Empty.Append(result.Batch, 0);
    }

    [Fact]
    public void An_amendment_changes_answers_only_as_known_from_its_recorded_day()
    {
        var ledger = Ledger("""
            amendments:
              - {record: s1, recorded: 2026-12-04, from: 2025-11-07, sources: [https://www.mofcom.gov.cn/a.html], note: corrected}
            """);
        bool Required(string knownAt) => ledger.AsKnownAt(DateTimeOffset.Parse(knownAt + "T23:59:59Z", System.Globalization.CultureInfo.InvariantCulture))
            .Licence(new Economy("CN"), new Economy("US"), "holmium", null, new DateOnly(2025, 11, 8)).LicenceRequired;

        Assert.True(Required("2026-12-03"));
        Assert.False(Required("2026-12-04"));
        Assert.Equal(["https://www.mofcom.gov.cn/a.html"], ledger.Restrict(null).Suspensions.Single().Provenance.Sources);
        Assert.Equal(["https://example.org/news"], ledger.Restrict(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)).Suspensions.Single().Provenance.Sources);
    }

    [Theory]
    [InlineData("- {record: nope, recorded: 2026-12-04, sources: [https://example.org/c]}", "'record' points at record 'nope'")]
    [InlineData("- {record: x1, recorded: 2025-01-01, sources: [https://example.org/c]}", "recorded before the record it corrects")]
    [InlineData("- {record: x1, recorded: 2026-12-04, from: 2025-11-07, sources: [https://example.org/c]}", "'from' cannot amend a measure")]
    [InlineData("- {record: s1, recorded: 2026-12-04}", "has no source")]
    public void A_bad_amendment_is_a_problem_with_its_line(string amendment, string message)
    {
        var result = Read(Base + "\namendments:\n  " + amendment + "\n");
        Assert.Contains(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal) && p.Line > 0);
    }

    [Fact]
    public void A_record_citing_no_primary_text_is_a_warning_not_a_problem()
    {
        var result = Read(Base);
        Assert.Empty(result.Problems);
        Assert.Contains(result.Warnings, w => w.Message.Contains("measure 'x1' cites no primary source", StringComparison.Ordinal));
        var amended = Read(Base + "\namendments:\n  - {record: x1, recorded: 2026-12-04, sources: [https://www.mofcom.gov.cn/a.html]}\n");
        Assert.DoesNotContain(amended.Warnings, w => w.Message.Contains("'x1'", StringComparison.Ordinal));
    }
}
