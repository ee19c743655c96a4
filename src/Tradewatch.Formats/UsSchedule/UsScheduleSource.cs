using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tradewatch.Formats.UsSchedule;

/// <summary>One row of an HTS revision: a heading, subheading, tariff line or statistical line, or a Chapter 99 provision.</summary>
/// <param name="Number">The HTS number as printed (<c>8505.11.00</c>); empty for a description-only row.</param>
/// <param name="Footnotes">The Chapter 99 headings the row's footnotes point at (<c>9903.88.15</c>).</param>
public sealed record HtsRow(string Number, int Indent, string Description, string General, IReadOnlyList<string> Footnotes)
{
    /// <summary>The number's digits, without dots.</summary>
    public string Digits => Number.Replace(".", string.Empty, StringComparison.Ordinal);
}

/// <summary>
/// The shared folder of the US tariff schedule (<c>../shared/data/us-tariff-schedule</c>): the HTS
/// revisions, the curated product lists and the authority-level rates. Reads; never interprets.
/// </summary>
public sealed partial class UsScheduleSource
{
    public UsScheduleSource(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the US tariff schedule folder does not exist: {folder}");
        }

        Folder = folder;
    }

    public string Folder { get; }

    public string ProductList(string name) => Path.Combine(Folder, "product-lists", name);

    public string Authorities(string name) => Path.Combine(Folder, "authorities", name);

    /// <summary>The rows of one HTS revision (<c>hts_2026_rev_10</c>), in the schedule's order.</summary>
    public IReadOnlyList<HtsRow> Revision(string name)
    {
        var path = Path.Combine(Folder, "hts", name + ".json.gz");
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var document = JsonDocument.Parse(gzip);
        var rows = new List<HtsRow>();
        foreach (var row in document.RootElement.EnumerateArray())
        {
            var footnotes = new List<string>();
            if (row.TryGetProperty("footnotes", out var notes) && notes.ValueKind == JsonValueKind.Array)
            {
                foreach (var note in notes.EnumerateArray())
                {
                    if (note.ValueKind == JsonValueKind.Object && note.TryGetProperty("value", out var value) && value.GetString() is { } text)
                    {
                        footnotes.AddRange(ChapterNinetyNine().Matches(text).Select(m => m.Value));
                    }
                }
            }

            rows.Add(new HtsRow(
                Text(row, "htsno"),
                int.TryParse(Text(row, "indent"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var indent) ? indent : 0,
                Text(row, "description"),
                Text(row, "general"),
                footnotes));
        }

        return rows;
    }

    /// <summary>The rows of a CSV product list, as field arrays, without its header and '#' comment lines.</summary>
    public IReadOnlyList<string[]> Csv(string name)
    {
        var rows = new List<string[]>();
        var header = true;
        foreach (var line in File.ReadLines(ProductList(name)))
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            rows.Add(line.Split(',').Select(f => f.Trim().Trim('"')).ToArray());
        }

        return rows;
    }

    private static string Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    [GeneratedRegex(@"99\d\d\.\d\d\.\d\d")]
    private static partial Regex ChapterNinetyNine();
}
