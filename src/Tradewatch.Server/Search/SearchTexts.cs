using System.Collections.Concurrent;
using Tradewatch.App.Search;
using Tradewatch.Server.News;

namespace Tradewatch.Server.Search;

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

    /// <summary>The US tariff lines of a revision ranked against a search, stemmed once per revision.</summary>
    public HtsLineSearch HtsLines { get; } = new();
}
