namespace Tradewatch.News.Stories;

/// <summary>
/// Groups reports into stories one report at a time (single-pass clustering, as in topic
/// detection and tracking): a report joins the most similar story that is close in time and about
/// the same economies, or starts a new one. Adding a report touches only the stories that share
/// its salient terms, never the whole collection.
/// </summary>
public sealed class StoryClusterer(TermStatistics statistics)
{
    /// <summary>
    /// TF-IDF cosine to a story's centroid above which a report joins it, by how far apart in time
    /// they are: within a few days, reports about the same economies need share little wording to
    /// be one event; a week or two apart they must share more; with no date to go by, more still.
    /// </summary>
    public const double JoinSimilarityNear = 0.08;

    public const double JoinSimilarityFar = 0.12;

    public const double JoinSimilarityUndated = 0.16;

    /// <summary>Days apart up to which <see cref="JoinSimilarityNear"/> applies.</summary>
    public const int NearDays = 3;

    /// <summary>A report about other economies joins only if it is nearly the same text.</summary>
    public const double JoinSimilarityOtherEconomies = 0.5;

    /// <summary>A report more than this many days from every report of a story is another event.</summary>
    public const int MaxDaysApart = 14;

    /// <summary>Salient terms of a report used to find candidate stories.</summary>
    private const int IndexTerms = 60;

    private const int MaxCandidates = 64;

    private const int MaxPostings = 512;

    private readonly Dictionary<int, Story> stories = [];
    private readonly Dictionary<string, List<int>> storiesByTerm = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Story> Stories => stories.Values;

    public TermStatistics Statistics => statistics;

    public int NextId { get; set; } = 1;

    /// <summary>Restores a story kept elsewhere (the store), so that new reports can join it.</summary>
    public void Restore(Story story)
    {
        stories[story.Id] = story;
        NextId = Math.Max(NextId, story.Id + 1);
        foreach (var term in story.Centroid.OrderByDescending(c => c.Value).Take(IndexTerms * 2).Select(c => c.Key))
        {
            IndexTerm(term, story.Id);
        }
    }

    /// <summary>The best story for a report and its similarity, without adding it; null when none qualifies.</summary>
    public (Story Story, double Similarity)? Best(StoryFeatures features)
    {
        var vector = Weigh(features.Terms);
        var candidates = new Dictionary<int, int>();
        foreach (var term in Salient(vector))
        {
            if (storiesByTerm.TryGetValue(term, out var ids))
            {
                // A term shared by very many stories says little; its most recent stories are the ones a new report may continue.
                foreach (var id in ids.Count <= MaxPostings ? ids : ids.Skip(ids.Count - MaxPostings))
                {
                    candidates[id] = candidates.GetValueOrDefault(id) + 1;
                }
            }
        }

        (Story Story, double Similarity)? best = null;
        var main = Economies.Main(features.Economies);
        foreach (var (id, _) in candidates.OrderByDescending(c => c.Value).Take(MaxCandidates))
        {
            var story = stories[id];
            if (story.DaysFrom(features.Date) is > MaxDaysApart)
            {
                continue;
            }

            var similarity = Cosine(vector, story.Centroid);
            var days = story.DaysFrom(features.Date);
            var threshold = !SameEconomies(main, Economies.Main(story.Economies)) ? JoinSimilarityOtherEconomies
                : days is null ? JoinSimilarityUndated
                : days <= NearDays ? JoinSimilarityNear
                : JoinSimilarityFar;

            if (similarity >= threshold && (best is null || similarity > best.Value.Similarity))
            {
                best = (story, similarity);
            }
        }

        return best;
    }

    /// <summary>
    /// Adds a report, to <paramref name="joinStory"/> when given (a copy joins its original's story),
    /// and returns its story. The caller counts the report's terms in <see cref="Statistics"/> first.
    /// </summary>
    public Story Add(StoryFeatures features, int? joinStory = null)
    {
        var story = joinStory is { } j && stories.TryGetValue(j, out var forced) ? forced : Best(features)?.Story;
        if (story is null)
        {
            story = new Story(NextId++);
            stories[story.Id] = story;
        }

        story.Absorb(features);
        foreach (var term in Salient(Weigh(features.Terms)))
        {
            IndexTerm(term, story.Id);
        }

        return story;
    }

    private void IndexTerm(string term, int storyId)
    {
        if (!storiesByTerm.TryGetValue(term, out var ids))
        {
            storiesByTerm[term] = ids = [];
        }

        // Checking the whole list would make indexing quadratic; a repeated entry only counts a story twice.
        if (ids.Count == 0 || ids[^1] != storyId)
        {
            ids.Add(storyId);
        }
    }

    private static bool SameEconomies(IReadOnlyList<string> report, IReadOnlyList<string> story)
    {
        if (report.Count == 0 || story.Count == 0)
        {
            // Naming no economy often enough to be about one says nothing either way.
            return true;
        }

        var shared = report.Count(story.Contains);
        return shared >= Math.Min(report.Count, story.Count) && (report.Count < 2 || story.Count < 2 || shared == 2);
    }

    private Dictionary<string, double> Weigh(IReadOnlyDictionary<string, double> terms) =>
        terms.ToDictionary(t => t.Key, t => t.Value * statistics.Idf(t.Key), StringComparer.Ordinal);

    private static IEnumerable<string> Salient(Dictionary<string, double> vector) =>
        vector.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(IndexTerms).Select(v => v.Key);

    /// <summary>TF-IDF cosine of two reports' terms under the current statistics.</summary>
    public double Similarity(StoryFeatures a, StoryFeatures b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (t, w) in a.Terms)
        {
            var idf = statistics.Idf(t);
            na += w * w * idf * idf;
            if (b.Terms.TryGetValue(t, out var v))
            {
                dot += w * v * idf * idf;
            }
        }

        foreach (var (t, v) in b.Terms)
        {
            var idf = statistics.Idf(t);
            nb += v * v * idf * idf;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private double Cosine(Dictionary<string, double> vector, Dictionary<string, double> centroid)
    {
        double dot = 0, a = 0, b = 0;
        foreach (var (t, w) in vector)
        {
            a += w * w;
            if (centroid.TryGetValue(t, out var c))
            {
                dot += w * c * statistics.Idf(t);
            }
        }

        foreach (var (t, c) in centroid)
        {
            var w = c * statistics.Idf(t);
            b += w * w;
        }

        return a == 0 || b == 0 ? 0 : dot / Math.Sqrt(a * b);
    }
}
