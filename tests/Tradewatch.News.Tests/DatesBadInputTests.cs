using Tradewatch.News.Pipeline;

namespace Tradewatch.News.Tests;

/// <summary>
/// Issue 12's bad input, for dates: a report in another language, a page of only boilerplate, a table
/// of figures and a report of a megabyte are read without error beside dated reports of a story they
/// could join, and none is given a date it does not print.
/// </summary>
public class DatesBadInputTests
{
    private static InputFile File(string name, string text) => new(name, name, System.Text.Encoding.UTF8.GetBytes(text));

    private const string Dated =
        "---\npublished: 2026-03-04\n---\nThe ministers of both countries agreed on Tuesday to lift the quota on cement imports after two days of talks in Lisbon.\n"
        + "The cement quota had been set on Feb. 20 and was to be reviewed in the summer, the trade ministry said in a statement.\n";

    private const string DatedToo =
        "---\npublished: 2026-03-05\n---\nCement makers welcomed the decision by ministers to lift the quota on cement imports, agreed on Tuesday in Lisbon.\n"
        + "The quota on cement imports had been set on Feb. 20, and makers had complained of shortages since.\n";

    [Fact]
    public void Reports_that_cannot_be_read_are_given_no_date_they_do_not_print()
    {
        var table = "Cement imports by month\n" + string.Join("\n", Enumerable.Range(1, 24).Select(i => $"Mar {i} | {i * 37 % 1000} | {i * 53 % 1000} | {i * 7 % 100}%"));
        var big = new System.Text.StringBuilder();
        for (var i = 0; big.Length < 1_000_000; i++)
        {
            big.Append(i).Append(' ').Append(i * 31 % 977).Append(' ').Append(i * 17 % 101).Append("% Jan ").Append(1 + (i % 28)).Append('\n');
        }

        var files = new[]
        {
            File("a.txt", Dated),
            File("b.txt", DatedToo),
            File("other.txt", "Die Minister haben am Dienstag die Quote für Zementimporte aufgehoben, nach zwei Tagen Gesprächen in Lissabon. Die Quote war am 20. Februar festgelegt worden, sagte das Ministerium."),
            File("menu.txt", "Home\nWorld\nCement\nSign in\nSubscribe to our newsletter\nShare\nPrivacy policy\n"),
            File("table.txt", table),
            File("big.txt", big.ToString()),
        };

        var analysis = NewsPipeline.Run(files);
        Assert.False(analysis.AnyFailed);
        Assert.Equal(files.Length, analysis.Reports.Count);
        foreach (var name in new[] { "other.txt", "menu.txt", "table.txt", "big.txt" })
        {
            var report = analysis.Reports.Single(r => r.Id == name);
            Assert.True(report.Published.Date is null, $"{name} dated {report.Published.Date} by {report.Published.Evidence}");
        }

        Assert.Equal(new DateOnly(2026, 3, 4), analysis.Reports.Single(r => r.Id == "a.txt").Published.Date);
    }
}
