using System.Text;

namespace Tradewatch.Core.Schedule;

/// <summary>
/// The words of each tariff and statistical line of one revision, its own and its ancestors', for
/// ranking lines against a query. Chapter 99 provisions are left out: they are measures, not goods.
/// </summary>
internal sealed class SearchIndex
{
    private const double OwnWeight = 1.5;
    private const double AncestorWeight = 1;
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal) { "a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to", "with" };

    private readonly Entry[] _entries;

    private SearchIndex(Entry[] entries) => _entries = entries;

    /// <summary>A node's words and what a query word found in it is worth: more in the line's own words, less in a long text.</summary>
    private sealed record Node(HashSet<string> Words, double Weight);

    private sealed record Entry(TariffLine Line, string FullDescription, string FlatText, Node[] Nodes);

    public static SearchIndex Build(TariffSchedule schedule, ScheduleRevision revision)
    {
        var entries = new List<Entry>();
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        Node NodeOf(string description, double weight)
        {
            var key = $"{weight}|{description}";
            if (!nodes.TryGetValue(key, out var node))
            {
                var words = Words(description).ToHashSet(StringComparer.Ordinal);
                nodes[key] = node = new Node(words, weight / Math.Sqrt(Math.Max(1, words.Count)));
            }

            return node;
        }

        foreach (var line in schedule.Lines(revision))
        {
            if (line.Code.Length < 8 || line.IsChapter99)
            {
                continue;
            }

            var path = schedule.Path(revision, line.Code);
            var own = NodeOf(line.Description, OwnWeight);
            var all = path.Select(n => NodeOf(n.Description, AncestorWeight)).Append(own).ToArray();
            var full = string.Join(" > ", path.Select(n => n.Description).Append(line.Description));
            entries.Add(new Entry(line, full, string.Join(' ', Words(full)), all));
        }

        return new SearchIndex([.. entries]);
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        var terms = Words(query).Distinct(StringComparer.Ordinal).ToArray();
        if (terms.Length == 0)
        {
            return [];
        }

        var phrase = string.Join(' ', terms);
        var hits = new List<(Entry Entry, double Score)>();
        foreach (var e in _entries)
        {
            double score = 0;
            var all = true;
            foreach (var term in terms)
            {
                double best = 0;
                foreach (var node in e.Nodes)
                {
                    if (node.Weight > best && node.Words.Contains(term))
                    {
                        best = node.Weight;
                    }
                }

                if (best == 0)
                {
                    all = false;
                    break;
                }

                score += best;
            }

            if (!all)
            {
                continue;
            }

            // the words together, in the query's order, somewhere in the full description
            if (terms.Length > 1 && e.FlatText.Contains(phrase, StringComparison.Ordinal))
            {
                score *= 1.25;
            }

            hits.Add((e, score));
        }

        return hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Entry.Line.Code)
            .Take(limit)
            .Select(h => new SearchHit(h.Entry.Line, Math.Round(h.Score, 3), h.Entry.FullDescription))
            .ToList();
    }

    /// <summary>The words of a text, lower-cased and reduced to a singular-like stem, without stop words.</summary>
    internal static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                var w = Stem(word.ToString());
                word.Clear();
                if (!StopWords.Contains(w))
                {
                    yield return w;
                }
            }
        }
    }

    private static string Stem(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 4 && (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        return w.Length > 3 && w[^1] == 's' && w[^2] != 's' ? w[..^1] : w;
    }
}
