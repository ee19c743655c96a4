namespace Tradewatch.News.Claims;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.</summary>
public readonly record struct ClaimSpan
{
    public ClaimSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public ClaimSpan Union(ClaimSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start}, {End})";
}
