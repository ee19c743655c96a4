using Tradewatch.News.Text;

namespace Tradewatch.News.Dedup;

/// <summary>
/// The keys under which a report is found as a candidate rewrite of another, whatever arrived first.
/// A rewrite says most of its sentences again in other words (<see cref="RelationClassifier"/>), so its
/// sentences share content words with the original's but few word 3-shingles, and the LSH of
/// <see cref="Fingerprint"/> misses it. Each sentence is sketched instead: under each of
/// <see cref="Seeds"/> hash functions, its two content words with the least hashes make one key (a
/// bottom-2 MinHash), so two sentences with content-word Jaccard <c>J</c> share a given key with
/// probability about <c>J</c>². Two reports are candidates when they share <see cref="MinShared"/> keys:
/// a property of the pair alone, so the same pairs are compared in any order of arrival.
/// </summary>
/// <remarks>
/// A rewrite aligns at least four sentences at Jaccard 0.25 or more, most at 0.35 or more
/// (<see cref="RelationClassifier.MinOrderedSentences"/>, <see cref="RelationClassifier.ParaphraseSentence"/>):
/// at 0.35, four sentences are expected to share about 4 × 8 × 0.12 ≈ 4 keys. Two sentences that share
/// one common word (Jaccard about 0.05) share a key with probability about 0.003.
/// </remarks>
public static class SentenceKeys
{
    /// <summary>Hash functions per sentence: the keys a sentence is found under.</summary>
    public const int Seeds = 8;

    /// <summary>Keys two reports share for one to be checked as a rewrite of the other.</summary>
    public const int MinShared = 2;

    /// <summary>Content words a sentence needs to be sketched: with fewer, its two least words are most of it.</summary>
    public const int MinContentWords = 4;

    private static readonly ulong[] SeedValues = Enumerable.Range(1, Seeds).Select(i => StableHash.Mix(unchecked((ulong)i * 0xD6E8FEB86659FD93UL))).ToArray();

    /// <summary>The report's sentence keys, distinct and ascending.</summary>
    public static ulong[] Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new HashSet<ulong>();
        foreach (var (words, _) in Sentences.ContentSets(text))
        {
            if (words.Count < MinContentWords)
            {
                continue;
            }

            var hashes = words.Select(StableHash.Of).ToArray();
            for (var s = 0; s < Seeds; s++)
            {
                var (least, next) = (ulong.MaxValue, ulong.MaxValue);
                foreach (var h in hashes)
                {
                    var v = StableHash.Mix(h ^ SeedValues[s]);
                    if (v < least)
                    {
                        (least, next) = (v, least);
                    }
                    else if (v < next)
                    {
                        next = v;
                    }
                }

                keys.Add(StableHash.Combine(StableHash.Combine(SeedValues[s], least), next));
            }
        }

        var result = keys.ToArray();
        Array.Sort(result);
        return result;
    }
}
