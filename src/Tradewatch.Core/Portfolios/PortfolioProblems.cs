namespace Tradewatch.Core.Portfolios;

/// <summary>A malformed portfolio line: its physical line number (1-based) and what is wrong with it.</summary>
public sealed record PortfolioProblem(long Line, string Message);

/// <summary>
/// Counts every malformed line and keeps the first few by line number, whatever order threads
/// find them in, so that a file of a billion bad lines costs a counter, not a billion messages.
/// Thread-safe.
/// </summary>
public sealed class PortfolioProblems
{
    private readonly int _keep;
    private readonly List<PortfolioProblem> _first = [];
    private readonly Lock _lock = new();
    private long _count;
    private long _threshold = long.MaxValue;

    public PortfolioProblems(int keep = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        _keep = keep;
    }

    /// <summary>How many lines were malformed.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>The first malformed lines, in line order.</summary>
    public IReadOnlyList<PortfolioProblem> First
    {
        get
        {
            lock (_lock)
            {
                return _first.ToList();
            }
        }
    }

    /// <summary>True when a problem on <paramref name="line"/> would be kept, so that its message is worth making.</summary>
    public bool Keeps(long line) => _keep > 0 && line < Interlocked.Read(ref _threshold);

    /// <summary>Counts a malformed line, and keeps its message when it is among the first ones (pass null when <see cref="Keeps"/> said no).</summary>
    public void Add(long line, string? message)
    {
        Interlocked.Increment(ref _count);
        if (message is null || !Keeps(line))
        {
            return;
        }

        var problem = new PortfolioProblem(line, message);
        lock (_lock)
        {
            var at = _first.FindIndex(p => p.Line > line);
            _first.Insert(at < 0 ? _first.Count : at, problem);
            if (_first.Count > _keep)
            {
                _first.RemoveAt(_first.Count - 1);
            }

            if (_first.Count == _keep)
            {
                Interlocked.Exchange(ref _threshold, _first[^1].Line);
            }
        }
    }
}
