namespace Tradewatch.News.Dedup;

/// <summary>
/// Finds, for each report added, the earlier reports it copies, updates or rewrites. Candidates come
/// from LSH buckets over MinHash signatures; each is then checked exactly by
/// <see cref="RelationClassifier"/>. Buckets keep a bounded number of members and only the
/// candidates sharing most buckets are checked, so adding a report costs the same however many
/// copies of it are already in, and a whole corpus is near-linear.
/// <para>
/// Which members a full bucket keeps, and which of equally close candidates come first, go by each
/// report's rank (its content hash), not by when it arrived: the same reports are compared whichever
/// came first, as the store does (<c>report_bands.member_rank</c>).
/// </para>
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Members kept per bucket, those of least rank: enough to meet any one of a group of copies.</summary>
    public const int BucketCapacity = 12;

    /// <summary>Candidates checked exactly per report added.</summary>
    public const int MaxCandidates = 6;

    private readonly Dictionary<ulong, List<int>> buckets = [];
    private readonly List<(string Id, string Text, Fingerprint Fingerprint, string Rank)> entries = [];

    public int Count => entries.Count;

    /// <summary>
    /// Adds a report and returns its duplicate relations to reports added before it. Its
    /// <paramref name="rank"/> (its id unless given) orders it among the members of its buckets.
    /// </summary>
    public IReadOnlyList<DuplicatePair> Add(string id, string text, Fingerprint fingerprint, string? rank = null)
    {
        var keys = Lsh.BandKeys(fingerprint);
        var found = new List<DuplicatePair>();
        foreach (var candidate in Candidates(keys))
        {
            var other = entries[candidate];
            if (RelationClassifier.Classify(other.Id, other.Text, other.Fingerprint, id, text, fingerprint) is { } pair)
            {
                found.Add(pair);
            }
        }

        Insert(id, text, fingerprint, keys, rank ?? id);
        return found;
    }

    /// <summary>
    /// The entries (numbered in the order they were inserted) sharing most buckets with these band
    /// keys, most shared first and then by rank, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<int> Candidates(IReadOnlyList<ulong> keys, int limit = MaxCandidates)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var hits = new Dictionary<int, int>();
        foreach (var key in keys)
        {
            if (buckets.TryGetValue(key, out var members))
            {
                foreach (var m in members)
                {
                    hits[m] = hits.GetValueOrDefault(m) + 1;
                }
            }
        }

        return hits.OrderByDescending(h => h.Value).ThenBy(h => entries[h.Key].Rank, StringComparer.Ordinal).ThenBy(h => h.Key)
            .Take(limit).Select(h => h.Key).ToList();
    }

    /// <summary>
    /// Inserts a report under its band keys and returns its entry number. A full bucket keeps it in place
    /// of its member of greatest rank when its own <paramref name="rank"/> is less.
    /// </summary>
    public int Insert(string id, string text, Fingerprint fingerprint, IReadOnlyList<ulong> keys, string rank)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var index = entries.Count;
        entries.Add((id, text, fingerprint, rank));
        foreach (var key in keys)
        {
            if (!buckets.TryGetValue(key, out var members))
            {
                buckets[key] = members = new List<int>(2);
            }

            // Members are kept in order of rank (then entry), so the last is the one a full bucket lets go.
            var at = members.Count;
            while (at > 0 && Before(index, members[at - 1]))
            {
                at--;
            }

            if (members.Count < BucketCapacity)
            {
                members.Insert(at, index);
            }
            else if (at < members.Count)
            {
                members.RemoveAt(members.Count - 1);
                members.Insert(at, index);
            }
        }

        return index;
    }

    private bool Before(int a, int b) =>
        string.CompareOrdinal(entries[a].Rank, entries[b].Rank) is var c && (c < 0 || (c == 0 && a < b));
}
