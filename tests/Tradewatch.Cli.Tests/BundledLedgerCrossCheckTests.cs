using System.Text.Json;

namespace Tradewatch.Cli.Tests;

/// <summary>The cross-checks the bundled US-China ledger must pass, asked the way a user asks them.</summary>
public class BundledLedgerCrossCheckTests
{
    private static IEnumerable<JsonElement> IeepaLayers(JsonElement answer) =>
        answer.GetProperty("layers").EnumerateArray().Where(l => l.GetProperty("basis").GetString()!.StartsWith("IEEPA", StringComparison.Ordinal));

    [Theory]
    [InlineData("2025-02-10", 10)]
    [InlineData("2025-03-10", 20)]
    [InlineData("2025-04-10", 145)]
    [InlineData("2025-06-09", 30)]
    [InlineData("2025-11-15", 20)]
    public void US_IEEPA_layers_on_Chinese_goods_total_as_reported(string date, decimal total)
    {
        // as known before the February 2026 ruling, when the layers were in force
        var answer = CliRunner.Json("duty", "--importer", "US", "--origin", "CN", "--hs", "8505.11", "--date", date, "--known-at", "2026-01-31");
        var layers = IeepaLayers(answer).ToList();
        Assert.All(layers, l => Assert.Equal("in-force", l.GetProperty("status").GetString()));
        Assert.Equal(total, layers.Sum(l => l.GetProperty("ratePercent").GetDecimal()));
        Assert.All(layers, l => Assert.NotEmpty(l.GetProperty("sources").EnumerateArray()));
    }

    [Theory]
    [InlineData("2025-02-10", 10)]
    [InlineData("2025-03-10", 20)]
    [InlineData("2025-04-10", 145)]
    [InlineData("2025-06-09", 30)]
    [InlineData("2025-11-15", 20)]
    public void After_the_ruling_the_IEEPA_layers_are_void_and_refundable(string date, decimal refundable)
    {
        var answer = CliRunner.Json("duty", "--importer", "US", "--origin", "CN", "--date", date, "--known-at", "2026-03-01");
        var layers = IeepaLayers(answer).ToList();
        Assert.NotEmpty(layers);
        Assert.All(layers, l => Assert.Equal("void", l.GetProperty("status").GetString()));
        Assert.Equal(refundable, answer.GetProperty("refundablePercent").GetDecimal());
        Assert.Equal(0, answer.GetProperty("totalAdditionalPercent").GetDecimal());
    }

    [Theory]
    [InlineData("2025-06-09", 20)]
    [InlineData("2025-11-15", 10)]
    public void Chinese_layers_on_US_soybeans_total_as_reported(string date, decimal total) =>
        Assert.Equal(total, CliRunner.Json("duty", "--importer", "CN", "--origin", "US", "--hs", "1201", "--date", date).GetProperty("totalAdditionalPercent").GetDecimal());

    [Fact]
    public void Had_the_Geneva_suspension_ended_on_12_August_the_reciprocal_layer_would_be_34_not_125()
    {
        // as known on 1 August 2025, before the extension was recorded
        var answer = CliRunner.Json("duty", "--importer", "US", "--origin", "CN", "--date", "2025-08-12", "--known-at", "2025-08-01");
        var reciprocal = answer.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("basis").GetString() == "IEEPA reciprocal");
        Assert.Equal(34, reciprocal.GetProperty("ratePercent").GetDecimal());
    }

    [Fact]
    public void A_typical_Section_301_good_paid_55_percent_in_June_2025()
    {
        var answer = CliRunner.Json("duty", "--importer", "US", "--origin", "CN", "--hs", "8505.11", "--date", "2025-06-09", "--known-at", "2025-06-30", "--value", "1000");
        Assert.Equal(55, answer.GetProperty("totalAdditionalPercent").GetDecimal());
        Assert.Equal(550, answer.GetProperty("additionalDuty").GetDecimal());
    }

    [Fact]
    public void The_Section_122_surcharge_applies_after_the_ruling()
    {
        var answer = CliRunner.Json("duty", "--importer", "US", "--origin", "CN", "--date", "2026-03-02");
        Assert.Contains(answer.GetProperty("layers").EnumerateArray(), l => l.GetProperty("basis").GetString() == "Section 122" && l.GetProperty("ratePercent").GetDecimal() == 10);
    }

    [Theory]
    [InlineData("--item", "samarium", "2025-06-09", true)]
    [InlineData("--hs", "2805.30", "2025-06-09", true)]
    [InlineData("--item", "samarium", "2025-03-01", false)]
    [InlineData("--item", "holmium", "2025-11-20", false)]
    public void Rare_earth_exports_need_a_licence_while_a_control_is_in_force(string option, string value, string date, bool required)
    {
        var answer = CliRunner.Json("licence", "--exporter", "CN", option, value, "--destination", "US", "--date", date);
        Assert.Equal(required, answer.GetProperty("licenceRequired").GetBoolean());
    }

    [Theory]
    [InlineData("2025-06-01", true)]
    [InlineData("2025-07-10", false)]
    public void Chip_design_software_needed_a_licence_from_late_May_to_early_July_2025(string date, bool required) =>
        Assert.Equal(required, CliRunner.Json("licence", "--exporter", "US", "--item", "EDA software", "--destination", "CN", "--date", date).GetProperty("licenceRequired").GetBoolean());

    [Fact]
    public void Timeline_shows_the_April_peak_and_the_Geneva_drop()
    {
        var steps = CliRunner.Json("timeline", "--importer", "US", "--origin", "CN", "--from", "2025-01-01", "--to", "2025-12-31", "--known-at", "2025-12-31")
            .GetProperty("steps").EnumerateArray()
            .Select(s => (s.GetProperty("start").GetString(), s.GetProperty("totalAdditionalPercent").GetDecimal()))
            .ToList();
        Assert.Contains(("2025-04-10", 145m), steps);
        Assert.Contains(("2025-05-14", 30m), steps);
        Assert.Contains(("2025-11-10", 20m), steps);
    }

    [Fact]
    public void Changes_in_November_2025_include_the_fentanyl_cut_and_the_end_of_Chinas_farm_tariffs()
    {
        var events = CliRunner.Json("changes", "--from", "2025-11-01", "--to", "2025-11-30").GetProperty("events").EnumerateArray().ToList();
        Assert.Contains(events, e => e.GetProperty("subject").GetString() == "us-ieepa-fentanyl" && e.GetProperty("date").GetString() == "2025-11-10");
        Assert.Contains(events, e => e.GetProperty("subject").GetString() == "cn-tc-2025-2-farm-10" && e.GetProperty("kind").GetString() == "ends");
    }

    [Fact]
    public void Timeline_writes_an_svg_chart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-{Guid.NewGuid():N}.svg");
        try
        {
            var (exit, _, _) = CliRunner.Run("timeline", "--importer", "US", "--origin", "CN", "--svg", path);
            Assert.Equal(0, exit);
            var svg = File.ReadAllText(path);
            Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
            Assert.Contains("<path d=\"M", svg, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
