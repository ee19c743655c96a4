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

    // An invented tariff line 5555.55.55 whose statistical lines a later revision renumbers: "Remedies for the skin: Other",
    // .44 when the note was written, is .51 from the second revision, and .44 then names other goods.
    private static HtsRow Row(string number, int indent, string words) => new(number, indent, words, string.Empty, []);

    private static readonly IReadOnlyList<HtsRow> Before =
    [
        Row("5555.55.55", 1, "Other medicines"),
        Row(string.Empty, 2, "Calming agents:"),
        Row("5555.55.55.37", 3, "Containing calmine"),
        Row("5555.55.55.40", 3, "Other"),
        Row(string.Empty, 2, "Remedies for the skin:"),
        Row("5555.55.55.42", 3, "Containing skinol"),
        Row("5555.55.55.44", 3, "Other"),
    ];

    private static readonly IReadOnlyList<HtsRow> After =
    [
        Row("5555.55.55", 1, "Other medicines"),
        Row(string.Empty, 2, "Calming agents:"),
        Row("5555.55.55.44", 3, "Containing calmine"),
        Row("5555.55.55.46", 3, "Other"),
        Row(string.Empty, 2, "Remedies for the skin:"),
        Row("5555.55.55.50", 3, "Containing skinol"),
        Row("5555.55.55.51", 3, "Other"),
    ];

    private static (List<UsMeasureBuilder.Renumbering> Found, List<string> Kept) Renumberings(IReadOnlyList<HtsRow> later, params string[] provisions) =>
        UsMeasureBuilder.Renumberings([("2025_rev_19", "2025-08-12"), ("2026_rev_2", "2026-01-30")], r => r == "2025_rev_19" ? Before : later, provisions, "2025-08-19");

    [Fact]
    public void A_statistical_line_a_later_revision_renumbers_is_followed_to_the_number_holding_its_words()
    {
        var (found, kept) = Renumberings(After, "5555555544", "5555555542", "12345600");

        var moved = Assert.Single(found);
        Assert.Equal(("5555555544", "5555555551", "2026_rev_2", "2026-01-30"), (moved.Named, moved.Now, moved.Revision, moved.Effective));
        Assert.Equal("Other medicines: Remedies for the skin: Other", moved.Path);
        Assert.Equal("Containing calmine", moved.OtherWords);
        Assert.Contains("from HTS 2026 Revision 2 (2026-01-30) the goods of 5555.55.55.44 (Other medicines: Remedies for the skin: Other) are 5555.55.55.51", moved.Described, StringComparison.Ordinal);
        Assert.Empty(kept);
    }

    [Fact]
    public void A_line_whose_words_stay_at_its_number_is_not_renumbered()
    {
        var (found, kept) = Renumberings(Before, "5555555544");
        Assert.Empty(found);
        Assert.Empty(kept);
    }

    // the skin remedies' "Other" moves to .40, a number that named the calming agents' "Other" before: not followed
    [Fact]
    public void A_line_whose_words_moved_to_a_number_that_named_other_goods_is_kept_as_printed_and_said_so()
    {
        IReadOnlyList<HtsRow> reused = [Row("5555.55.55", 1, "Other medicines"), Row(string.Empty, 2, "Remedies for the skin:"), Row("5555.55.55.40", 3, "Other"), Row("5555.55.55.44", 3, "Containing skinol")];
        var (found, kept) = Renumberings(reused, "5555555544");
        Assert.Empty(found);
        Assert.Equal("5555.55.55.44: HTS 2026 Revision 2 gives it other words, and its former words are at 5555.55.55.40; the ledger keeps the number as printed", Assert.Single(kept));
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "notes.tsv");
        File.WriteAllText(path, text);
        return path;
    }
}
