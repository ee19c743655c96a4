namespace Tradewatch.News.Html;

/// <summary>
/// The main text of one HTML page and what its markup says about it. Best effort: what could not
/// be read is listed in <see cref="Warnings"/>, never thrown.
/// </summary>
/// <param name="Title">The article's headline, or null.</param>
/// <param name="Text">The article's own text, paragraphs separated by blank lines; empty when none was found.</param>
/// <param name="Published">The publication date from meta tags or JSON-LD, or null.</param>
/// <param name="Author">The byline, or null.</param>
/// <param name="Outlet">The site name, or null.</param>
/// <param name="Url">The canonical URL, or null.</param>
/// <param name="Warnings">What went wrong or was guessed.</param>
public sealed record HtmlExtraction(
    string? Title,
    string Text,
    DateOnly? Published,
    string? Author,
    string? Outlet,
    string? Url,
    IReadOnlyList<string> Warnings);
