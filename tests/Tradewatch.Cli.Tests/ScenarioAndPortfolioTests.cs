namespace Tradewatch.Cli.Tests;

public class ScenarioAndPortfolioTests
{
    [Fact]
    public void Under_the_truce_lapses_scenario_the_reciprocal_layer_returns_to_34_percent_in_September_2025()
    {
        var answer = CliRunner.Json("duty", "--importer", "US", "--origin", "CN", "--date", "2025-09-01", "--known-at", "2025-12-31", "--scenario", "truce-lapses");
        Assert.Equal(54, answer.GetProperty("totalAdditionalPercent").GetDecimal());
        var baseline = CliRunner.Json("duty", "--importer", "US", "--origin", "CN", "--date", "2025-09-01", "--known-at", "2025-12-31");
        Assert.Equal(30, baseline.GetProperty("totalAdditionalPercent").GetDecimal());
    }

    [Fact]
    public void The_threat_scenario_adds_a_100_percent_layer_from_November_2025()
    {
        var answer = CliRunner.Json("duty", "--importer", "US", "--origin", "CN", "--date", "2025-11-15", "--known-at", "2025-12-31", "--scenario", "threat-100-percent");
        Assert.Equal(120, answer.GetProperty("totalAdditionalPercent").GetDecimal());
    }

    [Fact]
    public void A_scenario_that_points_at_a_measure_not_yet_known_is_bad_data()
    {
        var (code, _, error) = CliRunner.Run("duty", "--importer", "US", "--origin", "CN", "--date", "2026-07-02", "--known-at", "2025-12-31", "--scenario", "deal-signed-2026");
        Assert.Equal(2, code);
        // Said in words: the measure by its title, when the ledger first held it, and the day asked about.
        Assert.Contains("Section 122", error, StringComparison.Ordinal);
        Assert.Contains("first recorded on 2026-02-20", error, StringComparison.Ordinal);
        Assert.Contains("did not yet hold as known at 2025-12-31", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenarios_compare_shows_each_scenario_side_by_side()
    {
        var result = CliRunner.Json("scenarios", "compare", "baseline", "truce-lapses", "--from", "2025-09-01", "--to", "2025-09-30", "--known-at", "2025-12-31");
        var totals = result.GetProperty("scenarios").EnumerateArray()
            .Select(s => s.GetProperty("points")[0].GetProperty("totalAdditionalPercent").GetDecimal()).ToList();
        Assert.Equal([30m, 54m], totals);
    }

    [Fact]
    public void Scenarios_compare_compares_the_scenarios_that_apply_and_names_the_one_that_does_not()
    {
        // deal-signed-2026 changes the Section 122 surcharge, which the ledger did not hold as known at 2025-12-31
        var (code, output, _) = CliRunner.Run("scenarios", "compare", "baseline", "truce-lapses", "deal-signed-2026", "--from", "2025-09-01", "--to", "2025-09-30", "--known-at", "2025-12-31");
        Assert.Equal(0, code);
        Assert.Contains("truce-lapses", output, StringComparison.Ordinal);
        Assert.Contains("Not compared: scenario 'deal-signed-2026' does not apply: it changes", output, StringComparison.Ordinal);
        Assert.Contains("did not yet hold as known at 2025-12-31", output, StringComparison.Ordinal);

        var json = CliRunner.Json("scenarios", "compare", "baseline", "truce-lapses", "deal-signed-2026", "--from", "2025-09-01", "--to", "2025-09-30", "--known-at", "2025-12-31");
        Assert.Equal(["baseline", "truce-lapses"], json.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var refused = Assert.Single(json.GetProperty("notApplicable").EnumerateArray());
        Assert.Equal("deal-signed-2026", refused.GetProperty("name").GetString());
        // the same sentence as a single question under that scenario is refused with
        var (single, _, error) = CliRunner.Run("duty", "--importer", "US", "--origin", "CN", "--date", "2025-09-01", "--known-at", "2025-12-31", "--scenario", "deal-signed-2026");
        Assert.Equal(2, single);
        Assert.Contains(refused.GetProperty("reason").GetString()!, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenarios_compare_of_only_scenarios_that_do_not_apply_is_refused_in_words()
    {
        var (code, _, error) = CliRunner.Run("scenarios", "compare", "deal-signed-2026", "deal-signed-2026", "--known-at", "2025-12-31");
        Assert.Equal(2, code);
        Assert.Contains("scenario 'deal-signed-2026' does not apply", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Portfolio_totals_duty_and_refund_exposure_and_reports_malformed_lines_with_their_numbers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Value,Date,HS,Origin,Importer\n1000,2025-06-09,8505.11,CN,US\n10,2025-06-09,8505.12,CN,US\n\"1,2O0\",2025-06-09,8505.11,CN,US\n2000,2025-04-10,6109.10,CN,US\n");
        try
        {
            var (code, output, error) = CliRunner.Run("portfolio", path, "--json");
            Assert.Equal(0, code);
            Assert.Contains(":3: HS code '8505.12'", error, StringComparison.Ordinal);
            Assert.Contains(":4: value '1,2O0'", error, StringComparison.Ordinal);
            var json = System.Text.Json.JsonDocument.Parse(output).RootElement;
            Assert.Equal(2, json.GetProperty("skipped").GetInt32());
            var baseline = json.GetProperty("scenarios")[0];
            Assert.Equal(2, baseline.GetProperty("lines").GetInt32());
            // as known today the IEEPA layers are void: magnets owe no Section 301 duty before 2026 and
            // T-shirts 2000 x 7.5% (List 4A); 1000 x 20% (fentanyl; magnets are in the curated Annex II)
            // + 2000 x 145% was paid without a valid basis
            Assert.Equal(150m, baseline.GetProperty("duty").GetDecimal());
            Assert.Equal(3100m, baseline.GetProperty("refundExposure").GetDecimal());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_portfolio_without_the_needed_columns_is_bad_data()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a,b\n1,2\n");
        try
        {
            var (code, _, error) = CliRunner.Run("portfolio", path);
            Assert.Equal(2, code);
            Assert.Contains("no column for hs", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
