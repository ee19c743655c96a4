using System.Globalization;
using System.Text.Json;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// A book of US imports at 10-digit level from many partners costs, line by line, what 'tradewatch duty' answers for
/// each line: the MFN layer from the schedule, the additional layers (a deal's all-in 15% topping the MFN rate up),
/// the refund exposure; a specific MFN rate, which needs the quantity, is reported as not computed.
/// </summary>
public class PortfolioWholeDutyTests
{
    // cars under the Japanese and EU deals (15% all-in) and before the EU deal, UK steel, T-shirts at 16.5% MFN (above
    // the EU's all-in 15%) from India, France and China, Chinese laptops, Canadian furniture under the fentanyl order,
    // French wine at 6.3 cents a litre and Mexican oranges at 1.9 cents a kilogram (specific MFN rates: not computed
    // without the quantity), Vietnamese smartphones
    private const string Book = """
        hs,origin,importer,date,value
        8703.23.01.90,JP,US,2025-10-01,20000
        8703.23.01.90,DE,US,2025-10-01,30000
        8703.23.01.90,DE,US,2025-06-09,10000
        8703.23.01.90,JP,US,2025-10-01,1000
        7208.10.15.00,GB,US,2025-07-01,5000
        6109.10.00.04,IN,US,2025-09-01,2000
        6109.10.00.04,FR,US,2025-09-01,4000
        6109.10.00.04,CN,US,2025-06-09,1000
        8471.30.01.00,CN,US,2025-06-09,3000
        9403.60.80.89,CA,US,2025-03-10,6000
        9403.60.80.89,CA,US,2025-08-15,6000
        2204.21.50.35,FR,US,2025-09-01,800
        0805.10.00.20,MX,US,2026-03-02,700
        8517.13.00.00,VN,US,2025-09-01,900
        """;

