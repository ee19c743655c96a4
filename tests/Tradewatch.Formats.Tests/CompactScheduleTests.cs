using Tradewatch.Core.Products;
using Tradewatch.Core.Schedule;
using Tradewatch.Formats.Schedule;

namespace Tradewatch.Formats.Tests;

public class CompactScheduleTests
{
    private static TariffSchedule Schedule => ScheduleData.Schedule;

    private static ScheduleRevision Revision(string id) => Schedule.FindRevision(id) ?? throw new InvalidOperationException(id);

    // general and column 2 rates as the USITC JSON of each revision writes them
    [Theory]
    [InlineData("2025_basic", "8505.11.00.70", "8505.11.00", "2.1%", "45%")]
    [InlineData("2025_basic", "0101.30.00.00", "0101.30.00.00", "6.8%", "15%")]
    [InlineData("2025_basic", "0806.10.20", "0806.10.20", "$1.13/m3", "$8.83/m3")]
    [InlineData("2025_basic", "1201.90.00", "1201.90.00", "Free", "4.4¢/kg")]
    [InlineData("2026_rev_10", "2204.21.50", "2204.21.50", "6.3¢/liter", "33¢/liter")]
    [InlineData("2026_rev_10", "8703.23.01", "8703.23.01", "2.5%", "10%")]
    [InlineData("2026_rev_10", "6109.10.00", "6109.10.00", "16.5%", "90%")]
    [InlineData("2026_rev_10", "8541.42.00", "8541.42.00", "Free", "35%")]
    public void Lines_carry_the_rates_the_schedule_gives(string revision, string line, string ratedAt, string general, string column2)
    {
        var r = Revision(revision);
        var tariffLine = Schedule.Line(r, HsCode.Parse(line));
        Assert.NotNull(tariffLine);
        var rates = Schedule.RatesOf(r, tariffLine);
        Assert.NotNull(rates);
        Assert.Equal(ratedAt, rates.RatedAt.Code.ToString());
        Assert.Equal(general, rates.General.Text);
        Assert.Equal(column2, rates.Column2.Text);
    }

    [Theory]
    [InlineData("2025_basic", "8507.60.00", "9903.88.15 9903.91.01")]
    [InlineData("2026_rev_10", "8507.60.00", "9903.88.15 9903.91.06")]
    [InlineData("2025_basic", "8505.11.00", "")]
    [InlineData("2026_rev_10", "8505.11.00", "9903.91.06")]
    public void Footnotes_tie_lines_to_chapter_99_by_revision(string revision, string line, string references)
    {
        var tariffLine = Schedule.Line(Revision(revision), HsCode.Parse(line))!;
        Assert.Equal(references, string.Join(' ', tariffLine.Chapter99References));
    }

    [Fact]
    public void A_line_has_its_ancestors_words_in_its_path()
    {
        var r = Revision("2025_rev_16");
        var path = Schedule.Path(r, HsCode.Parse("8505.11.00.70"));
        Assert.Equal(["8505", null, "8505.11.00"], path.Select(n => n.Code?.ToString()));
        Assert.StartsWith("Permanent magnets", path[1].Description, StringComparison.Ordinal);
        Assert.Equal("Sintered neodymium-iron-boron", Schedule.Line(r, HsCode.Parse("8505.11.00.70"))!.Description);
    }

    [Fact]
    public void The_lines_below_a_subheading_are_its_statistical_lines()
    {
        var leaves = Schedule.LeavesUnder(Revision("2025_basic"), HsCode.Parse("8505.11"));
        Assert.Equal(["8505.11.00.10", "8505.11.00.30", "8505.11.00.50", "8505.11.00.70", "8505.11.00.90"], leaves.Select(l => l.Code.ToString()));
    }

    [Theory]
    [InlineData("2025-06-09", null, "2025_rev_16")]
    [InlineData("2025-01-01", null, "2025_basic")]
    [InlineData("2025-10-20", null, "2025_rev_27")]
    [InlineData("2025-10-20", "2025-10-20", "2025_rev_25")] // revisions 26 and 27 were published later
    [InlineData("2025-11-20", "2025-11-20", "2025_rev_31")]
    [InlineData("2025-11-20", null, "2025_rev_32")]
    [InlineData("2026-03-02", null, "2026_rev_4")]
    public void The_revision_in_force_depends_on_the_day_and_on_what_was_published(string day, string? knownAt, string expected)
    {
        var known = knownAt is null ? (DateTimeOffset?)null : new DateTimeOffset(DateOnly.Parse(knownAt, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero);
        Assert.Equal(expected, Schedule.InForce(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), known)?.Id);
    }

    [Fact]
    public void No_revision_is_in_force_before_the_first() => Assert.Null(Schedule.InForce(new DateOnly(2024, 12, 31)));
}
