using System.Globalization;
using Tradewatch.News.Claims;
using Tradewatch.News.Cleaning;
using Tradewatch.News.Dates;
using Tradewatch.News.Reading;

namespace Tradewatch.ClaimsBench;

/// <summary>
/// Reads a corpus folder the way the reading stage will until it lands: one report per .txt/.md
/// file, YAML-style front matter (url, outlet, published, title) stripped, the rest is the text;
/// a report without a declared date is dated as the pipeline dates it (<see cref="PublicationDates.Own"/>).
/// </summary>
internal sealed record CorpusReport(ClaimDocument Document, string? Url, string? Title, CleanReport Clean);

internal static class CorpusFolder
{
    public static List<CorpusReport> Read(string folder)
    {
        var reports = new List<CorpusReport>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var raw = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var body = raw;
            if (raw.StartsWith("---\n", StringComparison.Ordinal))
            {
                var end = raw.IndexOf("\n---\n", 4, StringComparison.Ordinal);
                if (end > 0)
                {
                    foreach (var line in raw[4..end].Split('\n'))
                    {
                        var colon = line.IndexOf(':', StringComparison.Ordinal);
                        if (colon > 0)
                        {
                            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"');
                        }
                    }

                    body = raw[(end + 5)..];
                }
            }

            DateOnly? published = fields.TryGetValue("published", out var p)
                && DateOnly.TryParse(p.Length >= 10 ? p[..10] : p, CultureInfo.InvariantCulture, out var d) ? d : null;
            var id = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var metadata = new ReportMetadata(fields.GetValueOrDefault("title"), fields.GetValueOrDefault("url"), fields.GetValueOrDefault("outlet"), published);
            var clean = ArticleCleaner.Clean(new SourceReport(id, InputFormat.PlainText, body, metadata, ReportReader.Hash(body), []));
            published = PublicationDates.Own(clean).Date;
            reports.Add(new CorpusReport(new ClaimDocument(id, body, published, fields.GetValueOrDefault("outlet")), fields.GetValueOrDefault("url"), fields.GetValueOrDefault("title"), clean));
        }

        return reports;
    }
}
