namespace Tradewatch.News.Reading;

/// <summary>
/// One report as read from its file: decoded text (front matter removed, HTML reduced to its
/// main text) and the metadata the file declares. Not yet cleaned.
/// </summary>
/// <param name="Id">The path relative to the analysed folder with '/' separators; feed items add '#n'.</param>
/// <param name="Format">What the report was read from.</param>
/// <param name="Body">The text, paragraphs separated by line breaks.</param>
/// <param name="Metadata">Title, url, outlet and date declared by the file.</param>
/// <param name="ContentHash">SHA-256 of the body, hex: a report read twice has the same hash.</param>
/// <param name="Issues">Warnings met while reading it.</param>
public sealed record SourceReport(
    string Id,
    InputFormat Format,
    string Body,
    ReportMetadata Metadata,
    string ContentHash,
    IReadOnlyList<ReadIssue> Issues);

/// <summary>What reading one file gave: its reports (a feed gives many) and its problems.</summary>
public sealed record ReadResult(IReadOnlyList<SourceReport> Reports, IReadOnlyList<ReadIssue> Issues)
{
    public bool Failed => Issues.Any(i => i.Severity == IssueSeverity.Error);

    public static ReadResult Error(string source, string message) =>
        new([], [new ReadIssue(source, IssueSeverity.Error, message)]);
}
