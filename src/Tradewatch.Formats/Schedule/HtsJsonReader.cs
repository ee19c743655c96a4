using System.IO.Compression;
using System.Text.Json;
using Tradewatch.Core;
using Tradewatch.Core.Schedule;

namespace Tradewatch.Formats.Schedule;

/// <summary>A row of a USITC JSON export of the HTSUS, texts cleaned of markup.</summary>
/// <param name="Number">The row's number as written ("8505.11.00.70"), empty for a description-only row.</param>
public sealed record HtsJsonRow(
    string Number,
    int Indent,
    string Description,
    IReadOnlyList<string> Units,
    string General,
    string Special,
    string Other,
    IReadOnlyList<Footnote> Footnotes);

/// <summary>
/// Reads one revision of the Harmonized Tariff Schedule as the US International Trade Commission
/// exports it (a JSON array of rows; gzipped when the name ends in .gz).
/// </summary>
public static class HtsJsonReader
{
    public static IReadOnlyList<HtsJsonRow> ReadFile(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            using var document = JsonDocument.Parse(stream);
            return Read(document.RootElement, path);
        }
        catch (JsonException e)
        {
            throw new BadDataException($"{path}: not a USITC JSON export: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new BadDataException($"{path}: not a gzip file: {e.Message}", e);
        }
    }

    private static List<HtsJsonRow> Read(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new BadDataException($"{path}: not a USITC JSON export: expected an array of rows.");
        }

        var rows = new List<HtsJsonRow>(root.GetArrayLength());
        var position = 0;
        foreach (var row in root.EnumerateArray())
        {
            position++;
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new BadDataException($"{path}: row {position} is not an object.");
            }

            var number = Text(row, "htsno").Trim();
            var indentText = Text(row, "indent");
            if (!int.TryParse(indentText, out var indent) || indent < 0)
            {
                throw new BadDataException($"{path}: row {position} ({(number.Length == 0 ? "no number" : number)}): indent '{indentText}' is not a depth.");
            }

            var units = row.TryGetProperty("units", out var u) && u.ValueKind == JsonValueKind.Array
                ? u.EnumerateArray().Select(x => DutyRate.Normalize(x.GetString())).Where(x => x.Length > 0).ToList()
                : [];
            var footnotes = new List<Footnote>();
            if (row.TryGetProperty("footnotes", out var f) && f.ValueKind == JsonValueKind.Array)
            {
                foreach (var note in f.EnumerateArray())
                {
                    var text = DutyRate.Normalize(Text(note, "value"));
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    var columns = note.TryGetProperty("columns", out var c) && c.ValueKind == JsonValueKind.Array
                        ? c.EnumerateArray().Select(x => x.GetString() ?? string.Empty).Where(x => x.Length > 0).ToList()
                        : [];
                    footnotes.Add(new Footnote(columns, text, Footnote.FindChapter99(text)));
                }
            }

            rows.Add(new HtsJsonRow(
                number,
                indent,
                DutyRate.Normalize(Text(row, "description")),
                units,
                DutyRate.Normalize(Text(row, "general")),
                DutyRate.Normalize(Text(row, "special")),
                DutyRate.Normalize(Text(row, "other")),
                footnotes));
        }

        return rows;
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
