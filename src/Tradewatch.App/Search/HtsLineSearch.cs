using System.Collections.Concurrent;
using Tradewatch.Core.Schedule;

namespace Tradewatch.App.Search;

/// <summary>A US tariff line a search found, with its score and its full description (its headings' words, then its own).</summary>
public sealed record HtsHit(TariffLine Line, double Score, string FullDescription);

/// <summary>
/// The US tariff and statistical lines of a schedule revision ranked against a search, for
/// <c>hts search</c> and the site's search alike. Chapter 99 is left out: its provisions are measures,
/// not goods. A line is found when every word of the search is found in its full description, read as
/// <see cref="SearchWords"/> reads any text (stems, synonyms, a word's start). Each word scores the
/// best of the descriptions it is found in: <see cref="OwnWeight"/> in the line's own, 1 in a
/// heading's, divided by the square root of that description's number of stems, so a short and
/// specific description outranks a long one that merely mentions the word; and times how well it is
/// found there (<see cref="SearchWords.Strength"/>: the word itself over a synonym over a word's start).
/// </summary>
public sealed class HtsLineSearch
{
    /// <summary>What a word found in the line's own description is worth against one found in a heading's.</summary>
    public const double OwnWeight = 1.5;

    private readonly ConcurrentDictionary<(string Source, string Revision), Lazy<IReadOnlyList<Entry>>> revisions = new();

    private sealed record Node(SearchText Text, double Weight);

    private sealed record Entry(TariffLine Line, string FullDescription, SearchText All, Node[] Nodes);

    /// <summary>
    /// The lines of <paramref name="revision"/> that hold every word of <paramref name="words"/>, best
    /// first (then by code); none for a search of no words. A revision's descriptions are stemmed once,
    /// when it is first searched.
    /// </summary>
    public IReadOnlyList<HtsHit> Search(TariffSchedule schedule, ScheduleRevision revision, SearchWords words)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(words);
        if (words.IsEmpty)
        {
            return [];
        }

        var entries = Entries(schedule, revision);
        var hits = new List<HtsHit>();
        foreach (var entry in entries)
        {
            if (!words.AllIn(entry.All))
            {
                continue;
            }

            double score = 0;
            for (var term = 0; term < words.Count; term++)
            {
                double best = 0;
                foreach (var node in entry.Nodes)
                {
                    if (node.Weight > best)
                    {
                        best = Math.Max(best, node.Weight * words.Strength(term, node.Text));
                    }
                }

                score += best;
            }

            hits.Add(new HtsHit(entry.Line, Math.Round(score, 3), entry.FullDescription));
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Line.Code.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>Stems the revision's descriptions now (a server does it at start), so its first search does not wait.</summary>
    public void Prepare(TariffSchedule schedule, ScheduleRevision revision)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(revision);
        _ = Entries(schedule, revision);
    }

    private IReadOnlyList<Entry> Entries(TariffSchedule schedule, ScheduleRevision revision) =>
        revisions.GetOrAdd((schedule.Source, revision.Id), _ => new Lazy<IReadOnlyList<Entry>>(() => Build(schedule, revision))).Value;

    private static List<Entry> Build(TariffSchedule schedule, ScheduleRevision revision)
    {
        // a heading's words are stemmed once for all the lines under it
        var texts = new Dictionary<string, SearchText>(StringComparer.Ordinal);
        SearchText TextOf(string description) => texts.TryGetValue(description, out var t) ? t : texts[description] = SearchText.Of(description);
        Node NodeOf(string description, double weight)
        {
            var text = TextOf(description);
            return new Node(text, weight / Math.Sqrt(Math.Max(1, text.Count)));
        }

        var entries = new List<Entry>();
        foreach (var line in schedule.Lines(revision))
        {
            if (line.Code.Length < 8 || line.IsChapter99)
            {
                continue;
            }

            var path = schedule.Path(revision, line.Code).Select(n => n.Description).ToList();
            Node[] nodes = [.. path.Select(d => NodeOf(d, 1)), NodeOf(line.Description, OwnWeight)];
            entries.Add(new Entry(line, string.Join(" > ", path.Append(line.Description)), SearchText.Union(nodes.Select(n => n.Text)), nodes));
        }

        return entries;
    }
}
