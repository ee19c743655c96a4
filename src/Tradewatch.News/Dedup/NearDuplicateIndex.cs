namespace Tradewatch.News.Dedup;

/// <summary>
/// Finds, for each report added, the earlier reports it copies, updates or rewrites. Candidates come
/// from LSH buckets over MinHash signatures: every report sharing a bucket, those sharing most first;
/// each is then checked exactly by <see cref="RelationClassifier"/>. Which pairs are candidates is a
/// property of the pair, so the relations found do not depend on the order reports are added in;
/// the news engine checks only candidates not yet in one group with the report, so adding a report
/// costs about one check per group it meets, however many copies the group holds.
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Candidates checked exactly per report added by <see cref="Add"/>, which keeps no groups.</summary>
    public const int MaxCandidates = 6;

    private readonly Dictionary<ulong, List<int>> buckets = [];
    private readonly List<(string Id, string Text, Fingerprint Fingerprint)> entries = [];

    public int Count => entries.Count;

    /// <summary>Adds a report and returns its duplicate relations to reports added before it.</summary>
    public IReadOnlyList<DuplicatePair> Add(string id, string text, Fingerprint fingerprint)
    {
        var keys = Lsh.BandKeys(fingerprint);
        var found = new List<DuplicatePair>();
        foreach (var candidate in Candidates(keys).Take(MaxCandidates))
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
    /// The entries (numbered in the order they were inserted) sharing a bucket with these band keys, those
    /// sharing most first, then in the order they were inserted.
    /// </summary>
    public IReadOnlyList<int> Candidates(IReadOnlyList<ulong> keys)
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

        return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Select(h => h.Key).ToList();
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

            members.Add(index);
        }

        return index;
    }
}
