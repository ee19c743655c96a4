namespace Tradewatch.News.Claims;

/// <summary>Where a document states a claim.</summary>
public sealed record ClaimSource(string Document, int Start, int End);

/// <summary>
/// One distinct statement made by one or more reports, with every source, and the number of
/// independent outlets that make it (copies and versions of one report count once).
/// </summary>
public sealed record ConsolidatedClaim(string Id, ClaimFacts Facts, IReadOnlyList<ClaimSource> Sources, int Corroboration);

/// <summary>How two claims about the same thing relate.</summary>
public enum DiscrepancyType
{
    /// <summary>The same measure with different numbers: a conflict.</summary>
    NumericMismatch,

    /// <summary>The same number read two incompatible ways ("from 115% to 10%" vs "down by 115"): a conflict.</summary>
    InconsistentChange,

    /// <summary>Two different counts of the same list of items: a conflict.</summary>
    CountMismatch,

    /// <summary>Two people named for one role: a conflict.</summary>
    WrongPerson,

    /// <summary>
    /// One person called the holder of an office and its former holder: not a conflict, since a report may speak of
    /// a time before a present term, or the office changed hands between reports.
    /// </summary>
    RoleMismatch,

    /// <summary>One page printing two publication dates: a conflict.</summary>
    DateMismatch,

    /// <summary>Different measures that look alike (total exports vs exports to the US): not a conflict.</summary>
    DifferentScope,

    /// <summary>Two rates of different times or standings (a rate before, a rate announced): not a conflict.</summary>
    DifferentTime,

    /// <summary>A rounded figure and a precise one ("about 70%" vs 69%): not a conflict.</summary>
    Approximation,

    /// <summary>A place and the country it is in (Geneva vs Switzerland): not a conflict.</summary>
    PlaceInCountry,

    /// <summary>A quote and a fragment of it: not a conflict.</summary>
    QuoteFragment,
}

/// <summary>
/// Claims about the same thing that disagree, with the type of the disagreement and an explanation.
/// <see cref="IsConflict"/> is false for discrepancies that are explained away (an approximation, a
/// place and its country): those are kept so a reader sees why they were not flagged.
/// </summary>
public sealed record ClaimDiscrepancy(string Kind, IReadOnlyList<string> Claims, DiscrepancyType Type, string Explanation)
{
    public bool IsConflict => Type is DiscrepancyType.NumericMismatch or DiscrepancyType.InconsistentChange
        or DiscrepancyType.CountMismatch or DiscrepancyType.WrongPerson or DiscrepancyType.DateMismatch;
}

/// <summary>What the extractor could not read in one document (an impossible date, an unclosed quotation), and where.</summary>
public sealed record DocumentGap(string Document, string Code, int Position, string Message)
{
    public override string ToString() => $"{Document}: {Code} at {Position}: {Message}";
}

/// <summary>
/// The consolidated claims of a set of reports, the conflicts and the explained non-conflicts, and
/// the gaps the extractor met in each document, so a reader learns what was not read as well as what was.
/// </summary>
public sealed record ConsolidationResult(
    IReadOnlyList<ConsolidatedClaim> Claims,
    IReadOnlyList<ClaimDiscrepancy> Conflicts,
    IReadOnlyList<ClaimDiscrepancy> NonConflicts)
{
    public IReadOnlyList<DocumentGap> Gaps { get; init; } = [];
}
