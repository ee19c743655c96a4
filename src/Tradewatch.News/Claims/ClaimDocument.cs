namespace Tradewatch.News.Claims;

/// <summary>
/// A report as the claim extractor sees it: the cleaned text (every span is a UTF-16 offset into
/// <see cref="Text"/>), its publication date when known (relative dates are resolved against it),
/// and its outlet (corroboration is counted by independent outlet).
/// </summary>
public sealed record ClaimDocument
{
    public ClaimDocument(string id, string text, DateOnly? published = null, string? outlet = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Published = published;
        Outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim();
    }

    public string Id { get; }

    public string Text { get; }

    public DateOnly? Published { get; init; }

    /// <summary>
    /// Dates the page printed as its own in lines the cleaner took out of <see cref="Text"/> (datelines,
    /// date markers): two different ones on one page are a conflict the claims report, without a span.
    /// </summary>
    public IReadOnlyList<DateOnly> RemovedDatelines { get; init; } = [];

    public string? Outlet { get; }

    /// <summary>The page's address when known: its country-code domain says where the outlet writes from.</summary>
    public string? Url { get; init; }
}
