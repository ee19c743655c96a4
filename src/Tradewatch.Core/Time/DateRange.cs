namespace Tradewatch.Core.Time;

/// <summary>
/// A half-open range of days, <c>[Start, End)</c>. A null <see cref="End"/> means the range has no end.
/// A measure replaced on a day ends that day: its range's End is the replacement's Start.
/// </summary>
public readonly record struct DateRange
{
    public DateRange(DateOnly start, DateOnly? end)
    {
        if (end is { } e && e <= start)
        {
            throw new ArgumentException($"A range must end after it starts: {start:yyyy-MM-dd} to {e:yyyy-MM-dd}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    /// <summary>The first day not in the range, or null when the range is open.</summary>
    public DateOnly? End { get; }

    public bool IsOpen => End is null;

    public bool Contains(DateOnly day) => day >= Start && (End is null || day < End.Value);

    public bool Overlaps(DateRange other) =>
        (End is null || other.Start < End.Value) && (other.End is null || Start < other.End.Value);

    /// <summary>The days in both ranges, or null when they are disjoint.</summary>
    public DateRange? Intersect(DateRange other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        var start = Start > other.Start ? Start : other.Start;
        var end = (End, other.End) switch
        {
            (null, null) => null,
            (null, var b) => b,
            (var a, null) => a,
            (var a, var b) => a!.Value < b!.Value ? a : b,
        };
        return new DateRange(start, end);
    }

    public override string ToString() => End is { } e ? $"{Start:yyyy-MM-dd}..{e:yyyy-MM-dd}" : $"{Start:yyyy-MM-dd}..";
}
