using System.Collections.Concurrent;
using Tradewatch.App.Ledger;
using Tradewatch.Core.Schedule;
using Tradewatch.Server.News;

namespace Tradewatch.Server.Search;

/// <summary>An HTS line and the stems of its full description (its own words and its headings').</summary>
public sealed record HtsLineText(TariffLine Line, string FullDescription, SearchText Text);

/// <summary>
/// The site's texts as stems, kept between searches so a search stems only what changed: a story's
/// titles and report texts until a report is added to it, the lines of a schedule revision, and any
/// other text by its words (claims, measures, HS descriptions), the last up to <see cref="MaxTexts"/>.
/// </summary>
public sealed class SearchTexts(SearchLexicon lexicon)
{
    public const int MaxTexts = 100_000;

    private readonly ConcurrentDictionary<long, (long Reports, SearchText Text)> stories = new();
    private readonly ConcurrentDictionary<string, SearchText> texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<HtsLineText>>> schedules = new(StringComparer.Ordinal);

    public SearchLexicon Lexicon => lexicon;

    /// <summary>The stems of a text (null is none).</summary>
    public SearchText Of(string? text)
    {
        text ??= string.Empty;
        if (texts.TryGetValue(text, out var found))
        {
            return found;
        }

        if (texts.Count >= MaxTexts)
        {
            texts.Clear();
        }

        return texts.GetOrAdd(text, t => SearchText.Of(t));
    }

    /// <summary>The stems of a story's title and of its reports' titles, outlets and texts.</summary>
    public SearchText Story(long id, long reports, NewsService news)
    {
        ArgumentNullException.ThrowIfNull(news);
        if (stories.TryGetValue(id, out var cached) && cached.Reports == reports)
        {
            return cached.Text;
        }

        var detail = news.Story(id);
        var text = detail is null ? SearchText.Of() : SearchText.Of([detail.Story.Title, .. detail.Reports.SelectMany(r => new[] { r.Title, r.Outlet, r.Text })]);
        stories[id] = (detail?.Reports.Count ?? reports, text);
        return text;
    }

    /// <summary>
    /// The tariff and statistical lines of the schedule's latest revision (chapter 99 left out: measures, not goods),
    /// each with the stems of its description and its headings'; a heading's words are stemmed once for all its lines.
    /// </summary>
    public IReadOnlyList<HtsLineText> HtsLines(LedgerSession ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var schedule = ledger.Schedule;
        var revision = schedule.Latest;
        return schedules.GetOrAdd(schedule.Source + "|" + revision.Id, _ => new Lazy<IReadOnlyList<HtsLineText>>(() =>
        {
            var nodes = new Dictionary<string, SearchText>(StringComparer.Ordinal);
            SearchText Node(string description) => nodes.TryGetValue(description, out var t) ? t : nodes[description] = SearchText.Of(description);
            var lines = new List<HtsLineText>();
            foreach (var line in schedule.Lines(revision))
            {
                if (line.Code.Length < 8 || line.IsChapter99)
                {
                    continue;
                }

                var path = schedule.Path(revision, line.Code).Select(n => n.Description).Append(line.Description).ToList();
                lines.Add(new HtsLineText(line, string.Join(" > ", path), SearchText.Union(path.Select(Node))));
            }

            return lines;
        })).Value;
    }
}
