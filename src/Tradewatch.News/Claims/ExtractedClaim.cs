namespace Tradewatch.News.Claims;

/// <summary>One statement found in one document, with the span of text it came from.</summary>
public sealed record ExtractedClaim(ClaimFacts Facts, ClaimSpan Span);

/// <summary>
/// Why the extractor gave up on, or was unsure of, part of a document: a result value with a code
/// and a text position, never an exception.
/// </summary>
public sealed record ExtractionGap(string Code, int Position, string Message);

/// <summary>The claims found in one document and the gaps met on the way.</summary>
public sealed record DocumentClaims(
    ClaimDocument Document,
    IReadOnlyList<ExtractedClaim> Claims,
    IReadOnlyList<ExtractionGap> Gaps);
