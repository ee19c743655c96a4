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

        // a folder without the schedule's three parts is the wrong folder: say so before reading anything
        foreach (var part in Parts.Where(p => !Directory.Exists(Path.Combine(folder, p))))
        {
            throw new InvalidDataException($"{folder} is not the US tariff schedule folder: it has no {part}/ (it holds hts/, product-lists/ and authorities/; see its README)");
        }

        Folder = folder;
    }

    private static readonly string[] Parts = ["hts", "product-lists", "authorities"];

    public string Folder { get; }

    public string ProductList(string name) => Path.Combine(Folder, "product-lists", name);

    /// <summary>Where each code read from a product list was written: the list's path and line, first place first.</summary>
    private readonly Dictionary<string, List<string>> _listedAt = new(StringComparer.Ordinal);

    /// <summary>
    /// The places (<c>path line N</c>) the product lists read so far give <paramref name="code"/> as written there; empty
    /// for a code no list gave (one the build itself names).
    /// </summary>
    public IReadOnlyList<string> ListedAt(string code) => _listedAt.TryGetValue(code, out var places) ? places : [];

    private void Listed(string code, string path, int line)
    {
        if (!_listedAt.TryGetValue(code, out var places))
        {
            places = [];
            _listedAt[code] = places;
        }

        var place = $"{path} line {line.ToString(CultureInfo.InvariantCulture)}";
        if (!places.Contains(place, StringComparer.Ordinal))
        {
            places.Add(place);
        }
    }

    public string Authorities(string name) => Path.Combine(Folder, "authorities", name);

    /// <summary>The rows of one HTS revision (<c>hts_2026_rev_10</c>), in the schedule's order.</summary>
    public IReadOnlyList<HtsRow> Revision(string name)
    {
        var path = Path.Combine(Folder, "hts", name + ".json.gz");
        try
        {
            return ReadRevision(path);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not an HTS revision, the JSON does not parse ({OneLine(e.Message)})", e);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: not a whole gzip file ({OneLine(e.Message)})", e);
        }
    }

    private static List<HtsRow> ReadRevision(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var document = JsonDocument.Parse(gzip);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: not an HTS revision: expected a JSON array of rows, found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}");
        }

        var rows = new List<HtsRow>();
        foreach (var row in document.RootElement.EnumerateArray())
        {
            var footnotes = new List<string>();
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path}: not an HTS revision: row {rows.Count + 1} is {row.ValueKind.ToString().ToLowerInvariant()}, not an object with htsno, description and general");
            }

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
    /// <remarks>Every row has at least the header's fields, and its first field is a tariff line's digits (dots allowed): else the file is bad data, named with its line.</remarks>
    public IReadOnlyList<string[]> Csv(string name)
    {
        var path = ProductList(name);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: missing (a product list the build reads)");
        }

        var rows = new List<string[]>();
        string[]? header = null;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split(',').Select(f => f.Trim().Trim('"')).ToArray();
            if (header is null)
            {
                header = fields;
                continue;
            }

            if (fields.Length < header.Length)
            {
                throw new InvalidDataException($"{path} line {number}: {fields.Length} field(s) where the header ({string.Join(",", header)}) has {header.Length}");
            }

            if (fields[0].Length == 0 || !fields[0].All(c => char.IsAsciiDigit(c) || c == '.'))
            {
                throw new InvalidDataException($"{path} line {number}: '{Clip(fields[0])}' is no tariff line (the first field, {header[0]}, is digits)");
            }

            rows.Add(fields);
            Listed(fields[0], path, number);
        }

        return header is null ? throw new InvalidDataException($"{path}: empty (no header, no rows)") : rows;
    }

    /// <summary>The codes of a plain-text product list, one a line, without blank and '#' comment lines.</summary>
    public IReadOnlyList<string> Lines(string name)
    {
        var path = ProductList(name);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: missing (a product list the build reads)");
        }

        var codes = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var code = line.Trim();
            if (code.Length == 0 || code.StartsWith('#'))
            {
                continue;
            }

            if (!code.All(c => char.IsAsciiDigit(c) || c == '.'))
            {
                throw new InvalidDataException($"{path} line {number}: '{Clip(code)}' is no tariff line");
            }

            codes.Add(code);
            Listed(code, path, number);
        }

        return codes;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "..." : text;

    private static string Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    [GeneratedRegex(@"99\d\d\.\d\d\.\d\d")]
    private static partial Regex ChapterNinetyNine();
}
