using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.News.Claims;
using Tradewatch.News.Pipeline;

namespace Tradewatch.News.Tests;

/// <summary>Which checked tariff claims may become a ledger change.</summary>
public class ProposalBuilderTests
{
    private static readonly EconomyCatalog Economies = EconomyCatalog.ParseCsv(new StringReader(
        "ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,CLDR display name\nCL,CHL,Chile\nPE,PER,Peru\n"));

    private static readonly DateOnly Day = new(2025, 6, 9);

    private static ProposedChange? Propose(TariffFacts facts, out string? reason)
    {
        var claim = new ConsolidatedClaim("c1", facts, [new ClaimSource("d.txt", 0, 10)], 1);
        var check = Assert.Single(CheckStage.Run([claim], new Dictionary<string, DateOnly?> { ["d.txt"] = Day }, TradeLedger.Empty, Economies));
        return ProposalBuilder.For(check, out reason);
    }

    [Fact]
    public void A_claim_whose_sentence_gave_parties_and_date_is_proposed() =>
        Assert.NotNull(Propose(new TariffFacts("CL", "PE", 20, ClaimDate.Of(Day), "in-force", "all"), out _));

    [Theory]
    [InlineData("parties")]
    [InlineData("date")]
    public void A_claim_with_fields_taken_from_context_is_not(string field)
    {
        var facts = new TariffFacts("CL", "PE", 20, ClaimDate.Of(Day), "in-force", "all") { Inferred = [field] };
        Assert.Null(Propose(facts, out var reason));
        Assert.Contains(field, reason, StringComparison.Ordinal);
    }

    private static double Confidence(TariffFacts facts, int outlets)
    {
        var claim = new ConsolidatedClaim("c1", facts, [new ClaimSource("d.txt", 0, 10)], outlets);
        return ProposalBuilder.Confidence(Assert.Single(CheckStage.Run([claim], new Dictionary<string, DateOnly?> { ["d.txt"] = Day }, TradeLedger.Empty, Economies)));
    }

    [Fact]
    public void Confidence_rises_with_independent_outlets_and_falls_for_a_time_not_read_in_the_sentence()
    {
        var read = new TariffFacts("CL", "PE", 20, ClaimDate.Of(Day), "in-force", "all");
        Assert.Equal(0.5, Confidence(read, 1));
        Assert.True(Confidence(read, 3) > Confidence(read, 1));
        Assert.True(Confidence(read with { DatedByPublication = true }, 1) < Confidence(read, 1));
        Assert.True(Confidence(read with { Qualifier = "announced" }, 1) < Confidence(read, 1));
        Assert.InRange(Confidence(read, 20), 0, 1);
    }
}
