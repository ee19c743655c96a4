namespace Tradewatch.News.Reading;

/// <summary>Where a publication date came from; earlier members are more trusted.</summary>
public enum DateSource
{
    None = 0,
    Declared,
    Dateline,
    TextToken,
    WireDateline,
    Url,
    Story,

    /// <summary>Inferred from the days the text names (<see cref="Dates.MentionedDates"/>).</summary>
    Mentioned,
}

/// <summary>What is known about a report besides its text. Every field may be missing.</summary>
public sealed record ReportMetadata(string? Title, string? Url, string? Outlet, DateOnly? Published)
{
    public static ReportMetadata Empty { get; } = new(null, null, null, null);
}