    private static JsonElement Baseline(string book)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-whole-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, book);
        try
        {
            return CliRunner.Json("portfolio", path, "--json").GetProperty("scenarios")[0];
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_book_costs_the_sum_of_the_duty_answers_for_its_lines()
    {
        decimal additional = 0, refund = 0, mfn = 0, notComputed = 0;
        var byOrigin = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in Book.Split('\n').Skip(1))
        {
            var f = line.Trim().Split(',');
            var answer = CliRunner.Json("duty", "--importer", f[2], "--origin", f[1], "--hts", f[0], "--date", f[3], "--value", f[4]);
            var value = decimal.Parse(f[4], CultureInfo.InvariantCulture);
            var lineAdditional = answer.GetProperty("additionalDuty").GetDecimal();
            additional += lineAdditional;
            refund += answer.GetProperty("refundableDuty").GetDecimal();
            var total = answer.GetProperty("totalDuty");
            if (total.ValueKind == JsonValueKind.Number)
            {
                mfn += total.GetDecimal() - lineAdditional;
            }
            else
            {
                notComputed += value;
            }

            byOrigin[f[1]] = byOrigin.GetValueOrDefault(f[1]) + (total.ValueKind == JsonValueKind.Number ? total.GetDecimal() : lineAdditional);
        }

        var book = Baseline(Book);
        Assert.Equal(14, book.GetProperty("lines").GetInt32());
        Assert.Equal(additional, book.GetProperty("duty").GetDecimal());
        Assert.Equal(mfn, book.GetProperty("baseDuty").GetDecimal());
        Assert.Equal(additional + mfn, book.GetProperty("totalDuty").GetDecimal());
        Assert.Equal(refund, book.GetProperty("refundExposure").GetDecimal());
        Assert.Equal(800m + 700m, notComputed);
        Assert.Equal(notComputed, book.GetProperty("baseNotComputed").GetDecimal());
        foreach (var (origin, duty) in byOrigin)
        {
            Assert.Equal(duty, book.GetProperty("byOrigin").GetProperty(origin).GetProperty("duty").GetDecimal());
        }
    }

    // 8703.23.01.90 (MFN 2.5%) from Japan on 1 Oct 2025: 15% all-in (FR 2025-17908), so Section 232 autos collects
    // 12.5%: 1000 of cars pay 25 of MFN duty and 125 more, not 250; T-shirts (16.5% MFN) from France under the EU's
    // 15% all-in pay their MFN rate only.
    [Fact]
    public void An_all_in_deal_rate_tops_the_MFN_rate_up_in_a_book_as_in_a_duty_answer()
    {
        var cars = Baseline("hs,origin,importer,date,value\n8703.23.01.90,JP,US,2025-10-01,1000\n");
        Assert.Equal(25m, cars.GetProperty("baseDuty").GetDecimal());
        Assert.Equal(125m, cars.GetProperty("duty").GetDecimal());
        Assert.Equal(15m, cars.GetProperty("effectiveRatePercent").GetDecimal());
        var shirts = Baseline("hs,origin,importer,date,value\n6109.10.00.04,FR,US,2025-09-01,1000\n");
        Assert.Equal(165m, shirts.GetProperty("totalDuty").GetDecimal());
        Assert.Equal(0m, shirts.GetProperty("duty").GetDecimal());
    }

    // French wine 2204.21.50.35 (6.3 cents a litre) and Mexican oranges 0805.10.00.20 (1.9 cents a kilogram): specific
    // MFN rates, computed on the quantity a line gives in the rate's unit, as 'duty --quantity --unit' computes them;
    // a line without its quantity, or with it in another unit, is listed with the reason.
    private const string Measured = """
        hs,origin,importer,date,value,quantity,unit
        2204.21.50.35,FR,US,2025-09-01,800,300,liters
        2204.21.50.35,FR,US,2025-09-01,500,120,l
        0805.10.00.20,MX,US,2026-03-02,700,2000,kg
        0805.10.00.20,MX,US,2026-03-02,100,,
        2204.21.50.35,FR,US,2025-09-01,90,40,kg
        8703.23.01.90,JP,US,2025-10-01,1000,1,No.
        """;

    [Fact]
    public void Specific_MFN_rates_are_computed_on_the_quantity_a_line_gives_as_in_a_duty_answer()
    {
        decimal mfn = 0, additional = 0;
        foreach (var line in Measured.Split('\n').Skip(1).Take(3).Append(Measured.Split('\n')[6]))
        {
            var f = line.Trim().Split(',');
            var answer = CliRunner.Json("duty", "--importer", f[2], "--origin", f[1], "--hts", f[0], "--date", f[3], "--value", f[4], "--quantity", f[5], "--unit", f[6]);
            var lineAdditional = answer.GetProperty("additionalDuty").GetDecimal();
            additional += lineAdditional;
            mfn += answer.GetProperty("totalDuty").GetDecimal() - lineAdditional;
        }

        var book = Baseline(Measured);
        Assert.Equal(6, book.GetProperty("lines").GetInt32());

        // 0.063 x 420 litres, 0.019 x 2000 kg, and the car's 2.5%
        Assert.Equal((0.063m * 420) + (0.019m * 2000) + 25m, mfn);
        Assert.Equal(mfn, book.GetProperty("baseDuty").GetDecimal());
        Assert.Equal(190m, book.GetProperty("baseNotComputed").GetDecimal());
        var missing = book.GetProperty("baseNotComputedLines").EnumerateArray()
            .Select(l => (l.GetProperty("line").GetString(), l.GetProperty("value").GetDecimal(), l.GetProperty("reason").GetString())).ToList();
        Assert.Equal(2, missing.Count);
        Assert.Equal(("0805.10.00.20", 100m), (missing[0].Item1, missing[0].Item2));
        Assert.Contains("needs the quantity in kg", missing[0].Item3, StringComparison.Ordinal);
        Assert.Equal(("2204.21.50.35", 90m), (missing[1].Item1, missing[1].Item2));
        Assert.Contains("the quantity is in kg, the rate is per liter", missing[1].Item3, StringComparison.Ordinal);
    }
}
