using Tradewatch.Core.Ledger;
using Tradewatch.Storage.Review;

namespace Tradewatch.App.Ledger;

/// <summary>The records accepted in a store's review queue, as a <see cref="LedgerSession"/> takes them.</summary>
public static class AcceptedRecords
{
    /// <summary>Asks the queue each time: for a process that lives beside others sharing the store.</summary>
    public static IAcceptedRecords Live(ReviewQueue review) => new LiveRecords(review);

    /// <summary>Reads the queue once, now: for a command that answers and exits, so the store can be closed at once.</summary>
    public static IAcceptedRecords ReadOnce(ReviewQueue review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new FixedRecords(review.AcceptedCount(), review.AcceptedBatch());
    }

    private sealed class LiveRecords(ReviewQueue review) : IAcceptedRecords
    {
        public long Count() => review.AcceptedCount();

        public LedgerBatch Batch() => review.AcceptedBatch();
    }

    private sealed class FixedRecords(long count, LedgerBatch batch) : IAcceptedRecords
    {
        public long Count() => count;

        public LedgerBatch Batch() => batch;
    }
}
