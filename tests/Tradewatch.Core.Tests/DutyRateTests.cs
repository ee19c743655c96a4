using Tradewatch.Core.Schedule;

namespace Tradewatch.Core.Tests;

public class DutyRateTests
{
    [Theory]
    [InlineData("Free", "0")]
    [InlineData("2.1%", "2.1")]
    [InlineData("25%", "25")]
    [InlineData("6 1/2%", "6.5")]
    [InlineData("10% + 5%", "15")]
    public void Ad_valorem_rates_give_their_percentage(string text, string percent)
    {
        var rate = DutyRate.Parse(text);
        Assert.True(rate.IsAdValorem);
        Assert.Equal(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), rate.AdValoremPercent);
    }

    [Theory]
    [InlineData("4.4¢/kg", 0, 10, "kg", "0.44")]
    [InlineData("4.4¢/kg", 0, 10, "kgs", "0.44")]
    [InlineData("2.1% + 5¢/kg", 1000, 10, "kg", "21.50")]
    [InlineData("$1.035/kg + 10%", 200, 3, "kg", "23.11")]
    [InlineData("37.5¢/kg +13.6%", 100, 4, "kg", "15.10")]
    [InlineData("$1.13/m<sup>3</sup>", 0, 2, "m3", "2.26")]
    [InlineData("$3.70/pf. liter", 0, 10, "pf. liter", "37.00")]
    [InlineData("0.8¢ each + 3.9%", 100, 50, "No.", "4.30")]
    public void Specific_and_compound_rates_are_computed_from_value_and_quantity(string text, double value, double quantity, string unit, string expected)
    {
        var rate = DutyRate.Parse(text);
        Assert.False(rate.IsAdValorem);
        Assert.True(rate.IsComputable);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rate.Amount((decimal)value, (decimal)quantity, unit));
    }

    [Fact]
    public void A_specific_rate_without_a_quantity_or_in_another_unit_is_not_computed()
    {
        var rate = DutyRate.Parse("4.4¢/kg");
        Assert.Null(rate.Amount(100m, null, null));
        Assert.Null(rate.Amount(100m, 10m, "liter"));
        Assert.Equal(["kg"], rate.SpecificUnits);
        Assert.Null(rate.AdValoremPercent);
    }

    [Theory]
    [InlineData("The rate applicable to the article of which it is a part or accessory")]
    [InlineData("The duty provided in the applicable subheading + 25%")]
    public void Texts_that_are_not_a_sum_of_parts_are_kept_as_text(string text)
    {
        var rate = DutyRate.Parse(text);
        Assert.False(rate.IsParsed);
        Assert.Equal(text, rate.Text);
        Assert.Null(rate.Amount(100m, 1m, "kg"));
    }

    [Theory]
    [InlineData("1.5¢/kg on drained weight")]
    [InlineData("$1.55 each + 6% on the case")]
    [InlineData("21.3¢/kg less 0.020668¢/kg for each degree under 100 degrees")]
    public void Qualified_parts_are_read_but_not_computed(string text)
    {
        var rate = DutyRate.Parse(text);
        Assert.True(rate.IsParsed);
        Assert.False(rate.IsComputable);
        Assert.Null(rate.Amount(100m, 1m, "kg"));
    }

    [Fact]
    public void Free_with_conditions_is_free_but_only_as_text()
    {
        var rate = DutyRate.Parse("Free, under bond, as prescribed in U.S. note 2 to this subchapter");
        Assert.True(rate.IsFree);
        Assert.False(rate.IsParsed);
        Assert.Null(rate.AdValoremPercent);
    }

    [Fact]
    public void The_special_column_reads_into_rates_and_programmes()
    {
        var rates = SpecialRate.ParseColumn("Free (A,AU,BH) 3.5% (JO)");
        Assert.Equal(2, rates.Count);
        Assert.Equal(["A", "AU", "BH"], rates[0].Programmes);
        Assert.True(rates[0].Rate.IsFree);
        Assert.Equal(3.5m, rates[1].Rate.AdValoremPercent);
    }

    [Theory]
    [InlineData("See 9903.88.15.", "9903.88.15")]
    [InlineData("See headings 9903.88.01-9903.88.04 and 9903.91.06.", "9903.88.01 9903.88.04 9903.91.06")]
    [InlineData("See chapter 99 statistical note 1.", "")]
    public void Footnotes_name_their_chapter_99_headings(string text, string codes) => Assert.Equal(codes, string.Join(' ', Footnote.FindChapter99(text)));
}
