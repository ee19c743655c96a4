using System.IO.Compression;
using System.Text;
using Tradewatch.Core;
using Tradewatch.Core.Products;
using Tradewatch.Formats.Schedule;

namespace Tradewatch.Formats.Tests;

public sealed class HtsJsonReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"tradewatch-hts-{Guid.NewGuid():N}");

    public HtsJsonReaderTests() => Directory.CreateDirectory(Path.Combine(_folder, "hts"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Basic = """
        [ { "htsno": "9999", "indent": "0", "description": "Widgets:", "general": "", "special": "", "other": "", "units": [], "footnotes": [] },
          { "htsno": "", "indent": "1", "description": "Of <i>brass</i>:", "general": "", "special": "", "other": "", "units": [], "footnotes": null },
          { "htsno": "9999.10.00", "indent": "2", "description": "Small", "general": "2.1%", "special": "Free (A,AU)", "other": "45%", "units": [],
            "footnotes": [ { "columns": ["general"], "value": "See 9903.88.15. ", "type": "endnote" } ] },
          { "htsno": "9999.10.00.10", "indent": "3", "description": "Round", "general": "", "special": "", "other": "", "units": ["No.", "kg"], "footnotes": [] } ]
        """;

    private void WriteRevision(string id, string json)
    {
        using var file = File.Create(Path.Combine(_folder, "hts", CompactSchedule.JsonFileName(id)));
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(json));
    }

    private string WriteTable(params string[] rows)
    {
        var path = Path.Combine(_folder, "revisions.tsv");
        File.WriteAllLines(path, ["id\teffective\trecorded\tevent\trecorded_note", .. rows]);
        return path;
    }

    [Fact]
    public void A_built_schedule_keeps_a_row_once_while_it_reads_the_same()
    {
        WriteRevision("2030_basic", Basic);
        WriteRevision("2030_rev_1", Basic.Replace("\"2.1%\"", "\"3%\"", StringComparison.Ordinal));
        var table = WriteTable("2030_basic\t2030-01-01\t2030-01-01\t\t", "2030_rev_1\t2030-02-01\t2030-02-10\trate change\t");
        var output = Path.Combine(_folder, "out");
        var summary = CompactSchedule.Build(Path.Combine(_folder, "hts"), table, output);
        Assert.Equal(8, summary.RowsRead);
        Assert.Equal(5, summary.RowsWritten); // only 9999.10.00 has two versions

        var schedule = CompactSchedule.Load(output);
        var line = HsCode.Parse("9999.10.00.10");
        var january = schedule.InForce(new DateOnly(2030, 2, 5))!;
        Assert.Equal("2030_rev_1", january.Id);
        Assert.Equal("3%", schedule.RatesOf(january, schedule.Line(january, line)!)!.General.Text);
        var knownEarly = schedule.InForce(new DateOnly(2030, 2, 5), new DateTimeOffset(2030, 2, 5, 0, 0, 0, TimeSpan.Zero))!;
        Assert.Equal("2.1%", schedule.RatesOf(knownEarly, schedule.Line(knownEarly, line)!)!.General.Text);
        Assert.Equal("Of brass:", schedule.Path(january, line)[1].Description);
        Assert.Equal(["9903.88.15"], schedule.Line(january, HsCode.Parse("9999.10.00"))!.Chapter99References.Select(c => c.ToString()));
    }

    [Fact]
    public void A_revision_that_does_not_parse_is_named_and_nothing_is_written()
    {
        WriteRevision("2030_basic", Basic);
        WriteRevision("2030_rev_1", "[ { \"htsno\": \"9999\", ");
        var table = WriteTable("2030_basic\t2030-01-01\t2030-01-01\t\t", "2030_rev_1\t2030-02-01\t2030-02-01\t\t");
        var output = Path.Combine(_folder, "out");
        var e = Assert.Throws<BadDataException>(() => CompactSchedule.Build(Path.Combine(_folder, "hts"), table, output));
        Assert.Contains("hts_2030_rev_1.json.gz", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, CompactSchedule.LinesFile)));
    }

    [Fact]
    public void A_row_number_that_is_not_a_tariff_number_is_named()
    {
        WriteRevision("2030_basic", Basic.Replace("9999.10.00.10", "9999.10.0010", StringComparison.Ordinal));
        var table = WriteTable("2030_basic\t2030-01-01\t2030-01-01\t\t");
        var e = Assert.Throws<BadDataException>(() => CompactSchedule.Build(Path.Combine(_folder, "hts"), table, Path.Combine(_folder, "out")));
        Assert.Contains("9999.10.0010", e.Message, StringComparison.Ordinal);
        Assert.Contains("hts_2030_basic.json.gz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_compact_file_is_named_with_its_line()
    {
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(output);
        WriteTable("2030_basic\t2030-01-01\t2030-01-01\t\t");
        File.Copy(Path.Combine(_folder, "revisions.tsv"), Path.Combine(output, CompactSchedule.RevisionsFile));
        using (var file = File.Create(Path.Combine(output, CompactSchedule.LinesFile)))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes("from\tto\tkey\tparent\tindent\tdescription\tunits\tgeneral\tspecial\tother\tfootnotes\n0\t0\t9999\t\t0\tWidgets\n"));
        }

        var e = Assert.Throws<BadDataException>(() => CompactSchedule.Load(output));
        Assert.Contains("lines.tsv.gz: line 2", e.Message, StringComparison.Ordinal);
    }
}
