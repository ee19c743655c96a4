using Tradewatch.Core.Products;

namespace Tradewatch.Core.Tests;

public class HsCodeTests
{
    [Theory]
    [InlineData("8505.11", "850511")]
    [InlineData("850511", "850511")]
    [InlineData("8505.11.00", "85051100")]
    [InlineData("85 05 11", "850511")]
    [InlineData("01", "01")]
    [InlineData("0101.21", "010121")]
    public void TryParse_accepts_codes_as_users_write_them(string text, string digits)
    {
        Assert.True(HsCode.TryParse(text, out var code));
        Assert.Equal(digits, code.Digits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("8")]
    [InlineData("85051")]
    [InlineData("8505a1")]
    [InlineData("12345678901")]
    public void TryParse_refuses_what_is_not_a_code(string text) => Assert.False(HsCode.TryParse(text, out _));

    [Theory]
    [InlineData("8505.11.00", "85", true)]
    [InlineData("8505.11.00", "8505.11", true)]
    [InlineData("8505.11", "8505.19", false)]
    [InlineData("85", "8505", false)]
    [InlineData("0101", "01", true)]
    [InlineData("1001", "01", false)]
    public void StartsWith_tests_prefixes_at_any_level(string code, string prefix, bool expected) =>
        Assert.Equal(expected, HsCode.Parse(code).StartsWith(HsCode.Parse(prefix)));

    [Fact]
    public void International_keeps_the_first_six_digits() =>
        Assert.Equal("850511", HsCode.Parse("8505.11.00.70").International.Digits);

    [Fact]
    public void ToString_writes_the_dotted_form() => Assert.Equal("8505.11.00", HsCode.Parse("85051100").ToString());

    [Theory]
    [InlineData("8505110070", "8505.11.00.70")]
    [InlineData("8505.11.00.70", "8505.11.00.70")]
    [InlineData("850511", "8505.11")]
    [InlineData("8505", "8505")]
    public void ToString_writes_us_statistical_lines_as_the_schedule_does(string text, string dotted) =>
        Assert.Equal(dotted, HsCode.Parse(text).ToString());

    [Fact]
    public void Nomenclature_knows_a_national_line_by_its_international_part()
    {
        var nomenclature = HsNomenclature.ParseCsv(new StringReader("section,hscode,description,parent,level\nXVI,85,Electrical machinery,TOTAL,2\nXVI,8505,Electro-magnets,85,4\nXVI,850511,\"Magnets; permanent, of metal\",8505,6\n"));
        Assert.True(nomenclature.Contains(HsCode.Parse("8505.11.00")));
        Assert.False(nomenclature.Contains(HsCode.Parse("8505.19")));
        Assert.Equal("Magnets; permanent, of metal", nomenclature.Describe(HsCode.Parse("850511")));
    }
}
