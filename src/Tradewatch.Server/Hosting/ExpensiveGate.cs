namespace Tradewatch.Server.Hosting;

/// <summary>
/// Admits at most <c>permits</c> expensive reads at once. Up to <c>queue</c> more wait their turn (in
/// order, holding no thread) for at most <c>wait</c>; a read past the queue, or still waiting after
/// that, is refused (null), which the endpoint answers 503 with Retry-After. A waiting request costs
/// nothing, where a refused one comes straight back: under a storm of clients that keep asking, a
/// queue as long as the storm keeps the cores for the cheap answers (<c>/api/duty</c>) instead of
/// spending them refusing.
/// </summary>
public sealed class ExpensiveGate : IDisposable
{
    private readonly SemaphoreSlim slots;
    private readonly int queue;
    private readonly TimeSpan wait;
    private int waiting;

    public ExpensiveGate(int permits, int queue, TimeSpan wait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(queue);
        slots = new SemaphoreSlim(permits, permits);
        this.queue = queue;
        this.wait = wait;
    }

    public void Dispose() => slots.Dispose();

    /// <summary>How many requests wait for a turn now.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>A turn, to dispose when the read is done; null when the queue is full or the wait ran out.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancel)
    {
        if (slots.Wait(0, CancellationToken.None))
        {
            return new Turn(slots);
        }

        if (Interlocked.Increment(ref waiting) > queue)
        {
            Interlocked.Decrement(ref waiting);
            return null;
        }

        try
        {
            return await slots.WaitAsync(wait, cancel).ConfigureAwait(false) ? new Turn(slots) : null;
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }

    private sealed class Turn(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
