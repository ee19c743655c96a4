using Tradewatch.Core;

namespace Tradewatch.Core.Tests;

public sealed class TradewatchExceptionTests
{
    [Fact]
    public void PlainMessage_drops_the_parameter_an_argument_exception_names()
    {
        var e = new ArgumentException("the stream is not a gzip archive", "stream");

        Assert.Equal("the stream is not a gzip archive (Parameter 'stream')", e.Message);
        Assert.Equal("the stream is not a gzip archive", TradewatchException.PlainMessage(e));
    }

    [Fact]
    public void PlainMessage_keeps_a_message_that_names_no_parameter_or_another_text()
    {
        Assert.Equal("bad (Parameter 'x')", TradewatchException.PlainMessage(new ArgumentException("bad (Parameter 'x')")));
        Assert.Equal("bad input", TradewatchException.PlainMessage(new InvalidOperationException("bad input")));
        Assert.Equal("bad input", TradewatchException.PlainMessage(new ArgumentException("bad input", "other")));
    }
}
