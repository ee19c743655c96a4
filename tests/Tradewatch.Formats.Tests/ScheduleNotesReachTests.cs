using Tradewatch.Core.Products;

namespace Tradewatch.Formats.Tests;

/// <summary>
/// What the schedule's own rows can and cannot say about scopes that Chapter 99 gives only by U.S. notes: the auto parts
/// of note 33(g) (9903.94.05), the steel derivatives of note 16(l)-(n) (9903.81.89-.91), the 2026 metals headings of note
/// 16(j)-(k) (9903.82.20-.26) and the CAFTA-DR textiles of note 2(aa)(viii) (9903.03.09). The revision files carry the
/// headings but not the notes, so a line can be tied to them only by its footnote; these tests hold that no line is, in
/// any revision, so those scopes rest on the curated lists and headings the ledger names (and say so), and they fail
/// when a revision starts citing one, so that the footnotes are then used.
/// </summary>
public class ScheduleNotesReachTests
{
    private static readonly string[] NoteOnlyHeadings =
    [
        "9903.94.05", "9903.94.06", "9903.81.89", "9903.81.90", "9903.81.91",
        "9903.82.20", "9903.82.21", "9903.82.22", "9903.82.23", "9903.82.24", "9903.82.25", "9903.82.26", "9903.03.09",
    ];

    [Fact]
    public void No_line_footnote_cites_a_heading_whose_goods_only_a_note_names()
    {
        var schedule = ScheduleData.Schedule;
        var headings = NoteOnlyHeadings.Select(HsCode.Parse).ToHashSet();
        var citing = schedule.Revisions
            .SelectMany(r => schedule.Lines(r).Where(l => l.Chapter99References.Any(headings.Contains)).Select(l => $"{r.Id} {l.Code}"))
            .ToList();
        Assert.Empty(citing);
    }

    // Footnotes are read, so the test above is not empty by construction: HTS 8707.10.00 (bodies for vehicles of
    // heading 8703) carries "See 9903.88.03." (Section 301 List 3) and "See 9903.90.08." in the 2025 and 2026 revisions,
    // and none citing 9903.94, though note 33(g)'s list (the curated auto parts list) names heading 8707.
    [Fact]
    public void Bodies_of_heading_8707_cite_Section_301_but_no_auto_parts_heading()
    {
        var schedule = ScheduleData.Schedule;
        var line = schedule.Line(schedule.Latest, HsCode.Parse("8707.10.00"));
        Assert.NotNull(line);
        Assert.Equal([HsCode.Parse("9903.88.03"), HsCode.Parse("9903.90.08")], line.Chapter99References);
    }

    // The special programme indicator P (CAFTA-DR, general note 29) marks a line's CAFTA-DR preference, not textiles: in
    // HTS 2026 Revision 4 it is on 1,415 8-digit lines outside chapters 50-63 (counted from the USITC's JSON export of
    // that revision), so it cannot delimit the textile and apparel goods of 9903.03.09.
    [Fact]
    public void The_CAFTA_DR_indicator_marks_lines_well_beyond_the_textile_chapters()
    {
        var schedule = ScheduleData.Schedule;
        var revision = schedule.FindRevision("2026_rev_4");
        Assert.NotNull(revision);
        var outside = schedule.Lines(revision)
            .Where(l => l.IsTariffLine && !l.IsChapter99 && l.Code.Digits[..2] is var ch && (string.CompareOrdinal(ch, "50") < 0 || string.CompareOrdinal(ch, "63") > 0)
                && l.Code.Digits[..2] is not ("98" or "99")
                && l.SpecialRates.Any(s => s.Programmes.Contains("P")))
            .Count();
        Assert.Equal(1415, outside);
    }
}
