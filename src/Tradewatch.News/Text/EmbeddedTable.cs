using System.IO.Compression;

namespace Tradewatch.News.Text;

/// <summary>The tab-separated tables embedded in this assembly (gazetteers, month names, the US schedule's rates).</summary>
internal static class EmbeddedTable
{
    /// <summary>The rows of an embedded file (gzipped when its name ends in .gz), split on tabs and trimmed; blank lines and # comments left out.</summary>
    public static List<string[]> Rows(string resource)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in Tradewatch.News.");
        using var reader = new StreamReader(resource.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t', StringSplitOptions.TrimEntries));
        }

        return rows;
    }
}
