using Tradewatch.News.Text;

namespace Tradewatch.News.Tests;

public class QuotationsTests
{
    [Theory]
    [InlineData("The minister said “we will meet on Tuesday” after the talks.", "The minister said   after the talks.")]
    [InlineData("He called the plan \"a mistake\" and \"a tax\" on Friday.", "He called the plan   and   on Friday.")]
    // An unclosed quotation (a quote running on into the next paragraph) is left as it stands.
    [InlineData("She said: “the duty stays", "She said: “the duty stays")]
    public void Closed_quotations_are_blanked_with_their_marks(string text, string expected) =>
        Assert.Equal(expected, Quotations.Blanked(text));
}
