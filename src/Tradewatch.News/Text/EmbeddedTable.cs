namespace Tradewatch.News.Text;

/// <summary>The tab-separated lexicons embedded in this assembly (gazetteers, month names).</summary>
internal static class EmbeddedTable
{
    /// <summary>The rows of an embedded file, split on tabs and trimmed; blank lines and # comments left out.</summary>
    public static List<string[]> Rows(string resource)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in Tradewatch.News.");
        using var reader = new StreamReader(stream);
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
