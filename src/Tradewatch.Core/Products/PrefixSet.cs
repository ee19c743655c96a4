namespace Tradewatch.Core.Products;

/// <summary>
/// A set of HS prefixes of mixed lengths, answering "the longest prefix of this code in the set"
/// with one binary search per length present (at most five): prefixes are kept as sorted numbers,
/// one array per length. Immutable.
/// </summary>
public sealed class PrefixSet
{
    private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000];

    // index: length / 2 - 1 (2, 4, 6, 8, 10 digits); each the prefixes' digits as numbers, sorted
    private readonly long[][] _byLength = new long[5][];
    private readonly int[] _lengthsLongestFirst;

    public PrefixSet(IEnumerable<HsCode> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        var lists = new List<long>[5];
        foreach (var p in prefixes)
        {
            (lists[(p.Length / 2) - 1] ??= []).Add(p.Padded / Pow10[HsCode.MaxDigits - p.Length]);
        }

        var lengths = new List<int>();
        for (var i = 4; i >= 0; i--)
        {
            var values = lists[i] is { } list ? list.Distinct().Order().ToArray() : [];
            _byLength[i] = values;
            Count += values.Length;
            if (values.Length > 0)
            {
                lengths.Add((i + 1) * 2);
            }
        }

        _lengthsLongestFirst = [.. lengths];
    }

    public int Count { get; }

    /// <summary>The length of the longest prefix in the set that <paramref name="code"/> starts with (a code starts with itself), or 0.</summary>
    public int LongestPrefixOf(HsCode code)
    {
        foreach (var length in _lengthsLongestFirst)
        {
            if (length > code.Length)
            {
                continue;
            }

            if (Array.BinarySearch(_byLength[(length / 2) - 1], code.Padded / Pow10[HsCode.MaxDigits - length]) >= 0)
            {
                return length;
            }
        }

        return 0;
    }

    public bool ContainsPrefixOf(HsCode code) => LongestPrefixOf(code) > 0;

    /// <summary>Whether the set holds a longer code under <paramref name="code"/> (some of its tariff lines, not all).</summary>
    public bool HasCodeUnder(HsCode code)
    {
        foreach (var length in _lengthsLongestFirst)
        {
            if (length <= code.Length)
            {
                break;
            }

            var divisor = Pow10[HsCode.MaxDigits - length];
            var low = code.Padded / divisor;
            var high = (code.Padded + Pow10[HsCode.MaxDigits - code.Length]) / divisor;
            var values = _byLength[(length / 2) - 1];
            var index = Array.BinarySearch(values, low);
            if (index < 0)
            {
                index = ~index;
            }

            if (index < values.Length && values[index] < high)
            {
                return true;
            }
        }

        return false;
    }
}
