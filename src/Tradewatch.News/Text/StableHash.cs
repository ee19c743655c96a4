namespace Tradewatch.News.Text;

/// <summary>
/// A 64-bit hash that is the same in every process (string.GetHashCode is randomised), so that
/// fingerprints can be stored: FNV-1a over UTF-16 code units, then the SplitMix64 finaliser to
/// spread the bits. Not cryptographic.
/// </summary>
public static class StableHash
{
    public static ulong Of(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h = unchecked(h * 1099511628211UL);
        }

        return Mix(h);
    }

    public static ulong Combine(ulong a, ulong b) => Mix(unchecked(a * 31UL + b + 0x9E3779B97F4A7C15UL));

    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
