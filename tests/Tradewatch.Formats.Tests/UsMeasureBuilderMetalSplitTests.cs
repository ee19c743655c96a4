using Tradewatch.Formats.UsSchedule;

namespace Tradewatch.Formats.Tests;

/// <summary>
/// The lines split by metal alone (the bumper stampings of 8708.10.30: "Of steel", "Of aluminum", "Other") are derivatives of
/// their own metal on their own statistical line only (Proclamation 9980, FR 2020-01806; 9903.81.89-.90, 9903.85.04). The
/// split is read from every HTS revision, not the latest alone: one scope serves every entry date. The revisions here are
/// invented, a few lines each.
/// </summary>
public class UsMeasureBuilderMetalSplitTests
{
    private static Dictionary<string, string> Revision(params (string Code, string Words)[] lines) =>
        lines.ToDictionary(l => l.Code, l => l.Words, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Split = Revision(("8708103020", "Of steel"), ("8708103030", "Of aluminum"), ("8708103040", "Other"));

    [Fact]
    public void A_line_split_by_metal_in_every_revision_keeps_its_own_metals_line()
    {
        Assert.Equal(["8708103030", "8708103040"], UsMeasureBuilder.OtherMetalLines("87081030", "Of steel", [Split, Split]));
        Assert.Equal(["8708103020", "8708103040"], UsMeasureBuilder.OtherMetalLines("87081030", "Of aluminum", [Split]));
    }

    // A suffix a revision adds (.50, "Other") is left out too, though the latest revision no longer has it.
    [Fact]
    public void A_suffix_of_an_earlier_revision_is_left_out_too()
    {
        var earlier = Revision(("8708103020", "Of steel"), ("8708103030", "Of aluminum"), ("8708103040", "Other"), ("8708103050", "Other"));
        Assert.Equal(["8708103030", "8708103040", "8708103050"], UsMeasureBuilder.OtherMetalLines("87081030", "Of steel", [earlier, Split]));
    }

    // A line split by metal only in the latest revision, by other things before, is not a line of one metal on every date.
    [Fact]
    public void A_line_split_otherwise_in_any_revision_stays_whole()
    {
        var earlier = Revision(("8708103010", "Bumpers"), ("8708103090", "Other"));
        Assert.Empty(UsMeasureBuilder.OtherMetalLines("87081030", "Of steel", [earlier, Split]));
    }

    // A suffix that is of steel in one revision and of aluminium in the next cannot be left out for good by one scope.
    [Fact]
    public void A_suffix_whose_metal_changes_between_revisions_keeps_the_line_whole()
    {
        var swapped = Revision(("8708103020", "Of aluminum"), ("8708103030", "Of steel"), ("8708103040", "Other"));
        Assert.Empty(UsMeasureBuilder.OtherMetalLines("87081030", "Of steel", [swapped, Split]));
    }
}
