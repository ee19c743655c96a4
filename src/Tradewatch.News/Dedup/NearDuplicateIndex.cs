namespace Tradewatch.News.Dedup;

/// <summary>
/// Finds, for each report added, the earlier reports it copies, updates or rewrites. Candidates come
/// from LSH buckets over MinHash signatures; each is then checked exactly by
/// <see cref="RelationClassifier"/>. Buckets keep a bounded number of members and only the
/// candidates sharing most buckets are checked, so adding a report costs the same however many
/// copies of it are already in, and a whole corpus is near-linear.
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Members kept per bucket: enough to meet any one of a group of copies.</summary>
    public const int BucketCapacity = 12;

    /// <summary>Candidates checked exactly per report added.</summary>
    public const int MaxCandidates = 6;

    private readonly Dictionary<ulong, List<int>> buckets = [];
    private readonly List<(string Id, string Text, Fingerprint Fingerprint)> entries = [];

    public int Count => entries.Count;

    /// <summary>Adds a report and returns its duplicate relations to reports added before it.</summary>
    public IReadOnlyList<DuplicatePair> Add(string id, string text, Fingerprint fingerprint)
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

        Insert(id, text, fingerprint, keys);
        return found;
    }

    /// <summary>
    /// The entries (numbered in the order they were inserted) sharing most buckets with these band
    /// keys, most shared first, at most <paramref name="limit"/>.
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

        return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(limit).Select(h => h.Key).ToList();
    }

    /// <summary>Inserts a report under its band keys and returns its entry number.</summary>
    public int Insert(string id, string text, Fingerprint fingerprint, IReadOnlyList<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var index = entries.Count;
        entries.Add((id, text, fingerprint));
        foreach (var key in keys)
        {
            if (!buckets.TryGetValue(key, out var members))
            {
                buckets[key] = members = new List<int>(2);
            }

            if (members.Count < BucketCapacity)
            {
                members.Add(index);
            }
        }

        return index;
    }
}
