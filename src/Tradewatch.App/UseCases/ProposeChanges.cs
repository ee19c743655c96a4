using Tradewatch.App.Ledger;
using Tradewatch.Storage;
using Tradewatch.Storage.Review;

namespace Tradewatch.App.UseCases;

/// <summary>The propose use case: after an ingest (CLI or server) or on demand (<c>tradewatch review propose</c>).</summary>
public static class ProposeChanges
{
    /// <summary>
    /// Checks the stored reports' claims against the session's ledger (with what review accepted so far)
    /// and proposes those it contradicts or lacks; a claim proposed before is not proposed again.
    /// </summary>
    public static ProposeOutcome FromStore(NewsStore store, LedgerSession session)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(session);
        return store.Review.ProposeFromStore(session.Ledger, session.Reference.Economies);
    }
}
