namespace Tradewatch.Cli.Tests;

public class UsScheduleDutyTests
{
    [Theory]
    [InlineData("8505.11.00.70")]
    [InlineData("8505110070")]
    [InlineData("8505.11.00")]
    [InlineData("8505.11")]
    public void Duty_on_a_us_line_has_the_mfn_layer_however_the_line_is_written(string line)
    {
        var json = CliRunner.Json("duty", "--importer", "US", "--origin", "CN", "--hts", line, "--date", "2025-06-09");
        var mfn = json.GetProperty("mfn");
        Assert.Equal("2.1%", mfn.GetProperty("rate").GetString());
        Assert.Equal("8505.11.00", mfn.GetProperty("ratedAt").GetString());
        Assert.Equal("2025_rev_16", mfn.GetProperty("revision").GetString());
        Assert.Equal(json.GetProperty("totalAdditionalPercent").GetDecimal() + 2.1m, json.GetProperty("totalPercent").GetDecimal());
    }

    [Fact]
    public void Column_2_origins_pay_the_column_2_rate_computed_from_the_quantity()
    {
        var json = CliRunner.Json("duty", "--importer", "US", "--origin", "RU", "--hts", "2204.21.50", "--date", "2025-06-09", "--value", "1000", "--quantity", "100", "--unit", "liter");
        var mfn = json.GetProperty("mfn");
        Assert.Equal("column-2", mfn.GetProperty("column").GetString());
        Assert.Equal("33¢/liter", mfn.GetProperty("rate").GetString());
        Assert.Equal(33.00m, mfn.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void A_compound_rate_without_a_quantity_is_shown_not_computed()
    {
        var json = CliRunner.Json("duty", "--importer", "US", "--origin", "FR", "--hts", "2204.21.50", "--date", "2025-06-09", "--value", "1000");
        Assert.Equal("6.3¢/liter", json.GetProperty("mfn").GetProperty("rate").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("mfn").GetProperty("amount").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("totalPercent").ValueKind);
    }

    [Fact]
    public void A_code_whose_lines_answer_differently_lists_them()
    {
        var json = CliRunner.Json("duty", "--importer", "US", "--origin", "FR", "--hts", "2204.21", "--date", "2025-06-09");
        Assert.True(json.GetProperty("ambiguous").GetBoolean());
        var lines = json.GetProperty("lines").EnumerateArray().ToList();
        Assert.Contains(lines, l => l.GetProperty("hts").GetString()!.StartsWith("2204.21.50", StringComparison.Ordinal));
        Assert.True(lines.Select(l => l.GetProperty("mfn").GetString()).Distinct().Count() > 1);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("mfn").ValueKind);
    }

    // 8544.42 from Germany on 15 May 2026: the lines answer differently, and only 8544.42.90's are articles of copper
    // (U.S. note 16(c)(viii)): each of those is listed under the copper layer with a note that its duty depends on the
    // metal and how to ask for it, even where copper would pay the same 25% as the aluminium heading.
    [Fact]
    public void A_code_whose_lines_answer_differently_says_which_lines_depend_on_the_metal()
    {
        var (exit, output, _) = CliRunner.Run("duty", "--importer", "US", "--origin", "DE", "--hts", "8544.42", "--date", "2026-05-15", "--value", "1000");
        Assert.Equal(ExitCodes.Ok, exit);
        var flat = string.Join(' ', output.Split(['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        foreach (var line in new[] { "8544.42.90.10", "8544.42.90.90" })
        {
            Assert.Contains($"{line}: 27.6%, if it applies 27.6%; the duty depends on the metal the goods are articles of: the layers given are for goods not of copper; goods of copper pay us-232-metals-annex-1b-as-copper instead: give --hs {line} --metal copper to settle it", flat, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("--hs 8544.42.10.00 --metal", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("--hs 8544.42.20.00 --metal", flat, StringComparison.Ordinal);
    }

    // U.S. notes 16(n) and 19(k) (the inclusions of 18 Aug 2025) name 3004.90.92.44, then "Dermatological agents and local
    // anesthetics: Other". HTS 2026 Revision 2 (2026-01-30) gives those words to 3004.90.92.51 and .44 to lorazepam: the
    // inclusions follow the goods to .51 from that day, and .44 is exempt from it, saying why; before it, .44 pays as printed.
    [Theory]
    [InlineData("3004.90.92.44", "2025-12-15", "in-force")]
    [InlineData("3004.90.92.44", "2026-02-15", "exempt")]
    [InlineData("3004.90.92.51", "2026-02-15", "in-force")]
    public void A_statistical_line_the_inclusions_name_is_followed_where_the_schedule_renumbers_it(string line, string date, string status)
    {
        var json = CliRunner.Json("duty", "--importer", "US", "--origin", "IN", "--hts", line, "--date", date, "--value", "1000");
        var layer = json.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("measure").GetString() == "us-232-aluminium-inclusions");
        Assert.Equal(status, layer.GetProperty("status").GetString());
        var exemption = layer.GetProperty("exemption");
        Assert.Equal(status == "exempt", exemption.ValueKind == System.Text.Json.JsonValueKind.Object
            && exemption.GetProperty("title").GetString()!.StartsWith("Renumbered: from HTS 2026 Revision 2 (2026-01-30) the goods of 3004.90.92.44", StringComparison.Ordinal));
        Assert.Equal(status == "exempt" ? 0m : 50m, json.GetProperty("totalAdditionalPercent").GetDecimal());
    }

    // 8471.50's statistical lines answer alike from Korea on 15 May 2026: the heading names the code asked, not the
    // first line (8471.50.01.10) it was answered at, and a sentence says the lines answer alike
    [Fact]
    public void A_code_whose_lines_answer_alike_is_named_as_asked_in_text_and_json()
    {
        var (exit, text, _) = CliRunner.Run("duty", "--importer", "US", "--origin", "KR", "--hts", "8471.50", "--date", "2026-05-15");
        Assert.Equal(0, exit);
        var heading = text.Split('\n')[0];
        Assert.Contains("HS 8471.50 (", heading, StringComparison.Ordinal);
        Assert.DoesNotContain("8471.50.01.10", heading, StringComparison.Ordinal);
        Assert.Contains("answer alike", text, StringComparison.Ordinal);

        var json = CliRunner.Json("duty", "--importer", "US", "--origin", "KR", "--hts", "8471.50", "--date", "2026-05-15");
        Assert.Equal("8471.50", json.GetProperty("hs").GetString());
    }

    [Fact]
    public void An_unknown_statistical_line_is_bad_data_naming_it()
    {
        var (exit, _, error) = CliRunner.Run("duty", "--importer", "US", "--origin", "CN", "--hts", "8505.11.00.99", "--date", "2025-06-09");
        Assert.Equal(2, exit);
        Assert.Contains("8505.11.00.99", error, StringComparison.Ordinal);
        Assert.Contains("8505.11.00.70", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Hts_show_gives_the_path_rates_and_history()
    {
        var json = CliRunner.Json("hts", "show", "8505.11.00.70", "--date", "2026-03-02");
        Assert.Equal("2.1%", json.GetProperty("general").GetString());
        Assert.Equal("45%", json.GetProperty("column2").GetString());
        Assert.Equal("8505.11.00", json.GetProperty("path").EnumerateArray().Last().GetProperty("hts").GetString());
        Assert.Contains(json.GetProperty("footnotes").EnumerateArray(), f => f.GetProperty("chapter99").EnumerateArray().Any(c => c.GetString() == "9903.91.06"));
    }

    [Fact]
    public void Hts_show_lists_the_measures_naming_the_line_with_their_rates_over_time()
    {
        var json = CliRunner.Json("hts", "show", "8505.11.00.70");
        var review = json.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("basis").GetString() == "Section 301 (2024 review)");
        Assert.Equal("CN", review.GetProperty("targets").GetString());
        var first = review.GetProperty("rates")[0];
        Assert.Equal("2026-01-01", first.GetProperty("from").GetString());
        Assert.Equal(25, first.GetProperty("ratePercent").GetDecimal());
        Assert.DoesNotContain(json.GetProperty("measures").EnumerateArray(), m => m.GetProperty("basis").GetString() == "IEEPA reciprocal");
        Assert.True(json.GetProperty("allGoodsMeasures").GetInt32() > 0);
    }

    // Smartphones 8517.13.00.00: the electronics exemption (memorandum of 11 Apr 2025, retroactive to 5 Apr) lifts the
    // reciprocal tariff, and Annex I of the Section 122 proclamation (FR 2026-03824) names 8517.13.00.
    [Fact]
    public void Hts_show_names_the_exemption_lists_holding_the_line_with_their_sources()
    {
        var lists = CliRunner.Json("hts", "show", "8517.13.00.00").GetProperty("lists").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!);
        var electronics = lists["us-ieepa-electronics"];
        Assert.True(electronics.GetProperty("whole").GetBoolean());
        Assert.Contains(electronics.GetProperty("uses").EnumerateArray(), u => u.GetProperty("role").GetString() == "suspends"
            && u.GetProperty("from").GetString() == "2025-04-05" && u.GetProperty("sources").GetArrayLength() > 0);
        var s122 = lists["us-s122-exempt"];
        Assert.Equal("8517.13.00", Assert.Single(s122.GetProperty("entries").EnumerateArray()).GetString());
        Assert.Contains(s122.GetProperty("uses").EnumerateArray(), u => u.GetProperty("measure").GetString() == "us-section-122"
            && u.GetProperty("sources").EnumerateArray().Any(x => x.GetString()!.Contains("2026-03824", StringComparison.Ordinal)));
        Assert.DoesNotContain("us-ieepa-annex-ii", lists.Keys);
    }

    // Annex II of EO 14257 (FR 2025-06063; as corrected on 2026-12-05, us-ieepa-annex-ii-with-pharmaceuticals) leaves
    // phosphates 2510.10.00.00 out of the reciprocal tariff; Canadian crude oil 2709.00.10 is on the energy list that pays
    // the 10% fentanyl rate.
    [Theory]
    [InlineData("2510.10.00.00", "us-ieepa-annex-ii-with-pharmaceuticals", "exempts", "Lists holding this line")]
    [InlineData("2709.00.10", "us-fentanyl-energy-ca", "covers", "us-fentanyl-energy-ca")]
    public void Hts_show_names_Annex_II_and_the_fentanyl_energy_list(string line, string list, string role, string text)
    {
        var json = CliRunner.Json("hts", "show", line);
        var held = json.GetProperty("lists").EnumerateArray().Single(l => l.GetProperty("name").GetString() == list);
        Assert.Contains(held.GetProperty("uses").EnumerateArray(), u => u.GetProperty("role").GetString() == role);
        var (code, output, _) = CliRunner.Run("hts", "show", line);
        Assert.Equal(0, code);
        Assert.Contains(text, output, StringComparison.Ordinal);
        Assert.Contains("sources: https://", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8471.80.40", "8471.80.40.00")] // numbered only at 10 digits
    [InlineData("8703.60", "8703.60.00")] // a subheading the schedule numbers at 8 digits
    public void Hts_show_takes_a_level_the_schedule_numbers_only_below(string asked, string shown) =>
        Assert.Equal(shown, CliRunner.Json("hts", "show", asked, "--date", "2025-06-09").GetProperty("hts").GetString());

    [Fact]
    public void Hts_search_ranks_the_lines_of_the_goods_named()
    {
        var json = CliRunner.Json("hts", "search", "lithium-ion batteries", "--limit", "3");
        Assert.Equal("8507.60.00", json.GetProperty("lines")[0].GetProperty("hts").GetString());
    }
}
