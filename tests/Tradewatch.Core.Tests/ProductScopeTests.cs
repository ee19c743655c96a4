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

    [Fact]
    public void A_list_scope_needs_at_least_one_code() =>
        Assert.Throws<ArgumentException>(() => new ProductScope(false, [], [], null));
}
