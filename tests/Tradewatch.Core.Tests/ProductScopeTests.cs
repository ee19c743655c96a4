using Tradewatch.Core.Products;

namespace Tradewatch.Core.Tests;

public class ProductScopeTests
{
    private static HsCode H(string s) => HsCode.Parse(s);

    [Fact]
    public void Specificity_grows_with_the_length_of_the_matching_prefix()
    {
        var scope = new ProductScope(false, [H("85"), H("8505.11")], [], null);
        Assert.Equal(7, scope.Specificity(H("8505.11.00")));
        Assert.Equal(3, scope.Specificity(H("8501")));
        Assert.Equal(0, scope.Specificity(H("8471")));
    }

    [Fact]
    public void Exclusions_win_over_inclusions()
    {
        var scope = new ProductScope(true, [], [H("8471")], null);
        Assert.False(scope.Covers(H("8471.30")));
        Assert.True(scope.Covers(H("8472")));
    }

    [Theory]
    [InlineData("8505.11.00.70", 11)]
    [InlineData("8505.11.00", 9)]
    [InlineData("8505.19.10", 0)]
    [InlineData("8505.11", 7)] // some lines under it are named: the layer may apply
    [InlineData("0101.21.00", 0)]
    public void A_scope_of_thousands_of_lines_answers_by_lookup(string code, int specificity)
    {
        var lines = Enumerable.Range(0, 5000).Select(i => H($"0201{i:000000}")).Append(H("8505.11.00")).Append(H("8505.11.00.70")).ToList();
        var scope = new ProductScope(false, lines, [], null);
        Assert.Equal(specificity, scope.Specificity(H(code)));
    }

    [Fact]
    public void A_code_coarser_than_the_scope_lines_is_covered_partly()
    {
        var scope = new ProductScope(false, [H("8507.60.00.10")], [], null);
        Assert.True(scope.CoversPartly(H("8507.60")));
        Assert.False(scope.CoversPartly(H("8507.60.00.10")));
        Assert.False(scope.Covers(H("8507.60.00.90")));
    }

    [Theory]
    [InlineData("8703.80.00", "8703.80", false)] // the subheading undivided: named whole
    [InlineData("8703.80.00.00", "8703.80", false)]
    [InlineData("8703.80.00.10", "8703.80", true)]
    [InlineData("8703.80.10", "8703.80", true)]
    [InlineData("0207.14.00", "0207", true)] // one subheading of a heading
    public void A_line_of_zeros_under_a_code_names_it_whole(string line, string asked, bool partly) =>
        Assert.Equal(partly, new ProductScope(false, [H(line)], [], null).CoversPartly(H(asked)));

    [Fact]
    public void A_list_scope_needs_at_least_one_code() =>
        Assert.Throws<ArgumentException>(() => new ProductScope(false, [], [], null));
}
