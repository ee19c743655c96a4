using Tradewatch.Server.Hosting;

namespace Tradewatch.Server.Tests;

public sealed class ExpensiveGateTests
{
    [Fact]
    public async Task Past_the_permits_a_read_waits_its_turn_and_past_the_queue_it_is_refused()
    {
        using var gate = new ExpensiveGate(permits: 1, queue: 1, wait: TimeSpan.FromMinutes(1));
        var first = await gate.EnterAsync(CancellationToken.None);
        Assert.NotNull(first);

        var second = gate.EnterAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);
        Assert.Equal(1, gate.Waiting);

        Assert.Null(await gate.EnterAsync(CancellationToken.None));

        first.Dispose();
        using var turn = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(turn);
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task A_read_that_waits_too_long_is_refused_and_leaves_the_queue()
    {
        using var gate = new ExpensiveGate(permits: 1, queue: 4, wait: TimeSpan.FromMilliseconds(50));
        using var held = await gate.EnterAsync(CancellationToken.None);
        Assert.Null(await gate.EnterAsync(CancellationToken.None));
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task A_turn_given_back_twice_frees_one_permit()
    {
        using var gate = new ExpensiveGate(permits: 1, queue: 0, wait: TimeSpan.FromMinutes(1));
        var turn = await gate.EnterAsync(CancellationToken.None);
        turn!.Dispose();
        turn.Dispose();
        using var again = await gate.EnterAsync(CancellationToken.None);
        Assert.NotNull(again);
        Assert.Null(await gate.EnterAsync(CancellationToken.None));
    }
}
