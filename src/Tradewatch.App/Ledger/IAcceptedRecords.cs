using Tradewatch.Core.Ledger;

namespace Tradewatch.App.Ledger;

/// <summary>
/// The ledger records accepted in a store's review queue: the seam between a <see cref="LedgerSession"/>
/// and the store it overlays. <see cref="Count"/> is cheap and changes whenever review accepts or
/// revokes a record (in any process sharing the store), so a session can tell when to read the batch again.
/// </summary>
public interface IAcceptedRecords
{
    /// <summary>A number that changes whenever a record is accepted or revoked.</summary>
    long Count();

    /// <summary>The accepted records, each recorded at its acceptance time.</summary>
    LedgerBatch Batch();
}
