namespace Tradewatch.Formats.Ledger;

/// <summary>A problem found in a ledger file, with where it is.</summary>
public sealed record LedgerProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>
/// What reading a ledger file gave: the records, and every problem found (the batch is usable only
/// when there are none); warnings (a record citing no primary text) do not make it invalid.
/// </summary>
public sealed record LedgerFileResult(Core.Ledger.LedgerBatch Batch, IReadOnlyList<LedgerProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public IReadOnlyList<LedgerProblem> Warnings { get; init; } = [];
}
