using Tradewatch.Storage;

namespace Tradewatch.TestSupport;

/// <summary>
/// What must not depend on how many writers stored a store's reports, or in what order: the groups of
/// reports carrying one text, and the stories, both by source id (row ids differ with the order of arrival).
/// </summary>
public static class StoreShape
{
    /// <summary>
    /// The groups of reports carrying one text (joined by any duplicate link), by source id. Which pair
    /// of a group is linked depends on the order the reports arrive in; the groups must not.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="name">
    /// The name to compare a report by, from its source id: reports carrying the same body are stored once,
    /// under the id of whichever arrived first, so a caller whose inputs repeat a body names them alike.
    /// </param>
    public static List<string> Links(NewsStore store, Func<string, string>? name = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        name ??= id => id;
        var groups = new List<HashSet<string>>();
        var details = store.Stories().Select(s => store.Story(s.Id)!).ToList();
        // A link is listed with the story of its second report; its first may sit in another story.
        var names = details.SelectMany(d => d.Reports).ToDictionary(r => r.Id, r => name(r.SourceId));
        foreach (var detail in details)
        {
            foreach (var d in detail.Duplicates)
            {
                var pair = new HashSet<string>(StringComparer.Ordinal) { names[d.FirstId], names[d.SecondId] };
                var joined = groups.Where(g => g.Overlaps(pair)).ToList();
                foreach (var g in joined)
                {
                    pair.UnionWith(g);
                    groups.Remove(g);
                }

                groups.Add(pair);
            }
        }

        return groups.Select(g => string.Join(" ~ ", g.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The stories as sets of source ids (or of the names <paramref name="name"/> gives them, as for <see cref="Links"/>).</summary>
    public static List<string> Stories(NewsStore store, Func<string, string>? name = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        name ??= id => id;
        return store.Stories().Select(s => string.Join(", ", store.Story(s.Id)!.Reports.Select(r => name(r.SourceId)).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
    }
}
