namespace Tradewatch.News.Reading;

/// <summary>How bad a problem met while reading is.</summary>
public enum IssueSeverity
{
    /// <summary>Something was guessed or dropped; the report was still read.</summary>
    Warning,

    /// <summary>The file (or feed item) could not be read at all.</summary>
    Error,
}

/// <summary>A problem with one input, named by the input's id, reported instead of thrown.</summary>
public sealed record ReadIssue(string Source, IssueSeverity Severity, string Message)
{
    public override string ToString() => $"{(Severity == IssueSeverity.Error ? "error" : "warning")}: {Source}: {Message}";
}
