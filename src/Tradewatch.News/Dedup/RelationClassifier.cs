using Tradewatch.News.Text;

namespace Tradewatch.News.Dedup;

/// <summary>
/// Decides whether two reports carry the same text and how: shared word 3-shingles find copies and
/// versions (containment, so that a short early version inside a longer later one is found even at
/// low Jaccard similarity), sentence alignment on content words finds rewrites (in any order, or looser in the order they are told).
/// </summary>
public static class RelationClassifier
{
    /// <summary>Share of the smaller report's shingles found in the larger one for it to be a copy or a version.</summary>
    public const double MinContainment = 0.5;

    /// <summary>Above this share of the larger report's words in new sentences between shared ones, it is a new version, not a copy.</summary>
    public const double MaxInteriorNewForCopy = 0.2;

    /// <summary>Content-word Jaccard at which two sentences say the same thing in other words.</summary>
    public const double ParaphraseSentence = 0.35;

    /// <summary>
    /// A rewrite retells most of one report: this share of one report's sentences has a paraphrase in
    /// the other, and <see cref="MinRewriteAlignedOther"/> of the other's (a retelling adds framing of its own).
    /// Reports of the same event that are not rewrites align at well under a fifth.
    /// </summary>
    public const double MinRewriteAligned = 0.4;

    public const double MinRewriteAlignedOther = 0.25;

    /// <summary>
    /// A retelling keeps the order of what it retells: sentences aligned in order (a longest common
    /// subsequence of sentence pairs sharing this content-word Jaccard) are counted, a looser match than
    /// <see cref="ParaphraseSentence"/> because the order vouches for it.
    /// </summary>
    public const double OrderedParaphraseSentence = 0.25;

    /// <summary>
    /// A rewrite by order: this share of the shorter report's sentences and <see cref="MinOrderedLonger"/>
    /// of the longer's align in order. On the developing parts of the corpora rewrites align at 0.45 and
    /// 0.31 or more, reports of one event that are not rewrites at 0.23 and 0.15 or less.
    /// </summary>
    public const double MinOrderedShorter = 0.34;

    public const double MinOrderedLonger = 0.23;

    /// <summary>
    /// And at least this many sentences, in order or not: two short reports of one event share two or three
    /// sentences in the order events happened (the developing parts: at most 3 for reports that are not
    /// rewrites, 5 or more for rewrites).
    /// </summary>
    public const int MinOrderedSentences = 4;

    /// <summary>Content-word Jaccard at which two sentences are the same sentence, lightly edited.</summary>
    public const double SameSentence = 0.5;

    public static DuplicatePair? Classify(string firstId, string firstText, Fingerprint first, string secondId, string secondText, Fingerprint second) =>
        Classify(firstId, firstText, first, secondId, Sentences.ContentSets(secondText), second);

    /// <summary>
    /// As <see cref="Classify(string, string, Fingerprint, string, string, Fingerprint)"/>, with the second report's sentences
    /// (<see cref="Sentences.ContentSets"/>) read once by the caller: a new report is compared with many held ones.
    /// </summary>
    public static DuplicatePair? Classify(string firstId, string firstText, Fingerprint first, string secondId, List<(HashSet<string> Words, int Length)> secondSentences, Fingerprint second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Shingles.Length == 0 || second.Shingles.Length == 0)
        {
            return null;
        }

        var shared = Fingerprint.Shared(first, second);
        var union = first.Shingles.Length + second.Shingles.Length - shared;
        var jaccard = (double)shared / union;
        var containment = (double)shared / Math.Min(first.Shingles.Length, second.Shingles.Length);
        var firstIsLarger = first.Shingles.Length >= second.Shingles.Length;
        var firstSentences = Sentences.ContentSets(firstText);
        var larger = firstIsLarger ? firstSentences : secondSentences;
        var smaller = firstIsLarger ? secondSentences : firstSentences;

        if (containment >= MinContainment)
        {
            var relation = InteriorNewShare(larger, smaller) > MaxInteriorNewForCopy ? DuplicateRelation.Version : DuplicateRelation.Copy;
            return new DuplicatePair(firstId, secondId, relation, jaccard, containment);
        }

        var forward = AlignedShare(larger, smaller, ParaphraseSentence);
        var backward = AlignedShare(smaller, larger, ParaphraseSentence);
        // However high the shares, a rewrite retells at least MinOrderedSentences sentences on both sides: two short
        // reports sharing two or three sentences (a quote, a paragraph of background) are not one report retold.
        var alignedEach = Math.Min(forward * larger.Count, backward * smaller.Count);
        if ((Math.Max(forward, backward) >= MinRewriteAligned && Math.Min(forward, backward) >= MinRewriteAlignedOther && alignedEach >= MinOrderedSentences - 1e-9)
            || OrderedRewrite(larger, smaller))
        {
            return new DuplicatePair(firstId, secondId, DuplicateRelation.Rewrite, jaccard, containment);
        }

        return null;
    }

    /// <summary>Whether the two reports' sentences align in order as a rewrite's do (<see cref="MinOrderedShorter"/>).</summary>
    public static bool OrderedRewrite(List<(HashSet<string> Words, int Length)> larger, List<(HashSet<string> Words, int Length)> smaller)
    {
        var (shorter, longer) = larger.Count <= smaller.Count ? (larger, smaller) : (smaller, larger);
        if (shorter.Count == 0)
        {
            return false;
        }

        var aligned = OrderedAligned(shorter, longer, OrderedParaphraseSentence);
        return aligned >= MinOrderedSentences && aligned >= MinOrderedShorter * shorter.Count && aligned >= MinOrderedLonger * longer.Count;
    }

    /// <summary>The most sentence pairs of <paramref name="a"/> and <paramref name="b"/> matching at <paramref name="threshold"/> that keep their order in both.</summary>
    public static int OrderedAligned(List<(HashSet<string> Words, int Length)> a, List<(HashSet<string> Words, int Length)> b, double threshold)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                var match = Sentences.Jaccard(a[i].Words, b[j].Words) >= threshold ? previous[j] + 1 : 0;
                current[j + 1] = Math.Max(match, Math.Max(previous[j + 1], current[j]));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }

    /// <summary>Share of the sentences of <paramref name="a"/> that say what some sentence of <paramref name="b"/> says.</summary>
    public static double AlignedShare(List<(HashSet<string> Words, int Length)> a, List<(HashSet<string> Words, int Length)> b, double threshold)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var matched = a.Count(s => b.Any(t => Sentences.Jaccard(s.Words, t.Words) >= threshold));
        return (double)matched / a.Count;
    }

    /// <summary>
    /// Share of the larger report's words in sentences the smaller lacks that stand between shared
    /// sentences. A copy cut short or with a new top differs only at its ends; a new version adds inside.
    /// </summary>
    public static double InteriorNewShare(List<(HashSet<string> Words, int Length)> larger, List<(HashSet<string> Words, int Length)> smaller)
    {
        var matched = larger.Select(s => smaller.Any(t => Sentences.Jaccard(s.Words, t.Words) >= SameSentence)).ToArray();
        var first = Array.IndexOf(matched, true);
        var last = Array.LastIndexOf(matched, true);
        var total = larger.Sum(s => s.Length);
        if (first < 0 || total == 0)
        {
            return 1;
        }

        var interior = 0;
        for (var i = first; i <= last; i++)
        {
            if (!matched[i])
            {
                interior += larger[i].Length;
            }
        }

        return (double)interior / total;
    }
}
