namespace Tradewatch.Cli.Tests;

/// <summary>What <c>tradewatch portfolio</c> says, and which exit code it gives, on bad input.</summary>
public class PortfolioInputTests
{
    private static (int Exit, string Out, string Error) Portfolio(string text, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        try
        {
            return CliRunner.Run(["portfolio", path, .. options]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_with_no_header_is_bad_data_and_says_the_first_line_is_data()
    {
        var (exit, _, error) = Portfolio("8505.11,CN,US,2025-06-09,1000\n");
        Assert.Equal(ExitCodes.BadData, exit);
        Assert.Contains("the first line (8505.11,CN,US,2025-06-09,1000) is data, not a header: it needs a header line naming the columns hs, origin, importer, date, value", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_bad_data()
    {
        var (exit, _, error) = Portfolio(string.Empty);
        Assert.Equal(ExitCodes.BadData, exit);
        Assert.Contains("the file is empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_bad_data_naming_the_column()
    {
        var (exit, _, error) = Portfolio("hs,origin,importer,value\n8505.11,CN,US,1000\n");
        Assert.Equal(ExitCodes.BadData, exit);
        Assert.Contains("the header has no column for date (found: hs, origin, importer, value)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_dates_and_codes_are_each_reported_with_their_line_and_counted_in_the_summary()
    {
        var (exit, output, error) = Portfolio(
            "hs,origin,importer,date,value\n"
            + "8505.11,CN,US,2025-06-09,1000\n"
            + "8505.11,CN,US,2025-06-09,\"1,2O0\"\n"
            + "8505.11,CN,US,2025-06-09,1,2O0\n"
            + "8505.11,CN,US,2201-01-01,10\n"
            + "0101.99,CN,US,2025-06-09,10\n");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains(":3: value '1,2O0' is not an amount (digits and a decimal point); line skipped", error, StringComparison.Ordinal);
        Assert.Contains(":4: the line has 6 fields and the header 5 (a comma in a value that is not quoted?); line skipped", error, StringComparison.Ordinal);
        Assert.Contains(":5: date '2201-01-01' is outside 1990-01-01 to 2100-12-31; line skipped", error, StringComparison.Ordinal);
        Assert.Contains(":6: HS code '0101.99' is not in the HS 2022 nomenclature; line skipped", error, StringComparison.Ordinal);
        Assert.Contains("Portfolio: 1 lines, customs value 1,000.00 USD, 4 malformed line(s) skipped", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_twenty_problems_the_rest_are_counted_not_listed()
    {
        var lines = string.Concat(Enumerable.Range(0, 25).Select(_ => "8505.11,CN,US,2025-06-09,x\n"));
        var (exit, output, error) = Portfolio("hs,origin,importer,date,value\n8505.11,CN,US,2025-06-09,5\n" + lines, "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains(":22: value 'x'", error, StringComparison.Ordinal);
        Assert.DoesNotContain(":23: value 'x'", error, StringComparison.Ordinal);
        Assert.Contains("... and 5 more", error, StringComparison.Ordinal);
        var json = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal(25, json.GetProperty("skipped").GetInt32());
        Assert.Equal(1, json.GetProperty("scenarios")[0].GetProperty("lines").GetInt32());
    }

    [Fact]
    public void A_file_of_nothing_but_bad_lines_is_bad_data()
    {
        var (exit, _, _) = Portfolio("hs,origin,importer,date,value\n8505.11,CN,US,2025-06-09,x\n");
        Assert.Equal(ExitCodes.BadData, exit);
    }

    [Fact]
    public void A_file_that_does_not_exist_is_bad_data()
    {
        var (exit, _, error) = CliRunner.Run("portfolio", "/nonexistent/book.csv");
        Assert.Equal(ExitCodes.BadData, exit);
        Assert.Contains("no such file: /nonexistent/book.csv", error, StringComparison.Ordinal);
    }
}
