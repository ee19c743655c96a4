using Tradewatch.News.Text;

namespace Tradewatch.News.Dedup;

/// <summary>
/// What near-duplicate detection keeps of a report: the sorted distinct hashes of its word
/// 3-shingles and their MinHash signature. Two reports' Jaccard similarity and containment are
/// computed exactly from the shingles; the signature only finds candidates.
/// </summary>
public sealed class Fingerprint
{
    public const int ShingleSize = 3;
    public const int HashCount = 64;

    private static readonly ulong[] Seeds = Enumerable.Range(1, HashCount).Select(i => StableHash.Mix(unchecked((ulong)i * 0x632BE59BD9B4E019UL))).ToArray();

    private Fingerprint(ulong[] shingles, ulong[] signature)
    {
        Shingles = shingles;
        Signature = signature;
    }

    /// <summary>Distinct shingle hashes, ascending.</summary>
    public ulong[] Shingles { get; }

    /// <summary>For each of <see cref="HashCount"/> hash functions, the least hash over the shingles.</summary>
    public ulong[] Signature { get; }

    public static Fingerprint Of(string cleanText) => Of(TextNormal.Words(cleanText));

    public static Fingerprint Of(IReadOnlyList<string> words)
    {
        var wordHashes = new ulong[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            wordHashes[i] = StableHash.Of(words[i]);
        }

        var set = new HashSet<ulong>();
        if (words.Count < ShingleSize)
        {
            if (words.Count > 0)
            {
                set.Add(wordHashes.Aggregate(StableHash.Combine));
            }
        }
        else
        {
            for (var i = 0; i + ShingleSize <= words.Count; i++)
            {
                set.Add(StableHash.Combine(StableHash.Combine(wordHashes[i], wordHashes[i + 1]), wordHashes[i + 2]));
            }
        }

        var shingles = set.ToArray();
        Array.Sort(shingles);
        var signature = new ulong[HashCount];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var s in shingles)
        {
            for (var k = 0; k < HashCount; k++)
            {
                var h = StableHash.Mix(s ^ Seeds[k]);
                if (h < signature[k])
                {
                    signature[k] = h;
                }
            }
        }

        return new Fingerprint(shingles, signature);
    }

    /// <summary>The number of shingles the two share, by a merge of the sorted arrays.</summary>
    public static int Shared(Fingerprint a, Fingerprint b)
    {
        int i = 0, j = 0, n = 0;
        var x = a.Shingles;
        var y = b.Shingles;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                n++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }
}

/// <summary>Locality-sensitive hashing over a MinHash signature: bands of rows, one bucket key per band.</summary>
public static class Lsh
{
    /// <summary>32 bands of 2 rows: pairs at Jaccard 0.4 collide in some band with probability 0.996, at 0.05 with 0.08.</summary>
    public const int Bands = 32;
    public const int Rows = Fingerprint.HashCount / Bands;

    public static ulong[] BandKeys(Fingerprint fingerprint)
    {
        var keys = new ulong[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = (ulong)b;
            for (var r = 0; r < Rows; r++)
            {
                h = StableHash.Combine(h, fingerprint.Signature[(b * Rows) + r]);
            }

            keys[b] = h;
        }

        return keys;
    }
}
