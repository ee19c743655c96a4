using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Tradewatch.Core.Limits;
using Tradewatch.News.Html;

using Tradewatch.News.Text;

namespace Tradewatch.News.Reading;

/// <summary>
/// Turns the bytes of one file into reports: text and Markdown with optional YAML front matter,
/// HTML pages (main text by <see cref="HtmlArticleExtractor"/>), RSS and Atom feeds (a report per
/// item), any of them gzipped. Pure: the caller reads the file. Problems are issues on the result.
/// </summary>
public static class ReportReader
{
    /// <summary>Above this many bytes only the start of a file is read, with a warning.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    private static readonly string[] TextExtensions = [".txt", ".text", ".md", ".markdown"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] FeedExtensions = [".xml", ".rss", ".atom"];

    /// <summary>True for the file names a folder walk picks up.</summary>
    public static bool IsKnownFile(string fileName)
    {
        var name = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return TextExtensions.Contains(ext) || HtmlExtensions.Contains(ext) || FeedExtensions.Contains(ext);
    }

    /// <summary>Reads one file; whatever goes wrong becomes an issue on the result, so one bad file never stops a batch.</summary>
    /// <param name="id">The id the reports get.</param>
    /// <param name="fileName">The file's name, whose extension says its format.</param>
    /// <param name="bytes">The file's bytes, or only its first ones when it is large.</param>
    /// <param name="fileSize">The whole file's size when <paramref name="bytes"/> holds only its start.</param>
    public static ReadResult Read(string id, string fileName, byte[] bytes, long? fileSize = null)
    {
        try
        {
            return ReadUnguarded(id, fileName, bytes, fileSize ?? bytes.Length);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Error(id, $"could not be read ({e.GetType().Name}: {e.Message})");
        }
    }

    private static ReadResult ReadUnguarded(string id, string fileName, byte[] bytes, long fileSize)
    {
        var issues = new List<ReadIssue>();
        if (fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            var unzipped = Gunzip(bytes, out var error);
            if (unzipped is null)
            {
                return ReadResult.Error(id, error!);
            }

            bytes = unzipped;
            fileSize = unzipped.Length;
            fileName = fileName[..^3];
        }

        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            return ReadResult.Error(id, "empty file");
        }

        if (LooksBinary(bytes))
        {
            return ReadResult.Error(id, "binary file, not text (NUL or control bytes)");
        }

        if (Math.Max(bytes.Length, fileSize) > MaxBytes)
        {
            issues.Add(Warn(id, $"file is {InputLimits.Size(Math.Max(bytes.Length, fileSize))}; only the first {InputLimits.Size(MaxBytes)} were read"));
            bytes = bytes[..Math.Min(bytes.Length, MaxBytes)];
        }

        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        var isHtml = HtmlExtensions.Contains(ext);
        var decoded = TextDecoder.Decode(bytes, lookForMetaCharset: isHtml || !TextExtensions.Contains(ext));
        if (decoded.ReplacedBytes > 0)
        {
            if (decoded.ReplacedBytes * 10L > bytes.Length)
            {
                return ReadResult.Error(id, $"not valid {decoded.EncodingName}: {decoded.ReplacedBytes} of {bytes.Length} bytes could not be decoded");
            }

            issues.Add(Warn(id, $"{decoded.ReplacedBytes} invalid {decoded.EncodingName} byte(s) replaced with U+FFFD"));
        }

