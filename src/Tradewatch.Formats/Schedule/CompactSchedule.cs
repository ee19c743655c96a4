using System.Globalization;
using System.IO.Compression;
using System.Text;
using Tradewatch.Core;
using Tradewatch.Core.Products;
using Tradewatch.Core.Schedule;

namespace Tradewatch.Formats.Schedule;

/// <summary>
/// The US tariff schedule in the compact form the project ships (data/us-schedule): the revision
/// table <c>revisions.tsv</c> (curated: effective and record dates) and <c>lines.tsv.gz</c>, where
/// each row of the schedule appears once per run of revisions in which it reads the same:
/// <c>from, to, key, parent, indent, description, units, general, special, other, footnotes</c>.
/// <see cref="Build"/> regenerates it from the USITC JSON revisions; <see cref="Load"/> reads it.
/// </summary>
public static class CompactSchedule
{
    public const string RevisionsFile = "revisions.tsv";
    public const string LinesFile = "lines.tsv.gz";
    private const string FootnoteSeparator = " || ";

    private static readonly string[] Attribution =
    [
        "# The Harmonized Tariff Schedule of the United States, 2025-2026, every revision, in Tradewatch's compact form.",
        "# Source: US International Trade Commission (a US government work, public domain), JSON exports as collected by",
        "# the Budget Lab at Yale's tariff-rate-tracker. Regenerate with: tradewatch hts build --from DIR --out data/us-schedule",
        "from\tto\tkey\tparent\tindent\tdescription\tunits\tgeneral\tspecial\tother\tfootnotes",
    ];

    /// <summary>Reads the revision table: id, effective, recorded, event, recorded_note; lines starting with '#' are comments.</summary>
    public static IReadOnlyList<ScheduleRevision> ReadRevisions(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadDataException($"{path}: the revision table is missing.");
        }

