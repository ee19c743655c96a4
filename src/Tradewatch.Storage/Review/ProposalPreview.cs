using Tradewatch.Core.Economies;
using Tradewatch.Core.Ledger;
using Tradewatch.Core.Products;
using Tradewatch.News.Pipeline;

namespace Tradewatch.Storage.Review;

/// <summary>One line of a proposal's preview: the total additional duty now and after acceptance.</summary>
public sealed record PreviewLine(string Code, string What, decimal NowPercent, decimal AfterPercent)
{
    public bool Changes => NowPercent != AfterPercent;
}

/// <summary>
/// What accepting a proposal would do to the ledger's answers, before anyone accepts it: the duty
/// on the goods the change names and on a few common lines (so a layer meant for one good that
/// would land on every good shows on laptops and phones too), on the change's first day, for the
/// imposer and target it names.
/// </summary>
public static class ProposalPreview
{
    /// <summary>Common tariff lines a reviewer recognises: goods of very different kinds.</summary>
    public static readonly IReadOnlyList<(string Code, string What)> CommonLines =
    [
        ("8471.30", "laptops"),
        ("8517.13", "smartphones"),
        ("8703.23", "passenger cars"),
        ("7208.10", "flat-rolled steel"),
        ("6109.10", "cotton T-shirts"),
        ("1201.90", "soybeans"),
    ];

    public static IReadOnlyList<PreviewLine> Compute(TradeLedger ledger, Proposal proposal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(proposal);
        var change = proposal.Change;
        if (change.Action == ChangeAction.NewExportControl || change.Target is null)
        {
            return [];
        }

        var before = ledger.AsKnownAt(null);
        // An accepted proposal is already in the ledger: then "now" is the ledger without it.
        var id = ProposedChange.RecordId(proposal.Id);
        var inLedger = ledger.Measures.Any(m => m.Id == id) || ledger.Suspensions.Any(s => s.Id == id);
        var after = (inLedger ? ledger : ledger.Append(change.ToBatch(proposal.Id, new Provenance(now, [], "preview")), ledger.Version)).AsKnownAt(null);
        if (inLedger)
        {
            before = ledger.AsKnownAt(proposal.Decision!.DecidedAt.AddTicks(-1));
        }
        var importer = new Economy(change.Imposer);
        var origin = new Economy(change.Target);
        var named = change.Products is { } products && products != ProposedChange.AllGoods
            ? products.Split(", ").Take(5).Select(c => (Code: c, What: "named in the change"))
            : [];
        var lines = new List<PreviewLine>();
        foreach (var (code, what) in named.Concat(CommonLines).DistinctBy(l => l.Code))
        {
            var hs = HsCode.Parse(code);
            lines.Add(new PreviewLine(code, what,
                before.Duty(importer, origin, hs, change.From).TotalAdditionalPercent,
                after.Duty(importer, origin, hs, change.From).TotalAdditionalPercent));
        }

        return lines;
    }
}
