using Tradewatch.News.Pipeline;

namespace Tradewatch.Cli.Commands;

/// <summary>The readable summary of an analysis: stories with their reports, duplicates marked.</summary>
internal static class StorySummary
{
    /// <summary>Others of a duplicate group named on each report's line; the rest are counted.</summary>
    /// <remarks>Naming every other member made a group of 10,000 feed items write 10^8 names (minutes and gigabytes).</remarks>
    private const int NamedOthers = 3;

    public static void Write(Analysis analysis, TextWriter output)
    {
        var relation = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in analysis.Duplicates)
        {
            var more = g.Documents.Count - 1 - NamedOthers;
            foreach (var d in g.Documents)
            {
                var others = string.Join(", ", g.Documents.Where(x => x != d).Take(NamedOthers));
                relation[d] = $"{AnalysisJson.Name(g.Relation)} of {others}{(more > 0 ? $" and {more:N0} more" : string.Empty)}";
            }
        }

        var reports = analysis.Reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        output.WriteLine($"{analysis.Reports.Count} report(s), {analysis.Stories.Count} story(ies), {analysis.Duplicates.Count} group(s) of duplicates");
        foreach (var s in analysis.Stories.OrderByDescending(s => s.Documents.Count).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            output.WriteLine();
            var span = s.FirstDate is null ? "undated" : s.FirstDate == s.LastDate ? $"{s.FirstDate:yyyy-MM-dd}" : $"{s.FirstDate:yyyy-MM-dd} to {s.LastDate:yyyy-MM-dd}";
            output.WriteLine($"{s.Id}  {s.Title}  ({s.Documents.Count} report(s), {span})");
            foreach (var d in s.Documents)
            {
                var r = reports[d];
                var date = r.Published.Date is { } p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "----------";
                var outlet = r.Clean.Source.Metadata.Outlet is { } o ? $" [{o}]" : string.Empty;
                var dup = relation.TryGetValue(d, out var text) ? $"  ({text})" : string.Empty;
                output.WriteLine($"  {date}  {d}{outlet}{dup}");
            }
        }
    }
}