        var revisions = new List<ScheduleRevision>();
        var lineNumber = 0;
        var header = true;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 3
                || !DateOnly.TryParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective)
                || !DateOnly.TryParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var recorded))
            {
                throw new BadDataException($"{path}: line {lineNumber}: expected id, effective and recorded dates (yyyy-MM-dd) separated by tabs.");
            }

            revisions.Add(new ScheduleRevision(
                revisions.Count,
                f[0],
                effective,
                new DateTimeOffset(recorded.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                f.Length > 3 && f[3].Length > 0 ? f[3] : null,
                f.Length > 4 && f[4].Length > 0 ? f[4] : null));
        }

        if (revisions.Count == 0)
        {
            throw new BadDataException($"{path}: the revision table lists no revision.");
        }

        return revisions;
    }

    /// <summary>The USITC file name of a revision: hts_2025_rev_16.json.gz.</summary>
    public static string JsonFileName(string revisionId) => $"hts_{revisionId}.json.gz";

    /// <summary>
    /// Reads every revision listed in <paramref name="revisionsPath"/> from <paramref name="jsonDirectory"/>
    /// and writes the compact lines file to <paramref name="outputDirectory"/> (with a copy of the
    /// revision table when it lives elsewhere). All revisions are read before anything is written:
    /// a revision that does not parse leaves the shipped files as they were.
    /// </summary>
    public static BuildSummary Build(string jsonDirectory, string revisionsPath, string outputDirectory)
    {
        var revisions = ReadRevisions(revisionsPath);
        var versions = new Dictionary<string, List<(int From, int To, string Content)>>(StringComparer.Ordinal);
        var rowsRead = 0;
        foreach (var revision in revisions)
        {
            var path = Path.Combine(jsonDirectory, JsonFileName(revision.Id));
            if (!File.Exists(path))
            {
                throw new BadDataException($"{path}: revision {revision.Id} is listed in {revisionsPath} but its file is missing.");
            }

            var rows = HtsJsonReader.ReadFile(path);
            rowsRead += rows.Count;
            foreach (var (key, content) in Keyed(rows, path))
            {
                if (!versions.TryGetValue(key, out var list))
                {
                    versions[key] = list = [];
                }

                if (list.Count > 0 && list[^1].To == revision.Index - 1 && list[^1].Content == content)
                {
                    list[^1] = list[^1] with { To = revision.Index };
                }
                else
                {
                    list.Add((revision.Index, revision.Index, content));
                }
            }
        }

        Directory.CreateDirectory(outputDirectory);
        var output = Path.Combine(outputDirectory, LinesFile);
        var temporary = output + ".tmp";
        var written = 0;
        using (var file = File.Create(temporary))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            foreach (var line in Attribution)
            {
                writer.WriteLine(line);
            }

            foreach (var (key, list) in versions.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                foreach (var (from, to, content) in list)
                {
                    writer.Write(from);
                    writer.Write('\t');
                    writer.Write(to);
                    writer.Write('\t');
                    writer.Write(key);
                    writer.Write('\t');
                    writer.WriteLine(content);
                    written++;
                }
            }
        }

        File.Move(temporary, output, overwrite: true);
        var table = Path.Combine(outputDirectory, RevisionsFile);
        if (!string.Equals(Path.GetFullPath(table), Path.GetFullPath(revisionsPath), StringComparison.Ordinal))
        {
            File.Copy(revisionsPath, table, overwrite: true);
        }

        return new BuildSummary(revisions.Count, rowsRead, written, output);
    }

    /// <summary>The rows of one revision with their keys and serialized contents (parent, indent, texts).</summary>
    private static IEnumerable<(string Key, string Content)> Keyed(IReadOnlyList<HtsJsonRow> rows, string path)
    {
        var stack = new List<(int Indent, string Key)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lastNumbered = string.Empty;
        var described = 0;
        foreach (var row in rows)
        {
            string key;
            if (row.Number.Length > 0)
            {
                if (!HsCode.TryParse(row.Number, out var code) || code.ToString() != row.Number)
                {
                    throw new BadDataException($"{path}: line {row.Number}: not a tariff number written as 8505, 8505.11, 8505.11.00 or 8505.11.00.70.");
                }

                key = row.Number;
                lastNumbered = key;
                described = 0;
            }
            else
            {
                key = $"{lastNumbered}!{++described}";
            }

            if (!seen.Add(key))
            {
                throw new BadDataException($"{path}: line {key} appears twice.");
            }

            while (stack.Count > 0 && stack[^1].Indent >= row.Indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var parent = stack.Count > 0 ? stack[^1].Key : string.Empty;
            stack.Add((row.Indent, key));
            var footnotes = string.Join(FootnoteSeparator, row.Footnotes.Select(f => $"{string.Join(',', f.Columns)}:{f.Text}"));
            yield return (key, string.Join('\t', parent, row.Indent.ToString(CultureInfo.InvariantCulture), Clean(row.Description),
                string.Join(',', row.Units), Clean(row.General), Clean(row.Special), Clean(row.Other), Clean(footnotes)));
        }
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>
    /// Reads the compact schedule in <paramref name="directory"/>. Throws <see cref="BadDataException"/>
    /// naming the file and line when it is damaged; nothing of a damaged file is used.
    /// </summary>
    public static TariffSchedule Load(string directory)
    {
        var revisions = ReadRevisions(Path.Combine(directory, RevisionsFile));
        var path = Path.Combine(directory, LinesFile);
        if (!File.Exists(path))
        {
            throw new BadDataException($"{path}: the schedule's lines file is missing; run 'tradewatch hts build'.");
        }

        var rows = new List<ScheduleRow>(48_000);
        var lineNumber = 0;
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8, false, 1 << 16);
            var header = true;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (header)
                {
                    header = false;
                    continue;
                }

                rows.Add(ParseRow(line, revisions.Count) ?? throw new BadDataException($"{path}: line {lineNumber}: expected 11 fields: {LineStart(line)}"));
            }

            return new TariffSchedule(revisions, rows, path);
        }
        catch (InvalidDataException e)
        {
            throw new BadDataException($"{path}: not a gzip file: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new BadDataException($"{path}: {TradewatchException.PlainMessage(e)}", e);
        }
    }

    private static string LineStart(string line) => line.Length <= 60 ? line : line[..60] + "…";

    /// <summary>
    /// A row of the lines file, its structure checked now (11 fields, revision indexes, indent, a well-formed
    /// number) so that a damaged file is refused whole when loaded; its words, rates and footnotes are read
    /// when first used. Null when the structure is wrong.
    /// </summary>
    private static ScheduleRow? ParseRow(string line, int revisionCount)
    {
        Span<int> tabs = stackalloc int[10];
        var count = 0;
        for (var i = line.IndexOf('\t'); i >= 0; i = line.IndexOf('\t', i + 1))
        {
            if (count == tabs.Length)
            {
                return null;
            }

            tabs[count++] = i;
        }

        var span = line.AsSpan();
        if (count != tabs.Length
            || !int.TryParse(span[..tabs[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(span[(tabs[0] + 1)..tabs[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            || !int.TryParse(span[(tabs[3] + 1)..tabs[4]], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            || to >= revisionCount || from > to)
        {
            return null;
        }

        var key = line[(tabs[1] + 1)..tabs[2]];
        if (!key.Contains('!', StringComparison.Ordinal) && !HsCode.TryParse(key, out _))
        {
            return null;
        }

        return new ScheduleRow(from, to, key, line, Content);
    }

    /// <summary>The content of a row whose structure <see cref="ParseRow"/> checked: cannot fail.</summary>
    private static ScheduleRowContent Content(string line)
    {
        var f = line.Split('\t');
        var key = f[2];
        var parent = f[3].Length == 0 ? null : f[3];
        var indent = int.Parse(f[4], NumberStyles.None, CultureInfo.InvariantCulture);
        if (key.Contains('!', StringComparison.Ordinal))
        {
            return new ScheduleRowContent(parent, new ScheduleNode(null, indent, f[5]), null);
        }

        var code = HsCode.Parse(key);
        var footnotes = f[10].Length == 0
            ? []
            : f[10].Split(FootnoteSeparator).Select(n =>
            {
                var colon = n.IndexOf(':', StringComparison.Ordinal);
                var columns = colon <= 0 ? [] : n[..colon].Split(',');
                var text = n[(colon + 1)..];
                return new Footnote(columns, text, Footnote.FindChapter99(text));
            }).ToList();
        var units = f[6].Length == 0 ? [] : f[6].Split(',');
        var tariffLine = new TariffLine(code, indent, f[5], units, DutyRate.Parse(f[7]), f[8], DutyRate.Parse(f[9]), footnotes);
        return new ScheduleRowContent(parent, new ScheduleNode(code, indent, f[5]), tariffLine);
    }
}

/// <summary>What a build of the compact schedule read and wrote.</summary>
public sealed record BuildSummary(int Revisions, int RowsRead, int RowsWritten, string Output);
