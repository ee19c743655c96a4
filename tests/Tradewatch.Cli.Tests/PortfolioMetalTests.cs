namespace Tradewatch.Cli.Tests;

/// <summary>
/// A book's lines may give the goods' metal (columns metal_weight, metal_value and metal): each such line costs what
/// 'tradewatch duty' answers for the same goods with --metal-weight, --metal-value and --metal, duty and refund exposure alike.
/// </summary>
public class PortfolioMetalTests
{
    private static System.Text.Json.JsonElement Portfolio(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-metal-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        try
        {
            return CliRunner.Json("portfolio", path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (decimal Duty, decimal Refund) Duty(string origin, string line, string date, string value, params string[] metal)
    {
        var answer = CliRunner.Json(["duty", "--importer", "US", "--origin", origin, "--hts", line, "--date", date, "--value", value, .. metal]);
        return (answer.GetProperty("additionalDuty").GetDecimal(), answer.GetProperty("refundableDuty").GetDecimal());
    }

    // 9506.51.40 (tennis rackets) from Viet Nam on 1 Sep 2025: an aluminium derivative charged on the metal
    // content (9903.85.08); the rest of the value paid the reciprocal 20%. 8203.40.60 (pipe cutters) from Viet
    // Nam on 1 May 2026: metal under 15% of the weight leaves the 2026 metals annexes (9903.82.03).
    [Theory]
    [InlineData("VN", "9506.51.40", "2025-09-01", "1000", "", "400")]
    [InlineData("VN", "9506.51.40", "2025-09-01", "1000", "", "")]
    [InlineData("VN", "8203.40.60", "2026-05-01", "1000", "10", "")]
    [InlineData("VN", "8203.40.60", "2026-05-01", "1000", "40", "")]
    public void A_line_giving_its_metal_costs_what_the_duty_command_answers_with_the_same_metal(string origin, string line, string date, string value, string weight, string metal)
    {
        var options = new List<string>();
        if (weight.Length > 0)
        {
            options.AddRange(["--metal-weight", weight]);
        }

        if (metal.Length > 0)
        {
            options.AddRange(["--metal-value", metal]);
        }

        var (duty, refund) = Duty(origin, line, date, value, [.. options]);
        // the same line twice, half the value each: a line's metal is its own, and sums stay exact
        var half = (decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var halfMetal = metal.Length > 0 ? (decimal.Parse(metal, System.Globalization.CultureInfo.InvariantCulture) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var book = Portfolio($"hs,origin,importer,date,value,metal_weight,metal_value\n{line},{origin},US,{date},{half},{weight},{halfMetal}\n{line},{origin},US,{date},{half},{weight},{halfMetal}\n");
        var baseline = book.GetProperty("scenarios")[0];
        Assert.Equal(2, baseline.GetProperty("lines").GetInt32());
        Assert.Equal(duty, baseline.GetProperty("duty").GetDecimal());
        Assert.Equal(refund, baseline.GetProperty("refundExposure").GetDecimal());
    }

    // The metal columns change the answer: without them the derivative's whole value pays Section 232.
    [Fact]
    public void Lines_without_the_metal_columns_cost_the_whole_value_at_the_metal_rate()
    {
        var withMetal = Portfolio("hs,origin,importer,date,value,metal_value\n9506.51.40,VN,US,2025-09-01,1000,400\n").GetProperty("scenarios")[0];
        var without = Portfolio("hs,origin,importer,date,value,metal_value\n9506.51.40,VN,US,2025-09-01,1000,\n").GetProperty("scenarios")[0];
        Assert.Equal(Duty("VN", "9506.51.40", "2025-09-01", "1000").Duty, without.GetProperty("duty").GetDecimal());
        Assert.NotEqual(without.GetProperty("duty").GetDecimal(), withMetal.GetProperty("duty").GetDecimal());
    }

    // Insulated conductors of Russia (8544.42.90.10) on 15 May 2026: U.S. note 16(c)(vi) lists the line as a derivative
    // aluminium article (+200% on Russia), 16(c)(viii) as an article of copper (9903.82.09 and .16, 25%), paid only as copper.
    // A line naming its metal costs what 'duty --metal' answers, in any case and spelling; a line naming none, the aluminium stack.
    [Theory]
    [InlineData("copper", "copper")]
    [InlineData("Copper", "copper")]
    [InlineData("aluminum", "aluminium")]
    [InlineData("", null)]
    public void A_line_naming_its_metal_costs_what_the_duty_command_answers_with_that_metal(string written, string? metal)
    {
        var (duty, refund) = metal is null ? Duty("RU", "8544.42.90.10", "2026-05-15", "1000") : Duty("RU", "8544.42.90.10", "2026-05-15", "1000", "--metal", metal);
        var book = Portfolio($"hs,origin,importer,date,value,metal\n8544.42.90.10,RU,US,2026-05-15,600,{written}\n8544.42.90.10,RU,US,2026-05-15,400,{written}\n");
        var baseline = book.GetProperty("scenarios")[0];

        Assert.Equal(2, baseline.GetProperty("lines").GetInt32());
        Assert.Equal(duty, baseline.GetProperty("duty").GetDecimal());
        Assert.Equal(refund, baseline.GetProperty("refundExposure").GetDecimal());
        var byMetal = baseline.GetProperty("byMetal");
        if (metal is null)
        {
            Assert.Empty(byMetal.EnumerateObject());
        }
        else
        {
            var entry = Assert.Single(byMetal.EnumerateObject());
            Assert.Equal(metal, entry.Name);
            Assert.Equal(1000m, entry.Value.GetProperty("value").GetDecimal());
        }
    }

    [Fact]
    public void Copper_and_aluminium_lines_of_one_book_each_pay_their_own_stack()
    {
        var copper = Duty("RU", "8544.42.90.10", "2026-05-15", "1000", "--metal", "copper").Duty;
        var aluminium = Duty("RU", "8544.42.90.10", "2026-05-15", "1000").Duty;
        var book = Portfolio("hs,origin,importer,date,value,metal\n8544.42.90.10,RU,US,2026-05-15,1000,copper\n8544.42.90.10,RU,US,2026-05-15,1000,\n");
        var baseline = book.GetProperty("scenarios")[0];

        Assert.NotEqual(copper, aluminium);
        Assert.Equal(copper + aluminium, baseline.GetProperty("duty").GetDecimal());
        Assert.Equal(250m, baseline.GetProperty("dutyByLayer").GetProperty("us-232-metals-annex-1b-as-copper").GetDecimal());
    }

    // A book of insulated conductors (8544.42.90) left without their metal, in 2026 after the annexes (one line pooled, one
    // describing its goods by the metal's weight share) and in 2025 before them, with one line naming copper: the lines
    // costed as goods not of copper are named with their value, in the words 'duty' uses when asked without --metal.
    [Fact]
    public void Lines_leaving_their_metal_unsaid_are_named_in_the_words_the_duty_answer_uses()
    {
        var (_, asked, _) = CliRunner.Run("duty", "--importer", "US", "--origin", "RU", "--hts", "8544.42.90.10", "--date", "2026-05-15", "--value", "1000");
        var book = Portfolio("hs,origin,importer,date,value,metal_weight,metal\n"
            + "8544.42.90.10,RU,US,2026-05-15,600,,\n"
            + "8544.42.90.10,RU,US,2026-05-16,50,,\n"
            + "8544.42.90.90,CA,US,2026-06-01,250,40,\n"
            + "8544.42.90.10,RU,US,2025-05-15,100,,\n"
            + "8544.42.90.10,RU,US,2026-05-15,400,,copper\n"
            + "8505.11.00.70,CN,US,2026-05-15,900,,\n");
        var unsaid = book.GetProperty("scenarios")[0].GetProperty("metalNotStatedLines").EnumerateArray().ToList();

        Assert.Equal(["8544.42.90.10", "8544.42.90.90"], unsaid.Select(l => l.GetProperty("line").GetString()));
        Assert.Equal([650m, 250m], unsaid.Select(l => l.GetProperty("value").GetDecimal()));
        Assert.All(unsaid, l => Assert.Equal("copper", l.GetProperty("metal").GetString()));
        Assert.All(unsaid, l => Assert.Equal("us-232-metals-annex-1b-as-copper", l.GetProperty("measure").GetString()));
        var reason = unsaid[0].GetProperty("reason").GetString()!;
        Assert.StartsWith("the duty depends on the metal the goods are articles of: the layers given are for goods not of copper", reason, StringComparison.Ordinal);
        Assert.Contains(reason, string.Join(' ', asked.Split(['\n', ' '], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_names_the_lines_costed_without_their_metal()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-metal-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "hs,origin,importer,date,value\n8544.42.90.10,DE,US,2026-05-15,1000\n8505.11.00.70,CN,US,2026-05-15,900\n");
        try
        {
            var (exit, output, _) = CliRunner.Run("portfolio", path);
            Assert.Equal(ExitCodes.Ok, exit);
            var flat = string.Join(' ', output.Split(['\n', ' ', '│'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("Costed without their metal", flat, StringComparison.Ordinal);
            Assert.Contains("8544.42.90.10 1,000.00 the duty depends on the metal the goods are articles of", flat, StringComparison.Ordinal);
            Assert.DoesNotContain("8505.11.00.70 900.00", flat, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("9506.51.40,VN,US,2025-09-01,1000,,1200", "metal_value '1200' is not an amount at most the line's value")]
    [InlineData("9506.51.40,VN,US,2025-09-01,1000,150,", "metal_weight '150' is not a share of the weight in percent (0 to 100)")]
    [InlineData("9506.51.40,VN,US,2025-09-01,1000,x,", "metal_weight 'x' is not a share of the weight in percent (0 to 100)")]
    [InlineData("9506.51.40,VN,US,2025-09-01,1000,,,tin", "metal 'tin' is no metal a duty condition names: give steel, aluminium (or aluminum) or copper, or leave it empty")]
    public void A_bad_metal_field_is_reported_with_its_line_and_the_line_skipped(string line, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-metal-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "hs,origin,importer,date,value,metal_weight,metal_value,metal\n9506.51.40,VN,US,2025-09-01,10,,,\n" + line + "\n");
        try
        {
            var (exit, _, error) = CliRunner.Run("portfolio", path);
            Assert.Equal(ExitCodes.Ok, exit);
            Assert.Contains(":3: " + message + "; line skipped", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
