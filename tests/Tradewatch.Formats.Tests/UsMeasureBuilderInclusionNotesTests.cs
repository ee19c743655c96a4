using Tradewatch.Formats.UsSchedule;

namespace Tradewatch.Formats.Tests;

/// <summary>
/// The inclusions of 18 Aug 2025 as U.S. notes 16(n) and 19(k) list them: a provision of 10 digits names that statistical
/// line only, so a curated list that cut it to its tariff line says more than the note. The lines and notes here are invented.
/// </summary>
public sealed class UsMeasureBuilderInclusionNotesTests : IDisposable
{
    private static readonly string[] Numbered = ["1234560010", "1234560090", "2222220000", "3333330010", "3333330020"];

    private readonly string _folder = Directory.CreateTempSubdirectory("tw-inclusion-notes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_tariff_line_the_note_names_by_one_of_its_statistical_lines_is_narrowed_to_it()
    {
        var (narrowed, unnamed) = UsMeasureBuilder.CompareWithNote(["12345600"], ["1234560010"], Numbered);
        var line = Assert.Single(narrowed);
        Assert.Equal("12345600", line.Line);
        Assert.Equal(["1234560010"], line.Named);
        Assert.Empty(unnamed);
    }

    // 2222.22.00 has no statistical line but .00, and 3333.33.00 has both of its lines named: the note names them whole
    [Fact]
    public void A_tariff_line_whose_every_statistical_line_the_note_names_is_named_whole()
    {
        var (narrowed, unnamed) = UsMeasureBuilder.CompareWithNote(["22222200", "33333300"], ["2222220000", "3333330010", "3333330020"], Numbered);
        Assert.Empty(narrowed);
        Assert.Empty(unnamed);
    }

    [Fact]
    public void A_curated_code_the_note_names_neither_whole_nor_in_part_is_unnamed()
    {
        var (narrowed, unnamed) = UsMeasureBuilder.CompareWithNote(["12345600", "44444400"], ["12345600"], Numbered);
        Assert.Empty(narrowed);
        Assert.Equal(["44444400"], unnamed);
    }

    [Fact]
    public void The_notes_file_gives_each_headings_provisions_as_digits()
    {
        var path = Write("# a comment\n9903.81.91\tnote 16(n)\t1234.56.0010; 2222.22.00;\n");
        var note = Assert.Single(UsMeasureBuilder.ReadInclusionNotes(path));
        Assert.Equal(("9903.81.91", "note 16(n)"), (note.Heading, note.Subdivision));
        Assert.Equal(["1234560010", "22222200"], note.Provisions);
    }

    [Theory]
    [InlineData("9903.81.91\tnote 16(n)\t1234.56; 2222.22.00")]
    [InlineData("9903.81.91\t1234.56.0010")]
    [InlineData("8482.10.50\tnote 16(n)\t1234.56.0010")]
    public void A_row_that_is_no_headings_list_is_bad_data_naming_its_line(string row)
    {
        var path = Write("# a comment\n" + row + "\n");
        var e = Assert.Throws<InvalidDataException>(() => UsMeasureBuilder.ReadInclusionNotes(path));
        Assert.Contains($"{path}:2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_notes_file_lists_nothing() =>
        Assert.Empty(UsMeasureBuilder.ReadInclusionNotes(Path.Combine(_folder, "absent.tsv")));

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "notes.tsv");
        File.WriteAllText(path, text);
        return path;
    }
}