        var text = decoded.Text;
        var kind = Sniff(ext, text);
        var result = kind switch
        {
            InputFormat.Html => ReadHtml(id, text, issues),
            InputFormat.FeedItem => ReadFeed(id, text, issues),
            _ => ReadText(id, text, kind, issues),
        };
        return result;
    }

    private static InputFormat Sniff(string ext, string text)
    {
        if (TextExtensions.Contains(ext))
        {
            return ext is ".md" or ".markdown" ? InputFormat.Markdown : InputFormat.PlainText;
        }

        if (HtmlExtensions.Contains(ext))
        {
            return InputFormat.Html;
        }

        if (FeedParser.LooksLikeFeed(text))
        {
            return InputFormat.FeedItem;
        }

        var head = text.TrimStart().AsSpan(0, Math.Min(200, text.TrimStart().Length));
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html
            : InputFormat.PlainText;
    }

    private static ReadResult ReadText(string id, string text, InputFormat format, List<ReadIssue> issues)
    {
        var front = FrontMatter.Split(text);
        if (front.Error is not null)
        {
            issues.Add(Warn(id, front.Error + "; metadata ignored"));
        }

        var f = front.Fields;
        var published = f.TryGetValue("published", out var p) || f.TryGetValue("date", out p) ? DateText.ParseValue(p) : null;
        if (p is not null && published is null)
        {
            issues.Add(Warn(id, $"front matter date '{p}' is not a date; ignored"));
        }

        var body = format == InputFormat.Markdown ? MarkdownText.ToPlain(front.Body) : front.Body;
        var meta = new ReportMetadata(f.GetValueOrDefault("title"), f.GetValueOrDefault("url") ?? f.GetValueOrDefault("link"), f.GetValueOrDefault("outlet") ?? f.GetValueOrDefault("source"), published);
        return Single(id, format, body, meta, issues);
    }

    private static ReadResult ReadHtml(string id, string html, List<ReadIssue> issues)
    {
        var extraction = ExtractGuarded(html, out var failure);
        if (extraction is null)
        {
            issues.Add(new ReadIssue(id, IssueSeverity.Error, failure!));
            return new ReadResult([], issues);
        }

        issues.AddRange(extraction.Warnings.Select(w => Warn(id, w)));
        var meta = new ReportMetadata(extraction.Title, extraction.Url, extraction.Outlet, extraction.Published);
        return Single(id, InputFormat.Html, extraction.Text, meta, issues);
    }

    /// <summary>
    /// Runs the extractor on a thread with a large stack: a page nested ten thousand elements deep
    /// must give an error for that page, not a stack overflow that ends the whole batch.
    /// </summary>
    private static HtmlExtraction? ExtractGuarded(string html, out string? failure)
    {
        HtmlExtraction? result = null;
        string? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = HtmlArticleExtractor.Extract(html, null);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    error = $"HTML could not be read: {e.Message}";
                }
            },
            maxStackSize: 512 * 1024 * 1024)
        {
            IsBackground = true,
        };
        thread.Start();
        var budget = InputLimits.Default;
        if (!thread.Join(budget.DocumentBudget))
        {
            // A thread cannot be stopped from outside; it is left to finish in the background and its result dropped.
            failure = budget.OverBudget();
            return null;
        }

        failure = error;
        return result;
    }

    private static ReadResult ReadFeed(string id, string xml, List<ReadIssue> issues)
    {
        Feed feed;
        try
        {
            feed = FeedParser.Parse(xml);
        }
        catch (FormatException e)
        {
            issues.Add(new ReadIssue(id, IssueSeverity.Error, e.Message));
            return new ReadResult([], issues);
        }

        if (feed.Items.Count == 0)
        {
            issues.Add(Warn(id, "feed has no items"));
        }

        var reports = new List<SourceReport>();
        for (var i = 0; i < feed.Items.Count; i++)
        {
            var item = feed.Items[i];
            var itemId = $"{id}#{i + 1}";
            var content = item.Content ?? string.Empty;
            var body = HtmlFragmentText.LooksLikeHtml(content) ? HtmlFragmentText.ToText(content) : content;
            if (string.IsNullOrWhiteSpace(body))
            {
                issues.Add(Warn(itemId, "feed item has no text"));
                continue;
            }

            var meta = new ReportMetadata(item.Title, item.Link, feed.Title, item.Published);
            reports.AddRange(Single(itemId, InputFormat.FeedItem, body, meta, []).Reports);
        }

        return new ReadResult(reports, issues);
    }

    private static ReadResult Single(string id, InputFormat format, string body, ReportMetadata meta, List<ReadIssue> issues)
    {
        body = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(body))
        {
            issues.Add(new ReadIssue(id, IssueSeverity.Error, "no text found"));
            return new ReadResult([], issues);
        }

        var reportIssues = new List<ReadIssue>();
        if (LanguageCheck.EnglishShare(body) is { } share && share < LanguageCheck.MinEnglishShare)
        {
            reportIssues.Add(Warn(id, $"does not look like English ({share:P0} common English words); cleaning and grouping may be poor"));
        }

        issues.AddRange(reportIssues);
        return new ReadResult([new SourceReport(id, format, body, meta, Hash(body), reportIssues)], issues);
    }

    /// <summary>Hash of the text with whitespace collapsed, so that re-saving a file does not make a new report.</summary>
    public static string Hash(string body)
    {
        var collapsed = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(collapsed)));
    }

    private static bool LooksBinary(byte[] bytes)
    {
        var n = Math.Min(bytes.Length, 8192);
        var utf16 = n >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (utf16)
        {
            return false;
        }

        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var b = bytes[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return control * 20 > n;
    }

    /// <summary>What <see cref="GzipEnd"/> unpacks to.</summary>
    private static readonly byte[] GzipEndText = "\0tradewatch: the end of a gzip file\0"u8.ToArray();

    /// <summary>
    /// A complete gzip member appended to every file before unpacking it. The unpacker reads member
    /// after member (a file may hold several, as <c>cat a.gz b.gz</c> makes them), but takes a file
    /// that stops partway through a member as finished. With this member after it, a cut-off last
    /// member swallows the appended bytes and fails its checksum, and data after the last member that
    /// is not gzip keeps the appended member from being read: either way the text does not end as
    /// appended, and the file is reported rather than read in part.
    /// </summary>
    private static readonly byte[] GzipEnd = Pack(GzipEndText);

    private static byte[] Pack(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>
    /// The unpacked bytes of every member, or null with the reason: not gzip, corrupt, truncated
    /// (nothing from a cut-off file is kept), or larger than the limit.
    /// </summary>
    private static byte[]? Gunzip(byte[] bytes, out string? error)
    {
        error = null;
        var limits = InputLimits.Default;
        if (bytes.Length < 2 || bytes[0] != 0x1F || bytes[1] != 0x8B)
        {
            error = "not a valid gzip file (it does not start as one)";
            return null;
        }

        const string Cut = "truncated or corrupt gzip file";
        try
        {
            using var input = new GZipStream(new MemoryStream([.. bytes, .. GzipEnd]), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > limits.MaxDecompressedBytes + GzipEndText.Length)
                {
                    error = limits.DecompressesTooLarge();
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            var unpacked = output.GetBuffer().AsSpan(0, (int)output.Length);
            if (!unpacked.EndsWith(GzipEndText))
            {
                error = $"{Cut} (what follows its last member is not gzip); nothing from it was read";
                return null;
            }

            return unpacked[..^GzipEndText.Length].ToArray();
        }
        catch (InvalidDataException)
        {
            error = $"{Cut} (a member is cut off or fails its checksum); nothing from it was read";
            return null;
        }
    }

    private static ReadIssue Warn(string id, string message) => new(id, IssueSeverity.Warning, message);
}
